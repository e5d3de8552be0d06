import { describe, expect, it } from 'vitest';
import { parseSiteOrigin, siteUrl } from '../../scripts/site/site-origin';

describe('SITE_ORIGIN', () => {
  it.each([
    ['https://example.org', 'https://example.org'],
    ['https://example.org/', 'https://example.org'],
    ['  https://Example.ORG  ', 'https://example.org'],
    ['http://localhost:4173', 'http://localhost:4173'],
    ['https://bücher.example', 'https://xn--bcher-kva.example'],
  ])('accepts %j as %s', (raw, origin) => {
    expect(parseSiteOrigin(raw)).toBe(origin);
  });

  it('unset or empty keeps URLs root-relative', () => {
    expect(parseSiteOrigin(undefined)).toBeNull();
    expect(parseSiteOrigin('')).toBeNull();
    expect(siteUrl(null, '/oembed.json')).toBe('/oembed.json');
    expect(siteUrl('https://example.org', '/oembed.json')).toBe('https://example.org/oembed.json');
  });

  it.each([
    ['example.org', 'it is not a URL'],
    ['ftp://example.org', 'its scheme is ftp, not http or https'],
    ['javascript:alert(1)', 'its scheme is javascript'],
    ['https://example.org/chronique', 'it has a path (/chronique)'],
    ['https://example.org/?a=1', 'it has a query or a fragment'],
    ['https://example.org#top', 'it has a query or a fragment'],
    ['https://user:secret@example.org', 'it holds a user name or password'],
    ['https://example.org//', 'it has a path'],
  ])('refuses %j, saying why and how to write it', (raw, why) => {
    expect(() => parseSiteOrigin(raw)).toThrow(why);
    expect(() => parseSiteOrigin(raw)).toThrow(`SITE_ORIGIN "${raw}" is not a usable origin`);
    expect(() => parseSiteOrigin(raw)).toThrow('SITE_ORIGIN=https://example.org');
  });
});
