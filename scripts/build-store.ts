/**
 * npm run build:store — reads data/, validates it with the shared schema and writes the store to
 * public/data/store.json (served at /data/store.json) with its JSON Schema and its search index
 * (search-index.json, which the app loads instead of building it). On any error it exits
 * non-zero, names the file, the id and the reason, and writes nothing.
 *   --data DIR   folder holding data/ (default: $CHRONIQUE_DATA, else the project root), so that
 *                `CHRONIQUE_DATA=DIR npm run build` (or npm start) builds the site on another store
 *   --out DIR    output folder (default: public/data)
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { articleTextFile, assembleStore, formatBuildError, SOURCE_FILES, type BuildError } from '../src/store/assemble';
import { storeJsonSchema } from '../src/store/json-schema';
import { parseStore } from '../src/store/parse-store';
import { buildSearchIndex } from '../src/store/search-index';
import { toSearchIndexFile } from '../src/store/search-index-file';

const root = resolve(import.meta.dirname, '..');
const { values } = parseArgs({ options: { data: { type: 'string' }, out: { type: 'string' } } });
const dataRoot = resolve(values.data ?? (process.env.CHRONIQUE_DATA || root));
const outDir = resolve(values.out ?? join(root, 'public/data'));

const readErrors: BuildError[] = [];
function readJson(file: string): unknown {
  const path = join(dataRoot, file);
  if (!existsSync(path)) {
    readErrors.push({ file, reason: 'file not found' });
    return undefined;
  }
  try {
    return JSON.parse(readFileSync(path, 'utf8')) as unknown;
  } catch (error) {
    readErrors.push({ file, reason: `not valid JSON (${(error as Error).message})` });
    return undefined;
  }
}

const sources = {
  collection: readJson(SOURCE_FILES.collection),
  articles: readJson(SOURCE_FILES.articles),
  entities: readJson(SOURCE_FILES.entities),
  events: readJson(SOURCE_FILES.events),
};
const result =
  readErrors.length > 0
    ? { ok: false as const, errors: readErrors }
    : assembleStore({
        ...sources,
        readText: (id) => {
          const path = join(dataRoot, articleTextFile(id));
          return existsSync(path) ? readFileSync(path, 'utf8') : undefined;
        },
      });

if (!result.ok) {
  console.error(`build:store failed, nothing written (${result.errors.length} error${result.errors.length > 1 ? 's' : ''}):`);
  for (const error of result.errors) console.error(`  ${formatBuildError(error)}`);
  process.exit(1);
}

const schema = `${JSON.stringify(storeJsonSchema(), null, 2)}\n`;
mkdirSync(outDir, { recursive: true });
const storeJson = `${JSON.stringify(result.store, null, 2)}\n`;
// The index of the store as the app will read it back, so that the two always agree.
const served = parseStore(JSON.parse(storeJson));
if (!served.ok) {
  console.error(`build:store failed, nothing written: the written store would not load (${served.problem}: ${served.details.join('; ')})`);
  process.exit(1);
}
writeFileSync(join(outDir, 'store.json'), storeJson);
writeFileSync(join(outDir, 'search-index.json'), JSON.stringify(toSearchIndexFile(buildSearchIndex(served.store), served.store)));
writeFileSync(join(outDir, 'store.schema.json'), schema);
// The repository's copy of the schema, next to the data it describes.
if (values.out === undefined && dataRoot === root) writeFileSync(join(root, 'data/store.schema.json'), schema);
console.log(`build:store: ${result.store.events.length} events, ${result.store.articles.length} articles → ${join(outDir, 'store.json')}`);
