import { useId } from 'react';
import { useI18n } from '../../shared/i18n/language';
import type { Store, StoreEvent } from '../../store/schema';
import { PresenterNotes } from './PresenterNotes';
import { clampIndex, targetIndex } from './slide-keys';
import { useSlideChannel } from './slide-channel';
import { useSlideKeys } from './use-slide-keys';
import '../../shared/ui/ui.css';
import './present.css';

export interface PresenterViewProps {
  /** The same selection as the audience window (the URL carries the search and filters). */
  events: readonly StoreEvent[];
  store: Store;
  /** 0-based, clamped. */
  index: number;
  onIndexChange: (index: number) => void;
}

/**
 * The presenter window (`?slide=N&presenter=1`): the notes of the current slide, the same keys as
 * the audience window, and the slide kept in step with it both ways.
 */
export function PresenterView({ events, store, index, onIndexChange }: PresenterViewProps) {
  const { t } = useI18n();
  const headingId = useId();
  const count = events.length;
  const current = clampIndex(index, count);
  const event = events[current];

  useSlideKeys((action) => {
    if (action !== 'exit') {
      const target = targetIndex(action, current, count);
      if (target !== null) onIndexChange(target);
    }
  });
  useSlideChannel(current, (received) => onIndexChange(clampIndex(received, count)));

  return (
    <section className="presenter" aria-labelledby={headingId} data-presenter="">
      <h1 id={headingId} className="presenter-heading">
        {t.present.notesTitle}
      </h1>
      {event ? (
        <>
          <nav className="present-nav" aria-label={t.present.slides}>
            <button
              type="button"
              className="ui-button-large present-button"
              aria-disabled={current === 0}
              onClick={() => {
                const target = targetIndex('previous', current, count);
                if (target !== null) onIndexChange(target);
              }}
            >
              <span aria-hidden="true">← </span>
              {t.present.previous}
            </button>
            <button
              type="button"
              className="ui-button-large present-button"
              aria-disabled={current === count - 1}
              onClick={() => {
                const target = targetIndex('next', current, count);
                if (target !== null) onIndexChange(target);
              }}
            >
              {t.present.next}
              <span aria-hidden="true"> →</span>
            </button>
          </nav>
          <PresenterNotes event={event} next={events[current + 1]} store={store} index={current} count={count} />
        </>
      ) : (
        <p>{t.present.empty}</p>
      )}
    </section>
  );
}
