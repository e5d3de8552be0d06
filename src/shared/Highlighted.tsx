import { Fragment, type JSX } from 'react';
import type { TextRange } from '../store/search-query';
import './highlighted.css';

/**
 * A text with the search's matches marked. Ranges may come unsorted, overlapping or out of bounds
 * (a stale query): they are clipped and merged, and the text is always shown whole.
 */
export function Highlighted({ text, ranges }: { text: string; ranges: readonly TextRange[] }): JSX.Element {
  const pieces: JSX.Element[] = [];
  let at = 0;
  for (const { start, end } of clip(text.length, ranges)) {
    if (start > at) pieces.push(<Fragment key={`t${at}`}>{text.slice(at, start)}</Fragment>);
    pieces.push(
      <mark key={`m${start}`} className="search-hit">
        {text.slice(start, end)}
      </mark>,
    );
    at = end;
  }
  if (at < text.length || pieces.length === 0) pieces.push(<Fragment key={`t${at}`}>{text.slice(at)}</Fragment>);
  return <>{pieces}</>;
}

function clip(length: number, ranges: readonly TextRange[]): TextRange[] {
  const valid = ranges
    .map(({ start, end }) => ({ start: Math.max(0, Math.trunc(start)), end: Math.min(length, Math.trunc(end)) }))
    .filter(({ start, end }) => start < end)
    .sort((a, b) => a.start - b.start);
  const merged: TextRange[] = [];
  for (const range of valid) {
    const last = merged[merged.length - 1];
    if (last && range.start <= last.end) last.end = Math.max(last.end, range.end);
    else merged.push(range);
  }
  return merged;
}
