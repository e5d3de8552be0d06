import { createContext, useContext, useMemo, type ReactNode } from 'react';
import { dictionaries } from './dictionaries';
import type { Dictionary, Language } from './dictionary';

interface LanguageValue {
  language: Language;
  t: Dictionary;
}

const LanguageContext = createContext<LanguageValue>({ language: 'fr', t: dictionaries.fr });

export function LanguageProvider({ language, children }: { language: Language; children: ReactNode }) {
  // One value per language, so consumers re-render when the language changes, not on every render.
  const value = useMemo(() => ({ language, t: dictionaries[language] }), [language]);
  return <LanguageContext.Provider value={value}>{children}</LanguageContext.Provider>;
}

/** The interface language and its strings. */
export function useI18n(): LanguageValue {
  return useContext(LanguageContext);
}
