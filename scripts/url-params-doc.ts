/** `npm run docs:url`: rewrites the README's table of URL parameters from src/shared/url/url-params.ts. */
import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { withUrlParametersTable } from '../src/shared/url/url-params-doc';

const readmePath = resolve(import.meta.dirname, '..', 'README.md');
const before = readFileSync(readmePath, 'utf8');
const after = withUrlParametersTable(before);
if (after === before) console.log('README.md: the URL parameters table is up to date');
else {
  writeFileSync(readmePath, after);
  console.log('README.md: URL parameters table rewritten');
}
