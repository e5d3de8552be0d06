/**
 * The split store (index + shards) and the single file it comes from must be the same store to
 * the reader: the same events, the same search results, the same passages; and a fault in a
 * shard must be judged as the same fault in the single file is, costing only that shard's events.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { QueryClient } from '@tanstack/react-query';
import { fetchStore, type LoadedStore, type StoreLoadError } from '../../src/app/data/store-query';
import { passagesCitingArticle } from '../../src/store/lookup';
import { parseStore } from '../../src/store/parse-store';
import type { Store } from '../../src/store/schema';
import { searchStore } from '../../src/store/search';
import { buildSearchIndex } from '../../src/store/search-index';
import { compileQuery } from '../../src/store/search-query';
import { ShardSchema, splitJsonSchemas, SplitIndexSchema } from '../../src/store/split-schema';
import {
  shardUrl,
  splitIndexFaults,
  splitStore,
  startsLikeSplitIndex,
  type SplitFiles,
  type SplitIndex,
} from '../../src/store/split-store';
import { collectStore, syntheticStore } from '../../bench/synthetic-store';
import { englishReason, englishShardFailure } from '../../src/store/reasons';
import { readBuiltStore } from '../helpers/built-store';
import { serveFiles } from '../helpers/serve-files';
import { projectRoot } from '../helpers/data-copy';

afterEach(() => {
  vi.unstubAllGlobals();
});

const INDEX_URL = '/split/index.json';

function splitFiles({ index, shards }: SplitFiles): Record<string, unknown> {
  return Object.fromEntries([[INDEX_URL, index], ...shards.map((shard, at) => [shardUrl(INDEX_URL, index.shards[at]!), shard])]);
}

async function loadBoth(store: Store, maxEvents?: number): Promise<{ single: LoadedStore; split: LoadedStore; files: SplitFiles }> {
  serveFiles({ '/store.json': store });
  const single = await fetchStore('/store.json');
  const files = splitStore(store, maxEvents);
  serveFiles(splitFiles(files));
  const split = await fetchStore(INDEX_URL, undefined, undefined, new QueryClient());
  return { single, split, files };
}

const synthetic = collectStore(syntheticStore({ events: 700, seed: 7 }));
const QUERIES = ['Rutte', 'OTAN', 'Bruxelles', 'dissuasion nucléaire', '"premier bilan"', 'Kyiv', 'zzzqx'];

describe.each([
  ['the built-in store', readBuiltStore(), undefined],
  ['a synthetic store, in shards of 64 events', synthetic, 64],
])('%s, single file and split', (_, store, maxEvents) => {
  it('writes files that fit their JSON Schemas, with several shards', () => {
    const files = splitStore(store, maxEvents);
    expect(SplitIndexSchema.safeParse(files.index).success).toBe(true);
    for (const shard of files.shards) expect(ShardSchema.safeParse(shard).success).toBe(true);
    expect(files.shards.length).toBeGreaterThan(1);
    expect(splitIndexFaults(files.index)).toEqual([]);
  });

  it('loads as the same events and articles, with nothing rejected', async () => {
    const { single, split } = await loadBoth(store, maxEvents);
    expect(split.store.events).toEqual(single.store.events);
    expect(split.store.articles).toEqual(single.store.articles);
    expect(split.store.entities).toEqual(single.store.entities);
    expect(split.store.title).toEqual(single.store.title);
    expect([split.rejected, split.dropped, split.missing]).toEqual([[], [], []]);
  });

  it('finds the same events and article passages for every search', async () => {
    const { single, split } = await loadBoth(store, maxEvents);
    const singleIndex = buildSearchIndex(single.store);
    const splitIndex = buildSearchIndex(split.store);
    for (const raw of QUERIES) {
      const inSingle = searchStore(singleIndex, compileQuery(raw, single.store.entities)!);
      const inSplit = searchStore(splitIndex, compileQuery(raw, split.store.entities)!);
      expect([...inSplit.eventIds].sort(), raw).toEqual([...inSingle.eventIds].sort());
      expect(inSplit.articleHits, raw).toEqual(inSingle.articleHits);
    }
  });

  it('shows the same passages of every article', async () => {
    const { single, split } = await loadBoth(store, maxEvents);
    for (const article of single.store.articles) {
      const text = split.store.articles.find((candidate) => candidate.id === article.id)!.text;
      const passages = passagesCitingArticle(split.store.events, article.id).map(({ quote }) => text.slice(quote.start, quote.end));
      const expected = passagesCitingArticle(single.store.events, article.id).map(({ quote }) =>
        article.text.slice(quote.start, quote.end),
      );
      expect(passages).toEqual(expected);
      expect(passages.length).toBeGreaterThan(0);
    }
  });
});

describe('what npm run build:store writes', () => {
  const readJson = (path: string): unknown => JSON.parse(readFileSync(join(projectRoot, path), 'utf8'));

  it('the split files beside store.json load as the same store', async () => {
    const index = readJson('public/data/split/index.json') as SplitIndex;
    const files: Record<string, unknown> = { [INDEX_URL]: index };
    for (const shard of index.shards) files[shardUrl(INDEX_URL, shard)] = readJson(`public/data/split/${shard}`);
    serveFiles(files);
    const split = await fetchStore(INDEX_URL, undefined, undefined, new QueryClient());
    expect(split.store).toEqual(readBuiltStore());
    expect([split.rejected, split.dropped, split.missing]).toEqual([[], [], []]);
  });

  it('the index opens as a split index’s text does, so the search worker is handed it before the page parses it', () => {
    const text = readFileSync(join(projectRoot, 'public/data/split/index.json'), 'utf8');
    expect(startsLikeSplitIndex(text)).toBe(true);
    expect(startsLikeSplitIndex(readFileSync(join(projectRoot, 'public/data/store.json'), 'utf8'))).toBe(false);
    expect(startsLikeSplitIndex(readFileSync(join(projectRoot, 'public/data/split/shards/0000.json'), 'utf8'))).toBe(false);
    // Only the opening counts: a store that merely quotes the format is no index.
    expect(startsLikeSplitIndex(JSON.stringify({ title: 'chronique-split-index', format: 'x' }))).toBe(false);
  });

  it('the JSON Schemas in data/ are those of the split form as it is now', () => {
    const schemas = splitJsonSchemas();
    expect(readJson('data/store-index.schema.json')).toEqual(schemas.index);
    expect(readJson('data/store-shard.schema.json')).toEqual(schemas.shard);
  });
});

describe('faults in a split store', () => {
  const store = synthetic;
  const files = () => splitStore(store, 64);

  it('a shard that cannot be had costs only its events, named with the reason', async () => {
    const split = files();
    const served = splitFiles(split);
    const lost = shardUrl(INDEX_URL, split.index.shards[1]!);
    delete served[lost];
    serveFiles(served);
    const loaded = await fetchStore(INDEX_URL, undefined, undefined, new QueryClient());
    const lostIds = split.shards[1]!.events.map((event) => event.id);
    expect(loaded.missing).toEqual([
      { shard: split.index.shards[1], reason: [{ path: '', message: { code: 'file-not-loaded', kind: 'http', status: 404 } }] },
    ]);
    expect(loaded.rejected.map((event) => event.id)).toEqual(
      store.events.filter((event) => lostIds.includes(event.id)).map((event) => event.id),
    );
    expect(englishReason(loaded.rejected[0]!.reasons[0]!)).toContain('could not be loaded: the file is not on the server (HTTP 404)');
    expect(loaded.store.events.length).toBe(store.events.length - lostIds.length);
  });

  it('a retry fetches again only the shard that failed, and then the store is whole', async () => {
    const split = files();
    const served = splitFiles(split);
    const lost = shardUrl(INDEX_URL, split.index.shards[2]!);
    const kept = served[lost];
    delete served[lost];
    const client = new QueryClient();
    serveFiles(served);
    expect((await fetchStore(INDEX_URL, undefined, undefined, client)).missing).toHaveLength(1);
    const requested = serveFiles({ ...served, [lost]: kept });
    const again = await fetchStore(INDEX_URL, undefined, undefined, client);
    expect(again.missing).toEqual([]);
    expect(again.store.events).toEqual(store.events);
    expect(requested).toEqual([INDEX_URL, lost]);
  });

  /** The store with a fault, judged as a single file and split: both verdicts in full. */
  async function judgedBothWays(mutate: (broken: Store) => void) {
    const broken = JSON.parse(JSON.stringify(store)) as Store;
    mutate(broken);
    const single = parseStore(JSON.parse(JSON.stringify(broken)));
    if (!single.ok) throw new Error('the fault should cost events or parts, not the store');
    const { split } = await loadBoth(broken, 64);
    return { single, split };
  }

  it('an invalid event in a shard is rejected with the same reasons as in the single file', async () => {
    const { single, split } = await judgedBothWays((broken) => {
      const victim = broken.events[5]!;
      victim.evidence[0]!.exact = `${victim.evidence[0]!.exact} (not in the article)`;
      victim.summary.fr = '';
    });
    expect(single.rejected).toHaveLength(1);
    expect(split.rejected).toEqual(single.rejected);
    expect(split.store.events).toEqual(single.store.events);
  });

  it('an unsafe link in a shard is dropped and reported where the single file reports it', async () => {
    const { single, split } = await judgedBothWays((broken) => {
      const sourced = broken.events.filter((event) => event.corroboration.length > 0).slice(-2);
      for (const event of sourced) event.corroboration[0]!.url = 'javascript:alert(1)';
    });
    expect(single.dropped).toHaveLength(2);
    expect(split.dropped).toEqual(single.dropped);
    expect(split.store.events).toEqual(single.store.events);
  });

  it('a shard served in another one’s place is refused, not mixed in', async () => {
    const split = files();
    const served = splitFiles(split);
    served[shardUrl(INDEX_URL, split.index.shards[0]!)] = split.shards[3];
    serveFiles(served);
    const loaded = await fetchStore(INDEX_URL, undefined, undefined, new QueryClient());
    expect(loaded.missing?.map(({ shard, reason }) => ({ shard, reason: englishShardFailure(reason) }))).toEqual([
      { shard: split.index.shards[0], reason: 'it says it is shard 3, not 0' },
    ]);
    expect(englishReason(loaded.rejected[0]!.reasons[0]!)).toBe(
      `${split.index.shards[0]} could not be loaded: it says it is shard 3, not 0`,
    );
    expect(loaded.store.events.map((event) => event.id)).not.toContain(split.shards[0]!.events[0]!.id);
  });

  it('says what a hostile shard claims to be in a few words, not in full', async () => {
    const split = files();
    const served = splitFiles(split);
    served[shardUrl(INDEX_URL, split.index.shards[0]!)] = { ...split.shards[0]!, shard: 'x'.repeat(100_000) };
    serveFiles(served);
    const loaded = await fetchStore(INDEX_URL, undefined, undefined, new QueryClient());
    expect(englishShardFailure(loaded.missing![0]!.reason)).toBe(`it says it is shard ${'x'.repeat(40)}…, not 0`);
  });

  it('a shard that the store’s rules refuse whole is missing, with their reasons', async () => {
    const split = files();
    (split.shards[2]!.articles as unknown[])[0] = 42;
    serveFiles(splitFiles(split));
    const loaded = await fetchStore(INDEX_URL, undefined, undefined, new QueryClient());
    expect(loaded.missing?.map(({ shard, reason }) => ({ shard, reason: englishShardFailure(reason) }))).toEqual([
      { shard: split.index.shards[2], reason: 'articles[0]: expected an object' },
    ]);
  });

  it('an index whose columns disagree is refused as a whole, saying which', async () => {
    const split = files();
    split.index.events.start.pop();
    serveFiles(splitFiles(split));
    const error = await fetchStore(INDEX_URL).catch((failure: unknown) => failure);
    expect(error).toMatchObject({ kind: 'shape' });
    expect((error as StoreLoadError).details.map(englishReason)).toEqual(['events.start: expected 700 values, one per event']);
  });

  it('a shard path that leaves the index’s folder is refused', () => {
    const split = files();
    split.index.shards[0] = '../secret.json';
    expect(splitIndexFaults(split.index).map(englishReason)).toContain('shards: a shard is a relative path inside the index’s folder');
  });
});
