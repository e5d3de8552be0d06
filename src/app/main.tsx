import { QueryClient } from '@tanstack/react-query';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App, browserLanguage, loadChronique } from './App';
import { PRERENDERED_ATTRIBUTE, showsPrerenderedView } from './prerender/prerendered-view';
import { storeQueryOptions } from './store-query';
import './global.css';
// The pre-rendered chronology (index.html) paints with the list's own styles, before the app loads.
import '../features/chronology/chronology.css';
import './prerender/prerendered.css';

const container = document.getElementById('root')!;
const client = new QueryClient();

async function start() {
  if (container.querySelector(`[${PRERENDERED_ATTRIBUTE}]`) && showsPrerenderedView(window.location.search, browserLanguage())) {
    // The pre-rendered markup already shows this view: keep it until the app can render the same
    // view in one go (store and list loaded), instead of replacing it by a loading message. The
    // first render replaces the whole container, so the two copies are never in the page together;
    // on failure the app renders its error page.
    await Promise.allSettled([client.prefetchQuery({ ...storeQueryOptions(), retry: false }), loadChronique()]);
  }
  createRoot(container).render(
    <StrictMode>
      <App client={client} />
    </StrictMode>,
  );
}

void start();
