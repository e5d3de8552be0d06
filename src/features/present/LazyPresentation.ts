import { lazy } from 'react';

const loadPresentation = () => import('./Presentation');
const loadPresenterView = () => import('./PresenterView');

/** The presentation and the presenter's view as chunks of their own: the first view does not need them. */
export const LazyPresentation = lazy(() => loadPresentation().then((module) => ({ default: module.Presentation })));
export const LazyPresenterView = lazy(() => loadPresenterView().then((module) => ({ default: module.PresenterView })));

/** Fetches both chunks ahead of need, once the first view is shown: presenting then waits for nothing. */
export const preloadPresentation = (): void => {
  void loadPresentation().catch(() => undefined);
  void loadPresenterView().catch(() => undefined);
};
