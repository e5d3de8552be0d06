/**
 * SITE_ORIGIN, the build-time setting that makes absolute every URL leaving the site (oEmbed,
 * canonical and hreflang links, social cards, sitemap, robots.txt, the share snippet's default).
 * Unset or empty: those URLs stay root-relative, and the build says so.
 */

export type SiteOrigin = string | null;

export class SiteOriginError extends Error {
  override name = 'SiteOriginError';
}

const EXAMPLE = 'write it as scheme://host[:port], for example SITE_ORIGIN=https://example.org';

/** The origin, without a trailing slash; null when unset. Throws SiteOriginError when malformed. */
export function parseSiteOrigin(raw: string | undefined): SiteOrigin {
  const value = raw?.trim() ?? '';
  if (value === '') return null;
  const fail = (why: string) => new SiteOriginError(`SITE_ORIGIN "${raw}" is not a usable origin: ${why}; ${EXAMPLE}.`);
  if (!URL.canParse(value)) throw fail('it is not a URL');
  const url = new URL(value);
  if (url.protocol !== 'https:' && url.protocol !== 'http:')
    throw fail(`its scheme is ${url.protocol.replace(':', '')}, not http or https`);
  if (url.username !== '' || url.password !== '') throw fail('it holds a user name or password');
  if (url.search !== '' || url.hash !== '' || value.includes('?') || value.includes('#')) throw fail('it has a query or a fragment');
  if (url.pathname !== '/') throw fail(`it has a path (${url.pathname}); the app is served from the root of its origin`);
  if (!/^https?:\/\/[^/]+\/?$/i.test(value)) throw fail('it has more than scheme, host and port');
  return url.origin;
}

/** A path of this site ("/…") as it must appear outside it. */
export function siteUrl(origin: SiteOrigin, path: string): string {
  return origin === null ? path : `${origin}${path}`;
}
