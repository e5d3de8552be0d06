import { onlineManager, QueryClient } from '@tanstack/react-query';
import { startTransition, StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { browserLanguage } from '../shared/i18n/browser-language';
import { App, loadChronique } from './App';
import { PRERENDERED_ATTRIBUTE, showsPrerenderedView } from './prerender/prerendered-view';
import { parseUrlState } from '../shared/url/url-state';
import { restartStoreLoad, SLOW_STORE_AFTER_MS, storeQueryOptions } from './data/store-query';
import { SlowStoreNotice } from './data/SlowStoreNotice';
import { LanguageProvider } from '../shared/i18n/language';
import type { Language } from '../shared/i18n/dictionary';
import './global.css';
// The pre-rendered chronology (index.html) paints with the list's own styles, before the app loads.
import '../features/chronology/chronology.css';
import './prerender/prerendered.css';
// The timeline's drawing (pre-rendered, and shown while the timeline's chunk loads) and its frame.
import '../features/timeline/timeline.css';
import '../features/timeline/timeline-items.css';
import '../features/timeline/timeline-drawing.css';

const container = document.getElementById('root')!;
const client = new QueryClient();
// TanStack Query assumes it is online until an 'offline' event: a page that lost the network while
// its preloads were under way (before this script ran) would retry as if online, instead of
// saying it is offline and waiting for the connection.
onlineManager.setOnline(navigator.onLine);
// The provider mounts the client only when the app renders, after the store has loaded: until then
// nothing would hear the browser's 'offline' event, and a store request that lost the network
// would go on retrying and end in "the network did not answer" instead of waiting for it.
client.mount();

/**
 * Starts loading the built-in store; settles once it is loaded, or has failed for good (the app
 * then shows its error page, on the same query: no request is repeated), or waits for the network.
 * While it retries, the pre-rendered chronology stays (with the slow-server notice).
 */
function storeSettledOrFailing(queryClient: QueryClient): Promise<void> {
  const options = storeQueryOptions();
  void queryClient.prefetchQuery(options);
  return new Promise((resolve) => {
    const check = () => {
      const state = queryClient.getQueryState(options.queryKey);
      if (!state || (state.status === 'pending' && state.fetchStatus !== 'paused')) return;
      unsubscribe();
      resolve();
    };
    const unsubscribe = queryClient.getQueryCache().subscribe(check);
    check();
  });
}

/**
 * After SLOW_STORE_AFTER_MS without the store, the pre-rendered page says the server is slow and
 * offers « Réessayer », above the chronology it keeps showing. Returns what removes the notice.
 */
function noticeWhileSlow(queryClient: QueryClient, language: Language): () => void {
  let notice: ReturnType<typeof createRoot> | undefined;
  const timer = setTimeout(() => {
    const main = container.querySelector(`[${PRERENDERED_ATTRIBUTE}="${language}"] main`);
    if (!main) return;
    const slot = document.createElement('div');
    main.prepend(slot);
    notice = createRoot(slot);
    notice.render(
      <LanguageProvider language={language}>
        <SlowStoreNotice onRetry={() => void restartStoreLoad(queryClient)} />
      </LanguageProvider>,
    );
  }, SLOW_STORE_AFTER_MS);
  return () => {
    clearTimeout(timer);
    notice?.unmount();
  };
}

/** Browsing (not an article, not a presentation) shows the timeline. */
function showsTimeline(search: string): boolean {
  const { state } = parseUrlState(search);
  return state.article === null && state.slide === null;
}

async function start() {
  // public/first-view-preload.js asks for nothing once the app has (below).
  document.documentElement.setAttribute('data-app-started', '');
  const search = window.location.search;
  const keepPrerendered = container.querySelector(`[${PRERENDERED_ATTRIBUTE}]`) !== null && showsPrerenderedView(search, browserLanguage());
  const ready = keepPrerendered ? [storeSettledOrFailing(client), loadChronique()] : [];
  // The timeline (vis-timeline, moment) is the biggest chunk, and the list asks for it as soon as
  // it renders: start downloading it alongside the store and the list rather than after them.
  if (showsTimeline(search)) import('../features/timeline/TimelineView').catch(() => undefined);
  if (keepPrerendered) {
    // The pre-rendered markup already shows this view: keep it until the app can render the same
    // view in one go (store and list loaded), instead of replacing it by a loading message. The
    // first render replaces the whole container, so the two copies are never in the page together;
    // on failure the app renders its error page.
    const removeNotice = noticeWhileSlow(client, parseUrlState(search).state.lang ?? browserLanguage());
    await Promise.allSettled(ready);
    removeNotice();
  }
  // A transition: React renders the whole app in slices of a few milliseconds, yielding to the
  // browser between them (on a slow phone one render of the default view is a few hundred ms of
  // script), and the pre-rendered page stays in place until the commit replaces it.
  const root = createRoot(container);
  startTransition(() =>
    root.render(
      <StrictMode>
        <App client={client} />
      </StrictMode>,
    ),
  );
}

void start();
