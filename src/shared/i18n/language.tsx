import { createContext, useContext, type ReactNode } from 'react';
import { dictionaries, type Dictionary, type Language } from './dictionary';

interface LanguageValue {
  language: Language;
  t: Dictionary;
}

const LanguageContext = createContext<LanguageValue>({ language: 'fr', t: dictionaries.fr });

export function LanguageProvider({ language, children }: { language: Language; children: ReactNode }) {
  return <LanguageContext.Provider value={{ language, t: dictionaries[language] }}>{children}</LanguageContext.Provider>;
}

/** The interface language and its strings. */
export function useI18n(): LanguageValue {
  return useContext(LanguageContext);
}
