/**
 * The store schema's rules that are not zod itself: patterns and predicates that schema.ts wraps in
 * zod and canonical-store.ts applies directly, so that the fast path and zod cannot disagree.
 */
export const SCHEMA_VERSION = 1;

export const ID_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

export const ISO_DAY_PATTERN = /^\d{4}-\d{2}-\d{2}$/;

/** An event's short label (`short.fr`, `short.en`): what the timeline can show whole. */
export const SHORT_LABEL_MAX = 40;

export const LANGUAGE_TAG = /^[a-z]{2,3}(?:-[A-Za-z0-9]+)*$/;

export const isHttpUrl = (value: string) => URL.canParse(value) && /^https?:$/.test(new URL(value).protocol);

interface DateRange {
  start: string;
  end?: string | undefined;
}

export const endNotBeforeStart = (date: DateRange) => date.end === undefined || date.end >= date.start;

/** Timelines and calendars draw up to the day after the last (exclusive ends): year 10000 cannot be written. */
export const drawable = (date: DateRange) => (date.end ?? date.start) < '9999';
