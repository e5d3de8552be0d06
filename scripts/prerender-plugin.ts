/**
 * Build step: writes the built-in store's chronology (the default view, in French) into
 * index.html's #root, so that text paints before any script runs. The store is the one
 * `npm run build:store` wrote to public/data/, read through the app's own validator so that the
 * page shows exactly the events the app will show. Build only: the dev server serves index.html
 * as is.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Plugin } from 'vite';
import { renderChronologyHtml } from '../src/app/prerender/chronology-html';
import { PRERENDERED_LANGUAGE } from '../src/app/prerender/prerendered-view';
import { parseStore } from '../src/store/parse-store';

const EMPTY_ROOT = '<div id="root"></div>';

export function prerenderChronology(root: string): Plugin {
  return {
    name: 'prerender-chronology',
    apply: 'build',
    transformIndexHtml(html, context) {
      if (resolve(context.filename) !== resolve(root, 'index.html')) return html;
      const result = parseStore(JSON.parse(readFileSync(resolve(root, 'public/data/store.json'), 'utf8')));
      if (!result.ok) throw new Error(`prerender: the built-in store is not valid (${result.problem}): ${result.details.join('; ')}`);
      if (!html.includes(EMPTY_ROOT)) throw new Error(`prerender: index.html has no ${EMPTY_ROOT} to fill`);
      return (
        html
          // The page reads without JavaScript now; the parts that need it say so where they would be.
          .replace(/\s*<noscript>[\s\S]*?<\/noscript>/, '')
          .replace(EMPTY_ROOT, `<div id="root">${renderChronologyHtml(result.store, PRERENDERED_LANGUAGE)}</div>`)
      );
    },
  };
}
