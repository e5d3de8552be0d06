import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

export const projectRoot = resolve(import.meta.dirname, '../..');

/** A throwaway copy of the real data/ folder, to break on purpose. */
export function copyData(): { root: string; readJson: (file: string) => any; writeJson: (file: string, value: unknown) => void } {
  const root = mkdtempSync(join(tmpdir(), 'chronique-data-'));
  cpSync(join(projectRoot, 'data'), join(root, 'data'), { recursive: true });
  return {
    root,
    readJson: (file) => JSON.parse(readFileSync(join(root, file), 'utf8')),
    writeJson: (file, value) => writeFileSync(join(root, file), JSON.stringify(value, null, 2)),
  };
}
