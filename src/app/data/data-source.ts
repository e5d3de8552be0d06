/**
 * Which store the app loads: the built-in one, or `?data=<url>` — a same-origin path, or a URL on
 * an origin of the allow-list fixed at build time (VITE_DATA_ORIGINS, comma-separated; the CSP's
 * connect-src must list the same origins). Anything else is refused with a reason, never replaced
 * silently by another store.
 */
import { BUILT_IN_STORE_URL } from './store-query';

export type DataSource = { url: string } | { error: 'not-allowed' | 'malformed'; value: string };

const MAX_LENGTH = 2048;

/** Origins from a comma-separated list; entries that are not bare http(s) origins are ignored. */
export function parseAllowList(raw: string | undefined): string[] {
  if (!raw) return [];
  return raw
    .split(',')
    .map((entry) => entry.trim())
    .filter(
      (entry) => URL.canParse(entry) && /^https?:$/.test(new URL(entry).protocol) && new URL(entry).origin === entry.replace(/\/$/, ''),
    )
    .map((entry) => new URL(entry).origin);
}

export const BUILD_ALLOW_LIST: readonly string[] = parseAllowList(import.meta.env?.VITE_DATA_ORIGINS as string | undefined);

export function resolveDataUrl(
  search: string,
  location: Pick<Location, 'href' | 'origin'>,
  allowList: readonly string[] = BUILD_ALLOW_LIST,
): DataSource {
  const value = new URLSearchParams(search).get('data');
  if (value === null) return { url: BUILT_IN_STORE_URL };
  // Control characters and backslashes are where browsers and URL parsers disagree: refuse them.
  // eslint-disable-next-line no-control-regex -- matching control characters is the point
  if (value === '' || value.length > MAX_LENGTH || /[\u0000-\u001f\u007f\\]/.test(value)) return { error: 'malformed', value };
  const relative = value.startsWith('/') && !value.startsWith('//');
  const absolute = /^https?:\/\//i.test(value);
  if (!relative && !absolute) return { error: URL.canParse(value) ? 'not-allowed' : 'malformed', value };
  if (!URL.canParse(value, location.href)) return { error: 'malformed', value };
  const url = new URL(value, location.href);
  if (url.username || url.password) return { error: 'not-allowed', value };
  if (url.origin === location.origin) return { url: url.pathname + url.search };
  if (allowList.includes(url.origin)) return { url: url.href };
  return { error: 'not-allowed', value };
}
