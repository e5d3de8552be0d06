import { lazy } from 'react';

/** The timeline as its own chunk: vis-timeline and moment are most of the JavaScript, loaded after the list has painted. */
export const LazyTimelineView = lazy(() => import('./TimelineView').then((module) => ({ default: module.TimelineView })));
