import { useEffect, useRef } from 'react';
import { slideAction, type FocusKind, type SlideAction } from './slide-keys';

const TEXT_INPUT_TYPES = new Set([
  'text',
  'search',
  'email',
  'url',
  'tel',
  'password',
  'number',
  'date',
  'month',
  'week',
  'time',
  'datetime-local',
]);

export function focusKind(element: Element | null): FocusKind {
  if (!(element instanceof HTMLElement)) return 'other';
  if (element.isContentEditable || element instanceof HTMLTextAreaElement || element instanceof HTMLSelectElement) return 'text';
  if (element instanceof HTMLInputElement) return TEXT_INPUT_TYPES.has(element.type) ? 'text' : 'control';
  if (element.closest('button, a[href], summary, [role="button"], [role="link"], [role="checkbox"], [role="tab"]')) return 'control';
  return 'other';
}

/** Listens on window while mounted, so a clicker works wherever focus is (except in a text field). */
export function useSlideKeys(onAction: (action: SlideAction) => void) {
  const latest = useRef(onAction);
  useEffect(() => {
    latest.current = onAction;
  });
  useEffect(() => {
    const handleKeyDown = (event: KeyboardEvent) => {
      if (event.defaultPrevented || event.isComposing) return;
      const action = slideAction(event, focusKind(document.activeElement));
      if (!action) return;
      event.preventDefault();
      latest.current(action);
    };
    window.addEventListener('keydown', handleKeyDown);
    return () => window.removeEventListener('keydown', handleKeyDown);
  }, []);
}
