import { useI18n } from '../../shared/i18n/language';
import { reasonIn } from '../../shared/i18n/reason-texts';
import { StoreLoadError } from './store-query';
import '../../shared/ui/ui.css';
import './load-states.css';

/** The page shown when the store cannot be used: what is wrong, which URL, and a retry button. */
export function LoadError({ error, retry, retrying = false }: { error: Error; retry: () => void; retrying?: boolean }) {
  const { t, language } = useI18n();
  const known = error instanceof StoreLoadError ? error : undefined;
  const invalid = known !== undefined && (known.kind === 'schema-version' || known.kind === 'shape' || known.kind === 'json');
  const reasons = t.app.loadErrorReasons;
  const reason = !known
    ? error.message
    : known.kind === 'http'
      ? reasons.http(known.status ?? 0)
      : known.kind === 'schema-version'
        ? reasons.schemaVersion
        : reasons[known.kind];
  return (
    <div role="alert" className="ui-notice load-error" data-load-error={known?.kind ?? 'unknown'}>
      <h1>{invalid ? t.app.invalidStoreTitle : t.app.loadFailedTitle}</h1>
      <p>{reason}</p>
      {!invalid && <p>{t.app.loadFailedHelp}</p>}
      {known && (
        <p>
          {t.app.loadErrorAddress} <code className="load-error-value">{known.url}</code>
        </p>
      )}
      {known && known.details.length > 0 && (
        <>
          <p>{t.app.loadErrorDetails}</p>
          <ul className="load-error-details">
            {known.details.map((detail, index) => (
              <li key={index}>{reasonIn(detail, language)}</li>
            ))}
          </ul>
        </>
      )}
      {retrying ? (
        <p role="status">{t.app.retrying}</p>
      ) : (
        <button type="button" onClick={retry}>
          {t.app.retry}
        </button>
      )}
    </div>
  );
}
