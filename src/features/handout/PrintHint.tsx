import type { JSX } from 'react';
import { useI18n } from '../../shared/i18n/language';
import './handout.css';

/**
 * On paper only, at the top of a page printed as it is (a split store whose passages are not all
 * in, so no handout): how to print the full handout, by the labels of the menu and its button.
 */
export function PrintHint(): JSX.Element {
  const { t } = useI18n();
  return <p className="print-hint">{t.splitStore.printHint(t.splitStore.loadWhole, t.app.moreActions)}</p>;
}
