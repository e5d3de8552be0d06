/**
 * The social card images (1200×630 PNG): one of the collection and one of each event, in French
 * and in English, with the title, the date and how certain it is. `npm run cards` renders each
 * card's HTML in Chromium; public/cards/manifest.json keeps a fingerprint of the HTML each image
 * was made from, so a test can tell when the store has moved on and the images must be remade.
 */
import { createHash } from 'node:crypto';
import { escapeHtml } from '../../src/shared/html-escape';
import { formatEventDate } from '../../src/shared/format-date';
import { dictionaries } from '../../src/shared/i18n/dictionaries';
import { LANGUAGES, type Language } from '../../src/shared/i18n/dictionary';
import type { Store, StoreEvent } from '../../src/store/schema';
import { CARD_SIZE } from './page-head';

export const CARDS_DIR = 'public/cards';
export const CARDS_MANIFEST = `${CARDS_DIR}/manifest.json`;

export interface Card {
  /** Where the image is served (and, under public/, where it is written). */
  path: string;
  language: Language;
  html: string;
  alt: string;
}

export const collectionCardPath = (language: Language) => `/cards/${language}.png`;
export const eventCardPath = (language: Language, eventId: string) => `/cards/${language}/${eventId}.png`;

const STYLE = `
  * { box-sizing: border-box; margin: 0; }
  html, body { width: ${CARD_SIZE.width}px; height: ${CARD_SIZE.height}px; }
  body { font-family: 'DejaVu Sans', 'Liberation Sans', Arial, sans-serif; background: #f6f4ef; color: #1b1b1b;
    display: flex; flex-direction: column; padding: 64px 72px; border-left: 24px solid #1d3557; }
  .kicker { font-size: 28px; color: #1d3557; letter-spacing: 0.02em; }
  .kicker b { font-weight: 700; }
  h1 { font-family: 'DejaVu Serif', Georgia, serif; font-size: 58px; line-height: 1.15; margin-top: 36px;
    display: -webkit-box; -webkit-line-clamp: 4; -webkit-box-orient: vertical; overflow: hidden; }
  .collection h1 { font-size: 72px; }
  .meta { margin-top: auto; display: flex; gap: 28px; align-items: center; font-size: 32px; }
  .when { font-weight: 700; }
  .certainty { display: flex; align-items: center; gap: 14px; color: #3a3a3a; }
  .swatch { width: 40px; height: 26px; border: 4px #1d3557; border-radius: 4px; }
  [data-from='article'] .swatch { border-style: solid; }
  [data-from='weekday'] .swatch { border-style: dashed; }
  [data-from='outside'] .swatch { border-style: dotted; }
  .badge { font-size: 24px; padding: 4px 14px; border: 2px solid #8a4b00; color: #8a4b00; border-radius: 999px; }
  .sourced { margin-top: auto; font-size: 30px; color: #3a3a3a; max-width: 960px; }
`;

function page(language: Language, bodyClass: string, content: string): string {
  return (
    `<!doctype html><html lang="${language}"><head><meta charset="utf-8" /><style>${STYLE}</style></head>` +
    `<body class="${bodyClass}">${content}</body></html>`
  );
}

export function collectionCard(store: Store, language: Language): Card {
  const t = dictionaries[language];
  const title = store.title[language];
  const count = t.app.eventCount(store.events.length);
  return {
    path: collectionCardPath(language),
    language,
    alt: t.sharing.collectionCardAlt(title, count),
    html: page(
      language,
      'collection',
      `<p class="kicker"><b>${escapeHtml(t.app.title)}</b> · ${escapeHtml(count)}</p><h1>${escapeHtml(title)}</h1>` +
        `<p class="sourced">${escapeHtml(t.sharing.sourced)}</p>`,
    ),
  };
}

export function eventCard(store: Store, event: StoreEvent, language: Language): Card {
  const t = dictionaries[language];
  const when = formatEventDate(event.date, language);
  const certainty = t.event.dateFrom[event.date.from];
  const badge = event.status === 'announced' ? `<span class="badge">${escapeHtml(t.event.announced)}</span>` : '';
  return {
    path: eventCardPath(language, event.id),
    language,
    alt: t.sharing.cardAlt(event.title[language], when, certainty),
    html: page(
      language,
      'event',
      `<p class="kicker"><b>${escapeHtml(t.app.title)}</b> · ${escapeHtml(store.title[language])}</p>` +
        `<h1>${escapeHtml(event.title[language])}</h1>` +
        `<p class="meta" data-from="${escapeHtml(event.date.from)}"><span class="when">${escapeHtml(when)}</span>` +
        `<span class="certainty"><span class="swatch"></span>${escapeHtml(certainty)}</span>${badge}</p>`,
    ),
  };
}

export function allCards(store: Store): Card[] {
  return LANGUAGES.flatMap((language) => [
    collectionCard(store, language),
    ...store.events.map((event) => eventCard(store, event, language)),
  ]);
}

/** What an image was made from: the exact HTML Chromium rendered. */
export const cardFingerprint = (card: Card) => createHash('sha256').update(card.html).digest('hex');

export type CardsManifest = Record<string, string>;

export function cardsManifest(cards: readonly Card[]): CardsManifest {
  return Object.fromEntries(cards.map((card) => [card.path, cardFingerprint(card)]).sort(([a], [b]) => a!.localeCompare(b!)));
}
