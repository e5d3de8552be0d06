/**
 * The search worker's protocol, without a Worker: SearchWorkerCore answers exactly what searchStore
 * answers on the main thread (same events, in the same order; highlights are made on the page from the compiled query, as before), from the built-in
 * store's build-time index file or from an index it builds; stale answers are dropped on both sides.
 * A split store, posted as its index's head events, is searched as its single file is: the worker
 * fills the details in from the shards it loads.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { collectStore, syntheticStore } from '../../bench/synthetic-store';
import type { Store } from '../../src/store/schema';
import { searchStore } from '../../src/store/search';
import { buildSearchIndex } from '../../src/store/search-index';
import { compileQuery } from '../../src/store/search-query';
import { SearchWorkerCore } from '../../src/store/search-worker-core';
import {
  SearchAnswerGate,
  storeMessages,
  type FromSearchWorker,
  type StoreShards,
  type ToSearchWorker,
} from '../../src/store/search-worker-protocol';
import { SHARD_LOADS_AT_ONCE } from '../../src/store/search-shard-details';
import { readIndexHeads } from '../../src/store/split-heads';
import { splitStore, type Shard } from '../../src/store/split-store';
import { readBuiltStore } from '../helpers/built-store';
import { projectRoot } from '../helpers/data-copy';

const store = readBuiltStore();
const indexFile = JSON.parse(readFileSync(join(projectRoot, 'public/data/search-index.json'), 'utf8')) as unknown;
const QUERIES = ['otan', 'Kiev', 'washington', '"sommet de la haye"', 'rutte trump', 'l’OTAN', 'de', 'zz-nothing-zz', 'Zelensky 2025'];

/** A core whose posts are collected; `loadFile` answers the built-in file unless told otherwise. */
function harness(loadFile: (url: string) => Promise<unknown> = async () => indexFile) {
  const posted: FromSearchWorker[] = [];
  const loads: string[] = [];
  const core = new SearchWorkerCore(
    (url) => {
      loads.push(url);
      return loadFile(url);
    },
    (message) => posted.push(message),
  );
  return { core, posted, loads };
}

/** Sends a store as the page does, its events in slices of 7. */
const sendStore = (core: SearchWorkerCore, subject: Store, generation: number, indexUrl: string | null, shards?: StoreShards) => {
  for (const message of storeMessages(subject, generation, indexUrl, 7, shards)) core.receive(message);
};
const settle = () => new Promise((resolve) => setTimeout(resolve, 0));
const ids = (subject: Store, matches: Uint8Array) => subject.events.filter((_, at) => matches[at] === 1).map((event) => event.id);

async function answersFor(subject: Store, indexUrl: string | null, loadFile?: (url: string) => Promise<unknown>) {
  const { core, posted, loads } = harness(loadFile);
  sendStore(core, subject, 1, indexUrl);
  const answers = [];
  for (const [at, raw] of QUERIES.entries()) {
    core.receive({ type: 'search', generation: 1, query: at + 1, compiled: compileQuery(raw, subject.entities)! });
    await settle();
    const answer = posted.find((message) => message.type === 'answer' && message.query === at + 1);
    answers.push({ raw, answer });
  }
  return { answers, posted, loads };
}

describe('the search worker core', () => {
  it('answers the built-in store from its build-time file exactly as searchStore does', async () => {
    const index = buildSearchIndex(store);
    const { answers, posted, loads } = await answersFor(store, '/data/search-index.json');
    expect(loads).toEqual(['/data/search-index.json']);
    expect(posted.find((message) => message.type === 'ready')).toEqual({ type: 'ready', generation: 1, from: 'file' });
    for (const { raw, answer } of answers) {
      const expected = searchStore(index, compileQuery(raw, store.entities)!);
      expect(answer?.type, raw).toBe('answer');
      if (answer?.type !== 'answer') continue;
      expect(ids(store, answer.matches), raw).toEqual(ids(store, expected.matches));
      expect(answer.count, raw).toBe(expected.count);
      expect([...answer.matches], raw).toEqual([...expected.matches]);
    }
    // The queries are not all trivial: some find a few events, one none.
    expect(answers.some(({ answer }) => answer?.type === 'answer' && answer.count > 0 && answer.count < store.events.length)).toBe(true);
    expect(answers.find(({ raw }) => raw === 'zz-nothing-zz')?.answer).toMatchObject({ count: 0 });
  });

  it('builds the index itself for a store from ?data= (no file), or when the file is missing or for another store', async () => {
    const other = collectStore(syntheticStore({ events: 300 }));
    const index = buildSearchIndex(other);
    for (const [indexUrl, loadFile] of [
      [null, undefined],
      ['/data/search-index.json', async () => Promise.reject(new Error('HTTP 404'))],
      ['/data/search-index.json', async () => indexFile],
    ] as const) {
      const { answers, posted } = await answersFor(other, indexUrl, loadFile);
      expect(posted.find((message) => message.type === 'ready')).toEqual({ type: 'ready', generation: 1, from: 'built' });
      for (const { raw, answer } of answers) {
        const expected = searchStore(index, compileQuery(raw, other.entities)!);
        expect(answer && answer.type === 'answer' ? ids(other, answer.matches) : null, raw).toEqual(ids(other, expected.matches));
      }
    }
  });

  it('answers each search at once, before the index file is in, from the events it has read: in full when it has them all', async () => {
    let release: (json: unknown) => void = () => {};
    const { core, posted } = harness(() => new Promise((resolve) => (release = resolve)));
    sendStore(core, store, 1, '/data/search-index.json');
    const index = buildSearchIndex(store);
    for (const [at, raw] of ['o', 'ot', 'ota', 'otan'].entries())
      core.receive({ type: 'search', generation: 1, query: at + 1, compiled: compileQuery(raw, store.entities)! });
    const answers = posted.filter((message) => message.type === 'answer');
    expect(answers.map((message) => message.query)).toEqual([1, 2, 3, 4]);
    for (const [at, raw] of ['o', 'ot', 'ota', 'otan'].entries()) {
      expect(answers[at]).toMatchObject({ complete: true, count: searchStore(index, compileQuery(raw, store.entities)!).count });
      expect([...answers[at]!.matches]).toEqual([...searchStore(index, compileQuery(raw, store.entities)!).matches]);
    }
    await settle();
    release(indexFile);
    await settle();
    // Complete already: not answered again once the file is in.
    expect(posted.map((message) => message.type)).toEqual(['answer', 'answer', 'answer', 'answer', 'ready']);
  });

  it('drops the searches for a store it no longer has, and says nothing more about a replaced store', async () => {
    let release: (json: unknown) => void = () => {};
    const { core, posted } = harness(() => new Promise((resolve) => (release = resolve)));
    const compiled = compileQuery('otan', store.entities)!;
    sendStore(core, store, 1, '/data/search-index.json');
    core.receive({ type: 'search', generation: 1, query: 1, compiled });
    // Answered at once from the events it had read (every one, so in full).
    expect(posted).toMatchObject([{ type: 'answer', generation: 1, query: 1, complete: true }]);
    const small = collectStore(syntheticStore({ events: 50 }));
    sendStore(core, small, 2, null);
    core.receive({ type: 'search', generation: 1, query: 2, compiled } satisfies ToSearchWorker);
    core.receive({ type: 'search', generation: 2, query: 1, compiled: compileQuery('otan', small.entities)! });
    await settle();
    release(indexFile);
    await settle();
    const afterwards = posted.slice(1);
    expect(afterwards.every((message) => message.generation === 2)).toBe(true);
    expect(afterwards.map((message) => message.type)).toEqual(['answer', 'ready']);
    expect(afterwards[0]).toMatchObject({ query: 1, complete: true });
  });
});

describe('the store as the page posts it', () => {
  it('says how many events follow, then sends them all, in order, with only the fields the index reads', () => {
    const messages = [...storeMessages(store, 3, null, 10)];
    expect(messages[0]).toMatchObject({ type: 'store', generation: 3, eventCount: store.events.length });
    const events = messages.flatMap((message) => (message.type === 'events' ? message.events : []));
    expect(messages.length).toBe(1 + Math.ceil(store.events.length / 10));
    expect(events.map((event) => event.id)).toEqual(store.events.map((event) => event.id));
    expect(Object.keys(events[0]!).sort()).toEqual(['actors', 'evidence', 'id', 'notes', 'places', 'summary', 'themes', 'title']);
  });

  it('sends a split store’s shard URLs, and each event’s shard alongside it', () => {
    const shards = { urls: ['/s/0.json', '/s/1.json'], eventShards: store.events.map((_, at) => at % 2) };
    const messages = [...storeMessages(store, 3, null, 10, shards)];
    expect(messages[0]).toMatchObject({ type: 'store', shards: { urls: shards.urls } });
    expect(messages.flatMap((message) => (message.type === 'events' ? (message.eventShards ?? []) : []))).toEqual(shards.eventShards);
    expect([...storeMessages(store, 3, null, 10)].some((message) => 'shards' in message || 'eventShards' in message)).toBe(false);
  });

  it('answers from the slices that have come, says the answer is partial, then answers in full once every slice is in', async () => {
    const { core, posted } = harness();
    const [first, ...slices] = [...storeMessages(store, 1, '/data/search-index.json', 10)];
    core.receive(first!);
    core.receive(slices[0]!);
    const compiled = compileQuery('otan', store.entities)!;
    const expected = searchStore(buildSearchIndex(store), compiled).matches;
    core.receive({ type: 'search', generation: 1, query: 1, compiled });
    const early = posted.find((message) => message.type === 'answer');
    expect(early).toMatchObject({ type: 'answer', query: 1, complete: false });
    // The first ten events only, as the whole store's search finds them; none of the others yet.
    expect([...early!.matches]).toEqual([...expected].map((match, at) => (at < 10 ? match : 0)));
    expect(early!.matches.length).toBe(store.events.length);
    for (const slice of slices.slice(1)) core.receive(slice);
    await settle();
    // Every event read: answered in full from them, before the index file is even in.
    expect(posted.map((message) => message.type)).toEqual(['answer', 'answer', 'ready']);
    const full = posted[1]!;
    expect(full).toMatchObject({ type: 'answer', query: 1, complete: true });
    expect([...(full.type === 'answer' ? full.matches : [])]).toEqual([...expected]);
  });

  it('gives no empty answer before any event is read, and answers again as events come, at most every 250 ms', async () => {
    const { core, posted } = harness();
    const [first, ...slices] = [...storeMessages(store, 1, null, 5)];
    core.receive(first!);
    core.receive({ type: 'search', generation: 1, query: 1, compiled: compileQuery('otan', store.entities)! });
    expect(posted).toEqual([]);
    core.receive(slices[0]!);
    expect(posted).toMatchObject([{ type: 'answer', query: 1, complete: false }]);
    // Within 250 ms of that answer: the next slice is read, not answered.
    core.receive(slices[1]!);
    expect(posted).toHaveLength(1);
    await new Promise((resolve) => setTimeout(resolve, 260));
    core.receive(slices[2]!);
    expect(posted).toHaveLength(2);
    const expected = searchStore(buildSearchIndex(store), compileQuery('otan', store.entities)!).matches;
    const second = posted[1]!;
    expect([...(second.type === 'answer' ? second.matches : [])]).toEqual([...expected].map((match, at) => (at < 15 ? match : 0)));
    // The last slice makes it complete: answered at once, whenever the last answer was.
    for (const slice of slices.slice(3)) core.receive(slice);
    expect(posted.at(-1)).toMatchObject({ type: 'answer', query: 1, complete: true });
    expect(posted.filter((message) => message.type === 'answer')).toHaveLength(3);
  });

  it('answers only the latest search in full when several came before the index was ready', async () => {
    const { core, posted } = harness();
    const [first, ...slices] = [...storeMessages(store, 1, null, 10)];
    core.receive(first!);
    core.receive(slices[0]!);
    for (const [at, raw] of ['o', 'ot', 'ota', 'otan'].entries())
      core.receive({ type: 'search', generation: 1, query: at + 1, compiled: compileQuery(raw, store.entities)! });
    for (const slice of slices.slice(1)) core.receive(slice);
    await settle();
    const answers = posted.flatMap((message) => (message.type === 'answer' ? [[message.query, message.complete]] : []));
    expect(answers).toEqual([
      [1, false],
      [2, false],
      [3, false],
      [4, false],
      [4, true],
    ]);
  });
});

describe('the page’s answer gate', () => {
  const answer = (generation: number, query: number): FromSearchWorker => ({
    type: 'answer',
    generation,
    query,
    matches: new Uint8Array(0),
    count: 0,
    complete: true,
  });

  it('keeps only the answer to the latest query for the latest store', () => {
    const gate = new SearchAnswerGate();
    expect(gate.nextStore()).toBe(1);
    expect(gate.nextQuery()).toEqual({ generation: 1, query: 1 });
    expect(gate.nextQuery()).toEqual({ generation: 1, query: 2 });
    expect(gate.accepts(answer(1, 1))).toBe(false);
    expect(gate.accepts(answer(1, 2))).toBe(true);
    expect(gate.accepts({ type: 'ready', generation: 1, from: 'file' })).toBe(true);
    expect(gate.nextStore()).toBe(2);
    expect(gate.accepts(answer(1, 2))).toBe(false);
    expect(gate.accepts({ type: 'ready', generation: 1, from: 'file' })).toBe(false);
    expect(gate.accepts({ type: 'failed', generation: 1, reason: 'x' })).toBe(false);
    expect(gate.nextQuery()).toEqual({ generation: 2, query: 1 });
    expect(gate.accepts(answer(2, 1))).toBe(true);
  });
});

describe('the search worker core, for a split store', () => {
  // Shards of at most 4 events: the built-in store in 10 shards, more than are loaded at once.
  const split = splitStore(store, 4);
  const shards: StoreShards = { urls: split.index.shards.map((name) => `/data/split/${name}`), eventShards: split.index.events.shard };
  /** The store as the page has it from the index alone: head events, articles without text. */
  const headOnly = (keepDetails: (position: number) => boolean = () => false): Store => ({
    ...store,
    events: store.events.map((event, at) =>
      keepDetails(at) ? event : { ...event, summary: { fr: '', en: '' }, evidence: [], notes: [], corroboration: [] },
    ),
    articles: store.articles.map((article) => ({ ...article, text: '' })),
  });
  /** Serves each shard as fetch would (a fresh parse), or what `replace` makes of it. */
  const serveShards =
    (replace: (position: number, shard: Shard) => Promise<unknown> = async (_, shard) => shard) =>
    async (url: string): Promise<unknown> => {
      if (url === '/data/search-index.json') return indexFile;
      const position = shards.urls.indexOf(url);
      if (position === -1) throw new Error(`HTTP 404 ${url}`);
      return replace(position, JSON.parse(JSON.stringify(split.shards[position])) as Shard);
    };
  // They match summaries, quotes or notes, not only titles: from the head events alone they find less.
  const DETAIL_QUERIES = ['garanties', 'cessez-le-feu', '"Enhanced Forward Presence"', 'nécessité', 'menace', 'article', 'Rutte'];
  const expectedIds = (subject: Store, raw: string) =>
    ids(subject, searchStore(buildSearchIndex(subject), compileQuery(raw, store.entities)!).matches);

  const INDEX_URL = '/data/split/index.json';
  const withUnknownActor = () => {
    const index = structuredClone(split.index);
    index.events.actors[2] = [index.entities.actors.length];
    return index;
  };
  /** The page's two ways to give the worker a split store: its head events, or its index's text to adopt. */
  type Send = (core: SearchWorkerCore, indexUrl: string | null) => void;
  const postHeads: Send = (core, indexUrl) => sendStore(core, headOnly(), 1, indexUrl, shards);
  const handIndex =
    (index: unknown = split.index, eventCount = store.events.length, positions: number[] | null = null): Send =>
    (core, indexUrl) => {
      core.receive({ type: 'split-index', url: INDEX_URL, text: JSON.stringify(index) });
      core.receive({ type: 'adopt', generation: 1, url: INDEX_URL, eventCount, positions, indexUrl });
    };

  /** The worker's answer to each query for the split store (sent as head events), once its index is ready. */
  async function splitAnswers(
    loadFile: (url: string) => Promise<unknown>,
    queries: readonly string[],
    indexUrl: string | null = null,
    send: Send = postHeads,
  ) {
    const { core, posted, loads } = harness(loadFile);
    send(core, indexUrl);
    // The index is made a slice at a time: a few turns of the event loop.
    for (let turn = 0; turn < 100 && !posted.some((message) => message.type !== 'answer'); turn += 1) await settle();
    const ready = posted[0];
    const answers = new Map<string, string[] | null>();
    for (const [at, raw] of queries.entries()) {
      core.receive({ type: 'search', generation: 1, query: at + 1, compiled: compileQuery(raw, store.entities)! });
      await settle();
      const answer = posted.find((message) => message.type === 'answer' && message.query === at + 1);
      answers.set(raw, answer?.type === 'answer' ? ids(store, answer.matches) : null);
    }
    return { ready, answers, loads };
  }

  it.each([
    ['posted as head events', postHeads],
    ['read from its index’s text', handIndex()],
  ])('answers as searchStore does on the single file, for queries that only the details match (%s)', async (_, send) => {
    const { ready, answers, loads } = await splitAnswers(serveShards(), DETAIL_QUERIES, null, send);
    expect(ready).toEqual({ type: 'ready', generation: 1, from: 'built' });
    expect([...loads].sort()).toEqual([...shards.urls].sort());
    for (const raw of DETAIL_QUERIES) {
      expect(answers.get(raw), raw).toEqual(expectedIds(store, raw));
      expect(answers.get(raw)!.length, raw).toBeGreaterThan(expectedIds(headOnly(), raw).length);
    }
  });

  it('fills in every field the index reads, article texts included: the filled store fits the single file’s index file', async () => {
    const { ready, loads } = await splitAnswers(serveShards(), [], '/data/search-index.json');
    expect(loads).toContain('/data/search-index.json');
    expect(ready).toEqual({ type: 'ready', generation: 1, from: 'file' });
    // Without the shards, the head events are another store to that file.
    const { posted } = await answersFor(headOnly(), '/data/search-index.json');
    expect(posted.find((message) => message.type === 'ready')).toEqual({ type: 'ready', generation: 1, from: 'built' });
  });

  it('parses a handed index ahead, but loads and answers nothing until the page adopts it', async () => {
    const { core, posted, loads } = harness(serveShards());
    core.receive({ type: 'split-index', url: INDEX_URL, text: JSON.stringify(split.index) });
    core.receive({ type: 'search', generation: 1, query: 1, compiled: compileQuery('garanties', store.entities)! });
    for (let turn = 0; turn < 20; turn += 1) await settle();
    expect(posted).toEqual([]);
    expect(loads).toEqual([]);
    core.receive({ type: 'adopt', generation: 1, url: INDEX_URL, eventCount: store.events.length, positions: null, indexUrl: null });
    core.receive({ type: 'search', generation: 1, query: 2, compiled: compileQuery('garanties', store.entities)! });
    // The answer comes at once, from the heads read at adoption (this store's are few: all of them).
    const early = posted.find((message) => message.type === 'answer');
    expect(early).toMatchObject({ type: 'answer', generation: 1, query: 2, complete: false });
    expect(ids(store, early?.type === 'answer' ? early.matches : new Uint8Array())).toEqual(expectedIds(headOnly(), 'garanties'));
    // And its shards are loaded from now on.
    await settle();
    expect(loads.length).toBeGreaterThan(0);
  });

  it('reads from a handed index the very events the page shows: a head the rules refuse is left out on both sides', async () => {
    const refusedAt = 3;
    const index = structuredClone(split.index);
    index.events.title.fr[refusedAt] = '  ';
    const { events: pageEvents, positions } = readIndexHeads(index);
    expect(pageEvents.length).toBe(store.events.length - 1);
    const pageStore: Store = { ...headOnly(), events: headOnly().events.filter((_, at) => at !== refusedAt) };
    const { core, posted } = harness(serveShards());
    handIndex(index, pageEvents.length, positions)(core, null);
    for (const [at, raw] of DETAIL_QUERIES.entries())
      core.receive({ type: 'search', generation: 1, query: at + 1, compiled: compileQuery(raw, store.entities)! });
    const answers = posted.filter((message) => message.type === 'answer');
    for (const [at, raw] of DETAIL_QUERIES.entries()) {
      const answer = answers.find((message) => message.query === at + 1);
      expect(answer?.matches.length, raw).toBe(pageEvents.length);
      expect(ids(pageStore, answer?.type === 'answer' ? answer.matches : new Uint8Array()), raw).toEqual(expectedIds(pageStore, raw));
    }
  });

  it.each([
    ['another count of events than the page’s', handIndex(split.index, store.events.length + 1)],
    ['a text that is not JSON', handIndex('{"format": "chronique-split-index", ')],
    ['a text that is no split index', handIndex(store)],
    ['a head naming an entity the index lacks, said to be kept', handIndex(withUnknownActor(), store.events.length)],
    ['positions that are not the index’s', handIndex(split.index, 2, [0, store.events.length])],
  ])('says it cannot search an adopted index with %s (the page then searches on its own)', async (_, send) => {
    const { core, posted, loads } = harness(serveShards());
    send(core, null);
    core.receive({ type: 'search', generation: 1, query: 1, compiled: compileQuery('garanties', store.entities)! });
    for (let turn = 0; turn < 5; turn += 1) await settle();
    expect(posted).toMatchObject([{ type: 'failed', generation: 1 }]);
    expect(loads).toEqual([]);
  });

  it('answers at once from the heads while the shards load, as partial, then in full once they are in', async () => {
    const pending: (() => void)[] = [];
    const { core, posted } = harness((url) => new Promise((resolve) => pending.push(() => resolve(serveShards()(url)))));
    sendStore(core, headOnly(), 1, null, shards);
    await settle();
    for (const [at, raw] of DETAIL_QUERIES.entries())
      core.receive({ type: 'search', generation: 1, query: at + 1, compiled: compileQuery(raw, store.entities)! });
    const early = posted.filter((message) => message.type === 'answer');
    expect(early.map((message) => [message.query, message.complete])).toEqual(DETAIL_QUERIES.map((_, at) => [at + 1, false]));
    for (const [at, raw] of DETAIL_QUERIES.entries()) expect(ids(store, early[at]!.matches), raw).toEqual(expectedIds(headOnly(), raw));
    while (pending.length > 0) {
      pending.shift()!();
      await settle();
    }
    for (let turn = 0; turn < 5; turn += 1) await settle();
    const last = posted.at(-1)!;
    expect(last).toMatchObject({ type: 'answer', query: DETAIL_QUERIES.length, complete: true });
    expect(ids(store, last.type === 'answer' ? last.matches : new Uint8Array())).toEqual(expectedIds(store, DETAIL_QUERIES.at(-1)!));
  });

  it('finds the events of a shard that failed to load by their titles only, and the others’ by their details', async () => {
    const failed = shards.eventShards[1]!;
    const ownEvent = store.events[1]!;
    expect(ownEvent.evidence.map((quote) => quote.exact).join(' ')).toContain('Enhanced Forward Presence');
    const queries = [...DETAIL_QUERIES, '"groupements tactiques"'];
    const { ready, answers } = await splitAnswers(
      serveShards(async (position, shard) => (position === failed ? Promise.reject(new Error('HTTP 503')) : shard)),
      queries,
    );
    expect(ready).toMatchObject({ type: 'ready', from: 'built' });
    const withoutFailed = headOnly((position) => shards.eventShards[position] !== failed);
    for (const raw of queries) expect(answers.get(raw), raw).toEqual(expectedIds(withoutFailed, raw));
    expect(answers.get('"groupements tactiques"')).toContain(ownEvent.id);
    expect(answers.get('"Enhanced Forward Presence"')).not.toContain(ownEvent.id);
    expect(answers.get('garanties')!.length).toBeGreaterThan(0);
  });

  it('ignores what a hostile shard holds of the wrong type or for events it does not hold, and adds no match', async () => {
    const hostile = shards.eventShards[1]!;
    // An event of another shard, which fails to load: nothing but the hostile shard could fill it in.
    const otherEvent = store.events.find((_, at) => shards.eventShards[at] !== hostile)!;
    const failed = shards.eventShards[store.events.indexOf(otherEvent)]!;
    const ownIds = store.events.filter((_, at) => shards.eventShards[at] === hostile).map((event) => event.id);
    const planted = { fr: 'zzplantedzz', en: 'zzplantedzz' };
    const hostileShard = (shard: Shard): unknown => ({
      ...shard,
      articles: [{ id: store.articles[0]!.id, text: 7 }, 'zzplantedzz', null],
      events: [
        ...ownIds.map((id) => ({ id, summary: 'zzplantedzz', evidence: { exact: 'zzplantedzz' }, notes: [{ fr: 1, en: planted }, 3] })),
        { id: otherEvent.id, summary: planted, evidence: [{ exact: 'zzplantedzz' }], notes: [] },
        { id: 12, summary: planted },
        { id: '__proto__', summary: planted },
        null,
        'zzplantedzz',
      ],
    });
    const queries = [...DETAIL_QUERIES, 'zzplantedzz'];
    const { ready, answers } = await splitAnswers(
      serveShards(async (position, shard) => {
        if (position === failed) throw new Error('HTTP 404');
        return position === hostile ? hostileShard(shard) : shard;
      }),
      queries,
    );
    expect(ready).toMatchObject({ type: 'ready', from: 'built' });
    const withoutHostile = headOnly((position) => ![hostile, failed].includes(shards.eventShards[position]!));
    for (const raw of queries) expect(answers.get(raw), raw).toEqual(expectedIds(withoutHostile, raw));
    expect(answers.get('zzplantedzz')).toEqual([]);
  });

  it('ignores a file that is not the shard of its position, or not a shard at all', async () => {
    const [misplaced, notAnObject, anotherFormat] = [0, 1, 2];
    const { answers } = await splitAnswers(
      serveShards(async (position, shard) => {
        // The right events, but the file says it is another position's (a file served under another name).
        if (position === misplaced) return { ...shard, shard: anotherFormat };
        if (position === notAnObject) return [shard];
        if (position === anotherFormat) return { ...shard, format: 'chronique-split-index' };
        return shard;
      }),
      DETAIL_QUERIES,
    );
    const refused = [misplaced, notAnObject, anotherFormat];
    const withoutRefused = headOnly((position) => !refused.includes(shards.eventShards[position]!));
    for (const raw of DETAIL_QUERIES) expect(answers.get(raw), raw).toEqual(expectedIds(withoutRefused, raw));
    expect(withoutRefused.events.some((event) => event.summary.fr === '')).toBe(true);
  });

  it('loads a few shards at a time, and stops loading and says nothing more once a newer store comes', async () => {
    const pending: { url: string; release: () => void }[] = [];
    const { core, posted, loads } = harness(
      (url) => new Promise((resolve) => pending.push({ url, release: () => resolve(serveShards()(url)) })),
    );
    sendStore(core, headOnly(), 1, null, shards);
    core.receive({ type: 'search', generation: 1, query: 1, compiled: compileQuery('garanties', store.entities)! });
    await settle();
    expect(loads.length).toBe(SHARD_LOADS_AT_ONCE);
    // From the heads, at once; partial.
    expect(posted).toMatchObject([{ type: 'answer', generation: 1, query: 1, complete: false }]);
    posted.length = 0;

    const small = collectStore(syntheticStore({ events: 50 }));
    sendStore(core, small, 2, null);
    core.receive({ type: 'search', generation: 2, query: 1, compiled: compileQuery('otan', small.entities)! });
    for (const load of pending) load.release();
    await settle();
    expect(loads.length).toBe(SHARD_LOADS_AT_ONCE);
    expect(posted.every((message) => message.generation === 2)).toBe(true);
    // Every event of the new store read when the search came: answered in full at once.
    expect(posted).toMatchObject([{ type: 'answer', complete: true }, { type: 'ready' }]);
  });
});
