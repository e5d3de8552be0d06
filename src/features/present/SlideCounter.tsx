import { useI18n } from '../../shared/i18n/language';

/** « 3 / 12 » on screen, « Diapositive 3 sur 12 » for a screen reader. */
export function SlideCounter({ index, count, className }: { index: number; count: number; className: string }) {
  const { t } = useI18n();
  return (
    <p className={className} data-present-counter="">
      <span aria-hidden="true">
        {index + 1} / {count}
      </span>
      <span className="visually-hidden">{t.present.counter(index + 1, count)}</span>
    </p>
  );
}
