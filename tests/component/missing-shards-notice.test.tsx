/** The notice over a split store whose shards did not all load: what is missing, why, and a retry. */
import { getDefaultNormalizer, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { InvalidEventsNotice } from '../../src/app/data/InvalidEventsNotice';
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

  it('says nothing of shards for a single file', () => {
    renderWithProviders(<InvalidEventsNotice rejected={rejected.slice(0, 1)} dropped={[]} />);
    expect(screen.queryByRole('button')).toBeNull();
    expect(screen.queryByText(/partie de la chronologie/)).toBeNull();
  });
});
