/**
 * Build step: index.html asks for everything its first view needs at once, instead of in a chain.
 * Without it, the store and the list's and timeline's chunks were requested only once the entry
 * chunk (React, about 80 KB gzip) had arrived and run: on slow 4G about 0.7 s of an idle link
 * before the biggest download. Adds a fetch preload of the built-in store (matched by the app's
 * same-origin fetch: `crossorigin` gives the same credentials mode) and a module preload of the
 * chunks of the list (Chronique) and the timeline (TimelineView) with their static imports and
 * stylesheets. Preloads are fetched, not run or applied: each module runs when the app imports it,
 * as before.
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
        const modules = js.filter((file) => !present(file));
        return [
          {
            tag: 'link',
            attrs: { rel: 'preload', href: storeUrl, as: 'fetch', crossorigin: true, [FIRST_VIEW_ATTRIBUTE]: true },
            injectTo: 'head',
          },
          ...modules.map((file) => ({
            tag: 'link',
            attrs: { rel: 'modulepreload', crossorigin: true, href: `/${file}`, [FIRST_VIEW_ATTRIBUTE]: true },
            injectTo: 'head' as const,
          })),
          // Vite's loader adds these stylesheets when it imports the chunks, and waits for them:
          // preloaded, they come from the cache instead of costing a round trip then.
          ...css.map((file) => ({
            tag: 'link',
            attrs: { rel: 'preload', as: 'style', crossorigin: true, href: `/${file}`, [FIRST_VIEW_ATTRIBUTE]: true },
            injectTo: 'head' as const,
          })),
        ];
      },
    },
  };
}
