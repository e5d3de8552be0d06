import '@testing-library/jest-dom/vitest';
import * as domMatchers from '@testing-library/jest-dom/matchers';
import { cleanup } from '@testing-library/react';
import { afterEach, expect } from 'vitest';

afterEach(cleanup);

/**
 * jest-dom collapses the element's whitespace (no-break spaces included) before it compares, but
 * not the expected text: a French string from the store or the dictionary, with its U+00A0 before
 * « : » and U+202F inside « », would never match itself. Both sides are collapsed the same way.
 * (Typography itself is checked on the strings, in tests/unit/typography.test.ts and i18n.test.ts.)
 */
expect.extend({
  toHaveTextContent(node: Element, checkWith: string | RegExp, options?: { normalizeWhitespace: boolean }) {
    const expected = typeof checkWith === 'string' ? checkWith.replace(/\s+/g, ' ').trim() : checkWith;
    return domMatchers.toHaveTextContent.call(this as never, node, expected, options);
  },
});
