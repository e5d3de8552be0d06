import { useId } from 'react';
import { useI18n } from '../../shared/i18n/language';
import type { DroppedPart, RejectedEvent } from '../../store/parse-store';
import '../../shared/ui/ui.css';
import './load-states.css';

/** "N events could not be shown", with the reasons on demand; nothing when the store was clean. */
export function InvalidEventsNotice({ rejected, dropped }: { rejected: readonly RejectedEvent[]; dropped: readonly DroppedPart[] }) {
  const { t } = useI18n();
  const headingId = useId();
  if (rejected.length === 0 && dropped.length === 0) return null;
  return (
    // A labelled region, so that it may sit outside the page's other landmarks.
    <section
      aria-labelledby={headingId}
      className="ui-notice invalid-events"
      data-invalid-events={rejected.length}
      data-dropped-parts={dropped.length}
    >
      <div id={headingId}>
        {rejected.length > 0 && <p>{t.app.invalidEvents(rejected.length)}</p>}
        {dropped.length > 0 && <p>{t.app.droppedParts(dropped.length)}</p>}
      </div>
      <details>
        <summary>{t.app.showReasons}</summary>
        <ul>
          {rejected.map((event) => (
            <li key={`event-${event.index}`}>
              {t.app.rejectedEvent(event.index + 1, event.id)}
              <ul>
                {event.reasons.map((reason, index) => (
                  <li key={index}>{reason}</li>
                ))}
              </ul>
            </li>
          ))}
          {dropped.map((part, index) => (
            <li key={`part-${index}`}>
              <code>{part.where}</code> — {part.reason}
            </li>
          ))}
        </ul>
      </details>
    </section>
  );
}
