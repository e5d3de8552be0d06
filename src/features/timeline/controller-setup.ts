/** What TimelineController (timeline-controller.ts) is given, and what it reads at draw time. */
import type { Dictionary, Language } from '../../shared/i18n/dictionary';
import type { IdSet } from '../../store/masked-ids';
import type { TimelineData } from './timeline-data';
import type { TimelineVariant } from './vis-options';
import type { TimeWindow } from './window-math';

/**
 * Who moved the window: the user (toolbar, keys, wheel, and vis's own drag and pinch), the app's
 * requested `window` prop, or this code (first fit, centring on a selection, resizing).
 */
export type WindowOrigin = 'user' | 'request' | 'program';

/** What the controller reads at draw time, always the latest. */
export interface ControllerState {
  selectedId: string | null;
  reducedMotion: boolean;
  announcedText: string;
  language: Language;
  t: Dictionary;
}

export interface ControllerSetup {
  variant: TimelineVariant;
  language: Language;
  data: TimelineData;
  /** Search non-matches, drawn muted. */
  dimmed: IdSet;
  bounds: { min: number; max: number } | undefined;
  /** The story's dense stretch (window-math denseBounds): the first window fits it. */
  storyBounds: { min: number; max: number } | undefined;
  /** The first window; without it, the story's stretch is shown once the first draw is done. */
  initialWindow: TimeWindow | undefined;
  state: () => ControllerState;
  onReady: () => void;
  onRangeChanged: (window: TimeWindow, byUser: boolean) => void;
  /** The drawing changed width (e.g. the detail panel opened beside it); after the redraw. */
  onWidthChange: () => void;
}
