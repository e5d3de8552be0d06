/** The ids a search dims on the timeline, kept as a mask: it must behave as the Set it replaces. */
import fc from 'fast-check';
import { describe, expect, it, vi } from 'vitest';
import { MaskedIds } from '../../src/store/masked-ids';

describe('MaskedIds', () => {
  it('has, counts and iterates as a Set of the masked ids', () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(fc.string({ minLength: 1, maxLength: 4 }), { maxLength: 30 }),
        fc.array(fc.boolean(), { maxLength: 30 }),
        fc.array(fc.string({ maxLength: 4 }), { maxLength: 10 }),
        (ids, bits, others) => {
          const mask = Uint8Array.from(ids, (_, at) => (bits[at] ? 1 : 0));
          const masked = new MaskedIds(() => ({ ids, positions: new Map(ids.map((id, at) => [id, at])) }), mask);
          const expected = new Set(ids.filter((_, at) => mask[at] === 1));
          expect(masked.size).toBe(expected.size);
          expect([...masked]).toEqual([...expected]);
          expect([...masked.entries()]).toEqual([...expected.entries()]);
          for (const id of [...ids, ...others]) expect(masked.has(id)).toBe(expected.has(id));
          const seen: string[] = [];
          masked.forEach((value, key, set) => {
            expect(key).toBe(value);
            expect(set).toBe(masked);
            seen.push(value);
          });
          expect(seen).toEqual([...expected]);
        },
      ),
    );
  });

  it('reads the ids’ positions only when first asked for a member, and once', () => {
    const ids = ['a', 'b', 'c'];
    const lookup = vi.fn(() => ({ ids, positions: new Map(ids.map((id, at) => [id, at])) }));
    const masked = new MaskedIds(lookup, Uint8Array.of(1, 0, 1));
    expect(masked.size).toBe(2);
    expect(lookup).not.toHaveBeenCalled();
    expect(masked.has('c')).toBe(true);
    expect([...masked]).toEqual(['a', 'c']);
    expect(masked.has('b')).toBe(false);
    expect(lookup).toHaveBeenCalledTimes(1);
  });
});
