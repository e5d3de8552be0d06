/** The embed code a host page pastes: an iframe, and the optional loader script that resizes it. */
import type { Language } from '../../shared/i18n/dictionary';

export type EmbedScheme = 'auto' | 'light' | 'dark';

/** What the share dialog lets the reader choose about an embed (the view itself comes from the app). */
export interface EmbedOptions {
  height: number;
  list: boolean;
  scheme: EmbedScheme;
  lang: Language;
}

/** The embed's height in pixels: the iframe's first height, and the frame it is laid out for. */
export const EMBED_HEIGHT = { min: 240, max: 2000, default: 560 } as const;

/** A usable height: whole pixels within bounds; anything else is the default. */
export function embedHeight(value: number): number {
  if (!Number.isFinite(value)) return EMBED_HEIGHT.default;
  return Math.min(EMBED_HEIGHT.max, Math.max(EMBED_HEIGHT.min, Math.round(value)));
}

/** Marks the iframes the loader may resize. */
export const EMBED_ATTRIBUTE = 'data-chronique-embed';

const escapeAttribute = (value: string) =>
  value.replaceAll('&', '&amp;').replaceAll('"', '&quot;').replaceAll('<', '&lt;').replaceAll('>', '&gt;');

export interface SnippetInput {
  /** Absolute URL of the embed page, options included. */
  src: string;
  /** Absolute URL of embed-loader.js; omitted: the iframe alone. */
  loaderSrc?: string;
  title: string;
  height: number;
}

/**
 * The HTML to paste. `loading="lazy"` defers an off-screen embed; strict-origin-when-cross-origin
 * sends the host's origin (never its path): the embed needs it to address its messages to the
 * host only.
 */
export function embedSnippet({ src, loaderSrc, title, height }: SnippetInput): string {
  const iframe =
    `<iframe src="${escapeAttribute(src)}" title="${escapeAttribute(title)}" width="100%" height="${embedHeight(height)}"` +
    ` style="border:0;width:100%;max-width:100%" loading="lazy" referrerpolicy="strict-origin-when-cross-origin"` +
    ` ${EMBED_ATTRIBUTE}></iframe>`;
  return loaderSrc ? `${iframe}\n<script src="${escapeAttribute(loaderSrc)}" async></script>` : iframe;
}
