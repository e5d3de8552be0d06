import type { ReactNode } from 'react';
import './ui.css';

/**
 * A small rounded label: an event's kind or status, an active filter. With `onRemove`, it is a
 * button that removes what it stands for (its name says so).
 */
export function Chip({
  children,
  tone = 'neutral',
  onRemove,
  removeLabel,
  className,
}: {
  children: ReactNode;
  tone?: 'neutral' | 'accent' | 'warning';
  onRemove?: () => void;
  removeLabel?: string;
  className?: string;
}) {
  const classes = ['ui-chip', `ui-chip-${tone}`, className].filter(Boolean).join(' ');
  if (!onRemove) return <span className={classes}>{children}</span>;
  return (
    <button type="button" className={`${classes} ui-chip-removable`} onClick={onRemove} aria-label={removeLabel}>
      {children}
      <span aria-hidden="true" className="ui-chip-x">
        ×
      </span>
    </button>
  );
}
