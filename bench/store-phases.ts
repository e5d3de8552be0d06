/**
 * Where the pure-TypeScript part of loading a big store goes, measured in Node (no browser, no
 * DOM): JSON.parse, validation (the app's zod-free fast path for a valid store, readCanonicalStore,
 * then the full parseStore: zod + integrity, for comparison), the search index, one search, and
 * the timeline's item data; then the split form (data/README.md): the index's size and parse, and
 * one shard's parse and validation. `tsx bench/store-phases.ts [events]` (default 100000). What remains
 * of the browser's time-to-ready is fetching, React and vis-timeline's DOM.
 */
import { dictionaries } from '../src/shared/i18n/dictionaries';
import { toTimelineData } from '../src/features/timeline/timeline-data';
import { readCanonicalStore } from '../src/store/canonical-store';
import { parseStore } from '../src/store/parse-store';
import { englishReason } from '../src/store/reasons';
import { searchStore } from '../src/store/search';
import { buildSearchIndex } from '../src/store/search-index';
import { compileQuery } from '../src/store/search-query';
import { shardAsStore, splitStore, type SplitIndex } from '../src/store/split-store';
import { storeJsonChunks, syntheticStore } from './synthetic-store';

const events = Number(process.argv[2] ?? 100_000);
const text = [...storeJsonChunks(syntheticStore({ events }))].join('');

function timed<T>(label: string, run: () => T): T {
  const start = performance.now();
  const result = run();
  console.log(`${label.padEnd(34)} ${(performance.now() - start).toFixed(0).padStart(7)} ms`);
  return result;
}

console.log(`${events.toLocaleString('en')} events, ${(text.length / 1e6).toFixed(1)} M characters of JSON`);
const json = timed('JSON.parse', () => JSON.parse(text) as unknown);
const fast = timed('readCanonicalStore', () => readCanonicalStore(json));
if (fast === null) throw new Error('the synthetic store missed the fast path (readCanonicalStore returned null)');
const parsed = timed('parseStore (zod + integrity)', () => parseStore(json));
if (!parsed.ok) throw new Error(`invalid synthetic store: ${parsed.details.map(englishReason).join('; ')}`);
const index = timed('buildSearchIndex', () => buildSearchIndex(parsed.store));
const query = compileQuery('dissuasion nucléaire', parsed.store.entities)!;
const found = timed('searchStore("dissuasion nucléaire")', () => searchStore(index, query));
timed('toTimelineData (theme lanes)', () => toTimelineData(parsed.store.events, parsed.store.entities, 'theme', 'fr', dictionaries.fr));
timed('toTimelineData (all dimmed but matches)', () => {
  const dimmed = new Set(parsed.store.events.filter((event) => !found.eventIds.has(event.id)).map((event) => event.id));
  return toTimelineData(parsed.store.events, parsed.store.entities, 'theme', 'fr', dictionaries.fr, dimmed);
});

const split = timed('splitStore', () => splitStore(parsed.store));
const indexText = JSON.stringify(split.index);
const shardTexts = split.shards.map((shard) => JSON.stringify(shard));
const sizes = shardTexts.map((shard) => shard.length).sort((a, b) => a - b);
console.log(
  `split: index ${(indexText.length / 1e6).toFixed(1)} M characters, ${sizes.length} shards of ${(sizes[0]! / 1e3).toFixed(0)}–${(sizes.at(-1)! / 1e3).toFixed(0)} k (median ${(sizes[sizes.length >> 1]! / 1e3).toFixed(0)} k)`,
);
const splitIndex = timed('JSON.parse (index)', () => JSON.parse(indexText) as SplitIndex);
const biggest = shardTexts.indexOf(shardTexts.find((shard) => shard.length === sizes.at(-1))!);
timed('one shard: parse, join, validate', () => {
  const reading = shardAsStore(splitIndex, biggest, JSON.parse(shardTexts[biggest]!));
  if (!reading.ok || readCanonicalStore(reading.store) === null) throw new Error('the biggest shard missed the fast path');
});
