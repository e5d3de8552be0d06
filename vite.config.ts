import react from '@vitejs/plugin-react';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { defineConfig, loadEnv, type Plugin } from 'vite';
import { VitePWA } from 'vite-plugin-pwa';
import { inlineInitialCss, inlineScriptHashes, inlineStyleHashes } from './scripts/inline-initial-css';
import { preloadFirstView } from './scripts/preload-first-view';
import { prerenderChronology } from './scripts/prerender-plugin';
import { sitePlugin } from './scripts/site-plugin';
import { visGraph2dShake } from './scripts/vis-graph2d-shake';
import { parseSiteOrigin } from './scripts/site/site-origin';
import { parseAllowList } from './src/app/data/data-source';
import { BUILT_IN_STORE_URL } from './src/app/data/store-query';
import { pwaOptions } from './src/features/offline/pwa-options';

const root = import.meta.dirname;
/** Every HTML entry: the app, and the embed (its own page) once it exists. */
const pages = Object.fromEntries(
  ['index', 'embed'].filter((name) => existsSync(resolve(root, `${name}.html`))).map((name) => [name, resolve(root, `${name}.html`)]),
);

/**
 * The built pages' strict Content-Security-Policy: scripts and styles from this site only, no
 * eval; the only inline code is the page's own, allowed by its hash: index.html's initial CSS and
 * the script that picks the pre-rendered language before the first paint. Only in builds: the dev server injects styles and React Refresh inline.
 * Origins allowed for ?data= (VITE_DATA_ORIGINS) join connect-src. frame-ancestors only works as a
 * header: see public/_headers, whose copy in dist/ gets the same style hashes.
 */
function contentSecurityPolicy(mode: string): Plugin {
  const dataOrigins = parseAllowList(loadEnv(mode, root, 'VITE_').VITE_DATA_ORIGINS);
  const policy = (styleHashes: string[], scriptHashes: string[]) =>
    [
      "default-src 'self'",
      ["script-src 'self'", ...scriptHashes].join(' '),
      ["style-src 'self'", ...styleHashes].join(' '),
      "img-src 'self' data:",
      ["connect-src 'self'", ...dataOrigins].join(' '),
      "font-src 'self'",
      "object-src 'none'",
      "base-uri 'self'",
      "form-action 'self'",
      "frame-src 'self'",
      "worker-src 'self'",
      "manifest-src 'self'",
    ].join('; ');
  let indexStyleHashes: string[] = [];
  let indexScriptHashes: string[] = [];
  return {
    name: 'content-security-policy',
    apply: 'build',
    transformIndexHtml: {
      // After inline-initial-css: the hashes are those of the final inline styles.
      order: 'post',
      handler(html, context) {
        const styles = inlineStyleHashes(html);
        const scripts = inlineScriptHashes(html);
        if (resolve(context.filename) === resolve(root, 'index.html')) [indexStyleHashes, indexScriptHashes] = [styles, scripts];
        return [
          { tag: 'meta', attrs: { 'http-equiv': 'Content-Security-Policy', content: policy(styles, scripts) }, injectTo: 'head-prepend' },
        ];
      },
    },
    writeBundle(options) {
      const headersFile = resolve(options.dir ?? resolve(root, 'dist'), '_headers');
      if (indexStyleHashes.length + indexScriptHashes.length === 0 || !existsSync(headersFile)) return;
      // The header policy is enforced together with the meta one: it must allow the same inline code.
      const allow = (block: string, directive: string, hashes: string[]) =>
        hashes.length === 0 ? block : block.replace(`${directive} 'self';`, `${directive} 'self' ${hashes.join(' ')};`);
      const blocks = readFileSync(headersFile, 'utf8').split(/\n(?=\/)/);
      const patched = blocks.map((block) =>
        /^\/(?:index\.html)?\n/.test(block) ? allow(allow(block, 'style-src', indexStyleHashes), 'script-src', indexScriptHashes) : block,
      );
      writeFileSync(headersFile, patched.join('\n'));
    },
  };
}

export default defineConfig(({ mode }) => {
  // SITE_ORIGIN (README, "Deploying"): the origin the site is served from; a malformed one stops the build here.
  const siteOrigin = parseSiteOrigin(loadEnv(mode, root, '').SITE_ORIGIN);
  return {
    plugins: [
      react(),
      visGraph2dShake(),
      prerenderChronology(root),
      sitePlugin(root, siteOrigin),
      VitePWA(pwaOptions),
      preloadFirstView(root, BUILT_IN_STORE_URL),
      inlineInitialCss(root),
      contentSecurityPolicy(mode),
    ],
    // The share snippet's default origin (empty: the page's own).
    define: { 'import.meta.env.VITE_SITE_ORIGIN': JSON.stringify(siteOrigin ?? '') },
    // vis-timeline filters the strings it draws as HTML with `xss`; ours escapes them all (see the file).
    resolve: { alias: [{ find: /^xss$/, replacement: resolve(root, 'src/features/timeline/vis-xss-escape.ts') }] },
    build: { target: 'es2022', sourcemap: true, rollupOptions: { input: pages } },
    server: { port: 5173 },
    preview: { port: 4173 },
  };
});
