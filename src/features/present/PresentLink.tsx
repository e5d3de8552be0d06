import { useId } from 'react';
import { useI18n } from '../../shared/i18n/language';
import { InternalLink } from '../../shared/navigation';

/** The way into presentation mode: a real link (the app builds `href`, e.g. with `slide=1`). */
export function PresentLink({ href, count, className }: { href: string; count: number; className?: string }) {
  const { t } = useI18n();
  const hintId = useId();
  if (count === 0) return null;
  return (
    <>
      <InternalLink href={href} className={className} aria-describedby={hintId} data-present-start="">
        <span aria-hidden="true">▶ </span>
        {t.present.start}
      </InternalLink>
      <span id={hintId} hidden>
        {t.present.startHint(count)}
      </span>
    </>
  );
}
