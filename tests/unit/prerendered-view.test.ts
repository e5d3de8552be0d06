import { describe, expect, it } from 'vitest';
import { showsPrerenderedView } from '../../src/app/prerender/prerendered-view';

describe('whether the pre-rendered chronology may stay until the app replaces it', () => {
  it('stays for the built-in store in either language with nothing selected (both are pre-rendered)', () => {
    expect(showsPrerenderedView('', 'fr')).toBe(true);
    expect(showsPrerenderedView('?lang=fr', 'en')).toBe(true);
    expect(showsPrerenderedView('', 'en')).toBe(true);
    expect(showsPrerenderedView('?lang=en', 'fr')).toBe(true);
  });

  it('stays when only the timeline range or the colour scheme is set: the list is the same', () => {
    expect(showsPrerenderedView('?range=2024-01-01..2025-01-01&scheme=dark', 'fr')).toBe(true);
  });

  it.each([
    ['a language the page does not have', '?lang=de', 'fr'],
    ['a search', '?q=madrid', 'fr'],
    ['a filter', '?kinds=summit', 'fr'],
    ['a selected event', '?event=sommet-de-madrid', 'fr'],
    ['an article', '?article=le-monde', 'fr'],
    ['a presentation', '?slide=2', 'fr'],
    ['another store', '?data=/other.json', 'fr'],
    ['an empty ?data=, which the app refuses', '?data=', 'fr'],
    ['a malformed parameter, which the app reports', '?event=NOT%20AN%20ID', 'fr'],
  ] as const)('goes at once for %s', (_case, search, language) => {
    expect(showsPrerenderedView(search, language)).toBe(false);
  });
});
