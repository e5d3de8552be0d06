import type { CSSProperties } from 'react';
import { useI18n } from '../../shared/i18n/language';
import { Icon, type IconName } from '../../shared/ui/Icon';
import type { DrawingLayout } from './drawing-layout';
import { DRAWING_METRICS } from './drawing-layout';

/** The toolbar's buttons (TimelineToolbar), drawn: the full timeline also has the grouping button. */
const BUTTONS: Record<DrawingLayout['variant'], IconName[]> = {
  full: ['zoom-out', 'zoom-in', 'fit', 'first', 'last', 'lanes', 'help'],
  strip: ['zoom-out', 'zoom-in', 'fit', 'first', 'last', 'help'],
};

/**
 * The timeline's first view without vis-timeline: the toolbar (its icons and the "earlier events"
 * announcement, inert), the axis and the events' short labels at their places
 * (drawing-layout.ts), in its own class names, laid out like vis-timeline's panels so that the
 * live timeline takes over in the same room. Rendered to HTML at build time (the pre-render: no
 * script needed) and by the app while the timeline's chunk loads. Its styles
 * (timeline-drawing.css, timeline.css, timeline-items.css) come with the entry (src/app/main.tsx), and it imports no
 * stylesheet, so that the build can render this file in Node.
 */
export function TimelineDrawing({ layout }: { layout: DrawingLayout }) {
  const { t } = useI18n();
  const tl = t.timeline;
  const metrics = DRAWING_METRICS[layout.variant];
  const place = (at: number, more: CSSProperties = {}) => ({ '--at': at, ...more }) as CSSProperties;
  return (
    <div className="tl tl-drawn" data-variant={layout.variant}>
      {/* Inert until the script comes: hidden from assistive technology, which reads the figure. */}
      <div className="tl-toolbar tl-drawing-toolbar" aria-hidden="true">
        <div className="tl-toolbar-start">{layout.earlier > 0 && <span className="tl-beyond">{tl.earlier(layout.earlier)}</span>}</div>
        <div className="tl-buttons">
          {BUTTONS[layout.variant].map((icon) => (
            <span key={icon} className="tl-drawing-button">
              <Icon name={icon} />
            </span>
          ))}
        </div>
        <div className="tl-toolbar-end">{layout.later > 0 && <span className="tl-beyond">{tl.later(layout.later)}</span>}</div>
      </div>
      <figure
        className="tl-drawing"
        aria-label={tl.drawingLabel}
        style={{ '--tl-axis': `${metrics.axisHeight}px`, '--tl-items': `${layout.height}px` } as CSSProperties}
      >
        <div className="tl-drawing-axis" aria-hidden="true">
          {layout.firstMajor !== '' && <span className="tl-drawing-tick tl-drawing-major tl-drawing-first">{layout.firstMajor}</span>}
          {layout.major.map(({ label, at }) => (
            <span key={`major-${label}`} className="tl-drawing-tick tl-drawing-major" style={place(at)}>
              {label}
            </span>
          ))}
          {layout.minor.map(({ label, at }, index) => (
            <span
              key={`minor-${at}`}
              className="tl-drawing-tick tl-drawing-minor"
              style={place(at)}
              {...(index === 0 ? { elementtiming: 'timeline-drawing' } : {})}
            >
              {label}
            </span>
          ))}
        </div>
        <ul className="tl-drawing-items">
          {layout.items.map((item) => (
            <li
              key={item.id}
              className="tl-drawing-item"
              data-from={item.from}
              data-range={item.range ? 'true' : undefined}
              data-announced={item.announced ? 'true' : undefined}
              data-event-ref={item.id}
              style={place(item.at, { '--to': item.to ?? item.at, top: `${item.top}px` } as CSSProperties)}
            >
              <span className="tl-drawing-label">
                <span className="tl-drawing-title">{item.title}</span>
                {item.announced && <span className="tl-event-badge"> {t.event.announced}</span>}
              </span>
            </li>
          ))}
        </ul>
      </figure>
    </div>
  );
}
