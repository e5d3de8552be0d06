/**
 * What a valid store needs must not load zod (a 25 KB gzip chunk): the modules below, and all they
 * import at run time. `import type` is erased; `import { type X }` is not (verbatimModuleSyntax
 * keeps it as a side-effect import), and dynamic `import()` is a chunk of its own, loaded later.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { projectRoot } from '../helpers/data-copy';

const STATIC_IMPORT =
  /^\s*(?:import|export)\s+(type\s+)?(?:[\w$]+\s*,?\s*)?(?:\{[^}]*\}|\*(?:\s+as\s+[\w$]+)?)?\s*(?:from\s+)?['"]([^'"]+)['"]/gm;

function resolveModule(from: string, specifier: string): string {
  const base = join(dirname(from), specifier);
  const found = ['.ts', '.tsx', '/index.ts', ''].map((ending) => base + ending).find((path) => existsSync(path) && !path.endsWith('/'));
  if (!found) throw new Error(`cannot resolve ${specifier} from ${from}`);
  return found;
}

/** Every module and package reached from a file by the imports that stay in the bundle. */
function runtimeImports(entry: string): Set<string> {
  const reached = new Set<string>();
  const visit = (file: string) => {
    if (reached.has(file)) return;
    reached.add(file);
    if (!file.startsWith('/')) return;
    for (const [, typeOnly, specifier] of readFileSync(file, 'utf8').matchAll(STATIC_IMPORT)) {
      if (typeOnly || !specifier) continue;
      visit(specifier.startsWith('.') ? resolveModule(file, specifier) : specifier.split('/')[0]!);
    }
  };
  visit(join(projectRoot, entry));
  return new Set([...reached].map((module) => (module.startsWith('/') ? relative(projectRoot, module) : module)));
}

/** The entry, the store's loader, and the lazy chunks the default view loads. */
const LOAD_A_VALID_STORE = [
  'src/app/main.tsx',
  'src/app/data/store-query.ts',
  'src/store/canonical-store.ts',
  'src/app/Chronique.tsx',
  'src/features/timeline/TimelineView.tsx',
];

describe('modules that load a valid store', () => {
  it('the import walk finds zod where it is (so it can fail)', () => {
    expect(runtimeImports('src/store/parse-store.ts')).toContain('zod');
    expect(runtimeImports('src/store/parse-store.ts')).toContain('src/store/schema.ts');
  });

  it.each(LOAD_A_VALID_STORE)('%s does not import zod, even indirectly', (entry) => {
    const reached = runtimeImports(entry);
    expect(reached.size).toBeGreaterThan(1);
    expect([...reached].filter((module) => module === 'zod' || module.endsWith('store/schema.ts'))).toEqual([]);
  });
});
