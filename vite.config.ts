import react from '@vitejs/plugin-react';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { defineConfig } from 'vite';

const root = import.meta.dirname;
/** Every HTML entry: the app, and the embed (its own page) once it exists. */
const pages = Object.fromEntries(
  ['index', 'embed'].filter((name) => existsSync(resolve(root, `${name}.html`))).map((name) => [name, resolve(root, `${name}.html`)]),
);

export default defineConfig({
  plugins: [react()],
  build: { target: 'es2022', sourcemap: true, rollupOptions: { input: pages } },
  server: { port: 5173 },
  preview: { port: 4173 },
});
