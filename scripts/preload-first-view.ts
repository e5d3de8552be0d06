/**
 * Build step: index.html asks for everything its first view needs at once, instead of in a chain.
 * Without it, the store and the list's and timeline's chunks were requested only once the entry
 * chunk (React, about 80 KB gzip) had arrived and run: on slow 4G about 0.7 s of an idle link
 * before the biggest download. Lists, for public/first-view-preload.js, a fetch preload of the
 * built-in store (matched by the app's same-origin fetch: `crossorigin` gives the same credentials
 * mode) and a module preload of the chunks of the list (Chronique) and the timeline (TimelineView)
 * with their static imports and stylesheets. Preloads are fetched, not run or applied: each module
 * runs when the app imports it, as before.
 *
 * The script adds them once the pre-rendered page has painted, not the HTML itself: as <link>s in
 * the head they were fetched alongside the page's first paint (about 250 KB gzip on the link before
 * it), and Lighthouse counted them into its simulated first and largest paints (2.1 s and 3.0 s
 * against 1.3 s and 1.3 s without them); the app's own start did not get measurably later.
 */
import { resolve } from 'node:path';
import type { IndexHtmlTransformContext, Plugin } from 'vite';

type Bundle = NonNullable<IndexHtmlTransformContext['bundle']>;
type Chunk = Extract<Bundle[string], { type: 'chunk' }>;

/** Modules whose chunks the default view imports right after the entry (see src/app/main.tsx). */
const FIRST_VIEW_MODULES = ['src/app/Chronique.tsx', 'src/features/timeline/TimelineView.tsx'];

/** Marks the preloads this step adds, for the benchmark's chunk report. */
export const FIRST_VIEW_ATTRIBUTE = 'data-first-view';

/** The first view's chunks (with their static imports) and the stylesheets Vite loads with them. */
function chunksOf(bundle: Bundle, root: string): { js: string[]; css: string[] } {
  const chunks = Object.values(bundle).filter((item): item is Chunk => item.type === 'chunk');
  const byName = new Map(chunks.map((chunk) => [chunk.fileName, chunk]));
  const wanted = new Set<string>();
  const visit = (chunk: Chunk) => {
    if (wanted.has(chunk.fileName)) return;
    wanted.add(chunk.fileName);
    for (const name of chunk.imports) {
      const imported = byName.get(name);
      if (imported) visit(imported);
    }
  };
  for (const module of FIRST_VIEW_MODULES) {
    const id = resolve(root, module);
    const chunk = chunks.find((candidate) => candidate.facadeModuleId === id);
    if (!chunk) throw new Error(`preload-first-view: no chunk for ${module}`);
    visit(chunk);
  }
  const css = [...wanted].flatMap((file) => [...(byName.get(file)?.viteMetadata?.importedCss ?? [])]);
  return { js: [...wanted], css: [...new Set(css)] };
}

/** The script that asks for the first view's files once the page has painted (public/). */
export const FIRST_VIEW_PRELOAD_SCRIPT = '/first-view-preload.js';

export function preloadFirstView(root: string, storeUrl: string): Plugin {
  return {
    name: 'preload-first-view',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler(html, context) {
        if (resolve(context.filename) !== resolve(root, 'index.html') || !context.bundle) return html;
        const present = (file: string) => html.includes(`/${file}"`);
        const { js, css } = chunksOf(context.bundle, root);
        // The store and the timeline's chunk first: the biggest, and both needed before the timeline works.
        const modules = js
          .filter((file) => !present(file))
          .sort((a, b) => Number(b.includes('TimelineView')) - Number(a.includes('TimelineView')));
        const preloads = [storeUrl, ...modules.map((file) => `/${file}`), ...css.map((file) => `/${file}`)];
        return [
          {
            tag: 'script',
            attrs: { src: FIRST_VIEW_PRELOAD_SCRIPT, async: true, 'data-preloads': preloads.join(' '), [FIRST_VIEW_ATTRIBUTE]: true },
            injectTo: 'head',
          },
        ];
      },
    },
  };
}
