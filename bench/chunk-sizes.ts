/**
 * Gzip sizes of what dist/index.html runs at once (scripts, module preloads, styles), of what it
 * only fetches at once for the first view (preloads marked data-first-view, or listed for
 * public/first-view-preload.js: run when imported), and
 * of the other lazy chunks.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

export interface ChunkSize {
  file: string;
  bytes: number;
  gzip: number;
}

export interface ChunkReport {
  initialJs: ChunkSize[];
  initialCss: ChunkSize[];
  /** Fetched at once (preloaded), run only when the first view imports them. */
  firstViewJs?: ChunkSize[];
  lazyJs: ChunkSize[];
  totals: { initialJsGzip: number; initialCssGzip: number; lazyJsGzip: number };
}

/** Same-origin paths referenced by index.html as scripts, module preloads and stylesheets. */
export function initialAssets(html: string): { js: string[]; css: string[]; firstView: string[] } {
  const js = new Set<string>();
  const css = new Set<string>();
  const firstView = new Set<string>();
  for (const [tag] of html.matchAll(/<(?:script|link)\b[^>]*>/gi)) {
    const attribute = (name: string) => new RegExp(`\\b${name}\\s*=\\s*["']([^"']+)["']`, 'i').exec(tag)?.[1];
    const url = attribute('src') ?? attribute('href');
    if (!url || /^(?:[a-z]+:)?\/\//i.test(url)) continue;
    const path = url.replace(/^\//, '');
    const rel = attribute('rel') ?? '';
    // public/first-view-preload.js: the first view's files, asked for once the page has painted.
    for (const listed of (attribute('data-preloads') ?? '').split(/\s+/))
      if (listed.endsWith('.js') && !/^(?:[a-z]+:)?\/\//i.test(listed)) firstView.add(listed.replace(/^\//, ''));
    if (/modulepreload/i.test(rel) && /\bdata-first-view\b/i.test(tag)) firstView.add(path);
    else if (tag.toLowerCase().startsWith('<script') || /modulepreload/i.test(rel)) js.add(path);
    else if (/stylesheet/i.test(rel)) css.add(path);
  }
  return { js: [...js], css: [...css], firstView: [...firstView] };
}

const sizeOf = (dist: string, file: string): ChunkSize => {
  const raw = readFileSync(join(dist, file));
  return { file, bytes: raw.length, gzip: gzipSync(raw, { level: 9 }).length };
};

const sum = (sizes: ChunkSize[]) => sizes.reduce((total, size) => total + size.gzip, 0);

export function chunkSizes(dist: string): ChunkReport {
  const { js, css, firstView } = initialAssets(readFileSync(join(dist, 'index.html'), 'utf8'));
  const initialJs = js.map((file) => sizeOf(dist, file));
  const initialCss = css.map((file) => sizeOf(dist, file));
  const firstViewJs = firstView.map((file) => sizeOf(dist, file));
  const initial = new Set([...js, ...firstView]);
  const lazyJs = readdirSync(join(dist, 'assets'))
    .filter((name) => name.endsWith('.js'))
    .map((name) => `assets/${name}`)
    .filter((file) => !initial.has(file))
    .map((file) => sizeOf(dist, file))
    .sort((a, b) => b.gzip - a.gzip);
  return {
    initialJs,
    initialCss,
    firstViewJs,
    lazyJs,
    totals: { initialJsGzip: sum(initialJs), initialCssGzip: sum(initialCss), lazyJsGzip: sum(lazyJs) },
  };
}
