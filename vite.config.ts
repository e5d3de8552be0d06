import react from '@vitejs/plugin-react';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { defineConfig, loadEnv, type Plugin } from 'vite';
import { VitePWA } from 'vite-plugin-pwa';
import { prerenderChronology } from './scripts/prerender-plugin';
import { parseAllowList } from './src/app/data-source';
import { pwaOptions } from './src/features/offline/pwa-options';

const root = import.meta.dirname;
/** Every HTML entry: the app, and the embed (its own page) once it exists. */
const pages = Object.fromEntries(
  ['index', 'embed'].filter((name) => existsSync(resolve(root, `${name}.html`))).map((name) => [name, resolve(root, `${name}.html`)]),
);

/**
 * The built pages' strict Content-Security-Policy: scripts and styles from this site only, no
 * inline code, no eval. Only in builds: the dev server injects styles and React Refresh inline.
 * Origins allowed for ?data= (VITE_DATA_ORIGINS) join connect-src. frame-ancestors only works as a
 * header: see public/_headers.
 */
function contentSecurityPolicy(mode: string): Plugin {
  const dataOrigins = parseAllowList(loadEnv(mode, root, 'VITE_').VITE_DATA_ORIGINS);
  const policy = [
    "default-src 'self'",
    "script-src 'self'",
    "style-src 'self'",
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
  return {
    name: 'content-security-policy',
    apply: 'build',
    transformIndexHtml: () => [{ tag: 'meta', attrs: { 'http-equiv': 'Content-Security-Policy', content: policy }, injectTo: 'head-prepend' }],
  };
}

export default defineConfig(({ mode }) => ({
  plugins: [react(), prerenderChronology(root), VitePWA(pwaOptions), contentSecurityPolicy(mode)],
  build: { target: 'es2022', sourcemap: true, rollupOptions: { input: pages } },
  server: { port: 5173 },
  preview: { port: 4173 },
}));
