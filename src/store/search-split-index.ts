/**
 * A split store's index read by the search worker itself. The page hands the worker the index's
 * text as it comes; the worker parses it while the page parses its own copy, and reads the heads
 * once the page adopts it, so the page posts no event (100,000 heads: some 370 ms of its main
 * thread in structured clones). Which heads the page kept (readIndexHeads refuses a head that
 * breaks the rules) comes with the adoption: every one, almost always; else their positions.
 * Pure TypeScript and zod-free.
 */
import type { Store } from './schema';
import type { SearchedEvent } from './search-worker-protocol';
import { entityIds } from './split-heads';
import { looksLikeSplitIndex, shardUrl, splitIndexFaults, type SplitIndex } from './split-store';

/** What the worker searches of a split store, read from its index as the page would post it. */
export interface SplitSearchSource {
  /** Heads in the index. */
  rows: number;
  /** The searched fields of the head at an index position; null when it names an entity the index lacks (the page refuses it). */
  headAt: (position: number) => SearchedEvent | null;
  /** The position in `shardUrls` of the shard holding that head's details. */
  shardAt: (position: number) => number;
  entities: Store['entities'];
  /** Without their texts: the shards hold them. */
  articles: { id: string; text: string }[];
  shardUrls: string[];
}

/** The shards fill details in by assigning them (search-shard-details.ts): one empty summary serves every event. */
const NO_SUMMARY = Object.freeze({ fr: '', en: '' });

/**
 * The searched heads of the split index in `text`, served at `url`; null when the text is not a
 * split index whose structure holds (not JSON, not an index, columns of other lengths…).
 */
export function splitSearchSource(url: string, text: string): SplitSearchSource | null {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return null;
  }
  if (!looksLikeSplitIndex(json) || splitIndexFaults(json).length > 0) return null;
  const { events: columns, entities, articles, shards } = json as SplitIndex;
  return {
    rows: columns.id.length,
    headAt: (position) => {
      const actors = entityIds(entities.actors, columns.actors[position]!);
      const places = entityIds(entities.places, columns.places[position]!);
      const themes = entityIds(entities.themes, columns.themes[position]!);
      if (!actors || !places || !themes) return null;
      const title = { fr: columns.title.fr[position]!, en: columns.title.en[position]! };
      return { id: columns.id[position]!, title, actors, places, themes, summary: NO_SUMMARY, evidence: [], notes: [] };
    },
    shardAt: (position) => columns.shard[position] ?? -1,
    entities,
    articles: articles.map((article) => ({ id: article.id, text: '' })),
    shardUrls: shards.map((shard) => shardUrl(url, shard)),
  };
}
