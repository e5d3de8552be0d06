/** Both languages' strings, by language: what `useI18n` and the build-time renderers pick from. */
import type { Dictionary, Language } from './dictionary';
import { en } from './en';
import { fr } from './fr';

export const dictionaries: Record<Language, Dictionary> = { fr, en };
