/**
 * A read-only set of event ids kept as one byte per event: what a search dims at 100,000 events
 * without building a Set of up to 100,000 strings on every keystroke. Behaves as a ReadonlySet
 * (has, size, iteration in event order). Pure TypeScript.
 */
/** What a set of ids must offer to the timeline's muting: membership, a size, its members. */
export type IdSet = Pick<ReadonlySet<string>, 'has' | 'size'> & Iterable<string>;

export class MaskedIds implements IdSet {
  readonly size: number;

  /**
   * `ids[i]` is in the set when `mask[i]` is 1; `positions` maps each id to its i (shared by every
   * set over the same ids). Both come from `lookup`, called when the set is first asked for a
   * member, not when it is made: at 100,000 events, finishing that map cost a first search's
   * answer some 10 ms before its count could show.
   */
  constructor(
    private readonly lookup: () => { ids: readonly string[]; positions: ReadonlyMap<string, number> },
    private readonly mask: Uint8Array,
  ) {
    let size = 0;
    for (let at = 0; at < mask.length; at += 1) size += mask[at]!;
    this.size = size;
  }

  private table: { ids: readonly string[]; positions: ReadonlyMap<string, number> } | undefined;
  private read() {
    return (this.table ??= this.lookup());
  }

  has(id: string): boolean {
    const at = this.read().positions.get(id);
    return at !== undefined && this.mask[at] === 1;
  }

  *values(): SetIterator<string> {
    const { ids } = this.read();
    for (let at = 0; at < this.mask.length; at += 1) if (this.mask[at] === 1) yield ids[at]!;
  }

  keys(): SetIterator<string> {
    return this.values();
  }

  *entries(): SetIterator<[string, string]> {
    for (const id of this.values()) yield [id, id];
  }

  forEach(each: (value: string, key: string, set: MaskedIds) => void, thisArg?: unknown): void {
    for (const id of this.values()) each.call(thisArg, id, id, this);
  }

  [Symbol.iterator](): SetIterator<string> {
    return this.values();
  }
}
