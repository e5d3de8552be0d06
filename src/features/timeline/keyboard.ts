/** The timeline's keys, as described by the keyboard help (dictionary: timeline.keyboardHelp). */

export type KeyAction = { kind: 'zoom'; factor: number } | { kind: 'pan'; fraction: number } | { kind: 'go'; to: 'first' | 'last' };

/** One toolbar or key step: zoom by 2, pan by a quarter of the window. */
export const ZOOM_STEP = 2;
export const PAN_STEP = 0.25;

/** The action of a key, or undefined for a key the timeline leaves alone (and for any modifier). */
export function keyAction(key: string, modifiers: { altKey: boolean; ctrlKey: boolean; metaKey: boolean }): KeyAction | undefined {
  if (modifiers.altKey || modifiers.ctrlKey || modifiers.metaKey) return undefined;
  switch (key) {
    case '+':
    case '=':
      return { kind: 'zoom', factor: 1 / ZOOM_STEP };
    case '-':
    case '_':
    case '−':
      return { kind: 'zoom', factor: ZOOM_STEP };
    case 'ArrowLeft':
      return { kind: 'pan', fraction: -PAN_STEP };
    case 'ArrowRight':
      return { kind: 'pan', fraction: PAN_STEP };
    case 'Home':
      return { kind: 'go', to: 'first' };
    case 'End':
      return { kind: 'go', to: 'last' };
    default:
      return undefined;
  }
}
