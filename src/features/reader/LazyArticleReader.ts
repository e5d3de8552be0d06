import { lazy } from 'react';

const load = () => import('./ArticleReader');

/** The reader as its own chunk: the first view (the timeline and the list) does not need it. */
export const LazyArticleReader = lazy(() => load().then((module) => ({ default: module.ArticleReader })));

/** Fetches the reader's chunk ahead of need, once the first view is shown: opening an article then waits for nothing. */
export const preloadArticleReader = (): void => void load().catch(() => undefined);
