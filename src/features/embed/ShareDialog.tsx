import { useEffect, useId, useRef, useState, type RefObject } from 'react';
import { useI18n } from '../../shared/i18n/language';
import type { EmbedOptions } from '../../shared/url/embed-params';
import { CopyField } from './CopyField';
import { EmbedOptionsForm } from './EmbedOptionsForm';
import { embedSnippet } from './embed-snippet';
import '../../shared/ui/ui.css';
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

/** The preview reloads when the options rest this long (ms), not at every keystroke. */
const PREVIEW_DELAY = 400;

/**
 * The preview shows the same view from the site the reader is on: the snippet's origin may be
 * the public one (SITE_ORIGIN), which a preview deployment's CSP (frame-src 'self') would block.
 */
const onThisSite = (url: string) => {
  const parsed = new URL(url, window.location.href);
  return `${parsed.pathname}${parsed.search}`;
};

/** Opens `dialog` as a modal while `open` (the browser then traps focus and Escape closes it). */
function useModal(dialogRef: RefObject<HTMLDialogElement | null>, open: boolean) {
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
  }, [dialogRef, open]);
}

/**
 * "Share": the embed code for the current view, with its options and a live preview, and the
 * direct link. A native modal <dialog>: the browser traps focus, Escape closes it, and focus
 * returns to the button that opened it.
 */
export function ShareDialog({ open, onClose, embedUrl, pageUrl, loaderUrl, frameTitle, initial }: ShareDialogProps) {
  const { t } = useI18n();
  const titleId = useId();
  const dialogRef = useRef<HTMLDialogElement>(null);
  const [options, setOptions] = useState<EmbedOptions>(initial);
  const src = embedUrl(options);
  const [previewSrc, setPreviewSrc] = useState(src);
  const snippet = embedSnippet({ src, loaderSrc: loaderUrl, title: frameTitle, height: options.height });
  useModal(dialogRef, open);

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

  return (
    <dialog ref={dialogRef} className="share-dialog" aria-labelledby={titleId} onClose={onClose} data-share-dialog="">
      <div className="share-top">
        <h2 id={titleId}>{t.embed.shareTitle}</h2>
        <button type="button" className="ui-button-large share-close" onClick={close}>
          {t.embed.close}
        </button>
      </div>
      <EmbedOptionsForm options={options} onChange={(next) => setOptions((current) => ({ ...current, ...next }))} />
      <section className="share-preview" aria-label={t.embed.preview}>
        <h3>{t.embed.preview}</h3>
        {open && <iframe src={onThisSite(previewSrc)} title={frameTitle} loading="lazy" height={options.height} data-share-preview="" />}
      </section>
      <CopyField label={t.embed.snippet} help={t.embed.snippetHelp} text={snippet} copyLabel={t.embed.copy} multiline />
      <CopyField label={t.embed.directLink} text={pageUrl} copyLabel={t.embed.copyLink} />
    </dialog>
  );
}
