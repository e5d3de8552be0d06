/**
 * A deterministic synthetic event store for the benchmark: valid per src/store/schema.ts, with
 * realistic text lengths, 30 years of dates in bursts, quotes that are real passages of synthetic
 * articles. Events are produced one at a time so that 100,000 of them can be written as a stream.
 */
import { compareDates } from '../src/store/assemble';
import { isoWeekday, timeToIsoDay, toEdtf } from '../src/store/dates';
import type { Article, DateSpec, Entities, Entity, Evidence, Kind, Note, Store, StoreEvent } from '../src/store/schema';
import { selectQuote } from '../src/store/selectors';
import { SHORT_LABEL_MAX } from '../src/store/schema-rules';
import { integer, mulberry32, normal, pick, pickSkewed, type Random } from './prng';
import { ACTOR_NAMES, PLACES, SENTENCES, THEMES, TITLE_TAILS, TITLES, WEEKDAYS_FR } from './synthetic-vocabulary';

export interface SyntheticOptions {
  events: number;
  seed?: number;
}

export interface SyntheticStore {
  /** Everything but the events. */
  head: Omit<Store, 'events'>;
  count: number;
  /** The events in chronological order; each call starts again and yields the same events. */
  events: () => Generator<StoreEvent>;
}

export const DEFAULT_SEED = 20_250_624;
const DAY = 86_400_000;
const FIRST_DAY = Date.UTC(1996, 0, 1);
const LAST_DAY = Date.UTC(2025, 11, 31);
export const SENTENCES_PER_ARTICLE = 40;
export const TITLE_LENGTH = { min: 40, max: 90 };
export const SUMMARY_LENGTH = { min: 150, max: 400 };

const KIND_WEIGHTS: readonly [Kind, number][] = [
  ['meeting', 20],
  ['visit', 10],
  ['summit', 3],
  ['ministerial', 5],
  ['interview', 8],
  ['call', 8],
  ['initiative', 5],
  ['statement', 15],
  ['press-conference', 8],
  ['negotiation', 5],
  ['incident', 4],
  ['appointment', 2],
  ['decision', 4],
  ['aid', 3],
];

export function slug(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}

const clamp = (value: number, min: number, max: number) => Math.min(max, Math.max(min, value));

function weighted<T>(random: Random, items: readonly [T, number][]): T {
  const total = items.reduce((sum, [, weight]) => sum + weight, 0);
  let left = random() * total;
  for (const [item, weight] of items) {
    left -= weight;
    if (left < 0) return item;
  }
  return items[items.length - 1]![0];
}

function entities(): Entities {
  const actors: Entity[] = ACTOR_NAMES.map((name) => ({
    id: slug(name),
    label: { fr: name, en: name },
    aliases: [name.split(' ').slice(1).join(' ')],
  }));
  const places: Entity[] = PLACES.map((place) => ({ id: slug(place.en), label: place }));
  const themes: Entity[] = THEMES.map((theme) => ({ id: slug(theme.label.fr), label: theme.label }));
  return { actors, places, themes };
}

interface Slots {
  a: string;
  b: string;
  p: string;
  t: string;
  n: number;
}

const fill = (template: string, slots: Slots) => template.replace(/\{([abptn])\}/g, (_, key: keyof Slots) => String(slots[key]));

function randomSlots(
  random: Random,
  language: 'fr' | 'en',
  actors: readonly string[] = ACTOR_NAMES,
  places: readonly string[] = PLACES.map((place) => place[language]),
): Slots {
  return {
    a: pickSkewed(random, actors),
    b: pick(random, actors),
    p: pick(random, places),
    t: pick(random, THEMES).phrase[language],
    n: integer(random, 2, 40),
  };
}

// --- articles: numbered passages, so that every sentence is a unique quote ----------------------

interface SyntheticArticle {
  article: Article;
  /** One selector per sentence, computed on the article's text. */
  passages: Evidence[];
}

function makeArticle(random: Random, index: number, published: number): SyntheticArticle {
  const id = `article-synthetique-${String(index + 1).padStart(3, '0')}`;
  const slots = randomSlots(random, 'fr');
  const title = `${fill(pick(random, Object.values(TITLES)).fr, slots)} : ce qu’il faut retenir`;
  const sentences = Array.from({ length: SENTENCES_PER_ARTICLE }, (_, number) => {
    const sentence = fill(pick(random, SENTENCES).fr, randomSlots(random, 'fr'));
    // The reference makes each sentence unique: "(réf. 3-1)" is never inside "(réf. 3-12)".
    return `${sentence.slice(0, -1)} (réf. ${index + 1}-${number + 1}).`;
  });
  const paragraphs: string[] = [];
  for (let at = 0; at < sentences.length; at += 4) paragraphs.push(sentences.slice(at, at + 4).join(' '));
  const text = `${title}\n\n${paragraphs.join('\n\n')}\n`;
  const passages = sentences.map((exact) => {
    const result = selectQuote(text, exact);
    if (!result.ok) throw new Error(`synthetic article ${id}: sentence not unique (${result.reason})`);
    return { article: id, ...result.selector };
  });
  const day = timeToIsoDay(published);
  const article: Article = {
    id,
    title,
    language: 'fr',
    text,
    published: {
      start: day,
      precision: 'day',
      edtf: day,
      from: 'article',
      basis: { fr: 'La date figure en tête de l’article.', en: 'The date is printed at the top of the article.' },
    },
  };
  return { article, passages };
}

// --- dates: bursts around cluster centres, plus a background -------------------------------------

interface Cluster {
  centre: number;
  spreadDays: number;
}

interface PlannedDate {
  date: Omit<DateSpec, 'from' | 'basis'>;
  cluster: number;
}

function planDates(random: Random, count: number, clusters: readonly Cluster[]): PlannedDate[] {
  const cumulative: number[] = [];
  let total = 0;
  for (let index = 0; index < clusters.length; index += 1) {
    // Skewed weights: a few clusters are big news, most are small.
    total += 1 / (random() + 0.03);
    cumulative.push(total);
  }
  const planned: PlannedDate[] = [];
  for (let index = 0; index < count; index += 1) {
    let cluster: number;
    let time: number;
    if (random() < 0.1) {
      time = FIRST_DAY + random() * (LAST_DAY - FIRST_DAY);
      cluster = Math.floor(random() * clusters.length);
    } else {
      const target = random() * total;
      let low = 0;
      let high = cumulative.length - 1;
      while (low < high) {
        const middle = (low + high) >> 1;
        if (cumulative[middle]! < target) low = middle + 1;
        else high = middle;
      }
      cluster = low;
      const { centre, spreadDays } = clusters[cluster]!;
      time = centre + normal(random) * spreadDays * DAY;
    }
    planned.push({ date: makeDate(random, clamp(time, FIRST_DAY, LAST_DAY)), cluster });
  }
  return planned.sort((a, b) => compareDates(a.date, b.date));
}

function makeDate(random: Random, time: number): PlannedDate['date'] {
  const day = new Date(Math.floor(time / DAY) * DAY);
  const [year, month] = [day.getUTCFullYear(), day.getUTCMonth()];
  const precisionDraw = random();
  const isRange = random() < 0.15;
  if (precisionDraw < 0.82) {
    const start = timeToIsoDay(day.getTime());
    const end = isRange ? timeToIsoDay(Math.min(LAST_DAY, day.getTime() + integer(random, 1, random() < 0.9 ? 6 : 60) * DAY)) : undefined;
    return { start, ...(end === undefined ? {} : { end }), precision: 'day', edtf: toEdtf(start, end, 'day') };
  }
  if (precisionDraw < 0.94) {
    const start = timeToIsoDay(Date.UTC(year, month, 1));
    const lastMonth = isRange ? Math.min(month + integer(random, 1, 3), 11) : month;
    const end = timeToIsoDay(Date.UTC(year, lastMonth + 1, 0));
    return { start, end, precision: 'month', edtf: toEdtf(start, end, 'month') };
  }
  const start = `${year}-01-01`;
  const end = `${isRange ? Math.min(year + 1, 2025) : year}-12-31`;
  return { start, end, precision: 'year', edtf: toEdtf(start, end, 'year') };
}

// --- events ------------------------------------------------------------------------------------

type Both = { fr: string; en: string };

const fits = (text: Both, max: number) => text.fr.length <= max && text.en.length <= max;
const longEnough = (text: Both, min: number) => text.fr.length >= min && text.en.length >= min;

/** Grows a text from its start with random additions until it reaches `target`, never beyond `max`. */
function grow(random: Random, start: Both, limits: { min: number; max: number }, target: number, addition: () => Both): Both {
  let text = start;
  for (let tries = 0; tries < 40 && !longEnough(text, target); tries += 1) {
    const next = addition();
    const candidate = { fr: text.fr + next.fr, en: text.en + next.en };
    if (fits(candidate, limits.max)) text = candidate;
    else if (longEnough(text, limits.min) && random() < 0.3) break;
  }
  return text;
}

function makeText(random: Random, kind: Kind, fr: Slots, en: Slots) {
  const both = (template: Both, prefix = ''): Both => ({ fr: prefix + fill(template.fr, fr), en: prefix + fill(template.en, en) });
  const title = grow(random, both(TITLES[kind]), TITLE_LENGTH, random() < 0.5 ? TITLE_LENGTH.min : TITLE_LENGTH.max, () =>
    both(pick(random, TITLE_TAILS)),
  );
  // Each sentence at most once in a summary.
  const sentences = distinct(random, SENTENCES, SENTENCES.length);
  const grown = grow(random, both(sentences.pop()!), SUMMARY_LENGTH, integer(random, SUMMARY_LENGTH.min, SUMMARY_LENGTH.max), () =>
    both(sentences.pop() ?? { fr: '', en: '' }, ' '),
  );
  // Out of sentences, growing appends bare spaces: cut them, as zod's trim would (and the fast path
  // for valid stores refuses them). Cut here, not in grow, so that the random draws stay the same.
  const summary = { fr: grown.fr.trimEnd(), en: grown.en.trimEnd() };
  if (!longEnough(title, TITLE_LENGTH.min) || !longEnough(summary, SUMMARY_LENGTH.min)) {
    // Not reachable with the templates above; a readable failure if they change.
    throw new Error(`synthetic text too short: ${title.fr} / ${summary.fr}`);
  }
  return { title, short: { fr: shortLabel(fill(TITLES[kind].fr, fr)), en: shortLabel(fill(TITLES[kind].en, en)) }, summary };
}

/** A short label within the store's limit: the title's first clause, cut at a word if a long name makes it too long. */
function shortLabel(text: string): string {
  if (text.length <= SHORT_LABEL_MAX) return text;
  const cut = text.slice(0, SHORT_LABEL_MAX + 1);
  return cut.slice(0, cut.lastIndexOf(' ')).trimEnd();
}

function basisFor(from: DateSpec['from'], date: PlannedDate['date'], articleId: string): DateSpec['basis'] {
  if (from === 'article')
    return { fr: `L’article ${articleId} donne la date en toutes lettres.`, en: `Article ${articleId} states the date in full.` };
  if (from === 'weekday') {
    const weekday = WEEKDAYS_FR[isoWeekday(date.start) - 1]!;
    return {
      fr: `L’article dit « ${weekday} » ; sa date de publication fixe le jour.`,
      en: `The article says « ${weekday} »; its publication date fixes the day.`,
    };
  }
  return {
    fr: 'L’article ne donne aucune date utilisable : sources extérieures.',
    en: 'The article gives no usable date: outside sources.',
  };
}

function distinct<T>(random: Random, items: readonly T[], count: number, skew = 1): T[] {
  const chosen = new Set<T>();
  while (chosen.size < Math.min(count, items.length)) chosen.add(skew === 1 ? pick(random, items) : pickSkewed(random, items, skew));
  return [...chosen];
}

export function syntheticStore({ events: count, seed = DEFAULT_SEED }: SyntheticOptions): SyntheticStore {
  const setup = mulberry32(seed);
  const clusters: Cluster[] = Array.from({ length: clamp(Math.round(count / 40), 30, 3000) }, () => ({
    centre: FIRST_DAY + setup() * (LAST_DAY - FIRST_DAY),
    // Mostly tight bursts (a summit week), a few long stories (months).
    spreadDays: 1 + 45 * setup() ** 3,
  }));
  const articleCount = clamp(Math.ceil(count / 250), 5, 400);
  const synthetic = Array.from({ length: articleCount }, (_, index) =>
    makeArticle(setup, index, clamp(clusters[index % clusters.length]!.centre + 2 * DAY, FIRST_DAY, LAST_DAY)),
  );
  const head: SyntheticStore['head'] = {
    schemaVersion: 1,
    title: {
      fr: `Banc d’essai : ${count.toLocaleString('fr-FR')} événements synthétiques`,
      en: `Benchmark: ${count.toLocaleString('en-GB')} synthetic events`,
    },
    articles: synthetic.map(({ article }) => article),
    entities: entities(),
  };
  const { actors, places, themes } = head.entities;
  const digits = Math.max(6, String(count).length);

  function* events(): Generator<StoreEvent> {
    const random = mulberry32(seed ^ 0x9e3779b9);
    const planned = planDates(random, count, clusters);
    for (let index = 0; index < planned.length; index += 1) {
      const { date, cluster } = planned[index]!;
      const id = `evenement-${String(index + 1).padStart(digits, '0')}`;
      const { article, passages } = synthetic[cluster % synthetic.length]!;
      const kind = weighted(random, KIND_WEIGHTS);
      const eventActors = distinct(random, actors, integer(random, 1, 3), 2);
      const eventPlaces = random() < 0.15 ? [] : distinct(random, places, integer(random, 1, 2), 2);
      const eventThemes = distinct(random, themes, integer(random, 1, 2));
      const other = actors[(actors.indexOf(eventActors[0]!) + 1 + integer(random, 0, actors.length - 2)) % actors.length]!;
      const label = (entity: Entity | undefined, language: 'fr' | 'en', fallback: string) => entity?.label[language] ?? fallback;
      const slotsFor = (language: 'fr' | 'en'): Slots => ({
        a: label(eventActors[0], language, ''),
        b: label(eventActors[1] ?? other, language, ''),
        p: label(eventPlaces[0] ?? places[cluster % places.length], language, ''),
        t: THEMES[themes.indexOf(eventThemes[0]!)]!.phrase[language],
        n: 5 + (index % 40),
      });
      const { title, short, summary } = makeText(random, kind, slotsFor('fr'), slotsFor('en'));
      const fromDraw = random();
      const from: DateSpec['from'] = fromDraw < 0.7 ? 'article' : fromDraw < 0.85 ? 'weekday' : 'outside';
      const evidenceDraw = random();
      const evidence = distinct(random, passages, evidenceDraw < 0.6 ? 1 : evidenceDraw < 0.9 ? 2 : 3);
      const notes: Note[] =
        random() < 0.05
          ? [
              {
                fr: 'L’article se trompe de jour d’une semaine ; la date retenue est celle des sources.',
                en: 'The article is a week off; the date kept is the one in the sources.',
                ...(random() < 0.5 ? { evidence: evidence[0]! } : {}),
              },
            ]
          : [];
      const year = date.start.slice(0, 4);
      yield {
        id,
        title,
        short,
        summary,
        date: { ...date, from, basis: basisFor(from, date, article.id) },
        status: index > planned.length * 0.97 && random() < 0.5 ? 'announced' : 'happened',
        kind,
        actors: eventActors.map((entity) => entity.id),
        places: eventPlaces.map((entity) => entity.id),
        themes: eventThemes.map((entity) => entity.id),
        evidence,
        corroboration:
          from === 'outside'
            ? Array.from({ length: integer(random, 1, 2) }, (_, source) => ({
                url: `https://www.example.org/archives/${year}/${id}-${source + 1}`,
                site: 'example.org',
                published: date.start,
              }))
            : [],
        notes,
      };
    }
  }

  return { head, count, events };
}

/** The whole store in memory (for tests and small stores). */
export function collectStore(synthetic: SyntheticStore): Store {
  const { schemaVersion, title, articles, entities: storeEntities } = synthetic.head;
  return { schemaVersion, title, articles, events: [...synthetic.events()], entities: storeEntities };
}

/** The store as JSON text, in pieces (one per event): the same text as JSON.stringify(collectStore(…)). */
export function* storeJsonChunks(synthetic: SyntheticStore): Generator<string> {
  const { schemaVersion, title, articles, entities: storeEntities } = synthetic.head;
  yield `{"schemaVersion":${JSON.stringify(schemaVersion)},"title":${JSON.stringify(title)},"articles":${JSON.stringify(articles)},"events":[`;
  let first = true;
  for (const event of synthetic.events()) {
    yield (first ? '' : ',') + JSON.stringify(event);
    first = false;
  }
  yield `],"entities":${JSON.stringify(storeEntities)}}`;
}
