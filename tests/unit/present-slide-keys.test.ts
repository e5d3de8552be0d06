import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { clampIndex, slideAction, targetIndex, type FocusKind } from '../../src/features/present/slide-keys';

const key = (name: string, modifiers: Partial<{ shiftKey: boolean; ctrlKey: boolean; altKey: boolean; metaKey: boolean }> = {}) => ({
  key: name,
  shiftKey: false,
  ctrlKey: false,
  altKey: false,
  metaKey: false,
  ...modifiers,
});

describe('slideAction: what a key does in presentation mode', () => {
  it('moves forward with →, ↓, Page Down and Space, back with ←, ↑, Page Up and Shift+Space', () => {
    for (const name of ['ArrowRight', 'ArrowDown', 'PageDown', ' ']) expect(slideAction(key(name), 'other'), name).toBe('next');
    for (const name of ['ArrowLeft', 'ArrowUp', 'PageUp']) expect(slideAction(key(name), 'other'), name).toBe('previous');
    expect(slideAction(key(' ', { shiftKey: true }), 'other')).toBe('previous');
  });

  it('goes to the ends with Home and End, and leaves with Escape', () => {
    expect(slideAction(key('Home'), 'other')).toBe('first');
    expect(slideAction(key('End'), 'other')).toBe('last');
    expect(slideAction(key('Escape'), 'other')).toBe('exit');
  });

  it('leaves Space to a focused button or link, but still takes the clicker’s keys there', () => {
    expect(slideAction(key(' '), 'control')).toBeNull();
    expect(slideAction(key(' ', { shiftKey: true }), 'control')).toBeNull();
    expect(slideAction(key('PageDown'), 'control')).toBe('next');
    expect(slideAction(key('ArrowLeft'), 'control')).toBe('previous');
    expect(slideAction(key('Escape'), 'control')).toBe('exit');
    expect(slideAction(key('Enter'), 'control')).toBeNull();
  });

  it('takes no key at all from a text field', () => {
    for (const name of ['ArrowRight', 'ArrowLeft', ' ', 'Home', 'End', 'PageDown', 'Escape']) {
      expect(slideAction(key(name), 'text'), name).toBeNull();
    }
  });

  it('leaves browser shortcuts (Ctrl, Alt, ⌘) alone', () => {
    const focus = fc.constantFrom<FocusKind>('text', 'control', 'other');
    const name = fc.constantFrom('ArrowRight', 'ArrowLeft', 'PageDown', 'PageUp', 'Home', 'End', ' ', 'Escape');
    const modifier = fc.constantFrom('ctrlKey', 'altKey', 'metaKey');
    fc.assert(fc.property(name, modifier, focus, (keyName, mod, where) => slideAction(key(keyName, { [mod]: true }), where) === null));
  });

  it('ignores keys it has no use for', () => {
    for (const name of ['a', 'Enter', 'Tab', 'F5', 'b']) expect(slideAction(key(name), 'other'), name).toBeNull();
  });
});

describe('targetIndex and clampIndex', () => {
  it('moves one slide at a time and stops at both ends', () => {
    expect(targetIndex('next', 0, 3)).toBe(1);
    expect(targetIndex('previous', 2, 3)).toBe(1);
    expect(targetIndex('next', 2, 3)).toBeNull();
    expect(targetIndex('previous', 0, 3)).toBeNull();
    expect(targetIndex('first', 2, 3)).toBe(0);
    expect(targetIndex('last', 0, 3)).toBe(2);
    expect(targetIndex('last', 2, 3)).toBeNull();
    expect(targetIndex('next', 0, 0)).toBeNull();
  });

  it('always lands on a slide that exists', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 50 }), fc.double({ min: -1e6, max: 1e6, noNaN: true }), (count, index) => {
        const clamped = clampIndex(index, count);
        return Number.isInteger(clamped) && clamped >= 0 && clamped < count;
      }),
    );
    expect(clampIndex(99, 21)).toBe(20);
    expect(clampIndex(-3, 21)).toBe(0);
    expect(clampIndex(Number.NaN, 21)).toBe(0);
    expect(clampIndex(4, 21)).toBe(4);
  });
});
