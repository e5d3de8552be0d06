import { useEffect, useLayoutEffect, useRef, type ReactNode } from 'react';

/**
 * For children that focus something when they mount or change (EventDetail focuses its title).
 * While `quiet`, the subtree is inert during that commit, so their focus() does nothing: an embed
 * that opens an event on load or on the host's command must not pull focus out of the host page.
 * Layout effects run before every passive effect, and a parent's passive effect after its
 * children's: inert is set before their focus() and lifted right after it.
 */
export function QuietFocus({ quiet, changeKey, children }: { quiet: boolean; changeKey: string; children: ReactNode }) {
  const ref = useRef<HTMLDivElement>(null);
  useLayoutEffect(() => {
    if (quiet && ref.current) ref.current.inert = true;
  }, [quiet, changeKey]);
  useEffect(() => {
    if (ref.current) ref.current.inert = false;
  }, [quiet, changeKey]);
  return <div ref={ref}>{children}</div>;
}
