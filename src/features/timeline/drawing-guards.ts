/**
 * Small DOM watches around vis-timeline's drawing, each returning the function that stops it.
 * No vis import: they work on the elements vis draws (.vis-panel, .vis-item).
 */

/**
 * Focusing an item that sticks out of the drawing makes the browser scroll vis's panels, which vis
 * never does itself (it positions its content): the items would no longer match the axis. Undo it.
 */
export function keepPanelsStill(canvas: HTMLElement): () => void {
  const onScroll = (event: Event) => {
    const panel = event.target;
    if (!(panel instanceof HTMLElement) || (panel.scrollLeft === 0 && panel.scrollTop === 0)) return;
    panel.scrollLeft = 0;
    panel.scrollTop = 0;
  };
  canvas.addEventListener('scroll', onScroll, { capture: true });
  return () => canvas.removeEventListener('scroll', onScroll, { capture: true });
}

/** Call `onChange` (next frame) when the drawing's width changes, e.g. a panel opening beside it. */
export function watchWidth(canvas: HTMLElement, onChange: () => void): () => void {
  if (typeof ResizeObserver === 'undefined') return () => {};
  let lastWidth = canvas.clientWidth;
  let frame = 0;
  const observer = new ResizeObserver(() => {
    if (canvas.clientWidth === lastWidth) return;
    lastWidth = canvas.clientWidth;
    cancelAnimationFrame(frame);
    frame = requestAnimationFrame(onChange);
  });
  observer.observe(canvas);
  return () => {
    observer.disconnect();
    cancelAnimationFrame(frame);
  };
}

/**
 * vis detaches the items that leave the window (a horizontal swipe, an animation still running):
 * a focused button would take focus with it, dropping the keyboard user at the top of the page.
 * Returns the check to run after each draw, which puts focus on `fallback` instead.
 */
export function keepFocusWhenItemsLeave(canvas: HTMLElement, fallback: HTMLElement): { check: () => void; stop: () => void } {
  let focused: Element | null = null;
  const onFocusIn = (event: FocusEvent) => {
    focused = event.target instanceof Element ? event.target : null;
  };
  canvas.addEventListener('focusin', onFocusIn);
  return {
    check: () => {
      if (!focused || focused.isConnected) return;
      focused = null;
      const active = document.activeElement;
      if (active === null || active === document.body) fallback.focus({ preventScroll: true });
    },
    stop: () => canvas.removeEventListener('focusin', onFocusIn),
  };
}

/**
 * The short timeline clips the rows its height cannot show, and labels that run past its sides.
 * A clipped item's button is made
 * inert, as vis detaches the items outside the window: Tab never lands on an item no one can see
 * (and CSS hides the cut frame). If the focused button goes, focus goes to `fallback`.
 */
export function takeHiddenItemsOutOfReach(canvas: HTMLElement, buttons: Iterable<HTMLButtonElement>, fallback: HTMLElement): void {
  const panel = canvas.querySelector('.vis-panel.vis-center');
  if (!panel) return;
  const visible = panel.getBoundingClientRect();
  for (const button of buttons) {
    const frame = button.closest('.vis-item')?.getBoundingClientRect();
    if (!frame) continue;
    // The top too: vis lets a vertical mouse drag move the rows up. And the sides: a label that
    // runs past an edge would be cut, and a label is shown whole or not at all.
    const hidden =
      frame.bottom > visible.bottom + 1 || frame.top < visible.top - 1 || frame.right > visible.right + 1 || frame.left < visible.left - 1;
    if (button.inert === hidden) continue;
    if (hidden && button.contains(document.activeElement)) fallback.focus({ preventScroll: true });
    button.inert = hidden;
  }
}
