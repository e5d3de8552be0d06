/**
 * Every interface string, French and English, in one typed dictionary. English is typed from
 * French, so a key missing in one language does not compile (and tests/unit/i18n.test.ts checks
 * it at run time too). Each feature keeps its strings in its own section.
 */

export type Language = 'fr' | 'en';
export const LANGUAGES: readonly Language[] = ['fr', 'en'];

const fr = {
  app: {
    title: 'chronique',
    skipToContent: 'Aller au contenu',
    loading: 'Chargement de la chronologie…',
    loadFailedTitle: 'La chronologie n’a pas pu être chargée',
    loadFailedHelp: 'Vérifiez votre connexion, puis réessayez. Si le problème persiste, le fichier de données est peut-être endommagé.',
    invalidStoreTitle: 'Le fichier de données n’est pas valide',
    invalidStoreHelp: 'Le fichier a été chargé mais ne respecte pas le format attendu. Détails :',
    retry: 'Réessayer',
    source: 'Source',
    eventCount: (count: number) => `${count} événement${count > 1 ? 's' : ''}`,
    language: 'Langue',
    featureFailed: 'Cette partie de la page a rencontré une erreur.',
  },
  timeline: {},
  detail: {},
  reader: {},
};

export type Dictionary = typeof fr;

const en: Dictionary = {
  app: {
    title: 'chronique',
    skipToContent: 'Skip to content',
    loading: 'Loading the chronology…',
    loadFailedTitle: 'The chronology could not be loaded',
    loadFailedHelp: 'Check your connection, then try again. If the problem persists, the data file may be damaged.',
    invalidStoreTitle: 'The data file is not valid',
    invalidStoreHelp: 'The file was loaded but does not follow the expected format. Details:',
    retry: 'Try again',
    source: 'Source',
    eventCount: (count: number) => `${count} event${count > 1 ? 's' : ''}`,
    language: 'Language',
    featureFailed: 'This part of the page ran into an error.',
  },
  timeline: {},
  detail: {},
  reader: {},
};

export const dictionaries: Record<Language, Dictionary> = { fr, en };
