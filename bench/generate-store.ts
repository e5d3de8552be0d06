/**
 * Writes a synthetic store: `tsx bench/generate-store.ts <events> <file> [seed] [--split <dir>]`,
 * e.g. `tsx bench/generate-store.ts 10000 /tmp/10k.json`. The same arguments give the same bytes.
 * `--split <dir>` also writes it split (dir/index.json and dir/shards/, data/README.md).
 */
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { DEFAULT_SEED } from './synthetic-store';
import { writeSplitStore, writeStoreFile } from './write-store';

const { values, positionals } = parseArgs({ options: { split: { type: 'string' } }, allowPositionals: true });
const [countArgument, fileArgument, seedArgument] = positionals;
const events = Number(countArgument);
if (
  !Number.isInteger(events) ||
  events < 1 ||
  fileArgument === undefined ||
  (seedArgument !== undefined && !Number.isInteger(Number(seedArgument)))
) {
  console.error('usage: tsx bench/generate-store.ts <events> <file.json> [seed] [--split <dir>]');
  process.exit(2);
}
const started = performance.now();
const options = { events, seed: seedArgument === undefined ? DEFAULT_SEED : Number(seedArgument) };
const { bytes } = await writeStoreFile(resolve(fileArgument), options);
console.log(
  `${events} events → ${resolve(fileArgument)} (${(bytes / 1e6).toFixed(1)} MB, ${((performance.now() - started) / 1000).toFixed(1)} s)`,
);
if (values.split !== undefined) {
  const split = await writeSplitStore(resolve(values.split), options);
  console.log(`split → ${resolve(values.split)}/index.json and ${split.shards} shards (${(split.bytes / 1e6).toFixed(1)} MB)`);
}
