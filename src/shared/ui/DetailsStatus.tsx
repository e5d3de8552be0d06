import { reasonIn, shardFailureIn } from '../i18n/reason-texts';
import { useI18n } from '../i18n/language';
import type { EventDetails } from '../event-details';
import { Button } from './Button';
import './details-status.css';

/**
 * Where an event's details are not (yet) there: loading, or why they could not be had, with a
 * retry. `announce` makes the panel's status a live region; the list's rows stay quiet (twenty
 * rows loading at once would be twenty announcements).
 */
export function DetailsStatus({ details, announce }: { details: Exclude<EventDetails, { state: 'ready' }>; announce: boolean }) {
  const { t, language } = useI18n();
  if (details.state === 'loading')
    return (
      <p className="details-status details-status--loading" role={announce ? 'status' : undefined}>
        {t.splitStore.detailsLoading}
      </p>
    );
  if (details.state === 'refused')
    return (
      <div className="details-status details-status--failed" data-details="refused">
        <p>{t.splitStore.detailsRefused}</p>
        <ul>
          {details.reasons.slice(0, 3).map((reason, at) => (
            <li key={at}>{reasonIn(reason, language)}</li>
          ))}
        </ul>
      </div>
    );
  return (
    <div className="details-status details-status--failed" data-details="failed" role={announce ? 'alert' : undefined}>
      <p>{t.splitStore.detailsFailed}</p>
      <p className="details-status-why">{shardFailureIn(details.failure, language)}</p>
      <Button onClick={details.retry} disabled={details.retrying} aria-busy={details.retrying}>
        {t.splitStore.retryShards}
      </Button>
    </div>
  );
}
