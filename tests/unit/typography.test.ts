import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { SOURCE_FILES } from '../../src/store/assemble';
import { proseFields, typesetSources, type ProseSources } from '../../src/store/prose-fields';
import { englishTypographyFault, frenchTypography, frenchTypographyFault, NARROW_NBSP as N, NBSP } from '../../src/store/typography';
import { readBuiltStore } from '../helpers/built-store';
import { projectRoot } from '../helpers/data-copy';

const readSources = (): ProseSources =>
  Object.fromEntries(
    Object.entries(SOURCE_FILES).map(([key, file]) => [key, JSON.parse(readFileSync(join(projectRoot, file), 'utf8')) as unknown]),
  ) as unknown as ProseSources;

/** Text made of the characters the rules are about, plus words and digits, so that the runs hit them. */
const frenchish = fc
  .array(
    fc.constantFrom(
      'mot',
      'é',
      '1',
      '0',
      ' ',
      '\u00a0',
      '\u202f',
      '\u2009',
      ';',
      ':',
      '!',
      '?',
      '«',
      '»',
      '.',
      ',',
      '/',
      'https://',
      '’',
      '\n',
    ),
    {
      maxLength: 30,
    },
  )
  .map((parts) => parts.join(''));

describe('frenchTypography', () => {
  it.each([
    ['Djeddah : Kyiv', `Djeddah${NBSP}: Kyiv`],
    ['un; deux ! trois ?', `un${N}; deux${N}! trois${N}?`],
    ['« plan de victoire »', `«${N}plan de victoire${N}»`],
    ['«Trump II»', `«${N}Trump II${N}»`],
    ['quoi ?!', `quoi${N}?!`],
    ['coordonnées .', 'coordonnées.'],
    [`Détails${N}:`, `Détails${NBSP}:`],
  ])('typesets %j', (input, output) => {
    expect(frenchTypography(input)).toBe(output);
    expect(frenchTypographyFault(input)).toBeDefined();
    expect(frenchTypographyFault(output)).toBeUndefined();
  });

  it.each(['à 10:30', 'https://www.nato.int/a?b=1', '0,5 et 3.2', '24–25 avril 2025'])('leaves %j alone', (text) => {
    expect(frenchTypography(text)).toBe(text);
  });

  it('names the rule a string breaks, with the place', () => {
    expect(frenchTypographyFault('Appel Rubio–Rutte : les États-Unis')).toEqual({
      rule: 'a no-break space (U+00A0) goes before « : »',
      near: ' Rubio–Rutte : les États',
    });
    expect(frenchTypographyFault('le « plan »')?.rule).toBe('a narrow no-break space (U+202F) goes inside « »');
    expect(frenchTypographyFault('fin ; suite')?.rule).toBe('a narrow no-break space (U+202F) goes before « ; »');
  });

  it('is idempotent: applying it twice changes nothing more', () => {
    fc.assert(
      fc.property(fc.oneof(frenchish, fc.string({ unit: 'grapheme', maxLength: 40 })), (text) => {
        const once = frenchTypography(text);
        expect(frenchTypography(once)).toBe(once);
        expect(frenchTypographyFault(once)).toBeUndefined();
      }),
      { numRuns: 2000 },
    );
  });

  it('never alters a quote: typesetting the sources leaves every exact byte-identical', () => {
    fc.assert(
      fc.property(fc.array(frenchish, { minLength: 1, maxLength: 8 }), (texts) => {
        const sources = readSources();
        const quotes = (sources.events as { evidence: { exact: string }[]; notes: { evidence?: { exact: string } }[] }[]).flatMap(
          (event) => [...event.evidence, ...event.notes.flatMap((note) => note.evidence ?? [])],
        );
        // Quotes full of the signs the rules would change, if they reached them.
        quotes.forEach((quote, index) => (quote.exact = `${quote.exact}${texts[index % texts.length]!}`));
        const before = quotes.map((quote) => quote.exact);
        typesetSources(sources, SOURCE_FILES);
        expect(quotes.map((quote) => quote.exact)).toEqual(before);
      }),
      { numRuns: 30 },
    );
  });

  it('leaves the built store as it is: every French prose string already follows the rules', () => {
    const sources = readSources();
    for (const field of proseFields(sources, SOURCE_FILES)) {
      const fault = field.language === 'fr' ? frenchTypographyFault(field.text) : englishTypographyFault(field.text);
      expect(fault, `${field.file} ${field.id ?? ''} ${field.field}`).toBeUndefined();
    }
    // And the articles themselves are untouched: the store holds them byte for byte.
    for (const article of readBuiltStore().articles) {
      expect(article.text).toBe(readFileSync(join(projectRoot, `data/articles/${article.id}.txt`), 'utf8'));
    }
  });
});

describe('englishTypographyFault', () => {
  it.each([
    ["NATO's own summary", 'English uses ’ for an apostrophe'],
    ['(« le 1er octobre »)', 'English quotes use “ ” (no straight quotes, no « »)'],
    ['a "quote"', 'English quotes use “ ” (no straight quotes, no « »)'],
  ])('finds %j', (text, rule) => {
    expect(englishTypographyFault(text)?.rule).toBe(rule);
  });

  it('accepts curly quotes and apostrophes', () => {
    expect(englishTypographyFault('NATO’s “Arctic Sentry”')).toBeUndefined();
  });
});
