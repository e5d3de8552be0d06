import { useEffect } from 'react';
import { useRegisterSW } from './use-register-sw';
import { useI18n } from '../../shared/i18n/language';
import { Button } from '../../shared/ui/Button';
import './offline.css';

/** Long enough to read the note twice; it is also announced, and it is news, not a question. */
export const OFFLINE_READY_MS = 10_000;

/**
 * Registers the service worker (the app and its store then work with no network) and says so,
 * politely and without taking focus, in a corner of the window (out of the flow, so that the page
 * never moves when it appears): once when the app is first saved for offline use (a note that goes
 * away by itself, or when dismissed), and whenever a new version is waiting — which replaces this
 * one only when the reader chooses to reload.
 */
export function UpdatePrompt() {
  const { t } = useI18n();
  const {
    needRefresh: [needRefresh, setNeedRefresh],
    offlineReady: [offlineReady, setOfflineReady],
    updateServiceWorker,
  } = useRegisterSW({ immediate: true });
  const state = needRefresh ? 'update' : offlineReady ? 'offline-ready' : undefined;

  useEffect(() => {
    if (!offlineReady) return;
    const timer = setTimeout(() => setOfflineReady(false), OFFLINE_READY_MS);
    return () => clearTimeout(timer);
  }, [offlineReady, setOfflineReady]);

  // The live region stays in the page so that what appears in it is announced.
  return (
    <div role="status" className="offline-notice no-print" data-offline-notice={state ?? 'none'}>
      {state === 'update' && (
        <>
          <p className="offline-notice-text">{t.offline.updateAvailable}</p>
          <div className="offline-notice-actions">
            <Button variant="primary" onClick={() => void updateServiceWorker(true)}>
              {t.offline.reload}
            </Button>
            <Button onClick={() => setNeedRefresh(false)}>{t.offline.later}</Button>
          </div>
        </>
      )}
      {state === 'offline-ready' && (
        <>
          <p className="offline-notice-text">{t.offline.offlineReady}</p>
          <Button variant="quiet" icon="close" iconOnly onClick={() => setOfflineReady(false)}>
            {t.app.dismiss}
          </Button>
        </>
      )}
    </div>
  );
}
