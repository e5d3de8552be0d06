import { useId, type JSX } from 'react';
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
}

/**
 * Zoom, show all, first and last event; in the full timeline also the lane mode and the wheel
 * hint. The short timeline (a phone) has a single lane and shows the symbols only.
 */
export function TimelineToolbar(props: TimelineToolbarProps): JSX.Element {
  const { t } = useI18n();
  const lanesName = useId();
  const tl = t.timeline;
  const full = props.variant === 'full';
  return (
    <div className="tl-toolbar" role="group" aria-label={tl.controls}>
      <div className="tl-buttons">
        <ToolbarButton symbol="+" text={tl.zoomIn} onClick={props.onZoomIn} />
        <ToolbarButton symbol="−" text={tl.zoomOut} onClick={props.onZoomOut} />
        <ToolbarButton symbol="↔" text={tl.fit} onClick={props.onFit} />
        <ToolbarButton symbol="⇤" text={tl.first} onClick={props.onFirst} />
        <ToolbarButton symbol="⇥" text={tl.last} onClick={props.onLast} />
      </div>
      {full && (
        <fieldset className="tl-lanes">
          <legend>{tl.lanes}</legend>
          {LANE_MODES.map((mode) => (
            <label key={mode}>
              <input type="radio" name={lanesName} value={mode} checked={props.lanes === mode} onChange={() => props.onLanesChange(mode)} />
              {mode === 'theme' ? tl.byTheme : tl.byKind}
            </label>
          ))}
        </fieldset>
      )}
      {full && <p className="tl-hint">{tl.wheelHint}</p>}
    </div>
  );
}

/** A toolbar button: a symbol (decorative) and words, which are its accessible name. */
function ToolbarButton({ symbol, text, onClick }: { symbol: string; text: string; onClick: () => void }) {
  return (
    <button type="button" aria-label={text} title={text} onClick={onClick}>
      <span className="tl-button-symbol" aria-hidden="true">
        {symbol}
      </span>{' '}
      <span className="tl-button-text">{text}</span>
    </button>
  );
}
