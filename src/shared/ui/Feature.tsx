import type { ReactNode } from 'react';
import { useI18n } from '../i18n/language';
import { FeatureBoundary } from './FeatureBoundary';
import './ui.css';

/** A feature inside its own error boundary: if it throws, the rest of the page keeps working. */
export function Feature({ children }: { children: ReactNode }) {
  const { t } = useI18n();
  return (
    <FeatureBoundary
      fallback={(retry) => (
        <div role="alert" className="ui-notice feature-error">
          <p>{t.app.featureFailed}</p>
          <button type="button" onClick={retry}>
            {t.app.retry}
          </button>
        </div>
      )}
    >
      {children}
    </FeatureBoundary>
  );
}
