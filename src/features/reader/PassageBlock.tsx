import { Fragment, useMemo, type ReactNode, type Ref } from 'react';
import { useI18n } from '../../shared/i18n/language';
import type { AppLinks } from '../../shared/links';
import { InternalLink } from '../../shared/navigation';
import { allMarks, layoutHighlights, type LayoutNode } from '../../store/highlights';
import type { Note } from '../../store/schema';
import type { Block, Highlight } from './article-layout';
import { CorrectionLabel } from '../../shared/CorrectionLabel';

export interface PassageBlockProps {
  text: string;
  block: Block;
  /** The highlights that lie in this block, in reading order. */
  highlights: readonly Highlight[];
  focused: Highlight | undefined;
  focusRef: Ref<HTMLElement>;
  /** The id of a highlight's entry in the list of passages. */
  entryId: (highlight: Highlight) => string;
  eventTitle: (eventId: string) => string;
  links: AppLinks;
}

type RenderContext = Pick<PassageBlockProps, 'text' | 'highlights' | 'focused' | 'focusRef' | 'entryId'>;

/** One paragraph or subheading, its cited passages as marks, then the list of those passages. */
export function PassageBlock(props: PassageBlockProps) {
  const { block, highlights, focused } = props;
  const nodes = useMemo(() => {
    const priority = focused ? highlights.indexOf(focused) : -1;
    return layoutHighlights(block, highlights, priority >= 0 ? priority : undefined);
  }, [block, highlights, focused]);

  const content = nodes.map((node) => renderTop(node, props));
  return (
    <>
      {block.kind === 'heading' ? <h3 className="reader-subheading">{content}</h3> : <p className="reader-paragraph">{content}</p>}
      {highlights.length > 0 && <PassageList {...props} />}
    </>
  );
}

/** A top-level node, followed (outside every mark) by the numbers of the passages that end in it. */
function renderTop(node: LayoutNode, context: RenderContext): ReactNode {
  const key = `${node.kind}-${node.start}-${node.end}`;
  if (node.kind === 'text') return <Fragment key={key}>{context.text.slice(node.start, node.end)}</Fragment>;
  const numbers = [
    ...new Set(
      allMarks([node])
        .filter((mark) => mark.piece === mark.pieces - 1)
        .map((mark) => context.highlights[mark.highlight]!),
    ),
  ].sort((a, b) => a.number - b.number);
  return (
    <Fragment key={key}>
      {renderMark(node, context)}
      {numbers.length > 0 && (
        <sup className="reader-ref" aria-hidden="true">
          {numbers.map((highlight) => (
            <span
              key={highlight.number}
              className={highlight.correction ? 'reader-ref-number reader-ref-number--correction' : 'reader-ref-number'}
            >
              {highlight.number}
            </span>
          ))}
        </sup>
      )}
    </Fragment>
  );
}

function renderMark(node: Extract<LayoutNode, { kind: 'mark' }>, context: RenderContext): ReactNode {
  const highlight = context.highlights[node.highlight]!;
  const isFocus = highlight === context.focused;
  const classes = ['reader-mark', highlight.correction && 'reader-mark--correction', isFocus && 'reader-mark--focus']
    .filter(Boolean)
    .join(' ');
  const children = node.children.map((child) =>
    child.kind === 'text' ? (
      <Fragment key={`text-${child.start}`}>{context.text.slice(child.start, child.end)}</Fragment>
    ) : (
      <Fragment key={`mark-${child.start}-${child.end}-${child.highlight}`}>{renderMark(child, context)}</Fragment>
    ),
  );
  return (
    <mark
      className={classes}
      data-passage={node.pieces === 1 ? `${highlight.start}-${highlight.end}` : undefined}
      data-passage-piece={node.pieces > 1 ? `${highlight.start}-${highlight.end}:${node.piece + 1}/${node.pieces}` : undefined}
      data-events={eventIds(highlight).join(' ') || undefined}
      data-focused={isFocus ? 'true' : undefined}
      tabIndex={isFocus ? -1 : undefined}
      ref={isFocus ? context.focusRef : undefined}
      aria-describedby={context.entryId(highlight)}
    >
      {children}
    </mark>
  );
}

function eventIds(highlight: Highlight): string[] {
  return [...new Set(highlight.items.flatMap((item) => ('eventId' in item.source ? [item.source.eventId] : [])))];
}

function notesOf(highlight: Highlight): Note[] {
  const seen = new Set<string>();
  return highlight.items.flatMap((item) => {
    if (item.source.kind === 'evidence' || seen.has(item.source.note.fr)) return [];
    seen.add(item.source.note.fr);
    return [item.source.note];
  });
}

/** Footnote-style: each passage of the block, its corrections, and links to the events citing it. */
function PassageList({ highlights, focused, entryId, eventTitle, links }: PassageBlockProps) {
  const { t, language } = useI18n();
  return (
    <ol className="reader-passages" lang={language} aria-label={t.reader.passages(highlights.length)}>
      {highlights.map((highlight) => {
        const events = eventIds(highlight);
        const classes = [
          'reader-passage',
          highlight.correction && 'reader-passage--correction',
          highlight === focused && 'reader-passage--focus',
        ];
        return (
          <li key={highlight.number} value={highlight.number} id={entryId(highlight)} className={classes.filter(Boolean).join(' ')}>
            {notesOf(highlight).map((note) => (
              <p key={note.fr} className="reader-passage-note">
                <CorrectionLabel className="reader-correction-label" /> {note[language]}
              </p>
            ))}
            {events.length > 0 && (
              <p className="reader-cited-by">
                {t.reader.citedBy}{' '}
                {events.map((eventId, index) => (
                  <Fragment key={eventId}>
                    {index > 0 && ' · '}
                    <InternalLink href={links.event(eventId)}>{eventTitle(eventId)}</InternalLink>
                  </Fragment>
                ))}
              </p>
            )}
          </li>
        );
      })}
    </ol>
  );
}
