/**
 * The one place that drives vis-timeline (no React here). vis draws and handles drag and pinch;
 * this class gives it its data and options, moves its window (remembering who asked, so that a
 * window reports byUser correctly), keeps the wheel away from it, and builds each item's content
 * as a DOM button (event-button.ts), never an HTML string. Of a big store it gives vis only the
 * items near the window, crowded slots as clusters (visible-items.ts), updated when the window
 * settles; search and selection patch only the items whose state changed.
 */
import { DataSet } from 'vis-data/esnext';
import { Timeline } from 'vis-timeline/esnext';
import 'vis-timeline/styles/vis-timeline-graph2d.min.css';
import type { Language } from '../../shared/i18n/dictionary';
import type { IdSet } from '../../store/masked-ids';
import { axisFormat } from './axis-labels';
import { keepFocusWhenItemsLeave, keepPanelsStill, takeHiddenItemsOutOfReach, watchWidth } from './drawing-guards';
import { syncClusterButton, syncEventButton } from './event-button';
import { drawnItem, stripStackOrder, type TimelineData, type TimelineGroupData, type TimelineItemData } from './timeline-data';
import { clusterWindow, dimmingChanges, indexItems, isCluster, visibleSet, type DrawnData, type ItemIndex } from './visible-items';
import { diffShown, type ShownEntry } from './shown-items';
import { listenToWheel } from './wheel';
import { visOptions } from './vis-options';
import type { ControllerSetup, WindowOrigin } from './controller-setup';
import { centredWindow, fitWindow, onePixel, panLimits, panWindow, sameWindow, ZOOM_MIN, zoomWindow, type TimeWindow } from './window-math';

const ANIMATION = { duration: 300, easingFunction: 'easeInOutQuad' } as const;

export class TimelineController {
  private readonly timeline: Timeline;
  private readonly items = new DataSet<DrawnData>();
  private readonly groups: DataSet<TimelineGroupData>;
  /** One button per drawn event id, reused on every redraw (see event-button.ts); clusters alike. */
  private readonly buttons = new Map<string, HTMLButtonElement>();
  private readonly clusterButtons = new Map<string, HTMLButtonElement>();
  /** Every item given, by lane and date; vis holds only those visibleSet picks (all of a small store). */
  private index: ItemIndex<TimelineItemData>;
  /** What vis holds, by id: what it was made from and a key of what it shows. */
  private readonly shown = new Map<string, ShownEntry>();
  private dimmed: IdSet;
  private selectedId: string | null = null;
  private data: TimelineData;
  private readonly cleanups: (() => void)[] = [];
  /** Every event ever given (how far the window may go), and the events given last ("show all"). */
  private bounds: { min: number; max: number } | undefined;
  private fitBounds: { min: number; max: number } | undefined;
  private storyBounds: { min: number; max: number } | undefined;
  /** vis has the lanes (groups) or draws one lane: no groups when the data has none. */
  private lanesShown: boolean;
  /** Where an animated step is heading, so that quick repeated presses add up. */
  private target: (TimeWindow & { until: number }) | null = null;
  private origin: WindowOrigin = 'program';
  private destroyed = false;
  private moved = false;
  /** A window was requested before the first draw: it replaces the first fit. */
  private requestedEarly = false;
  private drawn = false;

  /** The first draw is done (and the first window set). */
  get ready(): boolean {
    return this.drawn;
  }

  /** The window is one worth keeping: drawn, or moved since creation (a StrictMode remount has neither). */
  get windowSettled(): boolean {
    return this.ready || this.moved;
  }

  constructor(
    private readonly canvas: HTMLElement,
    region: HTMLElement,
    private readonly setup: ControllerSetup,
  ) {
    const { variant, data, initialWindow } = setup;
    this.bounds = setup.bounds;
    this.fitBounds = setup.bounds;
    this.storyBounds = setup.storyBounds;
    this.lanesShown = variant === 'full' && data.groups.length > 0;
    this.groups = new DataSet<TimelineGroupData>(data.groups);
    this.data = data;
    this.index = indexItems(data.items, !this.lanesShown);
    this.dimmed = setup.dimmed;
    this.selectedId = setup.state().selectedId;
    this.show(this.shownWindow(), this.width() || 800);
    const strip = variant === 'strip';
    const buttons = this.buttons;
    const clusterButtons = this.clusterButtons;

    const options = visOptions({
      variant,
      language: setup.language,
      bounds: this.bounds,
      initialWindow,
      item: (item) => {
        if (isCluster(item)) {
          const button = clusterButtons.get(item.id) ?? document.createElement('button');
          clusterButtons.set(item.id, button);
          return syncClusterButton(button, item);
        }
        const button = buttons.get(item.id) ?? document.createElement('button');
        buttons.set(item.id, button);
        const state = setup.state();
        return syncEventButton(button, item, { announced: state.announcedText }, state.selectedId === item.id);
      },
      stripOrder: (a, b) => stripStackOrder(setup.state().selectedId)(a, b),
      onInitialDrawComplete: () => {
        if (this.destroyed) return;
        // vis fits the window before its first draw is marked done (labels not yet measured) and
        // does not redraw for that range change: fit again, or just redraw when the first window
        // was given (or the fit moved nothing), then say we are ready once vis has drawn (rAF
        // callbacks run in order). A fit that moves the window redraws at once (setWindow without
        // animation draws synchronously): a second redraw would only repeat it (one of eight
        // redraws before ready, 20–40 ms at 4× CPU slowdown).
        const before = this.window();
        if (!initialWindow && !this.requestedEarly) this.fitStory(false, 'program');
        if (sameWindow(before, this.window())) this.timeline.redraw();
        requestAnimationFrame(() => {
          if (this.destroyed) return;
          this.drawn = true;
          setup.onReady();
        });
      },
    });

    this.timeline = this.lanesShown ? new Timeline(canvas, this.items, this.groups, options) : new Timeline(canvas, this.items, options);

    this.timeline.on('rangechange', (properties?: { byUser?: boolean }) => {
      // A drag or pinch replaces any window a step was heading for.
      if (properties?.byUser) {
        this.target = null;
        this.origin = 'user';
      }
    });
    this.timeline.on('rangechanged', (properties?: { start?: Date; end?: Date; byUser?: boolean }) => {
      const byUser = properties?.byUser === true || this.origin === 'user';
      this.origin = 'program';
      const window =
        properties?.start && properties.end ? { start: properties.start.valueOf(), end: properties.end.valueOf() } : this.window();
      this.show(window, this.width());
      setup.onRangeChanged(window, byUser);
      // Given a first window, vis completes its first draw only on a draw after this event, and
      // nothing else may draw (the strip's height never changes): draw.
      if (!this.ready) this.timeline.redraw();
    });
    const focusGuard = keepFocusWhenItemsLeave(canvas, region);
    this.timeline.on('changed', () => {
      if (strip) takeHiddenItemsOutOfReach(canvas, [...this.buttons.values(), ...this.clusterButtons.values()], region);
      focusGuard.check();
    });

    // The axis repeats what each item's accessible name already says: hide it from assistive tech.
    for (const axis of canvas.querySelectorAll('.vis-time-axis')) axis.setAttribute('aria-hidden', 'true');

    this.cleanups.push(
      focusGuard.stop,
      keepPanelsStill(canvas),
      listenToWheel(region, {
        window: () => this.window(),
        width: () => this.width(),
        timeAt: (event) => this.timeline.getEventProperties(event).time?.valueOf(),
        apply: (window) => this.go(window, false, 'user'),
      }),
      watchWidth(canvas, () => {
        this.show(this.window(), this.width());
        this.timeline.redraw();
        setup.onWidthChange();
      }),
    );
  }

  destroy(): void {
    this.destroyed = true;
    for (const cleanup of this.cleanups) cleanup();
    this.timeline.destroy();
    this.buttons.clear();
    this.clusterButtons.clear();
  }

  /** The window shown now. */
  window(): TimeWindow {
    const { start, end } = this.timeline.getWindow();
    return { start: start.valueOf(), end: end.valueOf() };
  }

  /** The window shown, or before the first draw the one it will show. */
  private shownWindow(): TimeWindow | undefined {
    if (this.drawn || this.moved) return this.window();
    if (this.setup.initialWindow) return this.setup.initialWindow;
    const bounds = this.storyBounds ?? this.fitBounds;
    return bounds ? fitWindow(bounds, this.width() || 800) : undefined;
  }

  /**
   * Width of the drawing (px), the one vis converts times to places with (its centre panel's,
   * borders included: its clientWidth is 2 px less, which would skew a fitted window); 0 before layout.
   */
  width(): number {
    return this.canvas.querySelector<HTMLElement>('.vis-panel.vis-center')?.offsetWidth || this.canvas.clientWidth || 0;
  }

  button(id: string): HTMLButtonElement | undefined {
    return this.buttons.get(id);
  }

  /** The id of the item or cluster under a pointer event, if any (a click on its frame, off its button). */
  itemAt(event: Event): string | null {
    const item = this.timeline.getEventProperties(event).item;
    return item === null || item === undefined ? null : String(item);
  }

  /** The drawn cluster of that id, if it is one. */
  cluster(id: string): { start: number; end: number } | undefined {
    const entry = this.shown.get(id);
    return entry && isCluster(entry.drawn) ? { start: entry.drawn.start.valueOf(), end: entry.drawn.end.valueOf() } : undefined;
  }

  /** Zoom into a cluster, so that its events show. */
  openCluster(id: string): void {
    const cluster = this.cluster(id);
    if (cluster) this.go(clusterWindow(cluster, ZOOM_MIN), true, 'user');
  }

  /**
   * Hand vis the items and clusters of a window (all items of a small store): only what changed is
   * added, updated or removed, and an item's name (date in words) is made only when it is drawn.
   */
  private show(window: TimeWindow | undefined, width: number): void {
    const { language, t } = this.setup.state();
    const chosen = window
      ? visibleSet(this.index, { window, width, minSpan: ZOOM_MIN, pinned: this.selectedId })
      : { items: [...this.index.byId.values()], clusters: [] };
    const change = diffShown(this.shown, chosen, this.dimmed, language, t);
    for (const id of change.removed) {
      this.shown.delete(id);
      if (change.next.has(id)) continue;
      this.buttons.delete(id);
      this.clusterButtons.delete(id);
    }
    for (const [id, entry] of change.next) this.shown.set(id, entry);
    if (change.removed.length > 0) this.items.remove(change.removed);
    if (change.added.length > 0) this.items.add(change.added);
    if (change.updated.length > 0) this.items.update(change.updated);
  }

  /** A new search: only the drawn items whose muting changed are redrawn. */
  setDimmed(dimmed: IdSet): void {
    if (dimmed === this.dimmed) return;
    const before = this.dimmed;
    this.dimmed = dimmed;
    const { language, t } = this.setup.state();
    const updated: DrawnData[] = [];
    for (const id of dimmingChanges(this.shown.keys(), before, dimmed)) {
      const entry = this.shown.get(id);
      if (!entry || isCluster(entry.drawn)) continue;
      const item = entry.from as TimelineItemData;
      const isDimmed = dimmed.has(id);
      const next = { from: item, drawn: drawnItem(item, isDimmed, language, t), key: `${language}|${isDimmed}` };
      this.shown.set(id, next);
      updated.push(next.drawn);
    }
    if (updated.length > 0) this.items.update(updated);
  }

  /** New events, language or lanes: update the data sets, never recreate the timeline. */
  setData(
    data: TimelineData,
    bounds: { min: number; max: number } | undefined,
    storyBounds: { min: number; max: number } | undefined = bounds,
  ): void {
    this.storyBounds = storyBounds;
    if (data !== this.data) {
      this.data = data;
      const lanes = this.setup.variant === 'full' && data.groups.length > 0;
      this.index = indexItems(data.items, !lanes);
      this.groups.update(data.groups);
      if (lanes !== this.lanesShown) {
        this.lanesShown = lanes;
        this.timeline.setGroups(lanes ? this.groups : undefined);
      }
      this.show(this.shownWindow(), this.width());
    }
    const groupIds = new Set(data.groups.map((group) => group.id));
    this.groups.remove(this.groups.getIds().filter((id) => !groupIds.has(String(id))));

    // Filters may have started narrow: let the window reach every event given since.
    if (bounds && (!this.bounds || bounds.min < this.bounds.min || bounds.max > this.bounds.max)) {
      this.bounds = this.bounds ? { min: Math.min(this.bounds.min, bounds.min), max: Math.max(this.bounds.max, bounds.max) } : bounds;
      const limits = panLimits(this.bounds);
      this.timeline.setOptions({ min: new Date(limits.min), max: new Date(limits.max) });
    }
    this.fitBounds = bounds;
  }

  setLanguage(language: Language): void {
    this.timeline.setOptions({ format: axisFormat(language) });
  }

  /** Mark the selected item (or none); false when the id is not on the timeline. */
  markSelected(selectedId: string | null): boolean {
    const known = selectedId !== null && this.index.byId.has(selectedId);
    const previous = this.selectedId;
    this.selectedId = selectedId;
    // The selection is never clustered: draw it (a small store draws everything anyway).
    if (previous !== selectedId) this.show(this.shownWindow(), this.width());
    // Only the previous and the new selection change.
    if (previous !== null) this.buttons.get(previous)?.removeAttribute('aria-current');
    if (known) this.buttons.get(selectedId)?.setAttribute('aria-current', 'true');
    this.timeline.setSelection(known ? [selectedId] : []);
    // The short timeline stacks the selection on top: restack.
    if (this.setup.variant === 'strip') this.timeline.redraw();
    return known;
  }

  centreOn(time: number, animate: boolean, origin: WindowOrigin): void {
    const [start, end] = this.baseWindow();
    this.go(centredWindow(time, end - start), animate, origin);
  }

  /** Show every event. */
  fit(animate: boolean, origin: WindowOrigin): void {
    if (!this.fitBounds) return;
    this.go(fitWindow(this.fitBounds, this.width() || 800), animate, origin);
  }

  /** Show the story's dense stretch (the first window). */
  fitStory(animate: boolean, origin: WindowOrigin): void {
    const bounds = this.storyBounds ?? this.fitBounds;
    if (bounds) this.go(fitWindow(bounds, this.width() || 800), animate, origin);
  }

  /** Move to a window (the "earlier" and "later" controls), animated, as the user's move. */
  goTo(window: TimeWindow): void {
    this.go(window, true, 'user');
  }

  zoomBy(factor: number, around?: number): void {
    const [start, end] = this.baseWindow();
    this.go(zoomWindow({ start, end }, factor, around), true, 'user');
  }

  pan(fraction: number): void {
    const [start, end] = this.baseWindow();
    this.go(panWindow({ start, end }, fraction), true, 'user');
  }

  /**
   * A window the app asks for: shown unless it is what is shown (or being shown) already, to
   * within a pixel. It reports byUser = false, so the app's answer to it never comes back.
   */
  request(window: TimeWindow): boolean {
    const [start, end] = this.baseWindow();
    if (sameWindow({ start, end }, window, onePixel({ start, end }, this.width()))) return false;
    if (!this.ready) this.requestedEarly = true;
    this.go(window, true, 'request');
    return true;
  }

  /**
   * The window to start from: while an animated step runs, its target, so that quick repeated
   * presses add up instead of restarting from a window still in motion.
   */
  private baseWindow(): [number, number] {
    const target = this.target;
    if (target && performance.now() < target.until) return [target.start, target.end];
    const { start, end } = this.window();
    return [start, end];
  }

  private go(window: TimeWindow, animate: boolean, origin: WindowOrigin): void {
    const animation = animate && !this.setup.state().reducedMotion ? ANIMATION : false;
    this.moved = true;
    this.origin = origin;
    this.target = animation ? { ...window, until: performance.now() + ANIMATION.duration } : null;
    this.timeline.setWindow(window.start, window.end, { animation });
  }
}
