import { useMemo } from 'react';
import { formatEventDate } from '../../shared/format-date';
import { useI18n } from '../../shared/i18n/language';
import type { StoreEvent } from '../../store/schema';
import { stripLayout } from './strip-layout';

const percent = (value: number) => `${(value * 100).toFixed(3)}%`;

/**
 * Where the current slide sits in the time of the selection: a tick where each event starts, a thin
 * bar for the days a longer event spans, a pin on the current one, and the years below.
 */
export function TimelineStrip({ events, current }: { events: readonly StoreEvent[]; current: number }) {
  const { t, language } = useI18n();
  const layout = useMemo(() => stripLayout(events), [events]);
  const first = events[0];
  const last = events.at(-1);
  if (!first || !last) return null;
  const label = t.present.stripLabel(formatEventDate(first.date, language), formatEventDate(last.date, language));
  return (
    <div className="present-strip" role="img" aria-label={label} data-present-strip="">
      <div className="present-strip-track">
        {layout.years.map((year) => (
          <span key={year.year} className="present-strip-year" style={{ left: percent(year.start), width: percent(year.end - year.start) }}>
            {year.labelled ? year.year : ''}
          </span>
        ))}
        {layout.marks.map((mark, index) => {
          const isCurrent = index === current;
          const ranged = mark.end - mark.start > 0.01;
          return (
            <span
              key={events[index]?.id ?? index}
              className={isCurrent ? 'present-strip-event present-strip-event--current' : 'present-strip-event'}
              data-strip-tick=""
              data-current={isCurrent ? '' : undefined}
              style={{ left: percent(mark.start), width: percent(mark.end - mark.start) }}
            >
              {ranged && <span className="present-strip-span" />}
              <span className="present-strip-tick" />
            </span>
          );
        })}
      </div>
    </div>
  );
}
