import { useId, useState, type ChangeEvent } from 'react';
import { LANGUAGES } from '../../shared/i18n/dictionary';
import { useI18n } from '../../shared/i18n/language';
import { EMBED_HEIGHT, embedHeight, type EmbedOptions, type EmbedScheme } from '../../shared/url/embed-params';

const SCHEMES: readonly EmbedScheme[] = ['auto', 'light', 'dark'];
const LANGUAGE_NAMES = { fr: 'Français', en: 'English' } as const;

/** The embed's options: height, list, colour scheme, language. */
export function EmbedOptionsForm({ options, onChange }: { options: EmbedOptions; onChange: (next: Partial<EmbedOptions>) => void }) {
  const { t } = useI18n();
  const ids = { height: useId(), heightHelp: useId() };
  const [heightText, setHeightText] = useState(String(options.height));
  const onHeight = (event: ChangeEvent<HTMLInputElement>) => {
    setHeightText(event.target.value);
    const value = Number(event.target.value);
    if (event.target.value !== '' && Number.isFinite(value)) onChange({ height: embedHeight(value) });
  };

  return (
    <form className="share-options" aria-label={t.embed.options} onSubmit={(event) => event.preventDefault()}>
      <div className="share-field">
        <label htmlFor={ids.height}>{t.embed.height}</label>
        <input
          id={ids.height}
          type="number"
          inputMode="numeric"
          min={EMBED_HEIGHT.min}
          max={EMBED_HEIGHT.max}
          step={10}
          value={heightText}
          aria-describedby={ids.heightHelp}
          onChange={onHeight}
          onBlur={() => setHeightText(String(options.height))}
        />
        <p id={ids.heightHelp} className="share-help">
          {t.embed.heightHelp(EMBED_HEIGHT.min, EMBED_HEIGHT.max)}
        </p>
      </div>
      <div className="share-field share-check">
        <label>
          <input type="checkbox" checked={options.list} onChange={(event) => onChange({ list: event.target.checked })} />
          {t.embed.showList}
        </label>
      </div>
      <fieldset className="share-field">
        <legend>{t.app.scheme}</legend>
        {SCHEMES.map((scheme) => (
          <label key={scheme}>
            <input
              type="radio"
              name="share-scheme"
              value={scheme}
              checked={options.scheme === scheme}
              onChange={() => onChange({ scheme })}
            />
            {scheme === 'auto' ? t.app.schemeAuto : scheme === 'light' ? t.app.schemeLight : t.app.schemeDark}
          </label>
        ))}
      </fieldset>
      <fieldset className="share-field">
        <legend>{t.app.language}</legend>
        {LANGUAGES.map((lang) => (
          <label key={lang} lang={lang}>
            <input type="radio" name="share-lang" value={lang} checked={options.lang === lang} onChange={() => onChange({ lang })} />
            {LANGUAGE_NAMES[lang]}
          </label>
        ))}
      </fieldset>
    </form>
  );
}
