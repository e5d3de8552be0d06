/** A value other than the default for every URL state field: a new table entry needs one here (url-params and url-state tests use them). */
import type { UrlState } from '../../src/shared/url/url-state';
import { EMPTY_FILTERS } from '../../src/store/filters';

export const URL_SAMPLES: { [K in keyof UrlState]: Partial<UrlState> & Pick<UrlState, K> } = {
  data: { data: '/other-store.json' },
  article: { article: 'washington-avril-2025' },
  passage: { article: 'washington-avril-2025', passage: { start: 10, end: 40 } },
  event: { event: 'sommet-de-la-haye' },
  query: { query: 'Rubio' },
  filters: { filters: { ...EMPTY_FILTERS, kinds: ['summit'], years: [2025] } },
  range: { range: { start: Date.UTC(2025, 0, 1), end: Date.UTC(2025, 6, 1) } },
  lang: { lang: 'fr' },
  scheme: { scheme: 'dark' },
  slide: { slide: 3 },
  presenter: { slide: 3, presenter: true },
};
