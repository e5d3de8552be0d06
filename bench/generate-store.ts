/**
 * Writes a synthetic store: `tsx bench/generate-store.ts <events> <file> [seed]`,
 * e.g. `tsx bench/generate-store.ts 10000 /tmp/10k.json`. The same arguments give the same bytes.
 */
import { resolve } from 'node:path';
import { DEFAULT_SEED } from './synthetic-store';
import { writeStoreFile } from './write-store';

const [countArgument, fileArgument, seedArgument] = process.argv.slice(2);
const events = Number(countArgument);
if (
  !Number.isInteger(events) ||
  events < 1 ||
  fileArgument === undefined ||
  (seedArgument !== undefined && !Number.isInteger(Number(seedArgument)))
) {
  console.error('usage: tsx bench/generate-store.ts <events> <file.json> [seed]');
  process.exit(2);
}
const started = performance.now();
const { bytes } = await writeStoreFile(resolve(fileArgument), {
  events,
  seed: seedArgument === undefined ? DEFAULT_SEED : Number(seedArgument),
});
console.log(
  `${events} events → ${resolve(fileArgument)} (${(bytes / 1e6).toFixed(1)} MB, ${((performance.now() - started) / 1000).toFixed(1)} s)`,
);
