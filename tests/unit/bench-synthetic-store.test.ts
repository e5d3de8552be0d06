/** The benchmark's synthetic stores: valid for the app, deterministic, shaped like real news. */
import { describe, expect, it } from 'vitest';
import { collectStore, storeJsonChunks, syntheticStore, SUMMARY_LENGTH, TITLE_LENGTH } from '../../bench/synthetic-store';
import { isoDayToTime } from '../../src/store/dates';
import { checkIntegrity } from '../../src/store/integrity';
import { parseStore } from '../../src/store/parse-store';
import { Event, Store } from '../../src/store/schema';
import { selectorMatches, selectQuote } from '../../src/store/selectors';

const small = collectStore(syntheticStore({ events: 1000 }));
const share = (predicate: (event: Store['events'][number]) => boolean) => small.events.filter(predicate).length / small.events.length;

describe('a synthetic store of 1,000 events', () => {
  it('is valid for the schema and the integrity checks, and the app keeps every event', () => {
    const parsed = Store.safeParse(small);
    expect(parsed.success ? [] : parsed.error.issues.slice(0, 5)).toEqual([]);
    expect(checkIntegrity(small)).toEqual([]);
    const loaded = parseStore(JSON.parse(JSON.stringify(small)));
    expect(loaded.ok && loaded.store.events.length).toBe(1000);
    expect(loaded.ok && [loaded.rejected, loaded.dropped]).toEqual([[], []]);
  });

  it('cites passages that occur exactly once in their article', () => {
    const texts = new Map(small.articles.map((article) => [article.id, article.text]));
    for (const quote of small.events.flatMap((event) => event.evidence)) {
      const found = selectQuote(texts.get(quote.article)!, quote.exact);
      expect(found.ok && found.selector.start).toBe(quote.start);
    }
  });

  it('has titles and summaries of realistic lengths in both languages', () => {
    const lengths = (texts: string[]) => [Math.min(...texts.map((text) => text.length)), Math.max(...texts.map((text) => text.length))];
    const [shortestTitle, longestTitle] = lengths(small.events.flatMap((event) => [event.title.fr, event.title.en]));
    const [shortestSummary, longestSummary] = lengths(small.events.flatMap((event) => [event.summary.fr, event.summary.en]));
    expect(shortestTitle).toBeGreaterThanOrEqual(TITLE_LENGTH.min);
    expect(longestTitle).toBeLessThanOrEqual(TITLE_LENGTH.max);
    expect(shortestSummary).toBeGreaterThanOrEqual(SUMMARY_LENGTH.min);
    expect(longestSummary).toBeLessThanOrEqual(SUMMARY_LENGTH.max);
    expect(new Set(small.events.map((event) => event.title.fr)).size).toBeGreaterThan(500);
  });

  it('is in chronological order, spans about 30 years, and comes in bursts', () => {
    const starts = small.events.map((event) => isoDayToTime(event.date.start));
    expect(starts).toEqual([...starts].sort((a, b) => a - b));
    const years = new Set(small.events.map((event) => event.date.start.slice(0, 4)));
    expect(years.size).toBeGreaterThanOrEqual(25);
    expect(Math.min(...[...years].map(Number))).toBe(1996);
    expect(Math.max(...[...years].map(Number))).toBe(2025);
    // Clustered: the busiest month holds far more than an even spread (1000 / 360 ≈ 3 events).
    const perMonth = new Map<string, number>();
    for (const event of small.events) perMonth.set(event.date.start.slice(0, 7), (perMonth.get(event.date.start.slice(0, 7)) ?? 0) + 1);
    expect(Math.max(...perMonth.values())).toBeGreaterThanOrEqual(20);
    expect(perMonth.size).toBeLessThan(300);
  });

  it('mixes ranges, precisions, date origins, sources and corrections', () => {
    expect(share((event) => event.date.end !== undefined && event.date.precision === 'day')).toBeGreaterThan(0.08);
    expect(share((event) => event.date.edtf.includes('/'))).toBeGreaterThan(0.1);
    expect(share((event) => event.date.edtf.includes('/'))).toBeLessThan(0.2);
    for (const precision of ['day', 'month', 'year'] as const)
      expect(share((event) => event.date.precision === precision)).toBeGreaterThan(0.03);
    for (const from of ['article', 'weekday', 'outside'] as const) expect(share((event) => event.date.from === from)).toBeGreaterThan(0.1);
    expect(small.events.every((event) => (event.date.from === 'outside') === event.corroboration.length > 0)).toBe(true);
    expect(share((event) => event.notes.length > 0)).toBeGreaterThan(0.02);
    expect(share((event) => event.evidence.length > 1)).toBeGreaterThan(0.2);
    expect(small.entities.actors).toHaveLength(50);
    expect(small.entities.places).toHaveLength(30);
    expect(small.entities.themes).toHaveLength(8);
  });
});

describe('the generator', () => {
  it('gives the same bytes for the same seed, and another store for another seed', () => {
    const text = (seed?: number) => [...storeJsonChunks(syntheticStore({ events: 300, ...(seed === undefined ? {} : { seed }) }))].join('');
    expect(text()).toBe(text());
    expect(text(1)).not.toBe(text());
    expect(JSON.parse(text())).toEqual(collectStore(syntheticStore({ events: 300 })));
  });

  it('writes 100,000 valid events (every 97th checked in full), with unique ids', () => {
    const big = syntheticStore({ events: 100_000 });
    const texts = new Map(big.head.articles.map((article) => [article.id, article.text]));
    const ids = new Set<string>();
    let previous = '';
    let index = 0;
    for (const event of big.events()) {
      ids.add(event.id);
      expect(event.date.start >= previous).toBe(true);
      previous = event.date.start;
      if (index % 97 === 0) {
        expect(Event.safeParse(event).success).toBe(true);
        for (const quote of event.evidence) expect(selectorMatches(texts.get(quote.article)!, quote)).toBe(true);
      }
      index += 1;
    }
    expect(index).toBe(100_000);
    expect(ids.size).toBe(100_000);
  }, 120_000);
});
