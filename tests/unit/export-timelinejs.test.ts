import { describe, expect, it } from 'vitest';
import { toTimelineJs } from '../../src/features/export/formats/to-timelinejs';
import type { StoreEvent } from '../../src/store/schema';
import { readBuiltStore } from '../helpers/built-store';

const store = readBuiltStore();
const byId = (id: string) => store.events.find((event) => event.id === id)!;
const slideOf = (id: string, language: 'fr' | 'en' = 'fr') => toTimelineJs([byId(id)], store, language).events[0]!;

describe('toTimelineJs', () => {
  it('has the documented fields: events with unique_id, start_date.year and a text headline, and a title slide', () => {
    const data = toTimelineJs(store.events, store, 'fr');
    expect(data.title?.text.headline).toBe('Mark Rutte et l’OTAN, 2022–2026');
    expect(data.events).toHaveLength(store.events.length);
    for (const [index, slide] of data.events.entries()) {
      expect(slide.unique_id).toBe(store.events[index]!.id);
      expect(Number.isInteger(slide.start_date.year)).toBe(true);
      expect(typeof slide.text.headline).toBe('string');
      expect(slide.text.text.length).toBeGreaterThan(0);
    }
    // A plain JSON document: nothing lost when written to a file.
    expect(JSON.parse(JSON.stringify(data))).toEqual(data);
  });

  it('gives the date parts the precision knows, with an end date only for ranges', () => {
    expect(slideOf('macron-recoit-rutte-elysee').start_date).toEqual({ year: 2024, month: 11, day: 12 });
    expect(slideOf('macron-recoit-rutte-elysee')).not.toHaveProperty('end_date');
    const visit = slideOf('rutte-a-washington');
    expect([visit.start_date, visit.end_date]).toEqual([
      { year: 2025, month: 4, day: 24 },
      { year: 2025, month: 4, day: 25 },
    ]);
    const quarter = slideOf('aide-allies-ukraine-t1-2025');
    expect([quarter.start_date, quarter.end_date]).toEqual([
      { year: 2025, month: 1 },
      { year: 2025, month: 3 },
    ]);
    const year: StoreEvent = {
      ...byId('macron-recoit-rutte-elysee'),
      date: { ...byId('macron-recoit-rutte-elysee').date, start: '2024-01-01', end: '2024-12-31', precision: 'year', edtf: '2024' },
    };
    const yearSlide = toTimelineJs([year], store, 'fr').events[0]!;
    expect(yearSlide.start_date).toEqual({ year: 2024 });
    expect(yearSlide).not.toHaveProperty('end_date');
  });

  it('shows dates as the app writes them, in the chosen language', () => {
    expect(slideOf('aide-allies-ukraine-t1-2025').display_date).toBe('janvier – mars 2025');
    expect(slideOf('aide-allies-ukraine-t1-2025', 'en').display_date).toBe('January – March 2025');
    expect(slideOf('rutte-a-washington').display_date).toBe('24–25 avril 2025');
  });

  it('tells the event: summary, how the date was fixed, every quote with its article, corrections and linked sources', () => {
    const event = byId('rutte-premiere-visite-kyiv');
    const { text } = slideOf(event.id, 'en');
    expect(text.headline).toBe('Rutte’s first visit to Kyiv as Secretary General');
    expect(text.text).toContain(event.summary.en);
    expect(text.text).toContain(`Date from outside sources: ${event.date.basis.en}`);
    for (const quote of event.evidence) expect(text.text).toContain(`« ${quote.exact} » — Le sommet de l&#39;Otan en danger ?`);
    expect(text.text).toContain('<strong>Correction</strong>');
    for (const source of event.corroboration) expect(text.text).toContain(`<a href="${source.url}">`);
  });

  it('groups events by their first theme, like the timeline’s theme lanes', () => {
    expect(slideOf('rutte-premiere-visite-kyiv').group).toBe('Guerre en Ukraine');
    expect(slideOf('rutte-prend-ses-fonctions')).not.toHaveProperty('group');
  });

  it('escapes every string from the store, since TimelineJS renders them as HTML', () => {
    const base = byId('rutte-premiere-visite-kyiv');
    const hostile: StoreEvent = {
      ...base,
      title: { fr: '<script>alert("x")</script> & l’OTAN', en: 'x' },
      summary: { fr: '<img src=x onerror=alert(1)>', en: 'x' },
      corroboration: [{ url: 'https://example.org/"><script>alert(2)</script>', site: 'Site <b>gras</b>' }],
    };
    const slide = toTimelineJs([hostile], store, 'fr').events[0]!;
    expect(slide.text.headline).toBe('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; l’OTAN');
    expect(slide.text.text).toContain('&lt;img src=x onerror=alert(1)&gt;');
    expect(slide.text.text).toContain(
      '<a href="https://example.org/&quot;&gt;&lt;script&gt;alert(2)&lt;/script&gt;">Site &lt;b&gt;gras&lt;/b&gt;</a>',
    );
    const everything = JSON.stringify(toTimelineJs([hostile], { ...store, title: { fr: '<i>t</i>', en: 't' } }, 'fr'));
    expect(everything).not.toMatch(/<script|<img|<b>|<i>/);
  });
});
