import { describe, expect, it } from 'vitest';
import { keyAction } from '../../src/features/timeline/keyboard';

const plain = { altKey: false, ctrlKey: false, metaKey: false };

describe('keyAction: the keys the keyboard help promises', () => {
  it('zooms in with + (and =), out with − (and - or _)', () => {
    for (const key of ['+', '=']) expect(keyAction(key, plain)).toEqual({ kind: 'zoom', factor: 0.5 });
    for (const key of ['-', '_', '−']) expect(keyAction(key, plain)).toEqual({ kind: 'zoom', factor: 2 });
  });

  it('moves a quarter of the window with the arrows, to the first and last event with Home and End', () => {
    expect(keyAction('ArrowLeft', plain)).toEqual({ kind: 'pan', fraction: -0.25 });
    expect(keyAction('ArrowRight', plain)).toEqual({ kind: 'pan', fraction: 0.25 });
    expect(keyAction('Home', plain)).toEqual({ kind: 'go', to: 'first' });
    expect(keyAction('End', plain)).toEqual({ kind: 'go', to: 'last' });
  });

  it('leaves other keys, and any key with a modifier, to the browser', () => {
    for (const key of ['Tab', 'Enter', ' ', 'ArrowUp', 'ArrowDown', 'a', 'PageDown']) expect(keyAction(key, plain)).toBeUndefined();
    expect(keyAction('+', { ...plain, ctrlKey: true })).toBeUndefined();
    expect(keyAction('ArrowLeft', { ...plain, altKey: true })).toBeUndefined();
    expect(keyAction('Home', { ...plain, metaKey: true })).toBeUndefined();
  });
});
