import { useI18n } from '../../shared/i18n/language';
import '../../shared/ui/ui.css';
import './load-states.css';

/**
 * Said while the store is late: the server is slow, loading goes on, and the reader may start
 * again now. What is already on the page (the pre-rendered chronology) stays readable.
 */
export function SlowStoreNotice({ onRetry }: { onRetry: () => void }) {
  const { t } = useI18n();
  return (
    <div className="ui-notice store-slow" data-store-state="slow">
      <p role="status">{t.app.storeSlow}</p>
      <button type="button" onClick={onRetry}>
        {t.app.retry}
      </button>
    </div>
  );
}
