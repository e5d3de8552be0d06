/**
 * Draft events: entries of data/events.json marked `"draft": "<where it came from>"`, as
 * `npm run import:timelinejs` writes them. A draft is never published: while it has no evidence
 * the builder says so, per event, and once it quotes an article it asks for the mark to go, so
 * that an editor has read the whole entry before it is published.
 */

export interface DraftProblem {
  id: string;
  reason: string;
}

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

export function draftProblems(events: unknown): DraftProblem[] {
  if (!Array.isArray(events)) return [];
  return events.flatMap((item: unknown, index) => {
    if (!isRecord(item) || item.draft === undefined) return [];
    const id = typeof item.id === 'string' ? item.id : `#${index}`;
    const origin = typeof item.draft === 'string' && item.draft.trim() !== '' ? ` (${item.draft.trim()})` : '';
    const quoted = Array.isArray(item.evidence) && item.evidence.length > 0;
    return [
      {
        id,
        reason: quoted
          ? `is still marked as a draft${origin}: remove "draft" once the event is checked, and it will be published`
          : `is a draft${origin} with no evidence yet: it is not published until it quotes an article; add ` +
            `"evidence": [{ "article": "<article id>", "exact": "<passage copied verbatim>" }] ` +
            `(npm run quote -- data/articles/<article id>.txt "<passage>" checks one)`,
      },
    ];
  });
}
