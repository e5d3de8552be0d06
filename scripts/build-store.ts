/**
 * npm run build:store — reads data/, validates it with the shared schema and writes the store to
 * public/data/store.json (served at /data/store.json) with its JSON Schema and its search index
 * (search-index.json, which the app loads instead of building it), and the same store split into
 * an index and shards (split/index.json, split/shards/*.json; data/README.md). On any error it exits
 * non-zero, names the file, the id and the reason, and writes nothing.
 *   --data DIR   folder holding data/ (default: $CHRONIQUE_DATA, else the project root), so that
 *                `CHRONIQUE_DATA=DIR npm run build` (or npm start) builds the site on another store
 *   --out DIR    output folder (default: public/data)
 */
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { articleTextFile, assembleStore, formatBuildError, SOURCE_FILES, type BuildError } from '../src/store/assemble';
import { storeJsonSchema } from '../src/store/json-schema';
import { parseStore } from '../src/store/parse-store';
import { englishReason } from '../src/store/reasons';
import { buildSearchIndex } from '../src/store/search-index';
import { toSearchIndexFile } from '../src/store/search-index-file';
import { splitJsonSchemas, ShardSchema, SplitIndexSchema } from '../src/store/split-schema';
import { splitStore } from '../src/store/split-store';

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
  console.error(
    `build:store failed, nothing written: the written store would not load (${served.problem}: ${served.details.map(englishReason).join('; ')})`,
  );
  process.exit(1);
}
// The split form of the very store that was checked, itself checked against its schemas.
const split = splitStore(served.store);
const splitFaults = [
  ...(SplitIndexSchema.safeParse(split.index).error?.issues ?? []),
  ...split.shards.flatMap((shard) => ShardSchema.safeParse(shard).error?.issues ?? []),
];
if (splitFaults.length > 0) {
  console.error(
    `build:store failed, nothing written: the split store does not fit its schema (${splitFaults[0]!.path.join('.')}: ${splitFaults[0]!.message})`,
  );
  process.exit(1);
}
writeFileSync(join(outDir, 'store.json'), storeJson);
rmSync(join(outDir, 'split'), { recursive: true, force: true });
mkdirSync(join(outDir, 'split/shards'), { recursive: true });
writeFileSync(join(outDir, 'split/index.json'), JSON.stringify(split.index));
split.shards.forEach((shard, at) => writeFileSync(join(outDir, 'split', split.index.shards[at]!), JSON.stringify(shard)));
writeFileSync(join(outDir, 'search-index.json'), JSON.stringify(toSearchIndexFile(buildSearchIndex(served.store), served.store)));
const splitSchemas = splitJsonSchemas();
const schemaFiles = {
  'store.schema.json': schema,
  'store-index.schema.json': `${JSON.stringify(splitSchemas.index, null, 2)}\n`,
  'store-shard.schema.json': `${JSON.stringify(splitSchemas.shard, null, 2)}\n`,
};
for (const [file, text] of Object.entries(schemaFiles)) {
  writeFileSync(join(outDir, file), text);
  // The repository's copy of the schema, next to the data it describes.
  if (values.out === undefined && dataRoot === root) writeFileSync(join(root, 'data', file), text);
}
console.log(
  `build:store: ${result.store.events.length} events, ${result.store.articles.length} articles → ${join(outDir, 'store.json')} (split: ${split.shards.length} shard${split.shards.length > 1 ? 's' : ''})`,
);
