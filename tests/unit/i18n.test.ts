import { describe, expect, it } from 'vitest';
import { dictionaries } from '../../src/shared/i18n/dictionaries';
import { pwaOptions } from '../../src/features/offline/pwa-options';
import { REASON_TEXTS, reasonIn } from '../../src/shared/i18n/reason-texts';
import type { ReasonMessage } from '../../src/store/reasons';
import { englishTypographyFault, frenchTypographyFault } from '../../src/store/typography';

type Tree = { [key: string]: unknown };

function leaves(tree: Tree, prefix = ''): Map<string, unknown> {
  const result = new Map<string, unknown>();
  for (const [key, value] of Object.entries(tree)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (value && typeof value === 'object' && !Array.isArray(value)) {
      for (const [leaf, leafValue] of leaves(value as Tree, path)) result.set(leaf, leafValue);
    } else {
      result.set(path, value);
    }
  }
  return result;
}

describe('the interface dictionary', () => {
  const fr = leaves(dictionaries.fr);
  const en = leaves(dictionaries.en);

  it('has every key in both languages, of the same kind', () => {
    expect([...en.keys()].sort()).toEqual([...fr.keys()].sort());
    for (const [key, value] of fr) expect(typeof en.get(key), key).toBe(typeof value);
  });

  it('has no empty string and no untranslated copy of a long French sentence', () => {
    for (const [key, value] of [...fr, ...en]) {
      if (typeof value === 'string') expect(value.trim(), key).not.toBe('');
    }
    for (const [key, value] of fr) {
      if (typeof value === 'string' && value.length > 24) expect(en.get(key), key).not.toBe(value);
    }
  });

  /** What a string or a template function can show: a function is called with numbers (1 and 2, for plurals) and with words. */
  const shown = (value: unknown): string[] => {
    if (typeof value === 'string') return [value];
    if (typeof value !== 'function') return [];
    const call = (arg: unknown) => (value as (...args: unknown[]) => unknown)(...Array.from({ length: value.length }, () => arg));
    return [1, 2, 'mot'].map(call).filter((text): text is string => typeof text === 'string');
  };

  it('follows French typography in every French string, and uses ’ and “ ” in English', () => {
    let checked = 0;
    for (const [key, value] of fr) {
      for (const text of shown(value)) {
        checked += 1;
        expect(frenchTypographyFault(text), `fr ${key}: ${text}`).toBeUndefined();
      }
    }
    for (const [key, value] of en)
      for (const text of shown(value)) expect(englishTypographyFault(text), `en ${key}: ${text}`).toBeUndefined();
    expect(checked).toBeGreaterThan(200);
  });

  it('writes every reason a store is refused for in both languages, with their typography', () => {
    const samples: ReasonMessage[] = [
      { code: 'expected-type', expected: 'string' },
      { code: 'too-small', minimum: 1, of: 'characters' },
      { code: 'too-big', maximum: 40, of: 'items' },
      { code: 'not-one-of', values: ['a', 'b'] },
      { code: 'unknown-keys', keys: ['x'] },
      { code: 'not-an-object', found: 'array' },
      { code: 'duplicated-id', of: 'event' },
      { code: 'unknown-article', article: 'le-monde' },
      { code: 'quote-mismatch', article: 'le-monde', start: 1, end: 2 },
      { code: 'unknown-entity', entity: 'nobody' },
      { code: 'not-an-object' },
      { code: 'schema-version', found: '2', expected: 1 },
      { code: 'schema-version', expected: 1 },
      { code: 'expected-value', value: 'chronique-split-index' },
      { code: 'expected-column-length', count: 700 },
      { code: 'not-a-shard', format: 'chronique-split-shard' },
      { code: 'shard-position-differs', found: '3', expected: 0 },
      { code: 'shard-not-loaded', shard: 'shards/0001.json', failure: 'HTTP 404' },
      { code: 'file-not-loaded', kind: 'http', status: 404 },
      { code: 'file-not-loaded', kind: 'http', status: 503 },
      { code: 'file-not-loaded', kind: 'network' },
      { code: 'file-not-loaded', kind: 'timeout' },
      { code: 'file-not-loaded', kind: 'json' },
      {
        code: 'shard-not-loaded',
        shard: 'shards/0001.json',
        failure: [
          { path: '', message: { code: 'shard-events-differ' } },
          { path: 'events[0]', message: { code: 'not-an-object', found: 'null' } },
        ],
      },
    ];
    const codes = Object.keys(REASON_TEXTS.en) as ReasonMessage['code'][];
    const messages = [
      ...samples,
      ...codes.filter((code) => !samples.some((sample) => sample.code === code)).map((code) => ({ code }) as ReasonMessage),
    ];
    for (const message of messages) {
      // After a path, as the app shows a reason: French puts a no-break space before the colon.
      const write = (language: 'fr' | 'en') => reasonIn({ path: 'events[0].date', message }, language);
      expect(write('fr'), message.code).not.toBe(write('en'));
      expect(frenchTypographyFault(write('fr')), `fr ${message.code}: ${write('fr')}`).toBeUndefined();
    }
    expect(codes.sort()).toEqual(Object.keys(REASON_TEXTS.fr).sort());
  });

  it('follows French typography in the installed app’s name and description (the manifest is French)', () => {
    const { name, description } = pwaOptions.manifest || {};
    for (const text of [name, description]) expect(frenchTypographyFault(text ?? ''), text).toBeUndefined();
  });
});
