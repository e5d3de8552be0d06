/**
 * fast-check mutations of a store as JSON: each picks a node of a kind it can break (a string, a
 * date, a URL, a quote's offsets, an object, an array) and changes it the way a hand edit or a
 * hostile file would. Some leave the store valid, most do not: the test does not know which.
 */
import fc from 'fast-check';

export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type JsonObject = { [key: string]: Json };
type Key = string | number;

interface JsonNode {
  /** The key of the node in its parent, undefined for the root. */
  key?: Key;
  parent?: JsonObject | Json[];
  value: Json;
}

export type Mutation = (root: Json) => void;

/** How fast-check prints a counterexample: the mutation's name and inputs, not a function's source. */
const describedAs = (name: string, inputs: unknown[], mutate: Mutation): Mutation =>
  Object.assign(mutate, { [fc.toStringMethod]: () => `${name}(${inputs.map((input) => fc.stringify(input)).join(', ')})` });

const isObject = (value: Json): value is JsonObject => typeof value === 'object' && value !== null && !Array.isArray(value);

function nodes(value: Json, parent?: JsonObject | Json[], key?: Key, found: JsonNode[] = []): JsonNode[] {
  found.push(parent === undefined ? { value } : { parent, key: key!, value });
  if (Array.isArray(value)) value.forEach((item, index) => nodes(item, value, index, found));
  else if (isObject(value)) for (const [name, item] of Object.entries(value)) nodes(item, value, name, found);
  return found;
}

/** An own data property, even for `__proto__`, as JSON.parse would make it. */
function put(container: JsonObject | Json[], key: Key, value: Json): void {
  Object.defineProperty(container, key, { value, enumerable: true, writable: true, configurable: true });
}

/** A mutation of the `pick`-th node (modulo their number) that `applies` to, if there is one. */
function at(pick: number, applies: (node: JsonNode) => boolean, change: (node: JsonNode) => void): Mutation {
  return (root) => {
    const candidates = nodes(root).filter(applies);
    const node = candidates[pick % Math.max(1, candidates.length)];
    if (node) change(node);
  };
}

const replaceWith = (value: Json) => (node: JsonNode) => {
  if (node.parent !== undefined) put(node.parent, node.key!, value);
};

const named =
  (...keys: string[]) =>
  (node: JsonNode) =>
    typeof node.key === 'string' && keys.includes(node.key);
const isString = (node: JsonNode) => typeof node.value === 'string';
const notRoot = (node: JsonNode) => node.parent !== undefined;

const WHITESPACE = [' ', '\t', '\n', '\r', '\u00a0', '\u2028', '\ufeff', '\u3000', '\u200b'];
const DAYS = [
  '2025-02-29',
  '2024-02-29',
  '2025-02-30',
  '2025-13-01',
  '2025-1-01',
  '0000-01-01',
  '9998-12-31',
  '9999-01-01',
  '2025-06-24T10:00',
  '1996-01-01',
  '2030-12-31',
  '٢٠٢٥-01-01',
];
const URLS = [
  'javascript:alert(1)',
  'data:text/html,<b>x</b>',
  'https://example.org/',
  'HTTPS://EXAMPLE.ORG/a',
  ' https://example.org/',
  'http://',
  'ftp://example.org/',
  '//example.org/',
  'https://exa mple.org/',
  'mailto:a@b.c',
];
const NUMBERS = [-1, 0, 1, 0.5, 1e21, 2 ** 53, 2 ** 53 - 1, 123456];
const WORDS = [
  'summit',
  'Summit',
  'happened',
  'planned',
  'day',
  'week',
  'article',
  'outside',
  'fr',
  'FR',
  'fr-FR',
  'f',
  'english',
  'a--b',
  'A',
  '-a',
  'mark-rutte',
  '',
  '2025',
];
const KEYS = ['notes', 'end', 'aliases', 'outlet', 'evidence', 'published', 'edtf', 'id', '__proto__', 'constructor', 'toString', 'extra'];

const pick = fc.nat({ max: 100_000 });
const anyJson = fc.jsonValue({ maxDepth: 2 }) as fc.Arbitrary<Json>;

const replaceAny = fc
  .tuple(pick, anyJson)
  .map(([index, value]) => describedAs('replace', [index, value], at(index, notRoot, replaceWith(value))));

const pad = fc.tuple(pick, fc.constantFrom(...WHITESPACE), fc.boolean()).map(([index, space, before]) =>
  describedAs(
    'pad',
    [index, space, before],
    at(index, isString, (node) => replaceWith(before ? space + String(node.value) : String(node.value) + space)(node)),
  ),
);

const addKey = fc.tuple(pick, fc.oneof(fc.constantFrom(...KEYS), fc.string({ maxLength: 6 })), anyJson).map(([index, key, value]) =>
  describedAs(
    'addKey',
    [index, key, value],
    at(
      index,
      (node) => isObject(node.value),
      (node) => put(node.value as JsonObject, key, value),
    ),
  ),
);

const removeKey = fc.tuple(pick, fc.nat()).map(([index, which]) =>
  describedAs(
    'removeKey',
    [index, which],
    at(
      index,
      (node) => isObject(node.value) && Object.keys(node.value).length > 0,
      (node) => {
        const object = node.value as JsonObject;
        const keys = Object.keys(object);
        delete object[keys[which % keys.length]!];
      },
    ),
  ),
);

const isFilledArray = (node: JsonNode) => Array.isArray(node.value) && node.value.length > 0;

/** Duplicates an item: an event, an article, an entity, a note, a passage, an id. */
const duplicateItem = fc.tuple(pick, fc.nat(), fc.nat()).map(([index, from, to]) =>
  describedAs(
    'duplicateItem',
    [index, from, to],
    at(index, isFilledArray, (node) => {
      const array = node.value as Json[];
      array.splice(to % (array.length + 1), 0, structuredClone(array[from % array.length]!));
    }),
  ),
);

const removeItem = fc.tuple(pick, fc.nat()).map(([index, which]) =>
  describedAs(
    'removeItem',
    [index, which],
    at(index, isFilledArray, (node) => {
      const array = node.value as Json[];
      array.splice(which % array.length, 1);
    }),
  ),
);

/** Swaps two strings: an id into another entity group, an article id into a passage… */
const swapStrings = fc.tuple(pick, pick).map(([first, second]) =>
  describedAs('swapStrings', [first, second], (root) => {
    const strings = nodes(root).filter((node) => isString(node) && notRoot(node));
    const [a, b] = [strings[first % Math.max(1, strings.length)], strings[second % Math.max(1, strings.length)]];
    if (!a || !b) return;
    replaceWith(b.value)(a);
    replaceWith(a.value)(b);
  }),
);

const isDayString = (node: JsonNode) => isString(node) && named('start', 'end', 'published')(node);

const breakDay = fc
  .tuple(pick, fc.constantFrom(...DAYS))
  .map(([index, day]) => describedAs('breakDay', [index, day], at(index, isDayString, replaceWith(day))));

/** Another word in a closed list or a pattern-checked field: a kind, a status, a language, an id… */
const changeWord = fc
  .tuple(pick, fc.constantFrom('kind', 'status', 'precision', 'from', 'language', 'id', 'article', 'edtf'), fc.constantFrom(...WORDS))
  .map(([index, key, word]) => describedAs('changeWord', [index, key, word], at(index, named(key), replaceWith(word))));

const changeUrl = fc
  .tuple(pick, fc.constantFrom(...URLS))
  .map(([index, url]) => describedAs('changeUrl', [index, url], at(index, named('url'), replaceWith(url))));

const changeNumber = fc.tuple(pick, fc.constantFrom(...NUMBERS), fc.integer({ min: -2, max: 2 })).map(([index, value, shift]) =>
  describedAs(
    'changeNumber',
    [index, value, shift],
    at(
      index,
      (node) => typeof node.value === 'number',
      (node) => replaceWith(shift === 0 ? value : (node.value as number) + shift)(node),
    ),
  ),
);

/** Alters a quote or a passage's context by a character or two, or any other string. */
const editString = fc.tuple(pick, fc.string({ maxLength: 2 }), fc.boolean()).map(([index, text, cut]) =>
  describedAs(
    'editString',
    [index, text, cut],
    at(index, isString, (node) => {
      const value = node.value as string;
      replaceWith(cut ? value.slice(1) + text : text + value)(node);
    }),
  ),
);

/** Lengthens an event's short label by a few characters: around the limit, some still fit and some do not. */
const growShortLabel = fc.tuple(pick, fc.constantFrom('fr', 'en'), fc.integer({ min: 1, max: 30 })).map(([index, language, extra]) =>
  describedAs(
    'growShortLabel',
    [index, language, extra],
    at(index, named('short'), (node) => {
      const label = node.value;
      if (isObject(label) && typeof label[language] === 'string') put(label, language, `${label[language]}${'x'.repeat(extra)}`);
    }),
  ),
);

export const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  replaceAny,
  pad,
  addKey,
  removeKey,
  duplicateItem,
  removeItem,
  swapStrings,
  breakDay,
  changeWord,
  changeUrl,
  changeNumber,
  editString,
  growShortLabel,
);

/** A mutated copy of a store, as JSON.parse gives it to the app (so also as a text). */
export function mutated(store: unknown, mutations: Mutation[]): string {
  const copy = structuredClone(store) as Json;
  for (const mutate of mutations) mutate(copy);
  return JSON.stringify(copy);
}
