import { useEffect, type RefObject } from 'react';

/**
 * Everything outside a full-viewport modal (the presentation) is inert while it is open: out of
 * the tab order, of the accessibility tree and of the pointer's reach, as a native modal <dialog>
 * leaves the page. The page behind it is still laid out (the timeline keeps its state), but no
 * one can reach what no one can see. Elements that were inert already are left as they were.
 */
export function useInertBackground(modal: RefObject<HTMLElement | null>) {
  useEffect(() => {
    const made: HTMLElement[] = [];
    for (let inside = modal.current; inside && inside !== document.body; inside = inside.parentElement) {
      for (const sibling of inside.parentElement?.children ?? []) {
        if (sibling === inside || !(sibling instanceof HTMLElement) || sibling.inert) continue;
        sibling.inert = true;
        made.push(sibling);
      }
    }
    return () => {
      for (const element of made) element.inert = false;
    };
  }, [modal]);
}
