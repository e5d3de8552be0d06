import { describe, expect, it } from 'vitest';
import { dictionaries } from '../../src/shared/i18n/dictionary';

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
});
