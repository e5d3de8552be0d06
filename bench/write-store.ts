/** Writes a synthetic store to a file as a stream: 100,000 events never sit in memory as one string. */
import { once } from 'node:events';
import { createWriteStream, mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { splitStore } from '../src/store/split-store';
import { collectStore, storeJsonChunks, syntheticStore, type SyntheticOptions } from './synthetic-store';

export async function writeStoreFile(path: string, options: SyntheticOptions): Promise<{ bytes: number; events: number }> {
  mkdirSync(dirname(path), { recursive: true });
  const out = createWriteStream(path);
  let bytes = 0;
  let pending = '';
  for (const chunk of storeJsonChunks(syntheticStore(options))) {
    pending += chunk;
    if (pending.length < 1 << 20) continue;
    bytes += Buffer.byteLength(pending);
    if (!out.write(pending)) await once(out, 'drain');
    pending = '';
  }
  bytes += Buffer.byteLength(pending);
  out.end(pending);
  await once(out, 'finish');
  return { bytes, events: options.events };
}

/**
 * Writes the same synthetic store in its split form (data/README.md): `dir/index.json` and
 * `dir/shards/*.json`. The store is whole in memory while it is split.
 */
export async function writeSplitStore(dir: string, options: SyntheticOptions): Promise<{ bytes: number; shards: number }> {
  const { index, shards } = splitStore(collectStore(syntheticStore(options)));
  mkdirSync(join(dir, 'shards'), { recursive: true });
  const indexText = JSON.stringify(index);
  await writeFile(join(dir, 'index.json'), indexText);
  let bytes = Buffer.byteLength(indexText);
  for (const [at, shard] of shards.entries()) {
    const text = JSON.stringify(shard);
    bytes += Buffer.byteLength(text);
    await writeFile(join(dir, index.shards[at]!), text);
  }
  return { bytes, shards: shards.length };
}
