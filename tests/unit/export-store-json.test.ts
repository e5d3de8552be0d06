import { describe, expect, it } from 'vitest';
import { toStoreJson } from '../../src/features/export/formats/to-store-json';
import { checkIntegrity } from '../../src/store/integrity';
import { Store } from '../../src/store/schema';
import { readBuiltStore } from '../helpers/built-store';

const store = readBuiltStore();
const byId = (id: string) => store.events.find((event) => event.id === id)!;

function exported(ids: readonly string[]) {
  const result = Store.safeParse(JSON.parse(toStoreJson(ids.map(byId), store)));
  expect(result.error).toBeUndefined();
  return result.data!;
}

describe('toStoreJson', () => {
  it('writes a valid store of the selected events, with consistent references', () => {
    const ids = ['macron-recoit-rutte-elysee', 'rutte-premiere-visite-kyiv', 'sentinelle-arctique'];
    const subset = exported(ids);
    expect(subset.schemaVersion).toBe(1);
    expect(subset.title).toEqual(store.title);
    expect(subset.events).toEqual(ids.map(byId));
    expect(checkIntegrity(subset)).toEqual([]);
  });

  it('keeps only the articles and entities the selected events reference', () => {
    const event = byId('macron-recoit-rutte-elysee');
    const subset = exported([event.id]);
    expect(subset.articles.map((article) => article.id)).toEqual(['macron-rutte-elysee-2024']);
    expect(subset.articles[0]).toEqual(store.articles.find((article) => article.id === 'macron-rutte-elysee-2024'));
    expect(subset.entities.actors.map((entity) => entity.id).sort()).toEqual([...event.actors].sort());
    expect(subset.entities.places.map((entity) => entity.id)).toEqual(event.places);
    expect(subset.entities.themes.map((entity) => entity.id).sort()).toEqual([...event.themes].sort());
  });

  it('keeps an article cited only by a correction', () => {
    const event = byId('macron-recoit-rutte-elysee');
    const noteOnly = { ...event, id: 'note-seule', notes: [{ fr: 'n', en: 'n', evidence: byId('sentinelle-arctique').evidence[0]! }] };
    const subset = Store.parse(JSON.parse(toStoreJson([noteOnly], store)));
    expect(subset.articles.map((article) => article.id).sort()).toEqual(
      ['macron-rutte-elysee-2024', byId('sentinelle-arctique').evidence[0]!.article].sort(),
    );
    expect(checkIntegrity(subset)).toEqual([]);
  });

  it('gives back the whole store when everything is selected (every article and entity is referenced)', () => {
    const whole = exported(store.events.map((event) => event.id));
    expect(whole).toEqual(store);
  });

  it('writes an empty but valid store for an empty selection', () => {
    const empty = exported([]);
    expect(empty.events).toEqual([]);
    expect(empty.articles).toEqual([]);
  });
});
