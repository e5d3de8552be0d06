/**
 * npm run import:timelinejs -- <timeline.json> [--lang fr|en] [--out drafts.json]
 * Turns a TimelineJS3 JSON timeline into draft entries for data/events.json (printed, or written
 * to --out), and says on stderr what was left out and which themes to declare in entities.json.
 * Texts go into --lang (default fr); the builder refuses the drafts, each by name, until they quote
 * an article (see src/store/drafts.ts).
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { basename } from 'node:path';
import { parseArgs } from 'node:util';
import { JSDOM } from 'jsdom';
import { importTimelineJs, type ImportLanguage } from '../src/store/timelinejs-import';

const usage = 'usage: npm run import:timelinejs -- <timeline.json> [--lang fr|en] [--out drafts.json]';
const { values, positionals } = parseArgs({ allowPositionals: true, options: { lang: { type: 'string' }, out: { type: 'string' } } });
const [file] = positionals;
const language = values.lang ?? 'fr';
if (file === undefined || (language !== 'fr' && language !== 'en')) {
  console.error(usage);
  process.exit(2);
}
if (!existsSync(file)) {
  console.error(`import:timelinejs: no such file: ${file}`);
  process.exit(2);
}

let timeline: unknown;
try {
  timeline = JSON.parse(readFileSync(file, 'utf8'));
} catch (error) {
  console.error(`import:timelinejs: ${file} is not valid JSON (${(error as Error).message})`);
  process.exit(1);
}

/** TimelineJS texts are HTML: their text, with a space where a block or a line break was. Nothing runs. */
function toText(html: string): string {
  const spaced = html.replace(/<(br|\/p|\/div|\/li|\/h[1-6]|\/blockquote)\b/gi, ' <$1');
  return (JSDOM.fragment(spaced).textContent ?? '').replace(/[^\S\u00a0\u202f]+/g, ' ').trim();
}

let result: ReturnType<typeof importTimelineJs>;
try {
  result = importTimelineJs(timeline, basename(file), language as ImportLanguage, toText);
} catch (error) {
  console.error(`import:timelinejs: ${(error as Error).message}`);
  process.exit(1);
}

const json = `${JSON.stringify(result.events, null, 2)}\n`;
if (values.out === undefined) process.stdout.write(json);
else writeFileSync(values.out, json);

const other = language === 'fr' ? 'en' : 'fr';
console.error(
  `import:timelinejs: ${result.events.length} draft events from ${file}${values.out === undefined ? '' : ` → ${values.out}`}, texts in ${language}.`,
);
console.error(
  `  Each is marked "draft" and has no evidence: the builder will not publish it until it quotes an article ` +
    `(npm run quote finds the passage). Also write the ${other} texts, the kind, the status and how the date was fixed (date.from).`,
);
for (const note of result.notes) console.error(`  ${note}`);
if (result.themes.length > 0) {
  const entities = result.themes.map(({ id, label }) => ({
    id,
    label: { fr: language === 'fr' ? label : '', en: language === 'en' ? label : '' },
  }));
  console.error(`  Themes to add to entities.json (from TimelineJS groups):\n${JSON.stringify(entities, null, 2).replace(/^/gm, '    ')}`);
}
