import { useId, type ReactNode } from 'react';
import type { Language } from '../shared/i18n/dictionary';
import { useI18n } from '../shared/i18n/language';
import { InternalLink } from '../shared/navigation';
import { PopoverButton } from '../shared/ui/PopoverButton';
import type { Scheme } from '../shared/url/url-state';

interface HeaderProps {
  title: string;
  languageHref: (language: Language) => string;
  scheme: Scheme | null;
  onSchemeChange: (scheme: Scheme | null) => void;
  /** The search box (not in the article reader). */
  search?: ReactNode;
  /** The actions always in sight (share, present). */
  actions?: ReactNode;
  /** The actions in the masthead's menu (print, export), before the theme. */
  menu?: ReactNode;
}

/**
 * The slim masthead: name, serif headline and dek; search, language, a few actions and one menu
 * (print, export, theme). On a phone, two lines: the headline, then the tools.
 */
export function Header({ title, languageHref, scheme, onSchemeChange, search, actions, menu }: HeaderProps) {
  const { t } = useI18n();
  return (
    <header className="site-header">
      <div className="site-title">
        <p className="site-name">{t.app.title}</p>
        <h1>{title}</h1>
        <p className="site-dek">{t.app.dek}</p>
      </div>
      <div className="site-tools">
        {search}
        <LanguageSwitch hrefFor={languageHref} />
        {actions}
        <PopoverButton icon="menu" label={t.app.moreActions} popoverClassName="site-menu">
          {menu}
          <SchemeSwitch scheme={scheme} onChange={onSchemeChange} />
        </PopoverButton>
      </div>
    </header>
  );
}

function LanguageSwitch({ hrefFor }: { hrefFor: (language: Language) => string }) {
  const { t, language } = useI18n();
  return (
    <nav aria-label={t.app.language} className="language-switch">
      {(['fr', 'en'] as const).map((option) => (
        <InternalLink
          key={option}
          href={hrefFor(option)}
          lang={option}
          aria-current={option === language ? 'true' : undefined}
          aria-label={`${option.toUpperCase()} — ${option === 'fr' ? 'Français' : 'English'}`}
        >
          {option.toUpperCase()}
        </InternalLink>
      ))}
    </nav>
  );
}

function SchemeSwitch({ scheme, onChange }: { scheme: Scheme | null; onChange: (scheme: Scheme | null) => void }) {
  const { t } = useI18n();
  const id = useId();
  return (
    <div className="scheme-switch">
      <label htmlFor={id}>{t.app.scheme}</label>
      <select
        id={id}
        value={scheme ?? 'auto'}
        onChange={(event) => onChange(event.target.value === 'auto' ? null : (event.target.value as Scheme))}
      >
        <option value="auto">{t.app.schemeAuto}</option>
        <option value="light">{t.app.schemeLight}</option>
        <option value="dark">{t.app.schemeDark}</option>
      </select>
    </div>
  );
}
