import { useId } from 'react';
import { useI18n } from '../../shared/i18n/language';
import { InternalLink } from '../../shared/navigation';
import { buttonClass } from '../../shared/ui/Button';
import { Icon } from '../../shared/ui/Icon';

/** The way into presentation mode: a real link (the app builds `href`, e.g. with `slide=1`). */
export function PresentLink({ href, count, className }: { href: string; count: number; className?: string }) {
  const { t } = useI18n();
  const hintId = useId();
  if (count === 0) return null;
  return (
    <>
      <InternalLink
        href={href}
        className={buttonClass('default', className)}
        aria-label={t.present.start}
        aria-describedby={hintId}
        data-present-start=""
      >
        <Icon name="present" />
        <span className="ui-button-text">{t.present.start}</span>
      </InternalLink>
      <span id={hintId} hidden>
        {t.present.startHint(count)}
      </span>
    </>
  );
}
