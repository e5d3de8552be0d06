import { useState } from 'react';
import { ShareDialog } from './ShareDialog';
import { Button } from '../../shared/ui/Button';
import { useI18n } from '../../shared/i18n/language';
import { serializeUrlState, sharedState, type UrlState } from '../../shared/url/url-state';
import { EMBED_HEIGHT, serializeEmbedParams, type EmbedOptions } from '../../shared/url/embed-params';

/**
 * Absolute URLs of the app's pages: on SITE_ORIGIN when the build was given one (so that a
 * preview or a mirror still shares the public address), otherwise on the origin that serves it.
 */
const here = (path: string) => {
  const siteOrigin = import.meta.env.VITE_SITE_ORIGIN;
  const base = siteOrigin ? new URL(window.location.pathname, siteOrigin) : new URL(window.location.href);
  return new URL(path, base).href;
};

/**
 * The Share dialog wired to the app's URL format: the embed code and the direct link of `state`.
 * Mounted only while open, so the form starts from the current view each time.
 */
export function AppShareDialog({ open, onClose, state, title }: { open: boolean; onClose: () => void; state: UrlState; title: string }) {
  const { t, language } = useI18n();
  if (!open) return null;
  const view = sharedState(state);
  const initial: EmbedOptions = { height: EMBED_HEIGHT.default, list: true, scheme: state.scheme ?? 'auto', lang: state.lang ?? language };
  return (
    <ShareDialog
      open={open}
      onClose={onClose}
      embedUrl={(options) => here(`embed.html${serializeEmbedParams(view, options)}`)}
      pageUrl={here(`./${serializeUrlState(view)}`)}
      loaderUrl={here('embed-loader.js')}
      frameTitle={t.embed.frameTitle(title)}
      initial={initial}
    />
  );
}

/** The "Share" button and its dialog, for the app's header. */
export function ShareButton({ state, title }: { state: UrlState; title: string }) {
  const { t } = useI18n();
  const [open, setOpen] = useState(false);
  return (
    <>
      <Button
        icon="share"
        className="share-button"
        aria-label={t.embed.share}
        aria-haspopup="dialog"
        onClick={() => setOpen(true)}
        data-share-button=""
      >
        {t.embed.share}
      </Button>
      <AppShareDialog open={open} onClose={() => setOpen(false)} state={state} title={title} />
    </>
  );
}
