import type { Language } from './dictionary';

/** The reader's language when the address names none: French for any French locale, else English. */
export function browserLanguage(): Language {
  return navigator.languages.some((tag) => tag.toLowerCase().startsWith('fr')) || navigator.language.toLowerCase().startsWith('fr')
    ? 'fr'
    : 'en';
}
