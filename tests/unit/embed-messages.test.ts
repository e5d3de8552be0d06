import { describe, expect, it } from 'vitest';
import { parseCommand, sizeMessage } from '../../src/features/embed/embed-messages';

describe('embed commands from the host page', () => {
  it('ignores messages not addressed to chronique, without answering', () => {
    for (const data of [
      null,
      'select',
      42,
      [],
      { type: 'select', id: 'x' },
      { source: 'other', type: 'select', id: 'x' },
      { sentinel: 'amp', type: 'embed-size', height: 3 },
    ]) {
      expect(parseCommand(data)).toBeNull();
    }
  });

  it('accepts the four commands in their documented shapes', () => {
    const valid = [
      { source: 'chronique', type: 'select', id: 'sommet-la-haye' },
      { source: 'chronique', type: 'select', id: null },
      { source: 'chronique', type: 'setRange', start: '2024-01-01', end: '2025-06-30' },
      { source: 'chronique', type: 'setFilters', filters: { kinds: ['summit'], years: [2025], themes: ['defense'] }, q: 'Kyiv' },
      { source: 'chronique', type: 'setFilters', filters: {} },
      { source: 'chronique', type: 'setLanguage', language: 'en' },
    ];
    for (const data of valid) expect(parseCommand(data)).toEqual({ ok: true, command: data });
  });

  it('answers an unknown or malformed command with an error naming the command and the reason', () => {
    const cases: [unknown, string | null, RegExp][] = [
      [{ source: 'chronique', type: 'explode' }, 'explode', /unknown command/],
      [{ source: 'chronique' }, null, /unknown command/],
      [{ source: 'chronique', type: 'select', id: '<img src=x>' }, 'select', /^id: /],
      [{ source: 'chronique', type: 'select' }, 'select', /^id: /],
      [{ source: 'chronique', type: 'setRange', start: '2025-02-30', end: '2025-03-01' }, 'setRange', /^start: /],
      [{ source: 'chronique', type: 'setRange', start: '2025-03-01', end: '2025-01-01' }, 'setRange', /^end: /],
      [{ source: 'chronique', type: 'setFilters', filters: { kinds: ['party'] } }, 'setFilters', /^filters\.kinds\.0: /],
      [{ source: 'chronique', type: 'setFilters', filters: { colours: ['red'] } }, 'setFilters', /^filters: /],
      [{ source: 'chronique', type: 'setLanguage', language: 'de' }, 'setLanguage', /^language: /],
      [{ source: 'chronique', type: 'select', id: 'a', extra: 1 }, 'select', /.+/],
    ];
    for (const [data, command, reason] of cases) {
      const parsed = parseCommand(data);
      expect(parsed?.ok).toBe(false);
      if (parsed && !parsed.ok) {
        expect(parsed.error).toMatchObject({ source: 'chronique', type: 'error', command });
        expect(parsed.error.reason).toMatch(reason);
      }
    }
  });

  it('never throws, whatever arrives', () => {
    const hostile = Object.create(null) as Record<string, unknown>;
    hostile.source = 'chronique';
    hostile.type = '__proto__';
    expect(() => parseCommand(hostile)).not.toThrow();
    expect(parseCommand({ source: 'chronique', type: 'toString' })?.ok).toBe(false);
  });
});

describe('the size message', () => {
  it('follows the newsroom convention with a whole, non-negative height', () => {
    expect(sizeMessage(412.2)).toEqual({ sentinel: 'amp', type: 'embed-size', height: 413 });
    expect(sizeMessage(-5).height).toBe(0);
  });
});
