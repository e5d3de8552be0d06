import { useEffect, useState } from 'react';
import { useRegisterSW } from './use-register-sw';
import { useI18n } from '../../shared/i18n/language';
import { Button } from '../../shared/ui/Button';
import './offline.css';

/**
 * Long enough to read the note; it is also announced, and it is news, not a question. Short, as it
 * sits over a corner of the page: nothing may stay over the page after a few seconds (design.md).
 * It stays while the pointer or the focus is on it.
 */
export const OFFLINE_READY_MS = 5_000;

/**
 * Registers the service worker (the app and its store then work with no network) and says so,
 * politely and without taking focus: once when the app is first saved for offline use, in a corner
 * of the window for a few seconds (out of the flow: coming after the first view, it must not push
 * the page down), and whenever a new version is waiting, in the status line until answered — the
 * new version replaces this one only when the reader chooses to reload.
 */
export function UpdatePrompt() {
  const { t } = useI18n();
  const {
    needRefresh: [needRefresh, setNeedRefresh],
    offlineReady: [offlineReady, setOfflineReady],
    updateServiceWorker,
  } = useRegisterSW({ immediate: true });
  const state = needRefresh ? 'update' : offlineReady ? 'offline-ready' : undefined;
  const [pointerOn, setPointerOn] = useState(false);
  const [focusIn, setFocusIn] = useState(false);
  const held = pointerOn || focusIn;

  useEffect(() => {
    if (!offlineReady || held) return;
    const timer = setTimeout(() => setOfflineReady(false), OFFLINE_READY_MS);
    return () => clearTimeout(timer);
  }, [offlineReady, setOfflineReady, held]);

  // The live region stays in the page so that what appears in it is announced.
  return (
    <div
      role="status"
      className="offline-notice no-print"
      data-offline-notice={state ?? 'none'}
      onPointerEnter={() => setPointerOn(true)}
      onPointerLeave={() => setPointerOn(false)}
      onFocus={() => setFocusIn(true)}
      onBlur={(event) => setFocusIn(event.currentTarget.contains(event.relatedTarget as Node | null))}
    >
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
