import { useId, type ReactNode } from 'react';
import { Icon, type IconName } from './Icon';
import './ui.css';

/**
 * An icon button (name and tooltip) that opens a native popover: light-dismissed, closed by Esc,
 * focus returns to the button. `as` lets a form group (a fieldset) be the popover itself.
 */
export function PopoverButton({
  icon,
  label,
  children,
  as: Element = 'div',
  popoverClassName,
  legend,
}: {
  icon: IconName;
  label: string;
  children: ReactNode;
  as?: 'div' | 'fieldset';
  popoverClassName?: string;
  /** A fieldset's legend (its accessible name). */
  legend?: string;
}) {
  const id = useId();
  return (
    <>
      <button type="button" className="ui-button ui-button-quiet ui-button-icon" popoverTarget={id} aria-label={label} data-tooltip={label}>
        <Icon name={icon} />
      </button>
      <Element id={id} popover="auto" className={['ui-popover', popoverClassName].filter(Boolean).join(' ')}>
        {legend !== undefined && <legend>{legend}</legend>}
        {children}
      </Element>
    </>
  );
}
