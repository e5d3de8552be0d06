import { useId } from 'react';
import { useI18n } from '../../shared/i18n/language';
import { reasonIn, shardFailureIn } from '../../shared/i18n/reason-texts';
import type { DroppedPart, RejectedEvent } from '../../store/parse-store';
import type { ShardFailure } from '../../store/reasons';
import '../../shared/ui/ui.css';
import './load-states.css';

interface InvalidEventsNoticeProps {
  rejected: readonly RejectedEvent[];
  dropped: readonly DroppedPart[];
  /** A split store's shards that could not be had (their events are among `rejected`). */
  missing?: readonly { shard: string; reason: ShardFailure }[];
  /** « Réessayer »: loads the missing shards again. */
  onRetry?: () => void;
  retrying?: boolean;
}

/**
 * "N events could not be shown", with the reasons on demand; for a split store, which parts could
 * not be loaded, with a retry. Nothing when the store was clean.
 */
export function InvalidEventsNotice({ rejected, dropped, missing = [], onRetry, retrying = false }: InvalidEventsNoticeProps) {
  const { t, language } = useI18n();
  const headingId = useId();
  if (rejected.length === 0 && dropped.length === 0) return null;
  return (
    // A labelled region, so that it may sit outside the page's other landmarks.
    <section
      aria-labelledby={headingId}
      className="ui-notice invalid-events"
      data-invalid-events={rejected.length}
      data-dropped-parts={dropped.length}
      data-missing-shards={missing.length}
    >
      <div id={headingId}>
        {missing.length > 0 && <p>{t.splitStore.shardsMissing(missing.length)}</p>}
        {rejected.length > 0 && <p>{t.app.invalidEvents(rejected.length)}</p>}
        {dropped.length > 0 && <p>{t.app.droppedParts(dropped.length)}</p>}
      </div>
      {missing.length > 0 && onRetry && (
        <button type="button" onClick={onRetry} disabled={retrying} aria-busy={retrying}>
          {t.splitStore.retryShards}
        </button>
      )}
      <details>
        <summary>{t.app.showReasons}</summary>
        {/* Focusable: a long list scrolls (load-states.css), and a keyboard must be able to scroll it. */}
        <ul tabIndex={0} aria-label={t.app.showReasons}>
          {missing.map((part) => (
            <li key={`shard-${part.shard}`}>
              <code>{part.shard}</code> — {shardFailureIn(part.reason, language)}
            </li>
          ))}
          {rejected.map((event) => (
            <li key={`event-${event.index}`}>
              {t.app.rejectedEvent(event.index + 1, event.id)}
              <ul>
                {event.reasons.map((reason, index) => (
                  <li key={index}>{reasonIn(reason, language)}</li>
                ))}
              </ul>
            </li>
          ))}
          {dropped.map((part, index) => (
            <li key={`part-${index}`}>
              <code>{part.where}</code> — {reasonIn(part.reason, language)}
            </li>
          ))}
        </ul>
      </details>
    </section>
  );
}
