import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const source = readFileSync(new URL('../../scripts/first-view-language.js', import.meta.url), 'utf8');

/** Runs scripts/first-view-language.js against a fake page; returns the <html lang> it set. */
function chosenLanguage(search: string, languages: string[], language = languages[0] ?? ''): string {
  const documentElement = { lang: 'fr' };
  new Function('location', 'navigator', 'document', source)({ search }, { languages, language }, { documentElement });
  return documentElement.lang;
}

describe('the pre-rendered copy chosen before the first paint', () => {
  it('follows ?lang= first, then the browser’s languages, as the app does', () => {
    expect(chosenLanguage('?lang=en', ['fr-FR'])).toBe('en');
    expect(chosenLanguage('?lang=fr', ['en-GB'])).toBe('fr');
    expect(chosenLanguage('', ['en-GB', 'fr'])).toBe('fr');
    expect(chosenLanguage('', ['FR-ca'])).toBe('fr');
    expect(chosenLanguage('', ['en-US'])).toBe('en');
    expect(chosenLanguage('', ['de-DE', 'nl'])).toBe('en');
    expect(chosenLanguage('', [], 'fr-BE')).toBe('fr');
    expect(chosenLanguage('?lang=de', ['de-DE'])).toBe('en');
  });
});
