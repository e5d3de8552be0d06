import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Store } from '../../src/store/schema';
import { projectRoot } from './data-copy';

/** The store exactly as the builder wrote it (the test run builds it first). */
export function readBuiltStore(): Store {
  return JSON.parse(readFileSync(join(projectRoot, 'public/data/store.json'), 'utf8')) as Store;
}
