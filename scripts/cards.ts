/**
 * npm run cards — renders the social card images (public/cards/, 1200×630 PNG) from the built
 * store in Debian's Chromium, and records what each was made from in public/cards/manifest.json.
 * Only cards whose HTML changed are rendered again; images no card needs any more are removed.
 * The images are committed, so `npm run build` needs no browser; tests/unit/social-cards.test.ts
 * fails when they no longer match the store.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { parseStore } from '../src/store/parse-store';
import { launchChromium } from './chromium';
import { allCards, CARDS_DIR, CARDS_MANIFEST, cardFingerprint, cardsManifest, type CardsManifest } from './site/cards';
import { CARD_SIZE } from './site/page-head';

const root = resolve(import.meta.dirname, '..');
const parsed = parseStore(JSON.parse(readFileSync(join(root, 'public/data/store.json'), 'utf8')));
if (!parsed.ok) {
  console.error(`cards: public/data/store.json is not valid (${parsed.problem}); run npm run build:store first`);
  process.exit(1);
}

const cards = allCards(parsed.store);
const manifestFile = join(root, CARDS_MANIFEST);
const previous: CardsManifest = existsSync(manifestFile) ? (JSON.parse(readFileSync(manifestFile, 'utf8')) as CardsManifest) : {};
const fileOf = (path: string) => join(root, 'public', path);
const stale = cards.filter((card) => previous[card.path] !== cardFingerprint(card) || !existsSync(fileOf(card.path)));

if (stale.length > 0) {
  const browser = await launchChromium();
  try {
    const page = await browser.newPage({ viewport: CARD_SIZE, deviceScaleFactor: 1 });
    // A card is made of its own HTML only: nothing may be fetched.
    await page.route('**/*', (route) => route.abort());
    for (const card of stale) {
      await page.setContent(card.html, { waitUntil: 'load' });
      mkdirSync(dirname(fileOf(card.path)), { recursive: true });
      await page.screenshot({ path: fileOf(card.path), clip: { x: 0, y: 0, ...CARD_SIZE } });
    }
  } finally {
    await browser.close();
  }
}

const wanted = new Set(cards.map((card) => fileOf(card.path)));
const listPngs = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? listPngs(join(dir, entry.name)) : entry.name.endsWith('.png') ? [join(dir, entry.name)] : [],
  );
const removed = listPngs(join(root, CARDS_DIR)).filter((file) => !wanted.has(file));
for (const file of removed) rmSync(file);
writeFileSync(manifestFile, `${JSON.stringify(cardsManifest(cards), null, 2)}\n`);
console.log(
  `cards: ${cards.length} cards, ${stale.length} rendered, ${removed.length} removed (${removed.map((file) => relative(root, file)).join(', ') || 'none'})`,
);
