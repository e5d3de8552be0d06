import { useEffect, useRef } from 'react';

/** The audience window and the presenter window tell each other the current slide. */
export const CHANNEL_NAME = 'chronique-present';

export interface SlideMessage {
  type: 'slide';
  index: number;
}

export function isSlideMessage(data: unknown): data is SlideMessage {
  return (
    typeof data === 'object' &&
    data !== null &&
    (data as { type?: unknown }).type === 'slide' &&
    Number.isInteger((data as { index?: unknown }).index) &&
    (data as { index: number }).index >= 0
  );
}

/**
 * Posts the index whenever it changes here, and follows the index the other window posts. An index
 * just received is not echoed back, so the two windows never chase each other.
 */
export function useSlideChannel(index: number, onIndexChange: (index: number) => void) {
  const channel = useRef<BroadcastChannel | null>(null);
  const received = useRef<number | null>(null);
  const latest = useRef({ index, onIndexChange });
  useEffect(() => {
    latest.current = { index, onIndexChange };
  });

  useEffect(() => {
    if (typeof BroadcastChannel === 'undefined') return;
    const opened = new BroadcastChannel(CHANNEL_NAME);
    channel.current = opened;
    opened.onmessage = (message: MessageEvent) => {
      if (!isSlideMessage(message.data) || message.data.index === latest.current.index) return;
      received.current = message.data.index;
      latest.current.onIndexChange(message.data.index);
    };
    return () => {
      opened.close();
      channel.current = null;
    };
  }, []);

  useEffect(() => {
    if (received.current === index) {
      received.current = null;
      return;
    }
    const message: SlideMessage = { type: 'slide', index };
    channel.current?.postMessage(message);
  }, [index]);
}
