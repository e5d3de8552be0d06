/**
 * Build step: index.html's stylesheets go inline. On a slow link a render-blocking stylesheet
 * costs a round trip before the pre-rendered chronology can paint. The CSP allows exactly these
 * inline styles by their hash (see inlineStyleHashes, used by vite.config.ts).
 */
import { createHash } from 'node:crypto';
import { resolve } from 'node:path';
import type { Plugin } from 'vite';

const STYLESHEET = /<link rel="stylesheet"(?: crossorigin)? href="\/(assets\/[^"]+\.css)">/g;
const INLINE_STYLE = /<style>([\s\S]*?)<\/style>/g;

const INLINE_SCRIPT = /<script>([\s\S]*?)<\/script>/g;
const sha256 = (text: string) => `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;

/** The CSP source for each inline <style> of a page: 'sha256-<base64>' of its exact text. */
export function inlineStyleHashes(html: string): string[] {
  return [...html.matchAll(INLINE_STYLE)].map(([, css]) => sha256(css!));
}

/** The hashes of a page's inline scripts (those with no src), for its CSP's script-src. */
export function inlineScriptHashes(html: string): string[] {
  return [...html.matchAll(INLINE_SCRIPT)].map(([, code]) => sha256(code!));
}

export function inlineInitialCss(root: string): Plugin {
  return {
    name: 'inline-initial-css',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler(html, context) {
        if (resolve(context.filename) !== resolve(root, 'index.html') || !context.bundle) return html;
        const bundle = context.bundle;
        return html.replace(STYLESHEET, (_link, fileName: string) => {
          const asset = bundle[fileName];
          if (!asset || asset.type !== 'asset') throw new Error(`inline-initial-css: ${fileName} is not in the bundle`);
          const css = typeof asset.source === 'string' ? asset.source : new TextDecoder().decode(asset.source);
          if (/<\/style/i.test(css)) throw new Error(`inline-initial-css: ${fileName} contains "</style"`);
          return `<style>${css}</style>`;
        });
      },
    },
  };
}
