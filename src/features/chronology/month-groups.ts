import { formatDay } from '../../shared/format-date';
import type { Language } from '../../shared/i18n/dictionary';
import type { StoreEvent } from '../../store/schema';

/**
 * The chronology is grouped by the month an event starts in: "2025-03". An event known only to
 * the year has no month, so it forms a group of its own: "2025".
 */
export function groupKey(event: Pick<StoreEvent, 'date'>): string {
  return event.date.precision === 'year' ? event.date.start.slice(0, 4) : event.date.start.slice(0, 7);
}

/** Whether the event at this index opens a group, so carries the group's heading. */
export function startsGroup(events: readonly Pick<StoreEvent, 'date'>[], index: number): boolean {
  const event = events[index];
  if (!event) return false;
  const previous = events[index - 1];
  return previous === undefined || groupKey(previous) !== groupKey(event);
}

/** "Mars 2025", "March 2025", "2025": a heading, so it starts with a capital. */
export function groupLabel(key: string, language: Language): string {
  const label = key.length === 4 ? key : formatDay(`${key}-01`, language, 'month');
  return label.charAt(0).toLocaleUpperCase(language) + label.slice(1);
}
