import { describe, expect, it } from 'vitest';
import { EMBED_HEIGHT, parseEmbedParams, serializeEmbedParams } from '../../src/shared/url/embed-params';
import { embedSnippet } from '../../src/features/embed/embed-snippet';
import { EMPTY_FILTERS } from '../../src/store/filters';
import { isoDayToTime } from '../../src/store/dates';

describe('embed page parameters', () => {
  it('reads the app parameters and its own', () => {
    const { state, height, list, rejected } = parseEmbedParams(
      '?event=sommet-la-haye&q=Kyiv&kinds=summit&range=2024-01-01..2025-01-01&lang=en&scheme=dark&height=700&list=0',
    );
    expect(state).toMatchObject({ event: 'sommet-la-haye', query: 'Kyiv', lang: 'en', scheme: 'dark' });
    expect(state.filters.kinds).toEqual(['summit']);
    expect(state.range).toEqual({ start: isoDayToTime('2024-01-01'), end: isoDayToTime('2025-01-01') });
    expect({ height, list, rejected }).toEqual({ height: 700, list: false, rejected: [] });
  });

  it('falls back to the defaults for unknown or invalid values, and names them', () => {
    const parsed = parseEmbedParams('?height=99999&list=maybe&scheme=sepia&lang=de&range=2025-01-01..2024-01-01&colour=red');
    expect(parsed.height).toBe(EMBED_HEIGHT.default);
    expect(parsed.list).toBe(true);
    expect(parsed.state.scheme).toBeNull();
    expect(parsed.state.lang).toBeNull();
    expect(parsed.state.range).toBeNull();
    expect(parsed.rejected.sort()).toEqual(['height', 'lang', 'list', 'range', 'scheme']);
    expect(parseEmbedParams('?height=12px').height).toBe(EMBED_HEIGHT.default);
  });

  it('takes scheme=auto as the default, not as an error', () => {
    const parsed = parseEmbedParams('?scheme=auto');
    expect(parsed.state.scheme).toBeNull();
    expect(parsed.rejected).toEqual([]);
  });

  it('ignores the article reader and presentation parameters', () => {
    const { state } = parseEmbedParams('?article=a1&passage=1-5&slide=2');
    expect(state).toMatchObject({ article: null, passage: null, slide: null });
  });

  it('round-trips through its serializer', () => {
    const search = serializeEmbedParams(
      { event: 'sommet-la-haye', query: 'Kyiv', filters: { ...EMPTY_FILTERS, years: [2025] }, range: null },
      { height: 640, list: false, scheme: 'auto', lang: 'fr' },
    );
    expect(search).toContain('years=2025');
    expect(search).not.toContain('scheme');
    const parsed = parseEmbedParams(search);
    expect(parsed).toMatchObject({ height: 640, list: false, rejected: [] });
    expect(parsed.state).toMatchObject({ event: 'sommet-la-haye', query: 'Kyiv', lang: 'fr', scheme: null });
  });
});

describe('the embed snippet', () => {
  it('is a titled, lazy iframe with a referrer policy that sends the origin, plus the loader', () => {
    const html = embedSnippet({
      src: 'https://example.org/embed.html?q=a&lang=fr',
      loaderSrc: 'https://example.org/embed-loader.js',
      title: 'Rutte “OTAN” <b>',
      height: 560,
    });
    expect(html).toContain('src="https://example.org/embed.html?q=a&amp;lang=fr"');
    expect(html).toContain('title="Rutte “OTAN” &lt;b&gt;"');
    expect(html).toContain('loading="lazy"');
    expect(html).toContain('referrerpolicy="strict-origin-when-cross-origin"');
    expect(html).toContain('height="560"');
    expect(html).toContain('data-chronique-embed');
    expect(html).toMatch(/<script src="https:\/\/example\.org\/embed-loader\.js" async><\/script>$/);
  });

  it('never writes a height out of bounds', () => {
    expect(embedSnippet({ src: 'x', title: 't', height: 10 })).toContain(`height="${EMBED_HEIGHT.min}"`);
    expect(embedSnippet({ src: 'x', title: 't', height: Number.NaN })).toContain(`height="${EMBED_HEIGHT.default}"`);
  });
});
