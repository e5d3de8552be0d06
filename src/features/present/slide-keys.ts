/**
 * What a key does in presentation mode. Clickers send PageDown/PageUp (some send arrows); Space
 * and Shift+Space follow slide software. Keys with Ctrl, Alt or ⌘ are the browser's (Alt+← is
 * "back"), and a text field or a focused control keeps the keys it needs.
 */
export type SlideAction = 'next' | 'previous' | 'first' | 'last' | 'exit';

/** Where focus is: in a text field, on a control that Space/Enter activate, or elsewhere. */
export type FocusKind = 'text' | 'control' | 'other';

export interface SlideKey {
  key: string;
  shiftKey: boolean;
  ctrlKey: boolean;
  altKey: boolean;
  metaKey: boolean;
}

export function slideAction(key: SlideKey, focus: FocusKind): SlideAction | null {
  if (key.ctrlKey || key.altKey || key.metaKey) return null;
  if (focus === 'text') return null;
  switch (key.key) {
    case 'ArrowRight':
    case 'ArrowDown':
    case 'PageDown':
      return 'next';
    case 'ArrowLeft':
    case 'ArrowUp':
    case 'PageUp':
      return 'previous';
    case ' ':
      if (focus === 'control') return null;
      return key.shiftKey ? 'previous' : 'next';
    case 'Home':
      return 'first';
    case 'End':
      return 'last';
    case 'Escape':
      return 'exit';
    default:
      return null;
  }
}

/** The slide an action leads to, or null when it leads nowhere (already at that end). */
export function targetIndex(action: Exclude<SlideAction, 'exit'>, index: number, count: number): number | null {
  if (count === 0) return null;
  const target = action === 'next' ? index + 1 : action === 'previous' ? index - 1 : action === 'first' ? 0 : count - 1;
  const clamped = Math.min(Math.max(target, 0), count - 1);
  return clamped === index ? null : clamped;
}

/** A 0-based slide index that exists, whatever the URL said. */
export function clampIndex(index: number, count: number): number {
  if (count === 0 || !Number.isFinite(index)) return 0;
  return Math.min(Math.max(Math.trunc(index), 0), count - 1);
}
