import { useI18n } from './i18n/language';

/** The mark of a correction note (an article wrong or misleading), the same in every feature. */
export function CorrectionLabel({ className }: { className: string }) {
  const { t } = useI18n();
  return (
    <strong className={className}>
      <span aria-hidden="true">⚠ </span>
      {t.event.correction}
    </strong>
  );
}
