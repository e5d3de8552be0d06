import type { ButtonHTMLAttributes, ReactNode } from 'react';
import { Icon, type IconName } from './Icon';
import './ui.css';

export type ButtonVariant = 'default' | 'quiet' | 'primary';

/** The one button look, for elements that are not <button> (a link that starts presenting). */
export function buttonClass(variant: ButtonVariant = 'default', extra?: string): string {
  return ['ui-button', `ui-button-${variant}`, extra].filter(Boolean).join(' ');
}

export interface ButtonProps extends ButtonHTMLAttributes<HTMLButtonElement> {
  variant?: ButtonVariant;
  icon?: IconName;
  /**
   * Only the icon shows: `children` (text) becomes the accessible name and the tooltip, which
   * appears on hover and on keyboard focus.
   */
  iconOnly?: boolean;
  children: ReactNode;
}

/** The app's one button: text, icon and text, or an icon with a name and a tooltip. */
export function Button({ variant = 'default', icon, iconOnly = false, className, children, type = 'button', ...rest }: ButtonProps) {
  const name = iconOnly && typeof children === 'string' ? children : undefined;
  return (
    <button
      type={type}
      className={buttonClass(variant, [iconOnly ? 'ui-button-icon' : undefined, className].filter(Boolean).join(' ') || undefined)}
      aria-label={name ?? rest['aria-label']}
      data-tooltip={name}
      {...rest}
    >
      {icon && <Icon name={icon} />}
      {!iconOnly && <span className="ui-button-text">{children}</span>}
    </button>
  );
}
