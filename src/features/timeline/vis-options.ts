/**
 * vis-timeline's options for a variant. The wheel is handled outside vis (wheel.ts), selection by
 * the component (selectable: false), item content by a template that returns DOM nodes.
 */
import moment, { type MomentInput } from 'moment';
import type { TimelineOptions } from 'vis-timeline/esnext';
import type { Language } from '../../shared/i18n/dictionary';
import { axisFormat } from './axis-labels';
import { laneLabel } from './event-button';
import { stackOrder, type TimelineGroupData } from './timeline-data';
import type { DrawnData } from './visible-items';
import { ZOOM_MAX, ZOOM_MIN, panLimits, type TimeWindow } from './window-math';

export type TimelineVariant = 'full' | 'strip';

/** The short timeline's height (px), axis included. */
export const STRIP_HEIGHT = 232;

/** vis-timeline lays out and labels in UTC, so an ISO day is never shifted by the time zone. */
const utcMoment = (input?: MomentInput) => moment(input).utc();

export interface VisOptionsInput {
  variant: TimelineVariant;
  language: Language;
  bounds: { min: number; max: number } | undefined;
  initialWindow: TimeWindow | undefined;
  item: (item: DrawnData) => HTMLElement;
  /** Stacking order of the strip (see stripStackOrder). */
  stripOrder: (a: DrawnData, b: DrawnData) => number;
  onInitialDrawComplete: () => void;
}

export function visOptions(input: VisOptionsInput): TimelineOptions {
  const strip = input.variant === 'strip';
  const options: TimelineOptions = {
    moment: utcMoment,
    format: axisFormat(input.language),
    orientation: { axis: 'top', item: 'top' },
    stack: true,
    selectable: false,
    editable: false,
    moveable: true,
    zoomable: true,
    zoomKey: 'ctrlKey',
    horizontalScroll: false,
    verticalScroll: false,
    zoomMin: ZOOM_MIN,
    zoomMax: ZOOM_MAX,
    groupOrder: 'order',
    showCurrentTime: false,
    showTooltips: false,
    margin: strip ? { axis: 4, item: { horizontal: 4, vertical: 3 } } : { axis: 6, item: { horizontal: 8, vertical: 4 } },
    xss: { disabled: false },
    template: (item?: DrawnData) => (item ? input.item(item) : ''),
    groupTemplate: (group?: TimelineGroupData) => (group ? laneLabel(group.label) : ''),
    onInitialDrawComplete: input.onInitialDrawComplete,
    // By date: rows that depend on the window only (see stackOrder); the strip's order below.
    order: stackOrder,
  };
  if (strip) {
    // One lane and a fixed height that hides the lowest rows: the selection and the search
    // matches are stacked first, on the rows that show.
    options.height = STRIP_HEIGHT;
    options.order = input.stripOrder;
  }
  if (input.bounds) {
    const limits = panLimits(input.bounds);
    options.min = new Date(limits.min);
    options.max = new Date(limits.max);
  }
  if (input.initialWindow) {
    options.start = new Date(input.initialWindow.start);
    options.end = new Date(input.initialWindow.end);
  }
  return options;
}
