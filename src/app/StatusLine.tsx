import { useState, type ReactNode } from 'react';
import { UpdatePrompt } from '../features/offline/UpdatePrompt';
import { useI18n } from '../shared/i18n/language';
import { Button } from '../shared/ui/Button';
import { Feature } from '../shared/ui/Feature';

/**
 * The page's status line, under the masthead and in the flow of the page: URL notices and what of
 * the store could not be shown, each small and dismissible. The offline and update messages, which
 * come after the first view, sit in a corner of the window instead (see UpdatePrompt), so that
 * they move nothing.
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
