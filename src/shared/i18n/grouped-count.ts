/**
 * A whole count with its thousands grouped as Intl.NumberFormat writes them ("12 345" with a narrow
 * no-break space in French, "12,345" in English), without asking Intl: `toLocaleString(locale)`
 * makes a formatter per call, and a redraw of a 100,000-event timeline labels a hundred clusters
 * (25 ms of its first draw). tests/unit/grouped-count.test.ts checks it against Intl.
 */
export function groupedCount(count: number, separator: string): string {
  const digits = String(Math.abs(Math.trunc(count)));
  let grouped = digits.slice(0, digits.length % 3 || 3);
  for (let at = grouped.length; at < digits.length; at += 3) grouped += separator + digits.slice(at, at + 3);
  return count < 0 ? `-${grouped}` : grouped;
}

export const FRENCH_GROUP = '\u202f';
export const ENGLISH_GROUP = ',';
