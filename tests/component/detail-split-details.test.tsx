/**
 * The event panel of a split store, whose details are in a shard (shared/event-details.tsx): what
 * it says while the shard is on its way, when the shard could not be had (with a retry), and when
 * the shard refused the event, in either language.
 */
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { EventDetail } from '../../src/features/detail/EventDetail';
import { EventDetailsProvider, type EventDetails } from '../../src/shared/event-details';
import type { Language } from '../../src/shared/i18n/dictionary';
import type { StoreEvent } from '../../src/store/schema';
import { readBuiltStore } from '../helpers/built-store';
import { fakeLinks, renderWithProviders } from '../helpers/render';

const store = readBuiltStore();
const event = store.events.find((candidate) => candidate.id === 'witkoff-rencontre-poutine-moscou')!;
/** The event as a split store's index gives it: its shard's parts empty. */
const head: StoreEvent = {
  ...event,
  summary: { fr: '', en: '' },
  date: { ...event.date, basis: { fr: '', en: '' }, edtf: '' },
  evidence: [],
  corroboration: [],
  notes: [],
};

function renderWith(details: EventDetails, language: Language = 'fr') {
  return renderWithProviders(
    <EventDetailsProvider value={() => details}>
      <EventDetail event={head} store={store} links={fakeLinks} onClose={() => {}} />
    </EventDetailsProvider>,
    { language },
  );
}

describe('the panel of an event whose details are in a shard', () => {
  it('shows what the index gives at once, and says that the passages are on their way', () => {
    renderWith({ state: 'loading' });
    const panel = screen.getByRole('complementary', { name: event.title.fr });
    expect(within(panel).getByRole('status')).toHaveTextContent('Chargement des passages et des sources…');
    expect(panel).toHaveTextContent('13 mars 2025');
    expect(panel).toHaveTextContent('Vladimir Poutine');
    expect(panel.querySelector('blockquote')).toBeNull();
    expect(panel.querySelector('.event-detail-basis')).toBeNull();
  });

  it('shows the event in full once they are in', () => {
    renderWith({ state: 'ready', event });
    const panel = screen.getByRole('complementary', { name: event.title.fr });
    expect(panel).toHaveTextContent(event.summary.fr);
    expect(panel).toHaveTextContent(event.date.basis.fr);
    expect(panel.querySelectorAll('blockquote')).toHaveLength(event.evidence.length + event.notes.filter((note) => note.evidence).length);
  });

  it('says in English that they could not be loaded, why, and retries on a click (not while a retry runs)', async () => {
    const retry = vi.fn();
    const failure = [{ path: '', message: { code: 'file-not-loaded', kind: 'http', status: 503 } }] as const;
    const { rerender } = renderWith({ state: 'failed', failure, retry, retrying: false }, 'en');
    const alert = screen.getByRole('alert');
    expect(alert).toHaveTextContent('The passages and sources of this event could not be loaded.');
    expect(alert).toHaveTextContent('the server answered with an error (HTTP 503)');
    await userEvent.click(within(alert).getByRole('button', { name: 'Try again' }));
    expect(retry).toHaveBeenCalledTimes(1);
    rerender(
      <EventDetailsProvider value={() => ({ state: 'failed', failure, retry, retrying: true })}>
        <EventDetail event={head} store={store} links={fakeLinks} onClose={() => {}} />
      </EventDetailsProvider>,
    );
    expect(within(screen.getByRole('alert')).getByRole('button', { name: 'Try again' })).toBeDisabled();
  });

  it('says in French why the shard refused the event, with French typography', () => {
    renderWith({ state: 'refused', reasons: [{ path: 'summary.fr', message: { code: 'translationEmpty' } }] });
    const panel = screen.getByRole('complementary', { name: event.title.fr });
    expect(panel).toHaveTextContent('Cet événement a été écarté\u00a0: ses passages ne respectent pas le format attendu.');
    expect(panel.querySelector('[data-details="refused"] li')?.textContent).toMatch(/^summary\.fr\u00a0: \S/);
  });
});
