import type { CSSProperties } from 'react';
import { useI18n } from '../../shared/i18n/language';
import type { DrawingLayout } from './drawing-layout';
import { DRAWING_METRICS } from './drawing-layout';

/**
 * The timeline's first view without vis-timeline: lanes, year axis and the events' labels at their
 * places (drawing-layout.ts), in its own class names, under the same toolbar, legend and help as
 * the live timeline so that it takes the same room. Rendered to HTML at build time (the
 * pre-render: no script needed) and by the app while the timeline's chunk loads. Controls that
 * need the script are inert until the live timeline replaces the drawing. Its styles
 * (timeline-drawing.css, timeline.css, timeline-items.css) come with the entry (src/app/main.tsx), so that the build
 * can render this file in Node.
 */
export function TimelineDrawing({ layout }: { layout: DrawingLayout }) {
  const { t } = useI18n();
  const tl = t.timeline;
  const metrics = DRAWING_METRICS[layout.variant];
  const strip = layout.variant === 'strip';
  return (
    <div className="tl tl-drawn" data-variant={layout.variant}>
      {/* The toolbar's room: its controls need the script (and its module, CSS the build cannot load). */}
      <div className="tl-toolbar tl-drawing-toolbar" aria-hidden="true" />
      <figure className="tl-drawing" aria-label={tl.drawingLabel} style={{ '--tl-axis': `${metrics.axisHeight}px` } as CSSProperties}>
        <div className="tl-drawing-axis" aria-hidden="true">
          {layout.years.map(({ year, at }, index) => (
            <span
              key={year}
              className="tl-drawing-year"
              style={{ '--at': at } as CSSProperties}
              {...(index === 0 ? { elementtiming: 'timeline-drawing' } : {})}
            >
              {year}
            </span>
          ))}
        </div>
        <ul className="tl-drawing-lanes">
          {layout.lanes.map((lane) => (
            <li
              key={lane.id}
              className="tl-drawing-lane"
              style={{ height: `${Math.max(metrics.laneMinHeight, lane.rows * metrics.rowHeight)}px` }}
            >
              {!strip && <span className="tl-drawing-lane-label">{lane.label}</span>}
              <ul className="tl-drawing-items" aria-label={strip ? undefined : lane.label}>
                {lane.items.map((item) => (
                  <li
                    key={item.id}
                    className="tl-drawing-item"
                    data-from={item.from}
                    data-range={item.range ? 'true' : undefined}
                    style={{ '--at': item.at, '--to': item.to ?? item.at, top: `${item.row * metrics.rowHeight}px` } as CSSProperties}
                  >
                    <span className="tl-drawing-title">{item.title}</span>
                    {item.announced && <span className="tl-event-badge"> {t.event.announced}</span>}
                  </li>
                ))}
              </ul>
            </li>
          ))}
        </ul>
      </figure>
    </div>
  );
}
