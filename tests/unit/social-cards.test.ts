import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { allCards, CARDS_MANIFEST, cardsManifest } from '../../scripts/site/cards';
import { CARD_SIZE } from '../../scripts/site/page-head';
import { formatEventDate } from '../../src/shared/format-date';
import { dictionaries } from '../../src/shared/i18n/dictionaries';
import { projectRoot } from '../helpers/data-copy';
import { readBuiltStore } from '../helpers/built-store';
import { pngSize } from '../helpers/png-size';

const store = readBuiltStore();
const cards = allCards(store);

describe('social card images', () => {
  it('exist for the collection and every event, in French and English', () => {
    expect(cards).toHaveLength(2 * (store.events.length + 1));
    for (const card of cards) {
      const file = join(projectRoot, 'public', card.path);
      expect(existsSync(file), `${card.path} is missing: run npm run cards`).toBe(true);
      expect(pngSize(readFileSync(file)), card.path).toEqual(CARD_SIZE);
    }
  });

  it('were made from the current store (otherwise run npm run cards and commit public/cards)', () => {
    const committed = JSON.parse(readFileSync(join(projectRoot, CARDS_MANIFEST), 'utf8'));
    expect(committed).toEqual(cardsManifest(cards));
  });

  it("show each event's title, date and date certainty, escaped, and say them in the alt text", () => {
    for (const event of store.events) {
      for (const language of ['fr', 'en'] as const) {
        const card = cards.find((c) => c.path === `/cards/${language}/${event.id}.png`)!;
        const when = formatEventDate(event.date, language);
        const certainty = dictionaries[language].event.dateFrom[event.date.from];
        expect(card.html).toContain(when);
        expect(card.html).toContain(certainty);
        expect(card.alt).toBe(dictionaries[language].sharing.cardAlt(event.title[language], when, certainty));
      }
    }
    const collection = cards.find((c) => c.path === '/cards/en.png')!;
    expect(collection.alt).toContain(store.title.en);
  });
});
