/**
 * TimelineView's props in jsdom: what reaches vis-timeline and what comes back from it. jsdom has
 * no layout, so vis draws no item here (dimmed items, the strip's rows and the wheel are checked
 * in Chromium); its window, its range events and the component's own DOM do work.
 */
import { act, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi, type MockInstance } from 'vitest';
import { Timeline } from 'vis-timeline/esnext';
import { TimelineView, type TimelineViewProps } from '../../src/features/timeline/TimelineView';
import { dictionaries } from '../../src/shared/i18n/dictionaries';
import { LanguageProvider } from '../../src/shared/i18n/language';
import { readBuiltStore } from '../helpers/built-store';

const store = readBuiltStore();
const t = dictionaries.fr.timeline;
const march2025 = { start: Date.UTC(2025, 2, 1), end: Date.UTC(2025, 4, 1) };
const year2024 = { start: Date.UTC(2024, 0, 1), end: Date.UTC(2025, 0, 1) };
/** vis reports a settled window 200 ms after a move without animation. */
const settle = () => act(() => new Promise((resolve) => setTimeout(resolve, 260)));

async function setup(props: Partial<TimelineViewProps> = {}) {
  const base: TimelineViewProps = { events: store.events, entities: store.entities, selectedId: null, onSelect: vi.fn(), ...props };
  const view = (next: Partial<TimelineViewProps>) => (
    <LanguageProvider language="fr">
      <TimelineView {...base} {...next} />
    </LanguageProvider>
  );
  const result = render(view({}));
  await created();
  return { ...result, update: (next: Partial<TimelineViewProps>) => result.rerender(view(next)) };
}

function preferReducedMotion(reduce: boolean) {
  vi.stubGlobal('matchMedia', (query: string) => ({
    matches: reduce && query.includes('prefers-reduced-motion: reduce'),
    media: query,
    addEventListener: () => {},
    removeEventListener: () => {},
  }));
}

let setWindow: MockInstance<Timeline['setWindow']>;
beforeEach(() => {
  setWindow = vi.spyOn(Timeline.prototype, 'setWindow');
});
afterEach(() => {
  vi.restoreAllMocks();
  vi.unstubAllGlobals();
});

/** The timeline builds vis-timeline in a task of its own after mounting (use-timeline-controller.ts). */
const created = () => act(() => new Promise((resolve) => setTimeout(resolve, 0)));

describe('window: a requested view', () => {
  it('is applied when its value changes, once, and not again for an equal window', async () => {
    preferReducedMotion(true);
    const { update } = await setup({ window: null });
    await settle();
    setWindow.mockClear();

    update({ window: march2025 });
    expect(setWindow).toHaveBeenCalledTimes(1);
    expect(setWindow).toHaveBeenLastCalledWith(march2025.start, march2025.end, { animation: false });
    update({ window: { ...march2025 } });
    update({ window: null });
    expect(setWindow).toHaveBeenCalledTimes(1);

    update({ window: year2024 });
    expect(setWindow).toHaveBeenCalledTimes(2);
    expect(setWindow).toHaveBeenLastCalledWith(year2024.start, year2024.end, { animation: false });
  });

  it('is animated unless the user asks for reduced motion', async () => {
    preferReducedMotion(false);
    const { update } = await setup();
    await settle();
    update({ window: march2025 });
    expect(setWindow).toHaveBeenLastCalledWith(march2025.start, march2025.end, {
      animation: expect.objectContaining({ duration: expect.any(Number) }),
    });
  });

  it('opens on the requested window rather than on every event or on the selection', async () => {
    preferReducedMotion(true);
    const onRangeChange = vi.fn();
    await setup({ window: march2025, selectedId: 'sentinelle-arctique', onRangeChange });
    await settle();
    expect(onRangeChange).toHaveBeenLastCalledWith(march2025, false);
    expect(screen.getByRole('region', { name: t.regionLabel })).toHaveAttribute('data-window-start', String(march2025.start));
  });

  it('ignores an unusable window', async () => {
    preferReducedMotion(true);
    const { update } = await setup();
    await settle();
    setWindow.mockClear();
    update({ window: { start: Number.NaN, end: march2025.end } });
    update({ window: { start: march2025.end, end: march2025.start } });
    expect(setWindow).not.toHaveBeenCalled();
  });
});

describe('onRangeChange: byUser, and no feedback loop', () => {
  it('reports a toolbar step as the user’s and a requested window as not', async () => {
    preferReducedMotion(true);
    const onRangeChange = vi.fn();
    const { update } = await setup({ onRangeChange });
    await settle();
    onRangeChange.mockClear();

    await userEvent.click(screen.getByRole('button', { name: t.zoomIn }));
    await settle();
    expect(onRangeChange).toHaveBeenCalledTimes(1);
    const [zoomed, byUser] = onRangeChange.mock.lastCall!;
    expect(byUser).toBe(true);

    // The app echoes the window back (e.g. through the URL): nothing moves, nothing is reported.
    setWindow.mockClear();
    update({ window: zoomed });
    await settle();
    expect(setWindow).not.toHaveBeenCalled();
    expect(onRangeChange).toHaveBeenCalledTimes(1);

    update({ window: year2024 });
    await settle();
    expect(onRangeChange).toHaveBeenCalledTimes(2);
    expect(onRangeChange).toHaveBeenLastCalledWith(year2024, false);
  });

  it('reports the keyboard’s moves as the user’s', async () => {
    preferReducedMotion(true);
    const onRangeChange = vi.fn();
    await setup({ window: year2024, onRangeChange });
    await settle();
    onRangeChange.mockClear();
    screen.getByRole('region', { name: t.regionLabel }).focus();
    await userEvent.keyboard('{ArrowRight}');
    await settle();
    const [moved, byUser] = onRangeChange.mock.lastCall!;
    expect(byUser).toBe(true);
    expect(moved.start - year2024.start).toBeCloseTo((year2024.end - year2024.start) / 4, -3);
  });
});

describe('lanes', () => {
  it('follows the lanes prop when given, and reports the user’s choice', async () => {
    const onLanesChange = vi.fn();
    const { update } = await setup({ lanes: 'kind', onLanesChange });
    const group = screen.getByRole('group', { name: t.lanes });
    const byTheme = within(group).getByRole('radio', { name: t.byTheme });
    const byKind = within(group).getByRole('radio', { name: t.byKind });
    expect(byKind).toBeChecked();
    await userEvent.click(byTheme);
    expect(onLanesChange).toHaveBeenCalledWith('theme');
    // Controlled: the parent decides.
    expect(byKind).toBeChecked();
    update({ lanes: 'theme', onLanesChange });
    expect(byTheme).toBeChecked();
  });
});

describe('events: filters', () => {
  it('keeps the same timeline when the events change, including when the selected one is filtered out', async () => {
    const destroy = vi.spyOn(Timeline.prototype, 'destroy');
    const { container, update } = await setup({ selectedId: 'rutte-a-washington' });
    const drawing = container.querySelector('.vis-timeline');
    const filtered = store.events.filter((event) => event.id !== 'rutte-a-washington');
    update({ events: filtered, selectedId: 'rutte-a-washington' });
    update({ events: [], selectedId: 'rutte-a-washington' });
    expect(screen.getByText(t.empty)).toBeInTheDocument();
    update({ events: store.events, selectedId: 'rutte-a-washington' });
    await settle();
    expect(container.querySelector('.vis-timeline')).toBe(drawing);
    expect(destroy).not.toHaveBeenCalled();
    expect(screen.queryByText(t.empty)).not.toBeInTheDocument();
  });
});

describe('variant strip: the phone’s short timeline', () => {
  it('has a compact toolbar with named buttons, no lane choice, and the legend and help in a closed popover', async () => {
    await setup({ variant: 'strip' });
    const toolbar = screen.getByRole('group', { name: t.controls });
    for (const name of [t.zoomIn, t.zoomOut, t.fit, t.first, t.last])
      expect(within(toolbar).getByRole('button', { name })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: t.lanes })).not.toBeInTheDocument();
    expect(screen.queryByText(t.wheelHint)).not.toBeInTheDocument();

    // The legend is in the help button's popover (opened in real Chromium: tests/e2e), closed at
    // first; the help is still the region's description.
    expect(screen.queryByRole('list', { name: t.legend })).not.toBeInTheDocument();
    expect(screen.getByRole('region', { name: t.regionLabel })).toHaveAccessibleDescription(t.keyboardHelp);
    const help = within(toolbar).getByRole('button', { name: t.help });
    const popover = document.getElementById(help.getAttribute('popovertarget')!)!;
    expect(popover).toHaveAttribute('popover', 'auto');
    expect(within(popover).getByRole('list', { hidden: true, name: t.legend })).toBeInTheDocument();
  });

  it('replaces the timeline when the variant changes, keeping the window shown (not the older requested one)', async () => {
    preferReducedMotion(true);
    const destroy = vi.spyOn(Timeline.prototype, 'destroy');
    const onRangeChange = vi.fn();
    const { container, update } = await setup({ window: year2024, onRangeChange });
    await settle();
    await userEvent.click(screen.getByRole('button', { name: t.zoomIn }));
    await settle();
    const [shown] = onRangeChange.mock.lastCall!;
    expect(shown.end - shown.start).toBeCloseTo((year2024.end - year2024.start) / 2, -3);

    // Same requested value as before: it must not snap the view back.
    update({ variant: 'strip', window: year2024, onRangeChange });
    await settle();
    expect(destroy).toHaveBeenCalledTimes(1);
    expect(container.querySelectorAll('.vis-timeline')).toHaveLength(1);
    expect(container.querySelector('.tl')).toHaveAttribute('data-variant', 'strip');
    const region = screen.getByRole('region', { name: t.regionLabel });
    expect(Number(region.getAttribute('data-window-start'))).toBeCloseTo(shown.start, -1);
    expect(Number(region.getAttribute('data-window-end'))).toBeCloseTo(shown.end, -1);
  });
});
