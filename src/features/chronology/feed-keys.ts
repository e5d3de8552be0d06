/**
 * The keys of the WAI-ARIA feed pattern, from the article that holds focus: Page Down and Page Up
 * move to the next and previous article, Home and End to the first and last, Ctrl + Home and
 * Ctrl + End leave the feed (to the focusable element before it, or after it).
 */
export type FeedMove = { to: 'article'; index: number } | { to: 'before' | 'after' };

export interface FeedKey {
  key: string;
  ctrlKey: boolean;
  metaKey: boolean;
  altKey: boolean;
  shiftKey: boolean;
}

export function feedMove(key: FeedKey, index: number, count: number): FeedMove | null {
  if (key.altKey || key.shiftKey || count === 0) return null;
  const withCtrl = key.ctrlKey || key.metaKey;
  const article = (target: number): FeedMove | null =>
    target >= 0 && target < count && target !== index ? { to: 'article', index: target } : null;
  switch (key.key) {
    case 'PageDown':
      return withCtrl ? null : article(index + 1);
    case 'PageUp':
      return withCtrl ? null : article(index - 1);
    case 'Home':
      return withCtrl ? { to: 'before' } : article(0);
    case 'End':
      return withCtrl ? { to: 'after' } : article(count - 1);
    default:
      return null;
  }
}
