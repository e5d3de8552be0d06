/**
 * The content of a timeline item: a real <button> built from DOM nodes and textContent, never
 * from an HTML string. One element per event id is kept and handed back to vis-timeline on every
 * redraw: vis compares contents by outerHTML and only swaps the node when it differs, so the same
 * object is never swapped and a focused button keeps its focus across redraws and selection.
 */
import type { DrawnItemData } from './timeline-data';

const signatures = new WeakMap<HTMLButtonElement, string>();

export interface EventButtonText {
  announced: string;
}

export function syncEventButton(
  button: HTMLButtonElement,
  item: Pick<DrawnItemData, 'id' | 'title' | 'label' | 'announced' | 'dimmed'>,
  text: EventButtonText,
  selected: boolean,
): HTMLButtonElement {
  button.type = 'button';
  button.className = 'tl-event';
  if (button.dataset.eventId !== item.id) button.dataset.eventId = item.id;
  if (button.getAttribute('aria-label') !== item.label) button.setAttribute('aria-label', item.label);
  if (item.dimmed) button.dataset.dimmed = 'true';
  else delete button.dataset.dimmed;
  if (selected) button.setAttribute('aria-current', 'true');
  else button.removeAttribute('aria-current');

  const signature = JSON.stringify([item.title, item.announced ? text.announced : null]);
  if (signatures.get(button) !== signature) {
    signatures.set(button, signature);
    const title = document.createElement('span');
    title.className = 'tl-event-title';
    title.textContent = item.title;
    const parts: Node[] = [title];
    if (item.announced) {
      const badge = document.createElement('span');
      badge.className = 'tl-event-badge';
      badge.textContent = text.announced;
      parts.push(document.createTextNode(' '), badge);
    }
    button.replaceChildren(...parts);
  }
  return button;
}

/**
 * The content of a cluster: a button that shows how many events it holds and, activated, zooms
 * into them (TimelineView). Kept per cluster id, like event buttons, so focus survives redraws.
 */
export function syncClusterButton(button: HTMLButtonElement, cluster: { id: string; text: string; label: string }): HTMLButtonElement {
  button.type = 'button';
  button.className = 'tl-event tl-cluster-button';
  if (button.dataset.clusterId !== cluster.id) button.dataset.clusterId = cluster.id;
  if (button.getAttribute('aria-label') !== cluster.label) button.setAttribute('aria-label', cluster.label);
  if (button.textContent !== cluster.text) button.textContent = cluster.text;
  return button;
}

/** Lane label: text only. */
export function laneLabel(label: string): HTMLElement {
  const span = document.createElement('span');
  span.className = 'tl-lane-label';
  span.textContent = label;
  return span;
}
