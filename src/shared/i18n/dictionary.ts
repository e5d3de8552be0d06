/**
 * Every interface string, French and English, in one typed dictionary. The French strings (fr.ts)
 * define its shape; the English (en.ts) is typed from it, so a key missing in one language does
 * not compile (and tests/unit/i18n.test.ts checks it at run time too). Each feature keeps its
 * strings in its own section. `dictionaries.ts` holds both languages.
 */
import type { fr } from './fr';

export type Language = 'fr' | 'en';
export const LANGUAGES: readonly Language[] = ['fr', 'en'];

export type Dictionary = typeof fr;
