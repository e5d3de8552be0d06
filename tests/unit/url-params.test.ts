import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { showsPrerenderedView } from '../../src/app/prerender/prerendered-view';
import { EMBED_OWN_PARAMETERS } from '../../src/shared/url/embed-params';
import { URL_PARAMS } from '../../src/shared/url/url-params';
import { urlParametersTable, withUrlParametersTable } from '../../src/shared/url/url-params-doc';
import {
  embedState,
  EMPTY_URL_STATE,
  linkState,
  parseUrlState,
  serializeUrlState,
  sharedState,
  URL_PARAMETER_NAMES,
  type UrlState,
} from '../../src/shared/url/url-state';
import { URL_SAMPLES as SAMPLES } from '../helpers/url-samples';

const root = join(import.meta.dirname, '../..');

const FIELDS = Object.keys(URL_PARAMS) as (keyof UrlState)[];

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? sourceFiles(path) : /\.tsx?$/.test(name) ? [path] : [];
  });
}

describe('the table of URL parameters', () => {
  it.each(FIELDS)('reads back what it writes for %s', (field) => {
    const state = { ...EMPTY_URL_STATE, ...SAMPLES[field] };
    const search = serializeUrlState(state);
    expect(URL_PARAMS[field].names.some((name) => new URLSearchParams(search).has(name))).toBe(true);
    expect(parseUrlState(search)).toEqual({ state, rejected: [] });
  });

  it.each(FIELDS)('says truly whether %s changes the pre-rendered first view', (field) => {
    const search = serializeUrlState({ ...EMPTY_URL_STATE, ...SAMPLES[field] });
    expect(showsPrerenderedView(search, 'fr')).toBe(!URL_PARAMS[field].changesFirstView);
  });

  it('links, shared views and the embed keep exactly the parameters flagged for them', () => {
    const full = Object.assign({ ...EMPTY_URL_STATE }, ...Object.values(SAMPLES)) as UrlState;
    const kept = (state: UrlState) => FIELDS.filter((field) => JSON.stringify(state[field]) !== JSON.stringify(EMPTY_URL_STATE[field]));
    expect(kept(linkState(full))).toEqual(FIELDS.filter((field) => URL_PARAMS[field].inLinks));
    expect(kept(sharedState(full))).toEqual(FIELDS.filter((field) => URL_PARAMS[field].inShare));
    expect(kept(embedState(full))).toEqual(FIELDS.filter((field) => URL_PARAMS[field].inEmbed));
  });

  it('holds every parameter the code reads from a URL', () => {
    const read = new Set<string>();
    for (const file of sourceFiles(join(root, 'src'))) {
      for (const match of readFileSync(file, 'utf8').matchAll(
        /(?:params|searchParams|URLSearchParams\([^)]*\))\.(?:get|has)\('([a-z]+)'\)/g,
      )) {
        read.add(match[1]!);
      }
    }
    expect(read.size).toBeGreaterThan(3);
    const known = new Set([...URL_PARAMETER_NAMES, ...EMBED_OWN_PARAMETERS]);
    expect([...read].filter((name) => !known.has(name))).toEqual([]);
  });

  it('is the one the README documents (npm run docs:url writes it)', () => {
    const readme = readFileSync(join(root, 'README.md'), 'utf8');
    expect(withUrlParametersTable(readme) === readme, 'README.md is out of date: run npm run docs:url').toBe(true);
    const firstCells = urlParametersTable()
      .split('\n')
      .slice(2)
      .map((line) => line.split(' | ')[0]!);
    const documented = firstCells.flatMap((cell) => [...cell.matchAll(/`([a-z]+)/g)]);
    expect(documented.map((match) => match[1]!).sort()).toEqual([...URL_PARAMETER_NAMES, ...EMBED_OWN_PARAMETERS].sort());
  });
});
