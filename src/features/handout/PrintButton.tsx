import { useId } from 'react';
import { useI18n } from '../../shared/i18n/language';
import { Button } from '../../shared/ui/Button';
import './handout.css';

/** Opens the browser's print dialog; print.css and the Handout turn the page into the A4 document. */
export function PrintButton({ className }: { className?: string }) {
  const { t } = useI18n();
  const hintId = useId();
  return (
    <>
      <Button
        variant="quiet"
        icon="print"
        className={['print-button', 'no-print', className].filter(Boolean).join(' ')}
        aria-describedby={hintId}
        data-print-button=""
        onClick={() => window.print()}
      >
        {t.handout.print}
      </Button>
      <span id={hintId} className="visually-hidden">
        {t.handout.printHint}
      </span>
    </>
  );
}
