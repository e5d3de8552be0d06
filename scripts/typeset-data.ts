/**
 * npm run typeset — applies the French typography rules (src/store/typography.ts) to every French
 * string we write in data/ (never to a quote), and rewrites the files that change. The builder
 * refuses a French string that does not follow them; this is how an editor fixes them all at once.
 * English faults (straight quotes, « ») are listed, not fixed: which quote is meant needs a reader.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { SOURCE_FILES } from '../src/store/assemble';
import { proseFields, typesetSources, type ProseSources } from '../src/store/prose-fields';
import { englishTypographyFault } from '../src/store/typography';

const root = resolve(import.meta.dirname, '..');
const files = Object.entries(SOURCE_FILES) as [keyof ProseSources, string][];
const sources = Object.fromEntries(
  files.map(([key, file]) => [key, JSON.parse(readFileSync(join(root, file), 'utf8')) as unknown]),
) as unknown as ProseSources;
const changed = typesetSources(sources, SOURCE_FILES);
for (const [key, file] of files) if (changed.has(file)) writeFileSync(join(root, file), `${JSON.stringify(sources[key], null, 2)}\n`);

let englishFaults = 0;
for (const field of proseFields(sources, SOURCE_FILES)) {
  const fault = field.language === 'en' ? englishTypographyFault(field.text) : undefined;
  if (!fault) continue;
  englishFaults += 1;
  console.log(`${field.file}: ${field.id ?? ''} ${field.field}: ${fault.rule}, near «${fault.near}»`);
}
console.log(`typeset: ${changed.size} file(s) rewritten; ${englishFaults} English string(s) to fix by hand`);
