import { useId, type JSX, type ReactNode } from 'react';
import { Button } from '../../shared/ui/Button';
import type { IconName } from '../../shared/ui/Icon';
import { PopoverButton } from '../../shared/ui/PopoverButton';
import { useI18n } from '../../shared/i18n/language';
import type { TimelineVariant } from './vis-options';
import { LANE_MODES, type LaneMode } from './timeline-data';

export interface TimelineToolbarProps {
  variant: TimelineVariant;
  lanes: LaneMode;
  onLanesChange: (lanes: LaneMode) => void;
  onZoomIn: () => void;
  onZoomOut: () => void;
  onFit: () => void;
  onFirst: () => void;
  onLast: () => void;
  /** The help popover's content (keyboard hints, legend); its id describes the timeline. */
  help: ReactNode;
  /** Before and after the buttons: the "earlier" and "later" announcements. */
  start?: ReactNode;
  end?: ReactNode;
}

/**
 * One quiet row: zoom, show all, first and last event, grouping (full timeline only) and help,
 * each an icon button with a name and a tooltip. Grouping and help open popovers.
 */
export function TimelineToolbar(props: TimelineToolbarProps): JSX.Element {
  const { t } = useI18n();
  const lanesName = useId();
  const tl = t.timeline;
  const label = { none: tl.byNone, theme: tl.byTheme, kind: tl.byKind } as const;
  const steps: [IconName, string, () => void][] = [
    ['zoom-out', tl.zoomOut, props.onZoomOut],
    ['zoom-in', tl.zoomIn, props.onZoomIn],
    ['fit', tl.fit, props.onFit],
    ['first', tl.first, props.onFirst],
    ['last', tl.last, props.onLast],
  ];
  return (
    <div className="tl-toolbar">
      <div className="tl-toolbar-start">{props.start}</div>
      <div className="tl-buttons" role="group" aria-label={tl.controls}>
        {steps.map(([icon, text, onClick]) => (
          <Button key={icon} variant="quiet" icon={icon} iconOnly onClick={onClick}>
            {text}
          </Button>
        ))}
        {props.variant === 'full' && (
          <PopoverButton icon="lanes" label={tl.lanes} as="fieldset" legend={tl.lanes} popoverClassName="tl-lanes">
            {LANE_MODES.map((mode) => (
              <label key={mode}>
                <input
                  type="radio"
                  name={lanesName}
                  value={mode}
                  checked={props.lanes === mode}
                  onChange={() => props.onLanesChange(mode)}
                />
                {label[mode]}
              </label>
            ))}
          </PopoverButton>
        )}
        <PopoverButton icon="help" label={tl.help} popoverClassName="tl-help-popover">
          {props.help}
        </PopoverButton>
      </div>
      <div className="tl-toolbar-end">{props.end}</div>
    </div>
  );
}
