/**
 * Words for the synthetic stores: fictional people, real places, the Alliance's themes, and
 * French/English sentence templates written in parallel so both languages say the same thing.
 * Slots: {a} {b} actors, {p} a place, {t} a theme phrase, {n} a number.
 */
import type { Kind } from '../src/store/schema';

const FIRST_NAMES = [
  'Anna',
  'Bruno',
  'Clara',
  'Dario',
  'Elsa',
  'Frederik',
  'Greta',
  'Henrik',
  'Ilona',
  'Jonas',
  'Katrin',
  'Lukas',
  'Marta',
  'Nils',
  'Olga',
];
const LAST_NAMES = [
  'Van Dijk',
  'Lindqvist',
  'Moreau',
  'Kowalski',
  'Ferreira',
  'Novak',
  'Berzins',
  'Halvorsen',
  'Rossi',
  'Petrescu',
  'Dimitrov',
  'Keller',
  'Tamm',
  'Oliveira',
  'Jansen',
  'Horvat',
  'Leclerc',
];

/** 50 fictional people (distinct first/last name pairs): a synthetic store must not put words in real mouths. */
export const ACTOR_NAMES: readonly string[] = Array.from({ length: 50 }, (_, index) => {
  const first = FIRST_NAMES[index % FIRST_NAMES.length]!;
  const last = LAST_NAMES[(index * 7) % LAST_NAMES.length]!;
  return `${first} ${last}`;
});

export const PLACES: readonly { fr: string; en: string }[] = [
  { fr: 'Bruxelles', en: 'Brussels' },
  { fr: 'La Haye', en: 'The Hague' },
  { fr: 'Varsovie', en: 'Warsaw' },
  { fr: 'Vilnius', en: 'Vilnius' },
  { fr: 'Riga', en: 'Riga' },
  { fr: 'Tallinn', en: 'Tallinn' },
  { fr: 'Helsinki', en: 'Helsinki' },
  { fr: 'Stockholm', en: 'Stockholm' },
  { fr: 'Oslo', en: 'Oslo' },
  { fr: 'Copenhague', en: 'Copenhagen' },
  { fr: 'Berlin', en: 'Berlin' },
  { fr: 'Paris', en: 'Paris' },
  { fr: 'Londres', en: 'London' },
  { fr: 'Rome', en: 'Rome' },
  { fr: 'Madrid', en: 'Madrid' },
  { fr: 'Lisbonne', en: 'Lisbon' },
  { fr: 'Ankara', en: 'Ankara' },
  { fr: 'Athènes', en: 'Athens' },
  { fr: 'Bucarest', en: 'Bucharest' },
  { fr: 'Sofia', en: 'Sofia' },
  { fr: 'Prague', en: 'Prague' },
  { fr: 'Bratislava', en: 'Bratislava' },
  { fr: 'Budapest', en: 'Budapest' },
  { fr: 'Washington', en: 'Washington' },
  { fr: 'Ottawa', en: 'Ottawa' },
  { fr: 'Kyiv', en: 'Kyiv' },
  { fr: 'Reykjavik', en: 'Reykjavik' },
  { fr: 'Tirana', en: 'Tirana' },
  { fr: 'Skopje', en: 'Skopje' },
  { fr: 'Zagreb', en: 'Zagreb' },
];

export const THEMES: readonly { label: { fr: string; en: string }; phrase: { fr: string; en: string } }[] = [
  { label: { fr: 'Défense aérienne', en: 'Air defence' }, phrase: { fr: 'la défense aérienne', en: 'air defence' } },
  { label: { fr: 'Dépenses de défense', en: 'Defence spending' }, phrase: { fr: 'les dépenses de défense', en: 'defence spending' } },
  { label: { fr: 'Dissuasion nucléaire', en: 'Nuclear deterrence' }, phrase: { fr: 'la dissuasion nucléaire', en: 'nuclear deterrence' } },
  { label: { fr: 'Flanc est', en: 'Eastern flank' }, phrase: { fr: 'la sécurité du flanc est', en: 'the security of the eastern flank' } },
  { label: { fr: 'Industrie de défense', en: 'Defence industry' }, phrase: { fr: 'l’industrie de défense', en: 'the defence industry' } },
  {
    label: { fr: 'Sécurité dans l’Arctique', en: 'Arctic security' },
    phrase: { fr: 'la sécurité dans l’Arctique', en: 'security in the Arctic' },
  },
  { label: { fr: 'Cybersécurité', en: 'Cyber security' }, phrase: { fr: 'la cybersécurité', en: 'cyber security' } },
  {
    label: { fr: 'Élargissement', en: 'Enlargement' },
    phrase: { fr: 'l’élargissement de l’Alliance', en: 'the enlargement of the Alliance' },
  },
];

type Parallel = { fr: string; en: string };

export const TITLES: Readonly<Record<Kind, Parallel>> = {
  meeting: { fr: '{a} rencontre {b} à {p}', en: '{a} meets {b} in {p}' },
  visit: { fr: 'Visite de {a} à {p}', en: '{a} visits {p}' },
  summit: { fr: 'Sommet de l’Alliance à {p}', en: 'Alliance summit in {p}' },
  ministerial: { fr: 'Réunion des ministres à {p}', en: 'Ministers meet in {p}' },
  interview: { fr: '{a} s’exprime dans un long entretien', en: '{a} speaks in a long interview' },
  call: { fr: 'Entretien téléphonique entre {a} et {b}', en: 'Phone call between {a} and {b}' },
  initiative: { fr: '{a} lance une initiative commune', en: '{a} launches a joint initiative' },
  statement: { fr: 'Déclaration de {a} à {p}', en: 'Statement by {a} in {p}' },
  'press-conference': { fr: 'Conférence de presse de {a} à {p}', en: 'Press conference by {a} in {p}' },
  negotiation: { fr: 'Négociations à {p} entre {a} et {b}', en: 'Talks in {p} between {a} and {b}' },
  incident: { fr: 'Incident signalé près de {p}', en: 'Incident reported near {p}' },
  appointment: { fr: 'Nomination de {b} à un poste clé', en: '{b} appointed to a key post' },
  decision: { fr: 'Les Alliés tranchent à {p}', en: 'Allies decide in {p}' },
  aid: { fr: 'Nouvelle aide annoncée par {a}', en: 'New aid announced by {a}' },
  election: { fr: 'Élection à {p}', en: 'Election in {p}' },
  offensive: { fr: 'Offensive signalée près de {p}', en: 'Offensive reported near {p}' },
};

/** Added to a title that is still short, until it reaches its length. */
export const TITLE_TAILS: readonly Parallel[] = [
  { fr: ' : {t} au centre des échanges', en: ': {t} at the heart of the talks' },
  { fr: ' sur {t}', en: ' on {t}' },
  { fr: ', avant la réunion de {p}', en: ', ahead of the meeting in {p}' },
  { fr: ' ({n} participants)', en: ' ({n} participants)' },
];

export const SENTENCES: readonly Parallel[] = [
  { fr: '{a} a rencontré {b} à {p} pour évoquer {t}.', en: '{a} met {b} in {p} to discuss {t}.' },
  {
    fr: 'Les discussions ont porté sur {t} et sur le calendrier des prochaines réunions.',
    en: 'The talks covered {t} and the schedule of the next meetings.',
  },
  {
    fr: 'Selon un communiqué publié le soir même, les deux parties ont convenu de se revoir avant la fin de l’année.',
    en: 'According to a statement released the same evening, both sides agreed to meet again before the end of the year.',
  },
  {
    fr: '{a} a insisté sur la nécessité de porter les dépenses de défense à {n} % du PIB.',
    en: '{a} insisted on the need to raise defence spending to {n}% of GDP.',
  },
  {
    fr: 'La rencontre intervient alors que {t} reste au cœur des préoccupations des Alliés.',
    en: 'The meeting comes as {t} remains at the heart of the Allies’ concerns.',
  },
  {
    fr: 'À {p}, plusieurs diplomates ont salué une avancée, tout en restant prudents sur la suite.',
    en: 'In {p}, several diplomats welcomed progress while remaining cautious about what comes next.',
  },
  {
    fr: '{b} a répondu que son pays prendrait sa part de l’effort commun.',
    en: '{b} replied that their country would do its share of the common effort.',
  },
  {
    fr: 'Aucune déclaration conjointe n’a été publiée à l’issue de l’entretien.',
    en: 'No joint statement was published after the meeting.',
  },
  {
    fr: 'Les ministres ont également abordé les livraisons de munitions et les capacités de défense aérienne.',
    en: 'The ministers also discussed ammunition deliveries and air defence capabilities.',
  },
  { fr: '{a} doit se rendre à {p} dans les prochaines semaines.', en: '{a} is due to travel to {p} in the coming weeks.' },
  {
    fr: 'Près de {n} délégations étaient présentes, un record selon les organisateurs.',
    en: 'Nearly {n} delegations attended, a record according to the organisers.',
  },
  { fr: 'La presse locale a surtout retenu les propos de {a} sur {t}.', en: 'The local press mostly remembered what {a} said about {t}.' },
  {
    fr: 'Le texte adopté prévoit un suivi régulier et un premier bilan dans {n} mois.',
    en: 'The adopted text provides for regular follow-up and a first review in {n} months.',
  },
  {
    fr: '{b} a rappelé que toute décision devait être prise à l’unanimité des membres.',
    en: '{b} recalled that any decision had to be taken unanimously by the members.',
  },
];

export const WEEKDAYS_FR = ['lundi', 'mardi', 'mercredi', 'jeudi', 'vendredi', 'samedi', 'dimanche'];
