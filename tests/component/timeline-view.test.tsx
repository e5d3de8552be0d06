/**
 * TimelineView in jsdom: toolbar, legend, labels and lifecycle only. jsdom has no layout, so
 * vis-timeline draws no item here; items, zoom, wheel and selection are checked in Chromium by
 * the e2e suite (hooks: the region's name, data-ready, data-event-id on each item's button).
 */
import { act, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { StrictMode } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { Timeline } from 'vis-timeline/esnext';
import { TimelineView } from '../../src/features/timeline/TimelineView';
import { dictionaries } from '../../src/shared/i18n/dictionaries';
import type { Language } from '../../src/shared/i18n/dictionary';
import { LanguageProvider } from '../../src/shared/i18n/language';
import { readBuiltStore } from '../helpers/built-store';

const store = readBuiltStore();

async function renderTimeline(language: Language = 'fr', onSelect = vi.fn()) {
  const view = (lang: Language) => (
    <StrictMode>
      <LanguageProvider language={lang}>
        <TimelineView events={store.events} entities={store.entities} selectedId={null} onSelect={onSelect} />
      </LanguageProvider>
    </StrictMode>
  );
  const result = render(view(language));
  await created();
  return { ...result, onSelect, switchTo: (lang: Language) => result.rerender(view(lang)) };
}

/** The timeline builds vis-timeline in a task of its own after mounting (use-timeline-controller.ts). */
const created = () => act(() => new Promise((resolve) => setTimeout(resolve, 0)));

describe('TimelineView (jsdom: no layout)', () => {
  it('is a labelled, focusable region described by the keyboard help', async () => {
    await renderTimeline('fr');
    const t = dictionaries.fr.timeline;
    const region = screen.getByRole('region', { name: t.regionLabel });
    expect(region).toHaveAttribute('tabindex', '0');
    expect(region).toHaveAccessibleDescription(t.keyboardHelp);
    expect(region).toHaveAttribute('data-ready', 'false');
  });

  it('has the toolbar buttons, named in French and then in English', async () => {
    const { switchTo } = await renderTimeline('fr');
    for (const language of ['fr', 'en'] as const) {
      if (language === 'en') switchTo('en');
      const t = dictionaries[language].timeline;
      const toolbar = screen.getByRole('group', { name: t.controls });
      for (const name of [t.zoomIn, t.zoomOut, t.fit, t.first, t.last]) {
        expect(within(toolbar).getByRole('button', { name })).toBeInTheDocument();
      }
      expect(screen.getByRole('region', { name: t.regionLabel })).toBeInTheDocument();
      expect(screen.getByText(t.wheelHint)).toBeInTheDocument();
    }
  });

  it('shows the story in one lane by default, and switches lanes to theme or kind in a labelled radio group', async () => {
    await renderTimeline('fr');
    const t = dictionaries.fr.timeline;
    await userEvent.click(screen.getByRole('button', { name: t.lanes }));
    const group = screen.getByRole('group', { name: t.lanes });
    const none = within(group).getByRole('radio', { name: t.byNone });
    const byTheme = within(group).getByRole('radio', { name: t.byTheme });
    const byKind = within(group).getByRole('radio', { name: t.byKind });
    expect(none).toBeChecked();
    await userEvent.click(byKind);
    expect(byKind).toBeChecked();
    expect(none).not.toBeChecked();
    await userEvent.click(byTheme);
    expect(byTheme).toBeChecked();
    expect(byKind).not.toBeChecked();
  });

  it('explains in a legend the three ways a date is fixed and the announced badge', async () => {
    const { switchTo } = await renderTimeline('fr');
    for (const language of ['fr', 'en'] as const) {
      if (language === 'en') switchTo('en');
      const t = dictionaries[language].timeline;
      const legend = screen.getByRole('list', { hidden: true, name: t.legend });
      const entries = within(legend)
        .getAllByRole('listitem', { hidden: true })
        .map((item) => item.textContent);
      const words = dictionaries[language].event;
      expect(entries).toEqual([
        words.dateFrom.article,
        words.dateFrom.weekday,
        words.dateFrom.outside,
        `${words.announced}${t.announcedLegend}`,
      ]);
    }
  });

  it('creates vis-timeline once per mount and destroys it on unmount, StrictMode included', async () => {
    const destroy = vi.spyOn(Timeline.prototype, 'destroy');
    const { unmount, container } = await renderTimeline('fr');
    // StrictMode mounts, unmounts and mounts again: the first mount's timeline was never built
    // (its task was cancelled), one is alive.
    expect(destroy).not.toHaveBeenCalled();
    expect(container.querySelectorAll('.vis-timeline')).toHaveLength(1);
    unmount();
    expect(destroy).toHaveBeenCalledTimes(1);
    destroy.mockRestore();
  });

  it('never calls onSelect for toolbar use', async () => {
    const { onSelect } = await renderTimeline('en');
    const t = dictionaries.en.timeline;
    for (const name of [t.zoomIn, t.zoomOut, t.fit, t.first, t.last]) await userEvent.click(screen.getByRole('button', { name }));
    expect(onSelect).not.toHaveBeenCalled();
  });
});
