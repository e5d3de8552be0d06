import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import axe from 'axe-core';
import { useState } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { FilterPanel } from '../../src/features/filters/FilterPanel';
import { dictionaries } from '../../src/shared/i18n/dictionaries';
import type { Language } from '../../src/shared/i18n/dictionary';
import { LanguageProvider } from '../../src/shared/i18n/language';
import { EMPTY_FILTERS, type Filters } from '../../src/store/filters';
import { applyFilters, facetCounts } from '../helpers/filters-oracle';
import { readBuiltStore } from '../helpers/built-store';

const store = readBuiltStore();
const fr = dictionaries.fr.filters;
const en = dictionaries.en.filters;

/** The app's part: filters in state, counts from the store. */
function Owner({ initial = EMPTY_FILTERS, onChange = () => {} }: { initial?: Filters; onChange?: (filters: Filters) => void }) {
  const [filters, setFilters] = useState(initial);
  return (
    <>
      <FilterPanel
        events={store.events}
        entities={store.entities}
        filters={filters}
        counts={() => facetCounts(store.events, filters)}
        onChange={(next) => {
          onChange(next);
          setFilters(next);
        }}
      />
      <p data-testid="results">
        {applyFilters(store.events, filters)
          .map((event) => event.id)
          .join(' ')}
      </p>
    </>
  );
}

function renderPanel(props: Parameters<typeof Owner>[0] = {}, language: Language = 'fr') {
  return render(
    <LanguageProvider language={language}>
      <Owner {...props} />
    </LanguageProvider>,
  );
}

const withActor = (id: string) => store.events.filter((event) => event.actors.includes(id));
const summary = (name: string | RegExp) => screen.getByText(name, { selector: 'summary' });
const facet = (legend: string) => screen.getByRole('group', { name: legend });

/** Unfolds the panel, and every long facet in it. */
async function open(language: Language = 'fr') {
  await userEvent.click(summary(language === 'fr' ? /^Filtres/ : /^Filters/));
  for (const more of screen.queryAllByRole('button', { name: /^(Afficher les|Show all) \d+ options$/ })) await userEvent.click(more);
}

describe('FilterPanel', () => {
  it('folds its facets under "Filtres", one labelled group of checkboxes per facet', async () => {
    renderPanel();
    expect(screen.queryByRole('group', { name: fr.facets.actors })).toBeNull();
    await open();
    expect(facet(fr.facets.actors)).toBeVisible();
    for (const legend of Object.values(fr.facets)) expect(facet(legend)).toBeInTheDocument();
    expect(
      within(facet(fr.facets.kinds)).getByRole('checkbox', {
        name: `Sommet (${store.events.filter((event) => event.kind === 'summit').length})`,
      }),
    ).toBeInTheDocument();
    expect(
      within(facet(fr.facets.dateFrom)).getByRole('checkbox', {
        name: new RegExp(`^${dictionaries.fr.event.dateFrom.weekday} \\(\\d+\\)$`),
      }),
    ).toBeInTheDocument();
    expect(within(facet(fr.facets.years)).getByRole('checkbox', { name: /^2025 \(\d+\)$/ })).toBeInTheDocument();
  });

  it('ticking an actor leaves only that actor’s events, and says so in the summary and the active filters', async () => {
    const onChange = vi.fn();
    renderPanel({ onChange });
    await open();
    const trump = withActor('donald-trump');
    await userEvent.click(within(facet(fr.facets.actors)).getByRole('checkbox', { name: `Donald Trump (${trump.length})` }));
    expect(onChange).toHaveBeenLastCalledWith({ ...EMPTY_FILTERS, actors: ['donald-trump'] });
    expect(screen.getByTestId('results')).toHaveTextContent(trump.map((event) => event.id).join(' '));
    expect(summary(fr.panelTitle(1))).toHaveTextContent('Filtres (1 actif)');
    expect(screen.getByRole('button', { name: fr.remove('Donald Trump') })).toBeInTheDocument();
    expect(screen.getAllByRole('button', { name: fr.clear })).toHaveLength(1);
  });

  it('updates the counts from the other facets, and disables what would show nothing', async () => {
    renderPanel({ initial: { ...EMPTY_FILTERS, kinds: ['summit'] } });
    await open();
    const actors = facet(fr.facets.actors);
    const summitsWithNato = store.events.filter((event) => event.kind === 'summit' && event.actors.includes('otan')).length;
    expect(within(actors).getByRole('checkbox', { name: `OTAN (${summitsWithNato})` })).toBeEnabled();
    expect(within(actors).getByRole('checkbox', { name: 'Donald Trump (0)' })).toBeDisabled();
    // The kinds facet counts ignore its own selection: other kinds stay available to add.
    const meetings = store.events.filter((event) => event.kind === 'meeting').length;
    expect(within(facet(fr.facets.kinds)).getByRole('checkbox', { name: `Rencontre (${meetings})` })).toBeEnabled();
    expect(within(facet(fr.facets.kinds)).getByRole('checkbox', { name: /^Sommet/ })).toBeChecked();
  });

  it('shows the first options of a long facet until asked for all', async () => {
    renderPanel();
    await userEvent.click(summary(fr.panelTitle(0)));
    const actors = facet(fr.facets.actors);
    const total = new Set(store.events.flatMap((event) => event.actors)).size;
    const countOf = (box: HTMLElement) => Number(/\((\d+)\)$/.exec(box.closest('label')!.textContent!)![1]);
    const folded = within(actors).getAllByRole('checkbox').map(countOf);
    expect(folded.length).toBeLessThan(total);
    // The most frequent actors come first: folded, the facet still shows what would match most.
    const byFrequency = [...new Set(store.events.flatMap((event) => event.actors))].map((id) => withActor(id).length).sort((a, b) => b - a);
    expect(folded).toEqual(byFrequency.slice(0, folded.length));
    const more = within(actors).getByRole('button', { name: fr.showAll(total) });
    expect(more).toHaveAttribute('aria-expanded', 'false');
    await userEvent.click(more);
    expect(within(actors).getAllByRole('checkbox')).toHaveLength(total);
    expect(within(actors).getByRole('button', { name: fr.showFewer })).toHaveAttribute('aria-expanded', 'true');
  });

  it('removes one filter from its button (focus moves to the next), and clears all with one button (focus to the summary)', async () => {
    const onChange = vi.fn();
    renderPanel({ initial: { ...EMPTY_FILTERS, actors: ['mark-rutte'], kinds: ['visit'], years: [2025] }, onChange });
    expect(summary(fr.panelTitle(3))).toBeInTheDocument();
    const rutte = screen.getByRole('button', { name: fr.remove('Mark Rutte') });
    await userEvent.click(rutte);
    expect(onChange).toHaveBeenLastCalledWith({ ...EMPTY_FILTERS, kinds: ['visit'], years: [2025] });
    expect(screen.getByRole('button', { name: fr.remove('Visite') })).toHaveFocus();

    await userEvent.click(screen.getByRole('button', { name: fr.clear }));
    expect(onChange).toHaveBeenLastCalledWith(EMPTY_FILTERS);
    expect(screen.queryByRole('button', { name: fr.clear })).not.toBeInTheDocument();
    expect(summary(fr.panelTitle(0))).toHaveFocus();
    expect(screen.getByTestId('results').textContent!.split(' ')).toHaveLength(store.events.length);
  });

  it('is keyboard operable: Space ticks a focused checkbox', async () => {
    const onChange = vi.fn();
    renderPanel({ onChange });
    await open();
    const box = within(facet(fr.facets.kinds)).getByRole('checkbox', { name: /^Sommet/ });
    box.focus();
    await userEvent.keyboard(' ');
    expect(onChange).toHaveBeenLastCalledWith({ ...EMPTY_FILTERS, kinds: ['summit'] });
  });

  it('speaks English: entity labels, kinds and date certainty', async () => {
    renderPanel({ initial: { ...EMPTY_FILTERS, actors: ['vladimir-poutine'] } }, 'en');
    expect(summary(en.panelTitle(1))).toHaveTextContent('Filters (1 active)');
    expect(screen.getByRole('button', { name: en.remove('Vladimir Putin') })).toBeInTheDocument();
    await open('en');
    expect(within(facet(en.facets.kinds)).getByRole('checkbox', { name: /^Press conference \(\d+\)$/ })).toBeInTheDocument();
    expect(within(facet(en.facets.dateFrom)).getByRole('checkbox', { name: /^Date from outside sources \(\d+\)$/ })).toBeInTheDocument();
  });

  it('counts nothing while folded with no active filter, and counts once unfolded', async () => {
    const counts = vi.fn(() => facetCounts(store.events, EMPTY_FILTERS));
    render(
      <LanguageProvider language="fr">
        <FilterPanel events={store.events} entities={store.entities} filters={EMPTY_FILTERS} counts={counts} onChange={() => {}} />
      </LanguageProvider>,
    );
    expect(counts).not.toHaveBeenCalled();
    await open();
    expect(counts).toHaveBeenCalled();
    expect(
      within(facet(fr.facets.kinds)).getByRole('checkbox', {
        name: `Sommet (${store.events.filter((event) => event.kind === 'summit').length})`,
      }),
    ).toBeInTheDocument();
  });

  it('renders labels as text, never as HTML', async () => {
    const entities = {
      ...store.entities,
      actors: store.entities.actors.map((actor) =>
        actor.id === 'mark-rutte' ? { ...actor, label: { fr: '<img src=x onerror=alert(1)>', en: 'x' } } : actor,
      ),
    };
    const { container } = render(
      <FilterPanel
        events={store.events}
        entities={entities}
        filters={{ ...EMPTY_FILTERS, actors: ['mark-rutte'] }}
        counts={() => facetCounts(store.events, EMPTY_FILTERS)}
        onChange={() => {}}
      />,
    );
    expect(container.querySelector('img')).toBeNull();
    expect(screen.getByRole('button', { name: /<img src=x onerror=alert\(1\)>/ })).toBeInTheDocument();
  });

  it('has no axe violation, folded and open', async () => {
    const { container } = renderPanel({ initial: { ...EMPTY_FILTERS, themes: ['guerre-en-ukraine'] } });
    const check = async () => {
      const results = await axe.run(container, { rules: { 'color-contrast': { enabled: false } } });
      expect(results.violations.map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.html).join(' | ')}`)).toEqual([]);
    };
    await check();
    await open();
    await check();
  });
});
