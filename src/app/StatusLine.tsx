import { useState, type ReactNode } from 'react';
import { UpdatePrompt } from '../features/offline/UpdatePrompt';
import { useI18n } from '../shared/i18n/language';
import { Button } from '../shared/ui/Button';
import { Feature } from '../shared/ui/Feature';

/**
 * The page's status line, under the masthead and in the flow of the page: URL notices, what of the
 * store could not be shown, the update prompt. Each is small and dismissible; none is fixed over
 * the content, but for the few seconds of the saved-for-offline note (see UpdatePrompt).
 */
export function StatusLine({ notices, storeNotice, updates }: { notices: readonly string[]; storeNotice?: ReactNode; updates: boolean }) {
  const { t } = useI18n();
  const [dismissed, setDismissed] = useState<readonly string[]>([]);
  const shown = notices.filter((notice) => !dismissed.includes(notice));
  return (
    <div className="status-line no-print">
      {shown.length > 0 && (
        <div role="status" className="url-notice status-message">
          <div>
            {shown.map((message) => (
              <p key={message}>{message}</p>
            ))}
          </div>
          <Button variant="quiet" icon="close" iconOnly onClick={() => setDismissed([...dismissed, ...shown])}>
            {t.app.dismiss}
          </Button>
        </div>
      )}
      {storeNotice}
      {updates && (
        <Feature>
          <UpdatePrompt />
        </Feature>
      )}
    </div>
  );
}
