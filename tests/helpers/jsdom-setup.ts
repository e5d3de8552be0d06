import '@testing-library/jest-dom/vitest';
import * as domMatchers from '@testing-library/jest-dom/matchers';
import { cleanup, configure } from '@testing-library/react';
import { afterEach, expect } from 'vitest';

// A lazy chunk (the ICS writer, the presenter's notes) is transformed on first import: on a loaded
// two-core machine that takes longer than waitFor's 1 s default. A condition never met still fails.
configure({ asyncUtilTimeout: 5_000 });

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
