/**
 * The search worker's protocol, without a Worker: SearchWorkerCore answers exactly what searchStore
 * answers on the main thread (same events, in the same order; highlights are made on the page from the compiled query, as before), from the built-in
 * store's build-time index file or from an index it builds; stale answers are dropped on both sides.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { collectStore, syntheticStore } from '../../bench/synthetic-store';
import type { Store } from '../../src/store/schema';
import { searchStore } from '../../src/store/search';
import { buildSearchIndex } from '../../src/store/search-index';
import { compileQuery } from '../../src/store/search-query';
import {
  SearchAnswerGate,
  SearchWorkerCore,
  storeMessages,
  type FromSearchWorker,
  type ToSearchWorker,
} from '../../src/store/search-worker-protocol';
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
const sendStore = (core: SearchWorkerCore, subject: Store, generation: number, indexUrl: string | null) => {
  for (const message of storeMessages(subject, generation, indexUrl, 7)) core.receive(message);
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
    expect(posted[0]).toEqual({ type: 'ready', generation: 1, from: 'file' });
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
      expect(posted[0]).toEqual({ type: 'ready', generation: 1, from: 'built' });
      for (const { raw, answer } of answers) {
        const expected = searchStore(index, compileQuery(raw, other.entities)!);
        expect(answer && answer.type === 'answer' ? ids(other, answer.matches) : null, raw).toEqual(ids(other, expected.matches));
      }
    }
  });

  it('answers only the latest of the searches that queued while the index was loading', async () => {
    let release: (json: unknown) => void = () => {};
    const { core, posted } = harness(() => new Promise((resolve) => (release = resolve)));
    sendStore(core, store, 1, '/data/search-index.json');
    for (const [at, raw] of ['o', 'ot', 'ota', 'otan'].entries())
      core.receive({ type: 'search', generation: 1, query: at + 1, compiled: compileQuery(raw, store.entities)! });
    await settle();
    expect(posted).toEqual([]);
    release(indexFile);
    await settle();
    const answers = posted.filter((message) => message.type === 'answer');
    expect(answers.map((message) => message.type === 'answer' && message.query)).toEqual([4]);
  });

  it('drops the searches for a store it no longer has, and says nothing more about a replaced store', async () => {
    let release: (json: unknown) => void = () => {};
    const { core, posted } = harness(() => new Promise((resolve) => (release = resolve)));
    const compiled = compileQuery('otan', store.entities)!;
    sendStore(core, store, 1, '/data/search-index.json');
    core.receive({ type: 'search', generation: 1, query: 1, compiled });
    const small = collectStore(syntheticStore({ events: 50 }));
    sendStore(core, small, 2, null);
    core.receive({ type: 'search', generation: 1, query: 2, compiled } satisfies ToSearchWorker);
    core.receive({ type: 'search', generation: 2, query: 1, compiled: compileQuery('otan', small.entities)! });
    release(indexFile);
    await settle();
    expect(posted.every((message) => message.generation === 2)).toBe(true);
    expect(posted.map((message) => message.type)).toEqual(['ready', 'answer']);
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

  it('waits for every slice before answering', async () => {
    const { core, posted } = harness();
    const [first, ...slices] = [...storeMessages(store, 1, '/data/search-index.json', 10)];
    core.receive(first!);
    core.receive(slices[0]!);
    core.receive({ type: 'search', generation: 1, query: 1, compiled: compileQuery('otan', store.entities)! });
    await settle();
    expect(posted).toEqual([]);
    for (const slice of slices.slice(1)) core.receive(slice);
    await settle();
    expect(posted.map((message) => message.type)).toEqual(['ready', 'answer']);
  });
});

describe('the page’s answer gate', () => {
  const answer = (generation: number, query: number): FromSearchWorker => ({
    type: 'answer',
    generation,
    query,
    matches: new Uint8Array(0),
    count: 0,
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
