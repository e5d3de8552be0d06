import { reasonIn, shardFailureIn } from '../../shared/i18n/reason-texts';
import { useI18n } from '../../shared/i18n/language';
import type { EventDetails } from '../../shared/event-details';
import { Button } from '../../shared/ui/Button';
import './details-status.css';

/** Where an event's details are not (yet) there: loading, or why they could not be had, with a retry. */
export function DetailsStatus({ details }: { details: Exclude<EventDetails, { state: 'ready' }> }) {
  const { t, language } = useI18n();
  if (details.state === 'loading')
    return (
      <p className="details-status details-status--loading" role="status">
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
    <div className="details-status details-status--failed" data-details="failed" role="alert">
      <p>{t.splitStore.detailsFailed}</p>
      <p className="details-status-why">{shardFailureIn(details.failure, language)}</p>
      <Button onClick={details.retry} disabled={details.retrying} aria-busy={details.retrying}>
        {t.splitStore.retryShards}
      </Button>
    </div>
  );
}
