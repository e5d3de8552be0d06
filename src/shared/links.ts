/** How features build links to app views; the app owns the URL format and supplies these. */
export interface AppLinks {
  /** The timeline with this event selected and its detail panel open. */
  event(eventId: string): string;
  /** The article reader, optionally opened at a passage (UTF-16 offsets, as in the store). */
  article(articleId: string, passage?: { start: number; end: number }): string;
  /** The timeline with nothing selected. */
  home(): string;
}
