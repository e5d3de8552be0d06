/** The notice over a split store whose shards did not all load: what is missing, why, and a retry. */
import { getDefaultNormalizer, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { InvalidEventsNotice } from '../../src/app/data/InvalidEventsNotice';
import type { Reason } from '../../src/store/reasons';
import { renderWithProviders } from '../helpers/render';

const missing = [{ shard: 'shards/0001.json', reason: 'HTTP 404' }];
const notLoaded = { path: '', message: { code: 'shard-not-loaded', shard: 'shards/0001.json', failure: 'HTTP 404' } } as const;
const rejected = [
  { index: 3, id: 'sommet-de-la-haye', reasons: [notLoaded] },
  { index: 9, id: 'visite-a-kyiv', reasons: [notLoaded] },
];

describe('InvalidEventsNotice with missing shards', () => {
  it('says in English that a part is missing, names the shard and the reason, and retries on a click', async () => {
    const onRetry = vi.fn();
    renderWithProviders(<InvalidEventsNotice rejected={rejected} dropped={[]} missing={missing} onRetry={onRetry} />, {
      language: 'en',
    });
    expect(screen.getByText('One part of the chronology could not be loaded; its events are missing.')).toBeTruthy();
    expect(screen.getByText('2 events could not be shown.')).toBeTruthy();
    expect(screen.getByText('shards/0001.json').closest('li')!.textContent).toBe('shards/0001.json — HTTP 404');
    await userEvent.click(screen.getByRole('button', { name: 'Try again' }));
    expect(onRetry).toHaveBeenCalledTimes(1);
  });

  it('in French, with its typography, and no retry while one is under way', () => {
    renderWithProviders(
      <InvalidEventsNotice
        rejected={rejected}
        dropped={[]}
        missing={[...missing, { shard: 'shards/0002.json', reason: 'HTTP 500' }]}
        onRetry={() => {}}
        retrying
      />,
    );
    // The default normaliser would turn the narrow no-break space into a space: compare as written.
    const asWritten = { normalizer: getDefaultNormalizer({ collapseWhitespace: false }) };
    expect(
      screen.getByText('2 parties de la chronologie n’ont pas pu être chargées\u202f; leurs événements manquent.', asWritten),
    ).toBeTruthy();
    expect((screen.getByRole('button', { name: 'Réessayer' }) as HTMLButtonElement).disabled).toBe(true);
  });

  it('says why a shard was refused in the reader’s language', async () => {
    const refusal: Reason[] = [{ path: '', message: { code: 'shard-position-differs', found: '3', expected: 0 } }];
    const refused = [{ shard: 'shards/0000.json', reason: refusal }];
    const notHad: Reason = { path: '', message: { code: 'shard-not-loaded', shard: 'shards/0000.json', failure: refusal } };
    const event = { index: 0, id: 'sommet-de-la-haye', reasons: [notHad] };
    const reasons = async (language: 'fr' | 'en') => {
      const { unmount } = renderWithProviders(<InvalidEventsNotice rejected={[event]} dropped={[]} missing={refused} />, { language });
      await userEvent.click(screen.getByText(language === 'fr' ? 'Voir pourquoi' : 'Show why'));
      const shown = screen.getAllByRole('listitem').map((item) => item.textContent);
      unmount();
      return shown;
    };
    expect(await reasons('fr')).toEqual([
      'shards/0000.json — il dit être le fragment 3, et non le 0',
      expect.stringContaining('shards/0000.json n’a pas pu être chargé\u00a0: il dit être le fragment 3, et non le 0'),
      'shards/0000.json n’a pas pu être chargé\u00a0: il dit être le fragment 3, et non le 0',
    ]);
    expect(await reasons('en')).toEqual([
      'shards/0000.json — it says it is shard 3, not 0',
      expect.stringContaining('shards/0000.json could not be loaded: it says it is shard 3, not 0'),
      'shards/0000.json could not be loaded: it says it is shard 3, not 0',
    ]);
  });

  it('says nothing of shards for a single file', () => {
    renderWithProviders(<InvalidEventsNotice rejected={rejected.slice(0, 1)} dropped={[]} />);
    expect(screen.queryByRole('button')).toBeNull();
    expect(screen.queryByText(/partie de la chronologie/)).toBeNull();
  });
});
