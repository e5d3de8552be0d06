/**
 * Build step: writes the built-in store's chronology (the default view, in French) into
 * index.html's #root, so that text paints before any script runs. The store is the one
 * `npm run build:store` wrote to public/data/, read through the app's own validator so that the
 * page shows exactly the events the app will show. Build only: the dev server serves index.html
 * as is.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import type { Plugin } from 'vite';
import { drawingLayout } from '../src/features/timeline/drawing-layout';
import { TimelineDrawing } from '../src/features/timeline/TimelineDrawing';
import { dictionaries } from '../src/shared/i18n/dictionaries';
import type { Language } from '../src/shared/i18n/dictionary';
import { LanguageProvider } from '../src/shared/i18n/language';
import type { Store } from '../src/store/schema';
import { renderChronologyHtml } from '../src/app/prerender/chronology-html';
import { PRERENDERED_LANGUAGES } from '../src/app/prerender/prerendered-view';
import { parseStore } from '../src/store/parse-store';
import { englishReason } from '../src/store/reasons';

const EMPTY_ROOT = '<div id="root"></div>';

/**
 * The timeline's drawing in both variants; CSS shows the one the app will (the strip below 760 px,
 * as Chronique's media query). React renders it to static markup: text escaped, no script.
 */
function timelineDrawingHtml(store: Store, language: Language): string {
  const markup = (['full', 'strip'] as const)
    .map((variant) => {
      const layout = drawingLayout(store.events, store.entities, variant, language, dictionaries[language]);
      if (!layout) return '';
      const drawing = createElement(LanguageProvider, { language, children: createElement(TimelineDrawing, { layout }) });
      return `<div class="tl-drawing-variant" data-drawing-variant="${variant}">${renderToStaticMarkup(drawing)}</div>`;
    })
    .join('');
  return hoistStyleAttributes(markup, language);
}

/**
 * The CSP (style-src without 'unsafe-inline') ignores style attributes in HTML, though it lets a
 * script set the same styles (as React does at run time). So each distinct style attribute becomes
 * a rule of one inline <style>, which the CSP allows by its hash like the page's other styles;
 * `scope` keeps the rules apart from another markup's in the same page (the other language's).
 */
export function hoistStyleAttributes(markup: string, scope: string): string {
  const rules = new Map<string, number>();
  const html = markup.replace(/ style="([^"]*)"/g, (_attribute, declarations: string) => {
    const css = declarations.replaceAll('&quot;', '"').replaceAll('&amp;', '&');
    if (/[<>{}]/.test(css)) throw new Error(`prerender: unexpected style ${css}`);
    if (!rules.has(css)) rules.set(css, rules.size);
    return ` data-style="${scope}${rules.get(css)}"`;
  });
  if (rules.size === 0) return html;
  const sheet = [...rules].map(([css, index]) => `[data-style="${scope}${index}"]{${css}}`).join('');
  return `<style>${sheet}</style>${html}`;
}

/** scripts/first-view-language.js, as inlined in the page (tests/unit/first-view-language.test.ts runs it). */
const firstViewLanguageScript = (root: string) =>
  readFileSync(resolve(root, 'scripts/first-view-language.js'), 'utf8')
    .replace(/^(?:\/\/.*|\/\*.*\*\/)\n/gm, '')
    .trim();

export function prerenderChronology(root: string): Plugin {
  return {
    name: 'prerender-chronology',
    apply: 'build',
    transformIndexHtml(html, context) {
      if (resolve(context.filename) !== resolve(root, 'index.html')) return html;
      const result = parseStore(JSON.parse(readFileSync(resolve(root, 'public/data/store.json'), 'utf8')));
      if (!result.ok)
        throw new Error(`prerender: the built-in store is not valid (${result.problem}): ${result.details.map(englishReason).join('; ')}`);
      if (!html.includes(EMPTY_ROOT)) throw new Error(`prerender: index.html has no ${EMPTY_ROOT} to fill`);
      return (
        html
          // The page reads without JavaScript now; the parts that need it say so where they would be.
          .replace(/\s*<noscript>[\s\S]*?<\/noscript>/, '')
          // Picks the copy in the reader's language before the body is parsed (blocking on purpose:
          // no swap after the first paint). Inline, so that the first paint waits for no request;
          // the CSP allows it by its hash (vite.config.ts).
          .replace('</title>', `</title>\n    <script>${firstViewLanguageScript(root)}</script>`)
          .replace(
            EMPTY_ROOT,
            `<div id="root">${PRERENDERED_LANGUAGES.map((language) =>
              renderChronologyHtml(result.store, language, '/', timelineDrawingHtml(result.store, language)),
            ).join('')}</div>`,
          )
      );
    },
  };
}
