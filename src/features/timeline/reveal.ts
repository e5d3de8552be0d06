/**
 * If the selected item is off screen or covered (e.g. by a bottom sheet that just opened), scroll
 * the page so it sits in the upper part of the viewport. The page only: never the vis panels.
 */
export function revealVertically(button: HTMLElement | undefined, reducedMotion: boolean): void {
  if (!button?.isConnected) return;
  const rect = button.getBoundingClientRect();
  if (rect.width === 0 || rect.height === 0) return;
  const x = rect.left + rect.width / 2;
  const y = rect.top + rect.height / 2;
  if (x < 0 || x >= window.innerWidth) return;
  const covered = y < 0 || y >= window.innerHeight || !button.contains(document.elementFromPoint(x, y));
  if (covered) window.scrollBy({ top: rect.top - window.innerHeight * 0.2, behavior: reducedMotion ? 'auto' : 'smooth' });
}
