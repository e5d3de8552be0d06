import { useEffect, useId, useRef, useState } from 'react';
import { useI18n } from '../../shared/i18n/language';
import type { AppLinks } from '../../shared/links';
import type { Store, StoreEvent } from '../../store/schema';
import { keepTabInside } from './focus-trap';
import { canFullscreen, enterFullscreen, leaveFullscreen, useIsFullscreen } from './fullscreen';
import { presenterUrl } from './presenter-url';
import { Slide } from './Slide';
import { clampIndex, targetIndex, type SlideAction } from './slide-keys';
import { useSlideChannel } from './slide-channel';
import { TimelineStrip } from './TimelineStrip';
import { useInertBackground } from '../../shared/hooks/use-inert-background';
import { useScrollLock } from '../../shared/hooks/use-scroll-lock';
import { useSlideKeys } from './use-slide-keys';
import '../../shared/ui/ui.css';
import { SlideCounter } from './SlideCounter';
import './present.css';

export interface PresentationProps {
  /** The current selection, chronological. */
  events: readonly StoreEvent[];
  /** Article titles for the quote source. */
  store: Store;
  /** 0-based current slide; clamped to the slides that exist. */
  index: number;
  onIndexChange: (index: number) => void;
  /** Escape, or the exit button. */
  onExit: () => void;
  links: AppLinks;
}

/**
 * Presentation mode: one event per slide over the whole viewport, driven by a clicker or the
 * keyboard (keys are listened to on window while this is mounted), never by a timer.
 */
export function Presentation({ events, store, index, onIndexChange, onExit, links }: PresentationProps) {
  const { t, language } = useI18n();
  const count = events.length;
  const current = clampIndex(index, count);
  const event = events[current];
  const rootRef = useRef<HTMLDivElement>(null);
  const stageRef = useRef<HTMLDivElement>(null);
  const titleId = useId();
  const helpId = useId();
  const fullscreen = useIsFullscreen();
  const [fullscreenAvailable] = useState(canFullscreen);
  const [presenterBlocked, setPresenterBlocked] = useState(false);
  const [announcement, setAnnouncement] = useState('');

  useScrollLock();
  useInertBackground(rootRef);

  useEffect(() => {
    rootRef.current?.focus();
    return leaveFullscreen;
  }, []);

  const go = (target: number | null) => {
    if (target !== null) onIndexChange(target);
  };

  const exit = () => {
    leaveFullscreen();
    onExit();
  };

  useSlideKeys((action: SlideAction) => {
    if (action !== 'exit') {
      go(targetIndex(action, current, count));
    } else if (document.fullscreenElement) {
      // Where the browser lets Escape through in full screen, the first one only leaves full screen.
      leaveFullscreen();
    } else {
      exit();
    }
  });

  useSlideChannel(current, (received) => onIndexChange(clampIndex(received, count)));

  const title = event?.title[language];
  const shownIndex = useRef(current);
  useEffect(() => {
    // The dialog's name is read on opening; on each new slide, say which one it is.
    if (shownIndex.current === current || title === undefined) return;
    shownIndex.current = current;
    stageRef.current?.scrollTo?.(0, 0);
    setAnnouncement(t.present.announce(current + 1, count, title));
  }, [current, count, title, t]);

  const openPresenterView = () => {
    const opened = window.open(presenterUrl(window.location.href, current), 'chronique-presenter', 'popup,width=960,height=720');
    setPresenterBlocked(opened === null);
  };

  return (
    <div
      ref={rootRef}
      className="present"
      role="dialog"
      aria-modal="true"
      aria-label={t.present.dialogLabel(store.title[language])}
      aria-describedby={helpId}
      tabIndex={-1}
      onKeyDown={keepTabInside}
      data-present=""
      data-slide-index={event ? current : undefined}
      data-slide-count={count}
    >
      <p id={helpId} className="visually-hidden">
        {t.present.keyboardHelp}
      </p>
      <div className="present-bar">
        {event && <SlideCounter className="present-counter" index={current} count={count} />}
        <div className="present-tools">
          {event && fullscreenAvailable && (
            <button type="button" className="ui-button-large present-button" onClick={fullscreen ? leaveFullscreen : enterFullscreen}>
              {fullscreen ? t.present.leaveFullscreen : t.present.fullscreen}
            </button>
          )}
          {event && typeof BroadcastChannel !== 'undefined' && (
            <button type="button" className="ui-button-large present-button present-presenter" onClick={openPresenterView}>
              {t.present.presenterView}
            </button>
          )}
          <button type="button" className="ui-button-large present-button present-exit" onClick={exit}>
            <span aria-hidden="true">× </span>
            {t.present.exit}
          </button>
        </div>
      </div>
      {presenterBlocked && (
        <p role="alert" className="present-alert">
          {t.present.presenterBlocked}
        </p>
      )}

      <div ref={stageRef} className="present-stage">
        {event ? (
          <Slide key={event.id} event={event} store={store} links={links} titleId={titleId} />
        ) : (
          <p className="present-empty">{t.present.empty}</p>
        )}
      </div>

      {event && (
        <div className="present-footer">
          <TimelineStrip events={events} current={current} />
          <div className="present-nav">
            <button
              type="button"
              className="ui-button-large present-button present-step"
              aria-disabled={current === 0}
              onClick={() => go(targetIndex('previous', current, count))}
            >
              <span aria-hidden="true">← </span>
              <span className="present-step-label">{t.present.previous}</span>
            </button>
            <button
              type="button"
              className="ui-button-large present-button present-step"
              aria-disabled={current === count - 1}
              onClick={() => go(targetIndex('next', current, count))}
            >
              <span className="present-step-label">{t.present.next}</span>
              <span aria-hidden="true"> →</span>
            </button>
          </div>
        </div>
      )}
      <p className="visually-hidden" role="status">
        {announcement}
      </p>
    </div>
  );
}
