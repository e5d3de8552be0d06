/**
 * What vis-timeline should hold after a window change, against what it holds: the items and
 * clusters to add, update and remove. Unchanged entries are kept as they are (same objects), so
 * vis redraws only what changed. Pure: no DOM, no vis import.
 */
import type { Dictionary, Language } from '../../shared/i18n/dictionary';
import type { IdSet } from '../../store/masked-ids';
import { drawnItem, type TimelineItemData } from './timeline-data';
import { drawnCluster, type ClusterData, type DrawnData, type VisibleSet } from './visible-items';

/** An entry vis holds: what it was made from and a key of what it shows. */
export interface ShownEntry {
  from: TimelineItemData | ClusterData;
  drawn: DrawnData;
  key: string;
}

export interface ShownChange {
  next: Map<string, ShownEntry>;
  removed: string[];
  added: DrawnData[];
  updated: DrawnData[];
}

export function diffShown(
  shown: ReadonlyMap<string, ShownEntry>,
  chosen: VisibleSet<TimelineItemData>,
  dimmedIds: IdSet,
  language: Language,
  t: Dictionary,
): ShownChange {
  const next = new Map<string, ShownEntry>();
  for (const item of chosen.items) {
    const dimmed = dimmedIds.has(item.id);
    const before = shown.get(item.id);
    const key = `${language}|${dimmed}`;
    next.set(
      item.id,
      before && before.from === item && before.key === key ? before : { from: item, drawn: drawnItem(item, dimmed, language, t), key },
    );
  }
  for (const cluster of chosen.clusters) {
    const before = shown.get(cluster.id);
    const key = `${language}|${cluster.group}|${cluster.start}|${cluster.end}|${cluster.count}`;
    next.set(cluster.id, before && before.key === key ? before : { from: cluster, drawn: drawnCluster(cluster, language, t), key });
  }

  const removed: string[] = [];
  const added: DrawnData[] = [];
  const updated: DrawnData[] = [];
  for (const id of shown.keys()) if (!next.has(id)) removed.push(id);
  for (const [id, entry] of next) {
    const before = shown.get(id);
    if (!before) added.push(entry.drawn);
    else if (before !== entry) {
      // update() merges fields: an item that loses its end (range → point) is replaced.
      if (before.drawn.type !== entry.drawn.type) {
        removed.push(id);
        added.push(entry.drawn);
      } else updated.push(entry.drawn);
    }
  }
  return { next, removed, added, updated };
}
