import { useEffect, useId, useRef, useState, type ChangeEvent } from 'react';
import { LANGUAGES } from '../../shared/i18n/dictionary';
import { useI18n } from '../../shared/i18n/language';
import { EMBED_HEIGHT, embedHeight, type EmbedOptions, type EmbedScheme } from '../../shared/url/embed-params';
import { embedSnippet } from './embed-snippet';
import './share-dialog.css';

export interface ShareDialogProps {
  open: boolean;
  /** Called when the dialog closes itself (Escape, the close button). */
  onClose: () => void;
  /** Absolute URL of the embed page showing the current view with these options. */
  embedUrl: (options: EmbedOptions) => string;
  /** Absolute URL of the current view in the app: the direct link. */
  pageUrl: string;
  /** Absolute URL of embed-loader.js. */
  loaderUrl: string;
  /** The iframe's title, announced by screen readers on the host page. */
  frameTitle: string;
  /** The options the form starts with. */
  initial: EmbedOptions;
}

const SCHEMES: readonly EmbedScheme[] = ['auto', 'light', 'dark'];
const LANGUAGE_NAMES = { fr: 'Français', en: 'English' } as const;
/** The preview reloads when the options rest this long (ms), not at every keystroke. */
const PREVIEW_DELAY = 400;

type CopyStatus = { target: 'snippet' | 'link'; ok: boolean } | null;

/**
 * "Share": the embed code for the current view, with its options and a live preview, and the
 * direct link. A native modal <dialog>: the browser traps focus, Escape closes it, and focus
 * returns to the button that opened it.
 */
/**
 * The preview shows the same view from the site the reader is on: the snippet's origin may be
 * the public one (SITE_ORIGIN), which a preview deployment's CSP (frame-src 'self') would block.
 */
const onThisSite = (url: string) => {
  const parsed = new URL(url, window.location.href);
  return `${parsed.pathname}${parsed.search}`;
};

export function ShareDialog({ open, onClose, embedUrl, pageUrl, loaderUrl, frameTitle, initial }: ShareDialogProps) {
  const { t } = useI18n();
  const ids = { title: useId(), height: useId(), heightHelp: useId(), snippet: useId(), snippetHelp: useId(), link: useId() };
  const dialogRef = useRef<HTMLDialogElement>(null);
  const snippetRef = useRef<HTMLTextAreaElement>(null);
  const linkRef = useRef<HTMLInputElement>(null);
  const [options, setOptions] = useState<EmbedOptions>(initial);
  const [heightText, setHeightText] = useState(String(initial.height));
  const [copyStatus, setCopyStatus] = useState<CopyStatus>(null);
  const src = embedUrl(options);
  const [previewSrc, setPreviewSrc] = useState(src);
  const snippet = embedSnippet({ src, loaderSrc: loaderUrl, title: frameTitle, height: options.height });

  useEffect(() => {
    const dialog = dialogRef.current;
    if (!dialog) return;
    if (open && !dialog.open) {
      if (typeof dialog.showModal === 'function') dialog.showModal();
      else dialog.setAttribute('open', '');
    } else if (!open && dialog.open) {
      if (typeof dialog.close === 'function') dialog.close();
      else dialog.removeAttribute('open');
    }
  }, [open]);

  useEffect(() => {
    const timer = window.setTimeout(() => setPreviewSrc(src), PREVIEW_DELAY);
    return () => window.clearTimeout(timer);
  }, [src]);

  const close = () => {
    const dialog = dialogRef.current;
    // close() fires the dialog's close event, which calls onClose.
    if (dialog?.open && typeof dialog.close === 'function') dialog.close();
    else onClose();
  };

  const change = (next: Partial<EmbedOptions>) => {
    setOptions((current) => ({ ...current, ...next }));
    setCopyStatus(null);
  };
  const onHeight = (event: ChangeEvent<HTMLInputElement>) => {
    setHeightText(event.target.value);
    const value = Number(event.target.value);
    if (event.target.value !== '' && Number.isFinite(value)) change({ height: embedHeight(value) });
  };

  const copy = async (target: 'snippet' | 'link') => {
    const field = target === 'snippet' ? snippetRef.current : linkRef.current;
    const text = target === 'snippet' ? snippet : pageUrl;
    try {
      if (!navigator.clipboard) throw new Error('no clipboard');
      await navigator.clipboard.writeText(text);
      setCopyStatus({ target, ok: true });
    } catch {
      // Without clipboard access, select the text so that Ctrl+C / ⌘C copies it.
      field?.focus();
      field?.select();
      setCopyStatus({ target, ok: false });
    }
  };

  const status = (target: 'snippet' | 'link') =>
    copyStatus?.target === target ? (copyStatus.ok ? t.embed.copied : t.embed.copyFailed) : '';

  return (
    <dialog ref={dialogRef} className="share-dialog" aria-labelledby={ids.title} onClose={onClose} data-share-dialog="">
      <div className="share-top">
        <h2 id={ids.title}>{t.embed.shareTitle}</h2>
        <button type="button" className="share-close" onClick={close}>
          {t.embed.close}
        </button>
      </div>

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
            <input type="checkbox" checked={options.list} onChange={(event) => change({ list: event.target.checked })} />
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
                onChange={() => change({ scheme })}
              />
              {scheme === 'auto' ? t.app.schemeAuto : scheme === 'light' ? t.app.schemeLight : t.app.schemeDark}
            </label>
          ))}
        </fieldset>
        <fieldset className="share-field">
          <legend>{t.app.language}</legend>
          {LANGUAGES.map((lang) => (
            <label key={lang} lang={lang}>
              <input type="radio" name="share-lang" value={lang} checked={options.lang === lang} onChange={() => change({ lang })} />
              {LANGUAGE_NAMES[lang]}
            </label>
          ))}
        </fieldset>
      </form>

      <section className="share-preview" aria-label={t.embed.preview}>
        <h3>{t.embed.preview}</h3>
        {open && <iframe src={onThisSite(previewSrc)} title={frameTitle} loading="lazy" height={options.height} data-share-preview="" />}
      </section>

      <div className="share-field">
        <label htmlFor={ids.snippet}>{t.embed.snippet}</label>
        <p id={ids.snippetHelp} className="share-help">
          {t.embed.snippetHelp}
        </p>
        <textarea
          ref={snippetRef}
          id={ids.snippet}
          readOnly
          rows={5}
          value={snippet}
          aria-describedby={ids.snippetHelp}
          spellCheck={false}
        />
        <div className="share-copy">
          <button type="button" onClick={() => void copy('snippet')}>
            {t.embed.copy}
          </button>
          <p role="status" className="share-status">
            {status('snippet')}
          </p>
        </div>
      </div>

      <div className="share-field">
        <label htmlFor={ids.link}>{t.embed.directLink}</label>
        <input ref={linkRef} id={ids.link} type="url" readOnly value={pageUrl} spellCheck={false} />
        <div className="share-copy">
          <button type="button" onClick={() => void copy('link')}>
            {t.embed.copyLink}
          </button>
          <p role="status" className="share-status">
            {status('link')}
          </p>
        </div>
      </div>
    </dialog>
  );
}
