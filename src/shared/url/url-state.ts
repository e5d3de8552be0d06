/**
 * What the URL says about the view, so that a shared link reproduces it. Every parameter (see the
 * table in url-params.ts) is parsed defensively: an unknown or malformed value falls back to the
 * default and is reported, never thrown.
 */
import { URL_PARAMS, type ReadContext, type UrlParam, type UrlState } from './url-params';

export type { Scheme, UrlState } from './url-params';

type Entry = { [K in keyof UrlState]: [K, UrlParam<K>] }[keyof UrlState];
const ENTRIES = Object.entries(URL_PARAMS) as Entry[];
type Flag = 'inLinks' | 'inShare' | 'inEmbed' | 'changesFirstView';

const writeField = (field: keyof UrlState, param: Entry[1], state: UrlState, params: URLSearchParams) =>
  (param.write as (value: unknown, params: URLSearchParams, state: UrlState) => void)(state[field], params, state);

export const EMPTY_URL_STATE = Object.fromEntries(ENTRIES.map(([field, param]) => [field, param.empty])) as unknown as UrlState;

export interface ParsedUrlState {
  state: UrlState;
  /** Parameters that were present but (partly) unusable, by name. */
  rejected: string[];
}

export function parseUrlState(search: string): ParsedUrlState {
  const rejected: string[] = [];
  const state: Partial<UrlState> = {};
  const context: ReadContext = {
    params: new URLSearchParams(search),
    state,
    reject: (name) => {
      if (!rejected.includes(name)) rejected.push(name);
    },
  };
  for (const [field, param] of ENTRIES) (state as Record<string, unknown>)[field] = param.read(context);
  return { state: state as UrlState, rejected };
}

export function serializeUrlState(state: UrlState): string {
  const params = new URLSearchParams();
  for (const [field, param] of ENTRIES) writeField(field, param, state, params);
  const search = params.toString().replaceAll('%2C', ',');
  return search ? `?${search}` : '?';
}

/** `state` with every field that `flag` leaves out set back to its default. */
function keeping(state: UrlState, flag: Flag): UrlState {
  const kept = { ...state } as Record<string, unknown>;
  for (const [field, param] of ENTRIES) if (!param[flag]) kept[field] = param.empty;
  return kept as unknown as UrlState;
}

/** What the app's own links carry of the current view. */
export const linkState = (state: UrlState) => keeping(state, 'inLinks');
/** What the share dialog's link and embed code carry of the current view. */
export const sharedState = (state: UrlState) => keeping(state, 'inShare');
/** What the embed page understands of a view. */
export const embedState = (state: UrlState) => keeping(state, 'inEmbed');

/** Whether the view differs from the pre-rendered first view in anything but the language (a field that writes a value does). */
export function changesFirstView(state: UrlState): boolean {
  return ENTRIES.some(([field, param]) => {
    if (!param.changesFirstView) return false;
    const params = new URLSearchParams();
    writeField(field, param, state, params);
    return params.size > 0;
  });
}

/** Every query-string name the app reads. */
export const URL_PARAMETER_NAMES: readonly string[] = ENTRIES.flatMap(([, param]) => param.names);
