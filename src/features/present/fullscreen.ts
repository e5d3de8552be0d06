import { useSyncExternalStore } from 'react';

function subscribe(onChange: () => void) {
  document.addEventListener('fullscreenchange', onChange);
  return () => document.removeEventListener('fullscreenchange', onChange);
}

/** True while the browser shows the page in full screen (entered by us or by F11 in some browsers). */
export function useIsFullscreen(): boolean {
  return useSyncExternalStore(
    subscribe,
    () => Boolean(document.fullscreenElement),
    () => false,
  );
}

export function canFullscreen(): boolean {
  return document.fullscreenEnabled === true && typeof document.documentElement.requestFullscreen === 'function';
}

/** Must run inside a user gesture; a refusal (policy, iframe, iOS) just leaves the page as it is. */
export function enterFullscreen() {
  document.documentElement.requestFullscreen?.().catch(() => undefined);
}

export function leaveFullscreen() {
  if (document.fullscreenElement) document.exitFullscreen?.().catch(() => undefined);
}
