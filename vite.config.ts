import react from '@vitejs/plugin-react';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { defineConfig, loadEnv, type Plugin } from 'vite';
import { VitePWA } from 'vite-plugin-pwa';
import { parseAllowList } from './src/app/data-source';
import { pwaOptions } from './src/features/offline/pwa-options';

const root = import.meta.dirname;
/** Every HTML entry: the app, and the embed (its own page) once it exists. */
const pages = Object.fromEntries(
  ['index', 'embed'].filter((name) => existsSync(resolve(root, `${name}.html`))).map((name) => [name, resolve(root, `${name}.html`)]),
);

/** Origins allowed for ?data= (VITE_DATA_ORIGINS, at build time) must also be in the CSP's connect-src. */
function cspDataOrigins(mode: string): Plugin {
  const origins = parseAllowList(loadEnv(mode, root, 'VITE_').VITE_DATA_ORIGINS);
  return {
    name: 'csp-data-origins',
    transformIndexHtml: (html) =>
      origins.length ? html.replace(/(content="[^"]*connect-src 'self')/, `$1 ${origins.join(' ')}`) : html,
  };
}

export default defineConfig(({ mode }) => ({
  plugins: [react(), VitePWA(pwaOptions), cspDataOrigins(mode)],
  build: { target: 'es2022', sourcemap: true, rollupOptions: { input: pages } },
  server: { port: 5173 },
  preview: { port: 4173 },
}));
