/**
 * A split store shown from its index alone (split-heads.ts, `fetchStore(…, headsOnly)`): its
 * events' heads are judged by the store's rules as the single file's events are, and each event's
 * details come from its one shard, the same as in the single file.
 */
import { QueryClient } from '@tanstack/react-query';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { eventDetailsQueryOptions, fetchStore, type LoadedStore } from '../../src/app/data/store-query';
import { searchShards } from '../../src/app/data/use-split-details';
import { parseStore } from '../../src/store/parse-store';
import type { Store } from '../../src/store/schema';
import { isHeadsOnly } from '../../src/store/split-heads';
import { shardUrl, splitStore, type SplitFiles } from '../../src/store/split-store';
import { readBuiltStore } from '../helpers/built-store';
import { serveFiles } from '../helpers/serve-files';

afterEach(() => {
  vi.unstubAllGlobals();
});

const INDEX_URL = '/split/index.json';

const filesOf = ({ index, shards }: SplitFiles) =>
  Object.fromEntries([[INDEX_URL, index], ...shards.map((shard, at) => [shardUrl(INDEX_URL, index.shards[at]!), shard])]);

const store: Store = readBuiltStore();

async function headsOf(files: SplitFiles) {
  const requested = serveFiles(filesOf(files));
  const loaded = await fetchStore(INDEX_URL, undefined, undefined, new QueryClient(), true);
  return { loaded, requested };
}

const head = ({
  summary: _summary,
  evidence: _evidence,
  corroboration: _corroboration,
  notes: _notes,
  ...rest
}: Store['events'][number]) => ({
  ...rest,
  date: { start: rest.date.start, end: rest.date.end, precision: rest.date.precision, from: rest.date.from },
});

async function details(loaded: LoadedStore, client: QueryClient, id: string) {
  const event = loaded.store.events.find((candidate) => candidate.id === id)!;
  return client.fetchQuery(eventDetailsQueryOptions(loaded.split!, event));
}

describe('a split store from its index alone', () => {
  it('has every event’s head, as the single file has it, and asks for no shard', async () => {
    const { loaded, requested } = await headsOf(splitStore(store, 4));
    expect(requested).toEqual([INDEX_URL]);
    expect(isHeadsOnly(loaded.store)).toBe(true);
    expect(loaded.store.events.map(head)).toEqual(store.events.map(head));
    expect(loaded.store.articles.map(({ text: _text, ...meta }) => meta)).toEqual(
      store.articles.map(({ text: _text, notes: _notes, ...meta }) => meta),
    );
    expect([loaded.rejected, loaded.dropped]).toEqual([[], []]);
  });

  it('gives each event in full from its one shard, the same as the single file', async () => {
    const files = splitStore(store, 4);
    const { loaded, requested } = await headsOf(files);
    const client = new QueryClient();
    for (const event of store.events) expect(await details(loaded, client, event.id)).toEqual({ event });
    // One request per shard, however many of its events were asked for.
    expect(requested.slice(1).sort()).toEqual(files.index.shards.map((shard) => shardUrl(INDEX_URL, shard)).sort());
  });

  it('refuses a bad head with the reasons the single file gives for that event, and keeps the others', async () => {
    const files = splitStore(store, 4);
    const columns = files.index.events;
    columns.start[2] = '2025-02-30';
    columns.short.fr[5] = 'x'.repeat(41);
    columns.id[9] = columns.id[8]!;
    columns.title.en[11] = '  ';
    columns.short.en[13] = '';
    const broken = structuredClone(store);
    broken.events[2]!.date.start = '2025-02-30';
    broken.events[5]!.short.fr = 'x'.repeat(41);
    broken.events[9]!.id = broken.events[8]!.id;
    broken.events[11]!.title.en = '  ';
    broken.events[13]!.short.en = '';
    const single = parseStore(broken);
    if (!single.ok) throw new Error('the single file should load');

    expect(single.rejected.map(({ index }) => index)).toEqual([2, 5, 9, 11, 13]);
    const { loaded } = await headsOf(files);
    expect(loaded.rejected.map(({ index, reasons }) => ({ index, reasons }))).toEqual(
      single.rejected.map(({ index, reasons }) => ({ index, reasons })),
    );
    expect(loaded.store.events.map((event) => event.id)).toEqual(single.store.events.map((event) => event.id));
    // What the search worker is told: the positions of the heads kept, and each kept event's shard.
    const shards = searchShards(loaded.store, loaded.split!);
    const kept = columns.id.map((_, position) => position).filter((position) => ![2, 5, 9, 11, 13].includes(position));
    expect(shards.source).toEqual({ url: INDEX_URL, positions: kept, rows: columns.id.length });
    expect(shards.eventShards).toEqual(kept.map((position) => columns.shard[position]));
  });

  it('says why an event’s details are missing: a shard that cannot be had, or one that refuses the event', async () => {
    const files = splitStore(store, 4);
    const lostShard = files.index.events.shard[0]!;
    const refusingShard = files.shards.find((shard) => shard.shard !== lostShard && shard.events.length > 0)!;
    refusingShard.events[0]!.summary = { fr: '', en: 'no French' };
    const served = filesOf(files);
    delete served[shardUrl(INDEX_URL, files.index.shards[lostShard]!)];
    serveFiles(served);
    const loaded = await fetchStore(INDEX_URL, undefined, undefined, new QueryClient(), true);
    const client = new QueryClient();

    expect(await details(loaded, client, files.index.events.id[0]!)).toEqual({
      failed: [{ path: '', message: { code: 'file-not-loaded', kind: 'http', status: 404 } }],
    });
    const refused = await details(loaded, client, refusingShard.events[0]!.id);
    expect(refused).toEqual({ refused: [{ path: 'summary.fr', message: { code: 'translationEmpty' } }] });
    // The other events of the refusing shard are whole.
    const other = refusingShard.events[1];
    if (other) expect(await details(loaded, client, other.id)).toEqual({ event: store.events.find((event) => event.id === other.id) });
  });
});
