import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { getManifest } from 'workbox-build';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { NAVIGATE_FALLBACK_DENYLIST, pwaOptions } from '../../src/features/offline/pwa-options';
import { projectRoot } from '../helpers/data-copy';
import { pngSize } from '../helpers/png-size';

/** A build output shaped like Vite's, with the real store (its size matters to Workbox). */
const BUILT_FILES = [
  'index.html',
  'embed.html',
  'assets/index-abc123.js',
  'assets/index-abc123.js.map',
  'assets/TimelineView-def456.js',
  'assets/index-abc123.css',
  'favicon.svg',
  'icons/icon-192.png',
  'icons/icon-512.png',
  'icons/maskable-512.png',
  'data/store.schema.json',
  'cards/fr.png',
  'cards/en/sommet-de-la-haye.png',
  'e/sommet-de-la-haye/index.html',
  'e/sommet-de-la-haye/en/index.html',
  'en/index.html',
];

let dist: string;
let precached: string[];
let skipped: string[];

beforeAll(async () => {
  dist = mkdtempSync(join(tmpdir(), 'chronique-offline-'));
  for (const file of BUILT_FILES) {
    mkdirSync(dirname(join(dist, file)), { recursive: true });
    writeFileSync(join(dist, file), `/* ${file} */`);
  }
  mkdirSync(join(dist, 'data'), { recursive: true });
  copyFileSync(join(projectRoot, 'public/data/store.json'), join(dist, 'data/store.json'));
  copyFileSync(join(projectRoot, 'public/data/search-index.json'), join(dist, 'data/search-index.json'));
  const workbox = pwaOptions.workbox!;
  const result = await getManifest({
    globDirectory: dist,
    globPatterns: workbox.globPatterns,
    globIgnores: workbox.globIgnores,
    maximumFileSizeToCacheInBytes: workbox.maximumFileSizeToCacheInBytes,
  });
  precached = result.manifestEntries?.map((entry) => (typeof entry === 'string' ? entry : entry.url)) ?? [];
  skipped = result.warnings;
});

afterAll(() => {
  rmSync(dist, { recursive: true, force: true });
});

describe('what the service worker saves for offline use', () => {
  it('saves the event store, so the chronology loads with no network', () => {
    expect(precached).toContain('data/store.json');
    expect(skipped).toEqual([]);
  });

  it('saves the search index built with the store, so a search offline need not rebuild it', () => {
    expect(precached).toContain('data/search-index.json');
  });

  it('saves both pages, every script and style, and the icons', () => {
    for (const file of [
      'index.html',
      'embed.html',
      'assets/index-abc123.js',
      'assets/TimelineView-def456.js',
      'assets/index-abc123.css',
      'favicon.svg',
      'icons/icon-192.png',
      'icons/icon-512.png',
    ]) {
      expect(precached).toContain(file);
    }
  });

  it('does not spend the reader’s storage on source maps or the schema', () => {
    expect(precached).not.toContain('assets/index-abc123.js.map');
    expect(precached).not.toContain('data/store.schema.json');
  });

  it('does not spend it on the social card images and the pages made for link previews', () => {
    expect(precached.filter((file) => /^(cards|e|en)\//.test(file))).toEqual([]);
  });

  it('serves the app for any navigation but the embed, event and language pages, which are their own documents', () => {
    const fallsBack = (path: string) => !NAVIGATE_FALLBACK_DENYLIST.some((pattern) => pattern.test(path));
    expect(fallsBack('/')).toBe(true);
    expect(fallsBack('/index.html')).toBe(true);
    expect(fallsBack('/embed.html')).toBe(false);
    // An event's page opens the app at that event: the default view in its place would lose it.
    expect(fallsBack('/e/sommet-de-la-haye/')).toBe(false);
    expect(fallsBack('/en/')).toBe(false);
    expect(fallsBack('/?event=e')).toBe(true);
    expect(pwaOptions.workbox!.navigateFallback).toBe('index.html');
  });
});

describe('the web app manifest (what makes the app installable)', () => {
  const manifest = pwaOptions.manifest as Exclude<typeof pwaOptions.manifest, false | undefined>;

  it('names the app, in French, and opens it standalone at the start page', () => {
    expect(manifest.short_name).toBe('chronique');
    expect(manifest.name).toMatch(/^chronique/);
    expect(manifest.lang).toBe('fr');
    expect(manifest.display).toBe('standalone');
    expect(manifest.start_url).toBe('/');
  });

  it('lists 192 and 512 px PNG icons and a maskable one, each a real PNG of the size it claims', () => {
    const pngs = manifest.icons!.filter((icon) => icon.type === 'image/png');
    expect(pngs.map((icon) => icon.sizes)).toEqual(expect.arrayContaining(['192x192', '512x512']));
    expect(pngs.some((icon) => icon.purpose === 'maskable')).toBe(true);
    for (const icon of pngs) {
      const { width, height } = pngSize(readFileSync(join(projectRoot, 'public', icon.src)));
      expect(`${width}x${height}`).toBe(icon.sizes);
    }
  });
});
