import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { InvalidEventsNotice } from '../../src/app/data/InvalidEventsNotice';
import { parseStore } from '../../src/store/parse-store';
import { readBuiltStore } from '../helpers/built-store';
import { renderWithProviders } from '../helpers/render';

/** The built store with four events broken in four ways, and one unsafe outside source. */
function brokenStore() {
  const store: any = structuredClone(readBuiltStore());
  store.events[1].date.start = '2025-02-30';
  store.events[2].date.end = '2000-01-01';
  store.events[3].actors.push('nobody-known');
  store.events[4].evidence[0].start += 1;
  store.events[5].corroboration.push({ url: 'javascript:alert(1)', site: 'x' });
  const result = parseStore(store);
  if (!result.ok) throw new Error('expected a usable store');
  return result;
}

async function reasonsShown(language: 'fr' | 'en') {
  const { rejected, dropped } = brokenStore();
  renderWithProviders(<InvalidEventsNotice rejected={rejected} dropped={dropped} />, { language });
  await userEvent.click(screen.getByText(language === 'fr' ? 'Voir pourquoi' : 'Show why'));
  return within(screen.getByRole('region'))
    .getAllByRole('listitem')
    .map((item) => item.textContent ?? '');
}

describe('the invalid-events notice', () => {
  it('gives every reason in French in the French interface, none in zod’s or the builder’s English', async () => {
    const text = (await reasonsShown('fr')).join('\n');
    expect(text).toContain('ce jour n’existe pas au calendrier');
    expect(text).toContain('la fin précède le début');
    expect(text).toContain('entité inconnue «\u202fnobody-known\u202f»');
    expect(text).toContain('la citation ne correspond pas');
    expect(text).toContain('seuls les liens en http ou https sont admis');
    expect(text).not.toMatch(/\b(the|not|unknown|expected|only|does)\b/);
  });

  it('gives the same reasons in English in the English interface', async () => {
    const text = (await reasonsShown('en')).join('\n');
    expect(text).toContain('not a calendar day');
    expect(text).toContain('the end precedes the start');
    expect(text).toContain('unknown entity "nobody-known"');
    expect(text).toContain('only http: and https: links are allowed');
  });
});
