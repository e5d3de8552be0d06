const FOCUSABLE = [
  'a[href]',
  'button:not([disabled])',
  'input:not([disabled]):not([type="hidden"])',
  'select:not([disabled])',
  'textarea:not([disabled])',
  'summary',
  '[tabindex]:not([tabindex="-1"])',
].join(',');

function reachable(element: HTMLElement): boolean {
  if (element.closest('[hidden], [inert]')) return false;
  // Not in jsdom; in a browser it also rules out display: none and visibility: hidden.
  return typeof element.checkVisibility === 'function' ? element.checkVisibility({ visibilityProperty: true }) : true;
}

/**
 * Moves focus to the nearest focusable element before or after `boundary` in document order (the
 * feed pattern's Ctrl + Home and Ctrl + End). Returns false when there is none.
 */
export function focusOutside(boundary: HTMLElement, side: 'before' | 'after'): boolean {
  const candidates = [...boundary.ownerDocument.querySelectorAll<HTMLElement>(FOCUSABLE)].filter((element) => {
    if (boundary.contains(element) || element.contains(boundary)) return false;
    const position = boundary.compareDocumentPosition(element);
    return side === 'before' ? position & Node.DOCUMENT_POSITION_PRECEDING : position & Node.DOCUMENT_POSITION_FOLLOWING;
  });
  const ordered = side === 'before' ? candidates.reverse() : candidates;
  const target = ordered.find(reachable);
  target?.focus();
  return target !== undefined;
}
