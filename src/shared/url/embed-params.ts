/**
 * The embed page's URL: the app's parameters (event, q, filters, range, lang, scheme — parsed by
 * url-state.ts) plus two of its own:
 *   height=<px>   the height the embed is laid out for (EMBED_HEIGHT bounds)
 *   list=0|1      the chronology list shown (default) or not
 * and scheme=auto, the default, spelled out. Anything unusable falls back to its default.
 */
import type { Language } from '../i18n/dictionary';
import type { ParamDoc } from './url-params';
import { embedState, EMPTY_URL_STATE, parseUrlState, serializeUrlState, type UrlState } from './url-state';

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

/** The embed page's own parameters, beside the app's (url-params.ts), with their README rows. */
export const EMBED_OWN_PARAMETER_DOCS = {
  height: {
    syntax: '`height=<px>`',
    meaning: `the embed page only: the height it is laid out for (${EMBED_HEIGHT.min}–${EMBED_HEIGHT.max}, default ${EMBED_HEIGHT.default})`,
  },
  list: { syntax: '`list=0\\|1`', meaning: 'the embed page only: whether it shows the list (default 1)' },
} as const satisfies Record<string, ParamDoc>;
export const EMBED_OWN_PARAMETERS = Object.keys(EMBED_OWN_PARAMETER_DOCS) as (keyof typeof EMBED_OWN_PARAMETER_DOCS)[];

export interface EmbedParams {
  state: UrlState;
  height: number;
  list: boolean;
  /** Parameters present but unusable, by name. */
  rejected: string[];
}

export function parseEmbedParams(search: string): EmbedParams {
  const params = new URLSearchParams(search);
  const rejected: string[] = [];
  if (params.get('scheme') === 'auto') params.delete('scheme');
  const parsed = parseUrlState(params.toString());
  rejected.push(...parsed.rejected);

  let height: number = EMBED_HEIGHT.default;
  const rawHeight = params.get('height');
  if (rawHeight !== null) {
    const value = /^\d{1,5}$/.test(rawHeight) ? Number(rawHeight) : NaN;
    if (value >= EMBED_HEIGHT.min && value <= EMBED_HEIGHT.max) height = value;
    else rejected.push('height');
  }

  let list = true;
  const rawList = params.get('list');
  if (rawList === '0') list = false;
  else if (rawList !== null && rawList !== '1') rejected.push('list');

  // The embed shows a view of the timeline: no article reader, no presentation.
  const state = embedState(parsed.state);
  return { state, height, list, rejected };
}

/** The view to embed, as the embed page's query string (always starting with '?'). */
export function serializeEmbedParams(view: Pick<UrlState, 'event' | 'query' | 'filters' | 'range'>, options: EmbedOptions): string {
  const search = serializeUrlState(
    embedState({ ...EMPTY_URL_STATE, ...view, lang: options.lang, scheme: options.scheme === 'auto' ? null : options.scheme }),
  );
  const params = new URLSearchParams(search);
  params.set('height', String(embedHeight(options.height)));
  if (!options.list) params.set('list', '0');
  return `?${params.toString().replaceAll('%2C', ',')}`;
}
