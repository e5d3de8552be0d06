/** Writes a synthetic store to a file as a stream: 100,000 events never sit in memory as one string. */
import { once } from 'node:events';
import { createWriteStream, mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { storeJsonChunks, syntheticStore, type SyntheticOptions } from './synthetic-store';

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
