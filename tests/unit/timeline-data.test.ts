import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  OTHER_LANE,
  drawnItem,
  eventTimes,
  firstAndLast,
  itemCentre,
  itemLabel,
  itemTimes,
  spanBounds,
  stripStackOrder,
  toTimelineData,
} from '../../src/features/timeline/timeline-data';
import { dictionaries } from '../../src/shared/i18n/dictionaries';
import { isoDayToTime, nextIsoDay, timeToIsoDay } from '../../src/store/dates';
import { Kind, type Entities, type StoreEvent } from '../../src/store/schema';
import { readBuiltStore } from '../helpers/built-store';

const store = readBuiltStore();

/** itemTimes as ISO days, to read the expectations. */
function itemSpan(date: Parameters<typeof itemTimes>[0]): { start: string; end?: string } {
  const { start, end } = itemTimes(date);
  return end === undefined ? { start: timeToIsoDay(start) } : { start: timeToIsoDay(start), end: timeToIsoDay(end) };
}
const fr = dictionaries.fr;
const en = dictionaries.en;
const day = (iso: string) => new Date(isoDayToTime(iso));

function event(id: string, overrides: Partial<StoreEvent> = {}, date: Partial<StoreEvent['date']> = {}): StoreEvent {
  return {
    id,
    title: { fr: `Titre ${id}`, en: `Title ${id}` },
    short: { fr: `Titre ${id}`, en: `Title ${id}` },
    summary: { fr: 'Résumé', en: 'Summary' },
    date: { start: '2025-03-13', precision: 'day', edtf: '2025-03-13', from: 'article', basis: { fr: 'b', en: 'b' }, ...date },
    status: 'happened',
    kind: 'meeting',
    actors: [],
    places: [],
    themes: [],
    evidence: [{ article: 'a', exact: 'x', prefix: '', suffix: '', start: 0, end: 1 }],
    corroboration: [],
    notes: [],
    ...overrides,
  };
}

const entities: Entities = {
  actors: [],
  places: [],
  themes: [
    { id: 'ukraine', label: { fr: 'Ukraine', en: 'Ukraine' } },
    { id: 'paix', label: { fr: 'Paix', en: 'Peace' } },
    { id: 'vide', label: { fr: 'Vide', en: 'Empty' } },
  ],
};

describe('itemTimes: where vis-timeline draws an event', () => {
  it('draws a single day as a point at that day', () => {
    expect(itemSpan({ start: '2024-11-12', precision: 'day' })).toEqual({ start: '2024-11-12' });
  });

  it('ends a day range on the day after its last day (vis ranges end exclusive)', () => {
    expect(itemSpan({ start: '2025-04-24', end: '2025-04-25', precision: 'day' })).toEqual({ start: '2025-04-24', end: '2025-04-26' });
    expect(itemSpan({ start: '2025-03-25', end: '2025-04-01', precision: 'day' })).toEqual({ start: '2025-03-25', end: '2025-04-02' });
    expect(itemSpan({ start: '2024-12-31', end: '2024-12-31', precision: 'day' })).toEqual({ start: '2024-12-31', end: '2025-01-01' });
  });

  it('spans whole months and years at month and year precision', () => {
    expect(itemSpan({ start: '2025-01-01', end: '2025-03-31', precision: 'month' })).toEqual({ start: '2025-01-01', end: '2025-04-01' });
    expect(itemSpan({ start: '2025-02-01', precision: 'month' })).toEqual({ start: '2025-02-01', end: '2025-03-01' });
    expect(itemSpan({ start: '2024-12-01', precision: 'month' })).toEqual({ start: '2024-12-01', end: '2025-01-01' });
    expect(itemSpan({ start: '2024-02-01', end: '2024-02-01', precision: 'month' })).toEqual({ start: '2024-02-01', end: '2024-03-01' });
    expect(itemSpan({ start: '2022-01-01', precision: 'year' })).toEqual({ start: '2022-01-01', end: '2023-01-01' });
    expect(itemSpan({ start: '2022-01-01', end: '2023-12-31', precision: 'year' })).toEqual({ start: '2022-01-01', end: '2024-01-01' });
  });

  it('writes years before 1000 with four digits, as ISO days do', () => {
    expect(itemSpan({ start: '0999-12-01', precision: 'month' })).toEqual({ start: '0999-12-01', end: '1000-01-01' });
    expect(itemSpan({ start: '0800-05-01', precision: 'month' })).toEqual({ start: '0800-05-01', end: '0800-06-01' });
    expect(itemSpan({ start: '0099-01-01', precision: 'year' })).toEqual({ start: '0099-01-01', end: '0100-01-01' });
  });

  it('always ends after it starts, and a day range ends exactly one day after its last day', () => {
    const isoDay = fc
      .date({ min: new Date('0001-01-01T00:00:00Z'), max: new Date('2100-12-31T00:00:00Z'), noInvalidDate: true })
      .map((date) => date.toISOString().slice(0, 10));
    fc.assert(
      fc.property(isoDay, isoDay, fc.constantFrom('day', 'month', 'year') as fc.Arbitrary<'day' | 'month' | 'year'>, (a, b, precision) => {
        const [start, end] = a <= b ? [a, b] : [b, a];
        const span = itemSpan({ start, end, precision });
        expect(span.end).toBeDefined();
        expect(isoDayToTime(span.end!)).toBeGreaterThan(isoDayToTime(span.start));
        expect(span.start <= start).toBe(true);
        expect(span.end! > end).toBe(true);
        if (precision === 'day') expect(span.end).toBe(nextIsoDay(end));
      }),
    );
  });

  it('centres points on their day and ranges on their middle', () => {
    expect(itemCentre({ start: '2024-11-12', precision: 'day' })).toBe(isoDayToTime('2024-11-12'));
    expect(itemCentre({ start: '2025-04-24', end: '2025-04-25', precision: 'day' })).toBe(isoDayToTime('2025-04-25'));
  });
});

describe('toTimelineData: items', () => {
  it('puts every event of the store on the timeline, at its date, in both languages', () => {
    for (const [language, strings] of [
      ['fr', fr],
      ['en', en],
    ] as const) {
      const { items } = toTimelineData(store.events, store.entities, 'theme', language, strings);
      expect(items.map((item) => item.id)).toEqual(store.events.map((e) => e.id));
      for (const [index, item] of items.entries()) {
        const source = store.events[index]!;
        // The timeline shows the short label; the full title is in its name (itemLabel).
        expect(item.title).toBe(source.short[language]);
        expect(item.content).toBe('');
        const span = itemSpan(source.date);
        expect(item.start).toEqual(day(span.start));
        if (span.end === undefined) {
          expect(item.type).toBe('point');
          expect(item.end).toBeUndefined();
        } else {
          expect(item.type).toBe('range');
          expect(item.end).toEqual(day(span.end));
        }
      }
    }
  });

  it('draws the real ranges of the store as ranges with exclusive ends', () => {
    const { items } = toTimelineData(store.events, store.entities, 'kind', 'fr', fr);
    const byId = new Map(items.map((item) => [item.id, item]));
    expect(byId.get('rutte-a-washington')).toMatchObject({ type: 'range', start: day('2025-04-24'), end: day('2025-04-26') });
    expect(byId.get('aide-allies-ukraine-t1-2025')).toMatchObject({ type: 'range', start: day('2025-01-01'), end: day('2025-04-01') });
    expect(byId.get('macron-recoit-rutte-elysee')).toMatchObject({ type: 'point', start: day('2024-11-12') });
    expect(byId.get('macron-recoit-rutte-elysee')?.end).toBeUndefined();
  });

  it('marks how each date was fixed, its precision and the announced status in the classes', () => {
    const events = [
      event('a', {}, { from: 'article' }),
      event('w', {}, { from: 'weekday' }),
      event('o', { status: 'announced' }, { from: 'outside', start: '2025-01-01', end: '2025-03-31', precision: 'month' }),
    ];
    const { items } = toTimelineData(events, entities, 'theme', 'fr', fr);
    const classes = items.map((item) => item.className.split(' '));
    expect(classes[0]).toEqual(expect.arrayContaining(['tl-item', 'tl-from-article', 'tl-precision-day']));
    expect(classes[0]).not.toContain('tl-announced');
    expect(classes[1]).toEqual(expect.arrayContaining(['tl-from-weekday']));
    expect(classes[2]).toEqual(expect.arrayContaining(['tl-from-outside', 'tl-precision-month', 'tl-announced']));
    expect(items.map((item) => [item.from, item.announced])).toEqual([
      ['article', false],
      ['weekday', false],
      ['outside', true],
    ]);
  });

  it('names each item with its title, status, date in words and how the date was fixed', () => {
    const summit = store.events.find((e) => e.id === 'sommet-de-la-haye')!;
    expect(itemLabel(summit, 'fr', fr)).toBe('Sommet de l’OTAN à La Haye, annoncé, 24–25 juin 2025, Date tirée de sources extérieures');
    expect(itemLabel(summit, 'en', en)).toBe('NATO summit in The Hague, announced, 24–25 June 2025, Date from outside sources');
    const quarter = store.events.find((e) => e.id === 'aide-allies-ukraine-t1-2025')!;
    expect(itemLabel(quarter, 'fr', fr)).toContain('janvier – mars 2025, Date donnée par l’article');
    const { items } = toTimelineData([summit], store.entities, 'theme', 'en', en);
    const drawn = drawnItem(items[0]!, false, 'en', en);
    expect(drawn.label).toBe(itemLabel(summit, 'en', en));
    expect(drawn.label).toContain('24–25 June 2025');
  });
});

describe('toTimelineData: lanes', () => {
  const events = [
    event('p1', { themes: ['paix', 'ukraine'] }),
    event('u1', { themes: ['ukraine'], kind: 'summit' }),
    event('none', { themes: [], kind: 'call' }),
    event('unknown', { themes: ['not-an-entity'], kind: 'call' }),
  ];

  it('puts an event in the lane of its first theme, events without theme in "other", in entity order', () => {
    const { items, groups } = toTimelineData(events, entities, 'theme', 'fr', fr);
    expect(items.map((item) => item.group)).toEqual(['theme:paix', 'theme:ukraine', OTHER_LANE, OTHER_LANE]);
    // Only lanes that hold an event; entity order; "other" last.
    expect(groups.map((group) => [group.id, group.label, group.order])).toEqual([
      ['theme:ukraine', 'Ukraine', 0],
      ['theme:paix', 'Paix', 1],
      [OTHER_LANE, 'Autres', 2],
    ]);
    expect(toTimelineData(events, entities, 'theme', 'en', en).groups.map((group) => group.label)).toEqual(['Ukraine', 'Peace', 'Other']);
  });

  it('has no "other" lane when every event has a theme', () => {
    const { groups } = toTimelineData(events.slice(0, 2), entities, 'theme', 'fr', fr);
    expect(groups.map((group) => group.id)).not.toContain(OTHER_LANE);
  });

  it('groups by kind in the order of the Kind enum, labelled in the interface language', () => {
    const { items, groups } = toTimelineData(events, entities, 'kind', 'en', en);
    expect(items.map((item) => item.group)).toEqual(['kind:meeting', 'kind:summit', 'kind:call', 'kind:call']);
    expect(groups.map((group) => [group.id, group.label])).toEqual([
      ['kind:meeting', 'Meeting'],
      ['kind:summit', 'Summit'],
      ['kind:call', 'Phone call'],
    ]);
    expect(toTimelineData(events, entities, 'kind', 'fr', fr).groups.map((group) => group.label)).toEqual([
      'Rencontre',
      'Sommet',
      'Appel téléphonique',
    ]);
  });

  it('gives every item of the store a lane that exists, in both modes', () => {
    for (const mode of ['theme', 'kind'] as const) {
      const { items, groups } = toTimelineData(store.events, store.entities, mode, 'fr', fr);
      const ids = new Set(groups.map((group) => group.id));
      expect(ids.size).toBe(groups.length);
      for (const item of items) expect(ids.has(item.group), item.id).toBe(true);
      expect(groups.map((group) => group.order)).toEqual(groups.map((_, index) => index));
    }
    // The store has an event without theme (Rutte taking office): it sits in "other".
    const { items } = toTimelineData(store.events, store.entities, 'theme', 'fr', fr);
    expect(items.find((item) => item.id === 'rutte-prend-ses-fonctions')?.group).toBe(OTHER_LANE);
  });

  it('has a French and an English name for every kind', () => {
    for (const kind of Kind.options) {
      expect(fr.event.kinds[kind]).toBeTruthy();
      expect(en.event.kinds[kind]).toBeTruthy();
    }
  });
});

describe('bounds, first and last', () => {
  it('spans from the first start to the last exclusive end', () => {
    expect(spanBounds(eventTimes([]))).toBeUndefined();
    const bounds = spanBounds(eventTimes(store.events))!;
    expect(bounds.min).toBe(isoDayToTime('2022-02-24'));
    expect(bounds.max).toBe(isoDayToTime('2026-02-12'));
    expect(spanBounds(eventTimes([event('r', {}, { start: '2025-01-01', end: '2025-03-31', precision: 'month' })]))).toEqual({
      min: isoDayToTime('2025-01-01'),
      max: isoDayToTime('2025-04-01'),
    });
  });

  it('finds the first and last event whatever the order', () => {
    expect(firstAndLast([])).toBeUndefined();
    const reversed = [...store.events].reverse();
    const ends = firstAndLast(reversed)!;
    expect(ends.first.id).toBe('invasion-russe-ukraine');
    expect(ends.last.id).toBe('ministerielle-defense-bruxelles-2026');
  });
});

describe('search: dimmed items', () => {
  it('marks non-matches with a class and says so at the end of their name, in both languages', () => {
    const summit = store.events.find((e) => e.id === 'sommet-de-la-haye')!;
    const madrid = store.events.find((e) => e.id === 'sommet-de-madrid-concept-strategique')!;
    const dimmed = new Set([summit.id]);
    for (const [language, strings] of [
      ['fr', fr],
      ['en', en],
    ] as const) {
      const { items } = toTimelineData([madrid, summit], store.entities, 'theme', language, strings, dimmed);
      const [match, other] = items;
      expect(match!.dimmed).toBe(false);
      expect(match!.className.split(' ')).not.toContain('tl-dimmed');
      expect(drawnItem(match!, match!.dimmed, language, strings).label).toBe(itemLabel(madrid, language, strings));
      expect(other!.dimmed).toBe(true);
      expect(other!.className.split(' ')).toContain('tl-dimmed');
      expect(drawnItem(other!, other!.dimmed, language, strings).label).toBe(
        `${itemLabel(summit, language, strings)}, ${strings.timeline.notMatching}`,
      );
      // Drawn for another search: muted or not, whatever the items were made with.
      const undimmed = drawnItem(other!, false, language, strings);
      expect(undimmed.className.split(' ')).not.toContain('tl-dimmed');
      expect(undimmed.label).toBe(itemLabel(summit, language, strings));
      expect(drawnItem(match!, true, language, strings).className.split(' ')).toContain('tl-dimmed');
    }
    expect(itemLabel(summit, 'fr', fr, true)).toBe(
      'Sommet de l’OTAN à La Haye, annoncé, 24–25 juin 2025, Date tirée de sources extérieures, ne correspond pas à la recherche',
    );
  });

  it('dims nothing without a set of ids', () => {
    const { items } = toTimelineData(store.events, store.entities, 'kind', 'fr', fr);
    expect(items.filter((item) => item.dimmed)).toEqual([]);
  });
});

describe('stripStackOrder: what the short timeline stacks on top', () => {
  const item = (id: string, iso: string, dimmed = false) => ({ id, dimmed, start: day(iso) });

  it('puts the selected event first, then matches, then non-matches, each by date', () => {
    const items = [
      item('late-dim', '2025-06-01', true),
      item('late', '2025-05-01'),
      item('early-dim', '2024-01-01', true),
      item('selected', '2025-12-01', true),
      item('early', '2024-06-01'),
    ];
    expect([...items].sort(stripStackOrder('selected')).map((entry) => entry.id)).toEqual([
      'selected',
      'early',
      'late',
      'early-dim',
      'late-dim',
    ]);
    expect([...items].sort(stripStackOrder(null)).map((entry) => entry.id)).toEqual(['early', 'late', 'early-dim', 'late-dim', 'selected']);
  });
});
