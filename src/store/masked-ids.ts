/**
 * A read-only set of event ids kept as one byte per event: what a search dims at 100,000 events
 * without building a Set of up to 100,000 strings on every keystroke. Behaves as a ReadonlySet
 * (has, size, iteration in event order). Pure TypeScript.
 */
export class MaskedIds implements ReadonlySet<string> {
  readonly size: number;

  /**
   * `ids[i]` is in the set when `mask[i]` is 1; `positions` maps each id to its i (shared by every
   * set over the same ids).
   */
  constructor(
    private readonly ids: readonly string[],
    private readonly positions: ReadonlyMap<string, number>,
    private readonly mask: Uint8Array,
  ) {
    let size = 0;
    for (let at = 0; at < mask.length; at += 1) size += mask[at]!;
    this.size = size;
  }

  has(id: string): boolean {
    const at = this.positions.get(id);
    return at !== undefined && this.mask[at] === 1;
  }

  *values(): SetIterator<string> {
    for (let at = 0; at < this.mask.length; at += 1) if (this.mask[at] === 1) yield this.ids[at]!;
  }

  keys(): SetIterator<string> {
    return this.values();
  }

  *entries(): SetIterator<[string, string]> {
    for (const id of this.values()) yield [id, id];
  }

  forEach(each: (value: string, key: string, set: ReadonlySet<string>) => void, thisArg?: unknown): void {
    for (const id of this.values()) each.call(thisArg, id, id, this);
  }

  [Symbol.iterator](): SetIterator<string> {
    return this.values();
  }

  // The ES2025 set methods, written out: not every runtime the app or its tests run on has them.
  union<U>(other: ReadonlySetLike<U>): Set<string | U> {
    const result = new Set<string | U>(this);
    for (let it = other.keys(), next = it.next(); !next.done; next = it.next()) result.add(next.value);
    return result;
  }

  intersection<U>(other: ReadonlySetLike<U>): Set<string & U> {
    return new Set([...this].filter((id) => other.has(id as string & U)) as (string & U)[]);
  }

  difference<U>(other: ReadonlySetLike<U>): Set<string> {
    return new Set([...this].filter((id) => !other.has(id as unknown as U)));
  }

  symmetricDifference<U>(other: ReadonlySetLike<U>): Set<string | U> {
    const result = this.difference(other) as Set<string | U>;
    for (let it = other.keys(), next = it.next(); !next.done; next = it.next()) if (!this.has(next.value as unknown as string)) result.add(next.value);
    return result;
  }

  isSubsetOf(other: ReadonlySetLike<unknown>): boolean {
    return [...this].every((id) => other.has(id));
  }

  isSupersetOf(other: ReadonlySetLike<unknown>): boolean {
    for (let it = other.keys(), next = it.next(); !next.done; next = it.next()) if (typeof next.value !== 'string' || !this.has(next.value)) return false;
    return true;
  }

  isDisjointFrom(other: ReadonlySetLike<unknown>): boolean {
    return [...this].every((id) => !other.has(id));
  }
}
