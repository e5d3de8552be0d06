/**
 * npm run quote -- <article-file> "<text>" — finds a passage in an article and prints its
 * evidence entry as the store holds it (article, exact, prefix, suffix, start, end), or says why
 * there is none: the text is absent (with the nearest spelling when only apostrophes, quotes,
 * spaces or case differ) or occurs more than once (with each occurrence, to lengthen it from).
 * data/events.json needs only "article" and "exact": the builder computes the rest.
 */
import { existsSync, readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { describeQuote } from '../src/store/quote-finder';

const [file, text] = process.argv.slice(2);
if (file === undefined || text === undefined) {
  console.error('usage: npm run quote -- <article-file.txt> "<text to find>"');
  process.exit(2);
}
if (!existsSync(file)) {
  console.error(`quote: no such file: ${file}`);
  process.exit(2);
}

const result = describeQuote(basename(file, '.txt'), readFileSync(file, 'utf8'), text);
if (result.ok) {
  console.log(JSON.stringify(result.evidence, null, 2));
  console.error(`quote: found once in ${file}; in data/events.json, "article" and "exact" are enough.`);
} else {
  console.error(`quote: ${result.message.replace('{file}', file)}`);
  process.exit(1);
}
