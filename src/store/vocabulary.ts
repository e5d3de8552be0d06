/**
 * The store's closed lists of values, without zod: the URL parser and the filters need them on
 * first paint, and zod itself is loaded only to validate a fetched store (schema.ts builds its
 * enums from these lists).
 */
export const DATE_FROM_VALUES = ['article', 'weekday', 'outside'] as const;

export const PRECISION_VALUES = ['day', 'month', 'year'] as const;

export const STATUS_VALUES = ['happened', 'announced'] as const;

export const KIND_VALUES = [
  'meeting',
  'visit',
  'summit',
  'ministerial',
  'interview',
  'call',
  'initiative',
  'statement',
  'press-conference',
  'negotiation',
  'incident',
  'appointment',
  'decision',
  'aid',
  'election',
  'offensive',
] as const;
