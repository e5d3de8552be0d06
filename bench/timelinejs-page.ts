/**
 * The side-by-side page: TimelineJS 3.9.11 (npm @knight-lab/timelinejs) showing our own TimelineJS
 * export of the built-in store, served from the same local server as the app. Its files are
 * copied next to the build (dist/bench-timelinejs/), so the same gzip server and throttling apply.
 * `script_path` points at the local copy: its locale and font files come from here, never a CDN.
 */
import { cpSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { toTimelineJs } from '../src/features/export/formats/to-timelinejs';
import type { Language } from '../src/shared/i18n/dictionary';
import { readCanonicalStore } from '../src/store/canonical-store';

const require = createRequire(import.meta.url);
export const TIMELINEJS_VERSION = (require('@knight-lab/timelinejs/package.json') as { version: string }).version;
export const TIMELINEJS_PATH = '/bench-timelinejs/';

const page = (language: Language) => `<!doctype html>
<html lang="${language}">
  <head>
    <meta charset="UTF-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <title>TimelineJS ${TIMELINEJS_VERSION}</title>
    <link rel="stylesheet" href="${TIMELINEJS_PATH}css/timeline.css" />
    <style>html, body, #timeline { margin: 0; width: 100%; height: 100%; }</style>
  </head>
  <body>
    <div id="timeline"></div>
    <script src="${TIMELINEJS_PATH}js/timeline.js"></script>
    <script src="${TIMELINEJS_PATH}start-${language}.js"></script>
  </body>
</html>
`;

/**
 * Fetches the export (as an embedding site would host its JSON), starts TimelineJS, and records
 * in window.__timelinejs the moment its "ready" event fired and the frame after it was painted.
 */
const starter = (language: Language) => `(function () {
  var probe = (window.__timelinejs = { ready: null, painted: null, error: null });
  fetch('${TIMELINEJS_PATH}data-${language}.json')
    .then(function (response) { return response.json(); })
    .then(function (data) {
      var timeline = new TL.Timeline('timeline', data, { language: '${language}', script_path: location.origin + '${TIMELINEJS_PATH}js/' });
      timeline.on('ready', function () {
        probe.ready = performance.now();
        requestAnimationFrame(function () { requestAnimationFrame(function () { probe.painted = performance.now(); }); });
      });
    })
    .catch(function (error) { probe.error = String(error); });
})();
`;

/** Writes the page (index-fr.html, index-en.html) and its files into `<dist>/bench-timelinejs/`. */
export function writeTimelineJsPage(dist: string): void {
  const folder = join(dist, TIMELINEJS_PATH);
  const source = join(dirname(require.resolve('@knight-lab/timelinejs/package.json')), 'dist');
  mkdirSync(folder, { recursive: true });
  cpSync(join(source, 'js'), join(folder, 'js'), { recursive: true, filter: (path) => !path.endsWith('.map') });
  cpSync(join(source, 'css'), join(folder, 'css'), { recursive: true, filter: (path) => !path.endsWith('.map') });
  const store = readCanonicalStore(JSON.parse(readFileSync(join(dist, 'data', 'store.json'), 'utf8')));
  if (store === null) throw new Error('the built store does not pass the fast path: build it again');
  for (const language of ['fr', 'en'] as const) {
    writeFileSync(join(folder, `data-${language}.json`), JSON.stringify(toTimelineJs(store.store.events, store.store, language)));
    writeFileSync(join(folder, `start-${language}.js`), starter(language));
    writeFileSync(join(folder, `index-${language}.html`), page(language));
  }
}
