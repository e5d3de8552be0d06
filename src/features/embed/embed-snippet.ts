/** The embed code a host page pastes: an iframe, and the optional loader script that resizes it. */
import { escapeHtml } from '../../shared/html-escape';
import { embedHeight } from '../../shared/url/embed-params';

/** Marks the iframes the loader may resize. */
export const EMBED_ATTRIBUTE = 'data-chronique-embed';

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
    `<iframe src="${escapeHtml(src)}" title="${escapeHtml(title)}" width="100%" height="${embedHeight(height)}"` +
    ` style="border:0;width:100%;max-width:100%" loading="lazy" referrerpolicy="strict-origin-when-cross-origin"` +
    ` ${EMBED_ATTRIBUTE}></iframe>`;
  return loaderSrc ? `${iframe}\n<script src="${escapeHtml(loaderSrc)}" async></script>` : iframe;
}
