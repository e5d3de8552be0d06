/**
 * How the app works offline (read by vite.config.ts at build time, never shipped to the browser):
 * a Workbox service worker precaches the built app and the event store, and waits for the reader
 * to accept an update (UpdatePrompt registers it).
 */
import type { VitePWAOptions } from 'vite-plugin-pwa';

/** What a classroom needs with no network: every page, script, style and icon, the store itself and its search index. */
export const PRECACHE_GLOBS = ['**/*.{js,css,html,svg,png,woff2}', 'data/store.json', 'data/search-index.json'];

/**
 * Made for crawlers and link previews, not for reading offline: the social card images and the
 * small pages that carry them (/e/<id>/, /en/).
 */
export const PRECACHE_IGNORED = ['cards/**', 'e/**', 'en/**'];

/**
 * The embed page and the event and language pages are their own documents: a navigation to them
 * must never fall back to the app (which would show the default view instead of the event).
 */
export const NAVIGATE_FALLBACK_DENYLIST = [/^\/embed\.html/, /^\/e\//, /^\/en\//];

export const pwaOptions: Partial<VitePWAOptions> = {
  registerType: 'prompt',
  injectRegister: null,
  devOptions: { enabled: false },
  // The glob below already precaches the icons: listing them twice would make Workbox refuse to install.
  includeManifestIcons: false,
  manifest: {
    name: 'chronique — Mark Rutte et l’OTAN',
    short_name: 'chronique',
    description:
      'Chronologie sourcée\u00a0: Mark Rutte et l’OTAN, 2022–2026. Chaque affirmation renvoie au passage de l’article qui l’établit.',
    lang: 'fr',
    dir: 'ltr',
    start_url: '/',
    scope: '/',
    display: 'standalone',
    theme_color: '#1d3557',
    background_color: '#ffffff',
    icons: [
      { src: '/icons/icon-192.png', sizes: '192x192', type: 'image/png', purpose: 'any' },
      { src: '/icons/icon-512.png', sizes: '512x512', type: 'image/png', purpose: 'any' },
      { src: '/icons/maskable-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
      { src: '/favicon.svg', sizes: 'any', type: 'image/svg+xml', purpose: 'any' },
    ],
  },
  workbox: {
    globPatterns: PRECACHE_GLOBS,
    globIgnores: PRECACHE_IGNORED,
    // Links carry the view in their query (?q=…, ?event=…): the precached page answers them all.
    ignoreURLParametersMatching: [/.*/],
    navigateFallback: 'index.html',
    navigateFallbackDenylist: NAVIGATE_FALLBACK_DENYLIST,
    cleanupOutdatedCaches: true,
    // vis-timeline's chunk is large; the whole app must be precached or nothing works offline.
    maximumFileSizeToCacheInBytes: 5 * 1024 * 1024,
  },
};
