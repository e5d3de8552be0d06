import { describe, expect, it } from 'vitest';
import { parseStore, type RejectedEvent } from '../../src/store/parse-store';
import { englishReason } from '../../src/store/reasons';
import type { Store } from '../../src/store/schema';
import { readBuiltStore } from '../helpers/built-store';

/** The real store as plain JSON, to break on purpose. */
const fresh = (): any => structuredClone(readBuiltStore());

/** A rejected event with its reasons in English, as the builder and an English reader see them. */
const inEnglish = ({ reasons, ...rest }: RejectedEvent) => ({ ...rest, reasons: reasons.map(englishReason) });

function accepted(json: unknown) {
  const result = parseStore(json);
  if (!result.ok) throw new Error(`expected a usable store, got ${result.problem}: ${result.details.map(englishReason).join('; ')}`);
  return result;
}

describe('parseStore: the top level', () => {
  it('accepts the built store whole: every event, nothing rejected or dropped', () => {
    const store = readBuiltStore();
    const result = accepted(structuredClone(store));
    expect(result.store).toEqual(store);
    expect(result.rejected).toEqual([]);
    expect(result.dropped).toEqual([]);
  });

  it.each([
    ['null', null],
    ['a string', '<script>alert(1)</script>'],
    ['an array', [1, 2]],
    ['a number', 42],
  ])('refuses %s as a shape problem', (_, json) => {
    expect(parseStore(json)).toMatchObject({ ok: false, problem: 'shape' });
  });

  it('refuses another schemaVersion, and says which version it found', () => {
    const store = fresh();
    store.schemaVersion = 2;
    const result = parseStore(store);
    expect(result).toMatchObject({ ok: false, problem: 'schema-version' });
    expect(!result.ok && result.details.map(englishReason)).toEqual(['schemaVersion: 2; this app reads version 1']);
    delete store.schemaVersion;
    const missing = parseStore(store);
    expect(missing).toMatchObject({ ok: false, problem: 'schema-version' });
    expect(!missing.ok && missing.details.map(englishReason)).toEqual(['schemaVersion: missing; this app reads version 1']);
  });

  it('refuses a store without its title, articles or entities, naming the part', () => {
    for (const part of ['title', 'articles', 'entities', 'events']) {
      const store = fresh();
      delete store[part];
      const result = parseStore(store);
      expect(result.ok, part).toBe(false);
      expect(!result.ok && result.details.map(englishReason).join('\n'), part).toContain(part);
    }
  });

  it('refuses duplicated article ids', () => {
    const store = fresh();
    store.articles.push(structuredClone(store.articles[0]));
    const result = parseStore(store);
    expect(result).toMatchObject({ ok: false, problem: 'shape' });
    expect(!result.ok && result.details.map(englishReason)).toEqual([`articles (${store.articles[0].id}): duplicated article id`]);
  });

  it('keeps a huge key or value out of the messages', () => {
    const store = fresh();
    store['x'.repeat(100_000)] = 1;
    store.title = 'y'.repeat(100_000);
    const result = parseStore(store);
    expect(result.ok).toBe(false);
    expect(!result.ok && result.details.length).toBeGreaterThan(0);
    for (const detail of !result.ok ? result.details : []) expect(englishReason(detail).length).toBeLessThan(400);
  });
});

describe('parseStore: events one by one', () => {
  it('shows the valid events and rejects the invalid ones with their index, id and reasons', () => {
    const store = fresh();
    const total = store.events.length;
    store.events[1].date.start = '2025-02-30';
    store.events[2] = null;
    store.events[3].actors.push('nobody-known');
    store.events[4].evidence[0].start += 1;
    const result = accepted(store);
    expect(result.store.events).toHaveLength(total - 4);
    expect(result.rejected.map((event) => event.index)).toEqual([1, 2, 3, 4]);
    expect(result.rejected[0]).toMatchObject({ id: store.events[1].id });
    expect(result.rejected[0]!.reasons.map(englishReason).join()).toContain('not a calendar day');
    expect(inEnglish(result.rejected[1]!)).toEqual({ index: 2, reasons: ['expected an object, found null'] });
    expect(result.rejected[2]!.reasons.map(englishReason).join()).toContain('unknown entity "nobody-known"');
    expect(result.rejected[3]!.reasons.map(englishReason).join()).toContain('does not match');
  });

  it('rejects an end before its start and impossible days', () => {
    const store = fresh();
    store.events[0].date.end = '2000-01-01';
    store.events[1].date.start = '0000-00-00';
    store.events[2].date.start = '+275760-09-13';
    const result = accepted(store);
    expect(result.rejected.map((event) => event.index)).toEqual([0, 1, 2]);
    expect(result.rejected[0]!.reasons.map(englishReason).join()).toContain('the end precedes the start');
  });

  it('rejects an event in the year 9999, which cannot be drawn up to the day after, and keeps 9998', () => {
    const store = fresh();
    store.events[0].date = { ...store.events[0].date, start: '9999-12-31', end: undefined, edtf: '9999-12-31' };
    store.events[1].date = { ...store.events[1].date, start: '2025-01-01', end: '9999-01-01', edtf: '2025-01-01/9999-01-01' };
    store.events[2].date = { ...store.events[2].date, start: '0001-01-01', end: '9998-12-31', edtf: '0001-01-01/9998-12-31' };
    const result = accepted(JSON.parse(JSON.stringify(store)));
    expect(result.rejected.map((event) => [event.index, event.reasons.map(englishReason)])).toEqual([
      [0, ['date: years after 9998 cannot be shown']],
      [1, ['date: years after 9998 cannot be shown']],
    ]);
  });

  it('keeps the first of two events with the same id and rejects the second', () => {
    const store = fresh();
    const copy = structuredClone(store.events[5]);
    copy.title.en = 'The copy';
    store.events.push(copy);
    const result = accepted(store);
    expect(result.store.events.filter((event: Store['events'][number]) => event.id === copy.id)).toHaveLength(1);
    expect(result.store.events.find((event: Store['events'][number]) => event.id === copy.id)!.title.en).not.toBe('The copy');
    expect(result.rejected.map(inEnglish)).toEqual([
      { index: store.events.length - 1, id: copy.id, reasons: [expect.stringContaining('duplicated event id')] },
    ]);
  });

  it('drops a javascript: source but keeps its event, and says so', () => {
    const store = fresh();
    const index = store.events.findIndex((event: Store['events'][number]) => event.corroboration.length > 0);
    const event = store.events[index];
    const before = event.corroboration.length;
    event.corroboration.push({ url: 'javascript:window.__pwned=1', site: 'evil' });
    event.corroboration.push({ url: 'data:text/html,<script>alert(1)</script>', site: 'evil' });
    const result = accepted(store);
    const kept = result.store.events.find((candidate) => candidate.id === event.id)!;
    expect(kept.corroboration).toHaveLength(before);
    expect(kept.corroboration.every((source) => source.url.startsWith('http'))).toBe(true);
    expect(result.dropped.map((part) => part.where)).toEqual([
      `events[${index}] (${event.id}).corroboration[${before}]`,
      `events[${index}] (${event.id}).corroboration[${before + 1}]`,
    ]);
    expect(result.rejected).toEqual([]);
  });

  it('drops an article note whose quote does not match, keeping the article and its events', () => {
    const store = fresh();
    const index = store.articles.findIndex((article: Store['articles'][number]) => article.notes?.some((note) => note.evidence));
    if (index === -1) {
      store.articles[0].notes = [
        { fr: 'x', en: 'x', evidence: { article: store.articles[0].id, exact: 'nope', prefix: '', suffix: '', start: 0, end: 4 } },
      ];
    } else {
      const note = store.articles[index].notes.find((candidate: { evidence?: unknown }) => candidate.evidence);
      note.evidence.start += 1;
    }
    const at = index === -1 ? 0 : index;
    const result = accepted(store);
    expect(result.store.articles).toHaveLength(store.articles.length);
    expect(result.dropped).toHaveLength(1);
    expect(result.dropped[0]!.where).toContain(`articles[${at}]`);
    expect(result.rejected).toEqual([]);
  });

  it('rejects an event with an invalid correction note rather than show it uncorrected', () => {
    const store = fresh();
    store.events[0].notes = [{ fr: '', en: 'x' }];
    const result = accepted(store);
    expect(result.rejected.map((event) => event.index)).toEqual([0]);
  });

  it('never lets __proto__ keys pollute anything', () => {
    const event = JSON.stringify(fresh().events[0]).replace('{', '{"__proto__":{"polluted":"yes"},');
    const json = JSON.parse(
      JSON.stringify(fresh()).replace('"events":[', `"events":[${event},`).replace('{', '{"__proto__":{"polluted":"yes"},'),
    );
    const result = parseStore(json);
    expect(result.ok).toBe(false);
    delete json.__proto__;
    const second = accepted(json);
    expect(second.rejected[0]!.reasons.map(englishReason).join()).toContain('__proto__');
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.getPrototypeOf(second.store.events[0])).toBe(Object.prototype);
  });
});
