/** The page of a refused store: what is wrong in the file, said in the reader's language. */
import { cleanup, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { LoadError } from '../../src/app/data/LoadError';
import { StoreLoadError } from '../../src/app/data/store-query';
import type { Language } from '../../src/shared/i18n/dictionary';
import { parseStore } from '../../src/store/parse-store';
import { englishReason, type Reason } from '../../src/store/reasons';
import { splitIndexFaults, splitStore } from '../../src/store/split-store';
import { readBuiltStore } from '../helpers/built-store';
import { renderWithProviders } from '../helpers/render';

const URL = '/data/store.json';

/** The built store with its articles and events missing and a key it does not know. */
function refusedStore(): StoreLoadError {
  const store: any = structuredClone(readBuiltStore());
  delete store.articles;
  store.events = {};
  store.extra = true;
  const result = parseStore(store);
  if (result.ok) throw new Error('expected a refused store');
  return new StoreLoadError(result.problem, URL, result.problem, result.details);
}

function detailsShown(error: Error, language: Language): string[] {
  renderWithProviders(<LoadError error={error} retry={() => {}} />, { language });
  const list = screen.getByRole('alert').querySelector('.load-error-details') as HTMLElement;
  return within(list)
    .getAllByRole('listitem')
    .map((item) => item.textContent ?? '');
}

describe('the load error of a refused store', () => {
  it('lists what is wrong in French, with French typography, in the French interface', () => {
    expect(detailsShown(refusedStore(), 'fr')).toEqual([
      '(root)\u00a0: clés inconnues\u00a0: «\u202fextra\u202f»',
      'articles\u00a0: une liste est attendue',
      'events\u00a0: une liste est attendue',
    ]);
    expect(screen.getByRole('heading').textContent).toBe('Le fichier de données n’est pas valide');
  });

  it('lists the same faults in English in the English interface, as the builder prints them', () => {
    const error = refusedStore();
    const expected = ['(root): unknown keys "extra"', 'articles: expected an array', 'events: expected an array'];
    expect(error.details.map(englishReason)).toEqual(expected);
    expect(detailsShown(error, 'en')).toEqual(expected);
  });

  it('says which version a file of another version gives, in either language', () => {
    const result = parseStore({ ...readBuiltStore(), schemaVersion: 7 });
    if (result.ok) throw new Error('expected a refused store');
    const error = new StoreLoadError(result.problem, URL, result.problem, result.details);
    expect(detailsShown(error, 'fr')).toEqual(['schemaVersion\u00a0: 7\u202f; cette application lit la version 1']);
    cleanup();
    expect(detailsShown(error, 'en')).toEqual(['schemaVersion: 7; this app reads version 1']);
  });

  it('says what is wrong in a split index in French', () => {
    const { index } = splitStore(readBuiltStore());
    const broken: any = structuredClone(index);
    broken.shards[0] = '../secret.json';
    broken.events.start.pop();
    const faults: Reason[] = splitIndexFaults(broken);
    const error = new StoreLoadError('shape', URL, 'shape', faults);
    expect(detailsShown(error, 'fr')).toEqual([
      'shards\u00a0: un fragment est un chemin relatif, à l’intérieur du dossier de l’index',
      `events.start\u00a0: ${index.events.id.length}\u00a0valeurs sont attendues, une par événement`,
    ]);
  });
});
