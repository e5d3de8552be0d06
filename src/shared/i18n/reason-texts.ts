/**
 * Why part of a store was refused, in each interface language (the codes are in store/reasons.ts;
 * the type makes every code need its text in both). French follows the store's typography: U+202F
 * inside « » and before ; ! ?, U+00A0 before :.
 */
import {
  ENGLISH_REASONS,
  englishReason,
  englishShardFailure,
  type Reason,
  reasonText,
  type ReasonTexts,
  type SchemaMessage,
  type ShardFailure,
  shardFailureText,
} from '../../store/reasons';
import { SHORT_LABEL_MAX } from '../../store/schema-rules';
import type { Language } from './dictionary';

const guillemets = (values: readonly string[]) => values.map((value) => `«\u202f${value}\u202f»`).join(', ');

const FRENCH_SCHEMA_MESSAGES: Record<SchemaMessage, string> = {
  translationRequired: 'une traduction est requise',
  translationEmpty: 'une traduction ne peut pas être vide',
  shortTooLong: `un libellé court a au plus ${SHORT_LABEL_MAX}\u00a0caractères`,
  shortRequired: 'un libellé court { fr, en } est requis',
  idPattern: 'un identifiant est fait de mots ASCII en minuscules, joints par des traits d’union',
  dayPattern: 'un jour s’écrit AAAA-MM-JJ',
  notCalendarDay: 'ce jour n’existe pas au calendrier',
  endBeforeStart: 'la fin précède le début',
  notDrawable: 'les années après 9998 ne peuvent pas être montrées',
  httpOnly: 'seules les adresses en http ou https sont admises',
  evidenceRequired: 'un événement cite au moins un passage d’article',
  languageTag: 'une étiquette de langue BCP\u00a047 est attendue',
};

const FRENCH_TYPES: Record<string, string> = {
  string: 'un texte',
  number: 'un nombre',
  boolean: 'un booléen',
  object: 'un objet',
  array: 'une liste',
};

const FRENCH_UNITS = { characters: 'caractères', items: 'éléments' } as const;

const FRENCH_REASONS: ReasonTexts = {
  ...(Object.fromEntries(Object.entries(FRENCH_SCHEMA_MESSAGES).map(([code, text]) => [code, () => text])) as {
    [Code in SchemaMessage]: () => string;
  }),
  'expected-type': ({ expected }) => `attendu\u00a0: ${FRENCH_TYPES[expected] ?? expected}`,
  'too-small': ({ minimum, of }) => (of === 'value' ? `au moins ${minimum}` : `au moins ${minimum}\u00a0${FRENCH_UNITS[of]}`),
  'too-big': ({ maximum, of }) => (of === 'value' ? `au plus ${maximum}` : `au plus ${maximum}\u00a0${FRENCH_UNITS[of]}`),
  'not-one-of': ({ values }) => `attendu\u00a0: l’une des valeurs ${guillemets(values)}`,
  'unknown-keys': ({ keys }) => `clés inconnues\u00a0: ${guillemets(keys)}`,
  'wrong-format': () => 'format incorrect',
  invalid: () => 'valeur non valide',
  'not-an-object': ({ found }) =>
    found === undefined
      ? 'un objet est attendu'
      : `un objet est attendu, ceci est ${found === 'array' ? 'une liste' : found === 'null' ? 'null' : 'une autre valeur'}`,
  'expected-list': () => 'une liste est attendue',
  'file-not-object': () => 'le fichier n’est pas un objet JSON',
  'schema-version': ({ found, expected }) => `${found ?? 'absente'}\u202f; cette application lit la version ${expected}`,
  'duplicated-id': ({ of }) => `identifiant ${of === 'article' ? 'd’article' : of === 'event' ? 'd’événement' : 'd’entité'} en double`,
  'duplicated-event-kept-first': () => 'identifiant d’événement en double\u00a0: le premier événement qui le porte est montré',
  'unknown-article': ({ article }) => `article inconnu ${guillemets([article])}`,
  'quote-mismatch': ({ article, start, end }) =>
    start === undefined
      ? `la citation ne correspond pas à l’article ${guillemets([article])}`
      : `la citation ne correspond pas à l’article ${guillemets([article])} aux positions ${start}–${end}`,
  'unknown-entity': ({ entity }) => `entité inconnue ${guillemets([entity])}`,
  'unsafe-link-removed': () => 'seuls les liens en http ou https sont admis\u202f; celui-ci a été retiré',
  'shard-article-differs': ({ shard, article }) =>
    `${shard} contient un autre texte de l’article ${guillemets([article])} que son fragment d’origine`,
  'shard-not-loaded': ({ shard, failure }) => `${shard} n’a pas pu être chargé\u00a0: ${frenchFailure(failure)}`,
  'file-not-loaded': ({ kind, status }) =>
    kind === 'network'
      ? 'le réseau n’a pas répondu (connexion coupée ou serveur injoignable)'
      : kind === 'timeout'
        ? 'le serveur n’a pas répondu à temps'
        : kind === 'json'
          ? 'le fichier reçu n’est pas du JSON valide\u202f; il est peut-être incomplet'
          : status === 404
            ? 'le fichier est introuvable sur le serveur (HTTP 404)'
            : `le serveur a répondu par une erreur (HTTP ${status ?? '?'})`,
  'expected-value': ({ value }) => `attendu\u00a0: ${guillemets([value])}`,
  'expected-file-names': () => 'une liste de noms de fichiers est attendue',
  'shard-path-not-relative': () => 'un fragment est un chemin relatif, à l’intérieur du dossier de l’index',
  'expected-shard-position': () => 'la position d’un fragment est attendue',
  'expected-columns': () => 'un objet de colonnes est attendu',
  'expected-strings': () => 'une liste de textes est attendue',
  'expected-column-length': ({ count }) => `${count}\u00a0valeurs sont attendues, une par événement`,
  'expected-language-columns': () => 'des colonnes { fr, en } sont attendues',
  'not-a-shard': ({ format }) => `ce n’est pas un fragment (format ${guillemets([format])})`,
  'shard-version-differs': () => 'son schemaVersion diffère de celui de l’index',
  'shard-position-differs': ({ found, expected }) => `il dit être le fragment ${found}, et non le ${expected}`,
  'shard-lists-expected': () => 'events et articles\u00a0: des listes sont attendues',
  'shard-events-differ': () => 'ses événements ne sont pas ceux que l’index lui attribue',
};

const FRENCH_COLON = '\u00a0: ';

function frenchFailure(failure: ShardFailure): string {
  return shardFailureText(failure, FRENCH_REASONS, FRENCH_COLON, '\u202f; ');
}

export const REASON_TEXTS: Record<Language, ReasonTexts> = { fr: FRENCH_REASONS, en: ENGLISH_REASONS };

/** A reason in `language`, after its path: `date.end\u00a0: la fin précède le début`. */
export const reasonIn = (reason: Reason, language: Language) =>
  language === 'fr' ? reasonText(reason, FRENCH_REASONS, FRENCH_COLON) : englishReason(reason);

/** Why a shard could not be had, in `language`. */
export const shardFailureIn = (failure: ShardFailure, language: Language) =>
  language === 'fr' ? frenchFailure(failure) : englishShardFailure(failure);
