import { useId, type JSX } from 'react';
import { useI18n } from '../../shared/i18n/language';
import { DATE_FROM_VALUES } from '../../store/vocabulary';

/** What the item borders and the "announced" badge mean; the swatches repeat the item styles. */
export function TimelineLegend(): JSX.Element {
  const { t } = useI18n();
  const titleId = useId();
  return (
    <div className="tl-legend">
      <p className="tl-legend-title" id={titleId}>
        {t.timeline.legend}
      </p>
      <ul aria-labelledby={titleId}>
        {DATE_FROM_VALUES.map((from) => (
          <li key={from}>
            <span className={`tl-swatch tl-from-${from}`} aria-hidden="true" />
            {t.event.dateFrom[from]}
          </li>
        ))}
        <li>
          <span className="tl-event-badge" aria-hidden="true">
            {t.event.announced}
          </span>
          {t.timeline.announcedLegend}
        </li>
      </ul>
    </div>
  );
}
