/**
 * The README's table of URL parameters, written from the table itself (url-params.ts, and the
 * embed page's own two): `npm run docs:url` puts it between the README's markers, and a unit test
 * fails while the two differ.
 */
import { EMBED_OWN_PARAMETER_DOCS } from './embed-params';
import { URL_PARAMS, type ParamDoc } from './url-params';

export const URL_TABLE_START = '<!-- url-parameters: written by `npm run docs:url` from src/shared/url/url-params.ts -->';
export const URL_TABLE_END = '<!-- /url-parameters -->';

const yes = (flag: boolean) => (flag ? 'yes' : '—');

export function urlParametersTable(): string {
  const row = (doc: ParamDoc, share: string, embed: string) => `| ${doc.syntax} | ${doc.meaning} | ${share} | ${embed} |`;
  return [
    '| parameter | meaning | in shared links | read by the embed |',
    '| --- | --- | --- | --- |',
    ...Object.values(URL_PARAMS).map((param) => row(param.doc, yes(param.inShare), yes(param.inEmbed))),
    ...Object.values(EMBED_OWN_PARAMETER_DOCS).map((doc) => row(doc, '—', 'yes')),
  ].join('\n');
}

/** `readme` with its table (between the markers) replaced by the one the parameters give. */
export function withUrlParametersTable(readme: string): string {
  const start = readme.indexOf(URL_TABLE_START);
  const end = readme.indexOf(URL_TABLE_END);
  if (start < 0 || end < start) throw new Error(`README.md has no ${URL_TABLE_START} … ${URL_TABLE_END} section`);
  return `${readme.slice(0, start)}${URL_TABLE_START}\n\n${urlParametersTable()}\n\n${readme.slice(end)}`;
}
