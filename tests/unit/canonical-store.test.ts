import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { collectStore, syntheticStore } from '../../bench/synthetic-store';
import { readCanonicalStore } from '../../src/store/canonical-store';
import { parseStore } from '../../src/store/parse-store';
import { englishReason } from '../../src/store/reasons';
import { readBuiltStore } from '../helpers/built-store';
import { mutated, mutation } from '../helpers/store-mutations';

/** Plain JSON, to break on purpose. */
const asJson = (value: unknown): any => JSON.parse(JSON.stringify(value));

const built = readBuiltStore();
const smallSynthetic = collectStore(syntheticStore({ events: 40 }));

/** What parseStore makes of a JSON text: whether it keeps it whole and unchanged (`clean`). */
function fullParse(text: string) {
  const input = JSON.parse(text) as unknown;
  const result = parseStore(JSON.parse(text));
  const clean = result.ok && result.rejected.length === 0 && result.dropped.length === 0 && isEqual(result.store, input);
  return { result, clean };
}

function isEqual(actual: unknown, expected: unknown): boolean {
  try {
    expect(actual).toStrictEqual(expected);
    return true;
  } catch {
    return false;
  }
}

/** Soundness: what the fast path accepts is the input itself, and parseStore keeps it whole and unchanged. */
function expectSoundFor(text: string): 'fast' | 'refused' {
  const json = JSON.parse(text) as unknown;
  const fast = readCanonicalStore(json);
  if (fast === null) return 'refused';
  expect(fast.store).toBe(json);
  expect([fast.rejected, fast.dropped]).toEqual([[], []]);
  const { result } = fullParse(text);
  if (!result.ok) throw new Error(`the fast path accepted a store parseStore refuses: ${result.details.map(englishReason).join('; ')}`);
  expect(result.rejected).toEqual([]);
  expect(result.dropped).toEqual([]);
  // toStrictEqual also compares key sets (an `undefined` member counts) and prototypes.
  expect(result.store).toStrictEqual(fast.store);
  return 'fast';
}

describe('readCanonicalStore: valid stores take the fast path', () => {
  it('returns the built store itself, nothing rejected or dropped', () => {
    const json = asJson(built);
    const fast = readCanonicalStore(json);
    expect(fast?.store).toBe(json);
    expect(expectSoundFor(JSON.stringify(built))).toBe('fast');
  });

  it('returns the synthetic bench store of 2,000 events', () => {
    const text = JSON.stringify(collectStore(syntheticStore({ events: 2000 })));
    expect(readCanonicalStore(JSON.parse(text))).not.toBeNull();
    expect(expectSoundFor(text)).toBe('fast');
  });
});

describe('readCanonicalStore: anything parseStore would change or report sends it to parseStore', () => {
  const withCorroboration = () => {
    const store = asJson(built);
    const event = store.events.find((candidate: any) => candidate.corroboration.length > 0);
    return { store, source: event.corroboration[0] };
  };
  const withArticleNote = () => {
    const store = asJson(built);
    const article = store.articles.find((candidate: any) => candidate.notes?.some((note: any) => note.evidence));
    return { store, article, note: article.notes.find((note: any) => note.evidence) };
  };

  it.each<[string, () => unknown]>([
    [
      'a title with a trailing space (zod trims it)',
      () => Object.assign(asJson(built), { title: { ...built.title, fr: `${built.title.fr} ` } }),
    ],
    [
      'an entity alias with a leading no-break space',
      () => {
        const store = asJson(built);
        store.entities.actors[0].aliases = ['\u00a0Rutte'];
        return store;
      },
    ],
    [
      'an unknown key in an event',
      () => {
        const store = asJson(built);
        store.events[0].hidden = true;
        return store;
      },
    ],
    ['an unknown key at the top', () => ({ ...asJson(built), extra: 1 })],
    [
      'an outside source with a javascript: URL (dropped)',
      () => {
        const { store, source } = withCorroboration();
        source.url = 'javascript:alert(1)';
        return store;
      },
    ],
    [
      'an impossible day',
      () => {
        const store = asJson(built);
        store.events[0].date.start = '2025-02-30';
        return store;
      },
    ],
    [
      'an end before the start',
      () => {
        const store = asJson(built);
        store.events[0].date.end = '1900-01-01';
        return store;
      },
    ],
    [
      'the year 9999',
      () => {
        const store = asJson(built);
        store.events[0].date = { ...store.events[0].date, start: '9999-01-01', end: '9999-01-02' };
        return store;
      },
    ],
    [
      'an event without evidence',
      () => {
        const store = asJson(built);
        store.events[0].evidence = [];
        return store;
      },
    ],
    [
      'a duplicated event id',
      () => {
        const store = asJson(built);
        store.events.push(structuredClone(store.events[0]));
        return store;
      },
    ],
    [
      'an unknown entity',
      () => {
        const store = asJson(built);
        store.events[0].actors.push('nobody-known');
        return store;
      },
    ],
    [
      'a passage that no longer matches its article',
      () => {
        const store = asJson(built);
        store.events[0].evidence[0].start += 1;
        return store;
      },
    ],
    [
      'an article note that quotes another article (dropped)',
      () => {
        const { store, article, note } = withArticleNote();
        const other = store.articles.find((candidate: any) => candidate.id !== article.id);
        note.evidence = { ...note.evidence, article: other.id };
        return store;
      },
    ],
    [
      'an article note that is not an array (dropped)',
      () => {
        const { store, article } = withArticleNote();
        article.notes = {};
        return store;
      },
    ],
    [
      'a non-integer offset',
      () => {
        const store = asJson(built);
        store.events[0].evidence[0].end += 0.5;
        return store;
      },
    ],
  ])('%s', (_, make) => {
    const text = JSON.stringify(make());
    expect(fullParse(text).clean).toBe(false);
    expect(readCanonicalStore(JSON.parse(text))).toBeNull();
  });

  it('takes the fast path again once a valid outside source is added (the cases above do not refuse everything)', () => {
    const { store, source } = withCorroboration();
    source.url = 'https://example.org/a?b=c';
    expect(expectSoundFor(JSON.stringify(store))).toBe('fast');
  });
});

describe('readCanonicalStore: soundness on mutated stores', () => {
  it('accepts exactly the stores parseStore keeps whole and unchanged', () => {
    const outcomes = { fast: 0, refused: 0, refusedButClean: 0 };
    fc.assert(
      fc.property(fc.constantFrom('built', 'synthetic'), fc.array(mutation, { maxLength: 3 }), (base, mutations) => {
        const text = mutated(base === 'built' ? built : smallSynthetic, mutations);
        const outcome = expectSoundFor(text);
        outcomes[outcome] += 1;
        if (outcome === 'refused' && fullParse(text).clean) outcomes.refusedButClean += 1;
      }),
      { numRuns: 400 },
    );
    // The run must exercise both answers, and mostly stores parseStore does not keep whole.
    expect(outcomes.fast).toBeGreaterThan(20);
    expect(outcomes.refused).toBeGreaterThan(100);
    // Exact too, for JSON: a store parseStore keeps whole that the fast path refuses costs only
    // time, but it shows a rule that differs from the schema's.
    expect(outcomes.refusedButClean).toBe(0);
    // 400 validations of whole stores: seconds on a loaded machine; the time is not what is tested.
  }, 60_000);
});
