import { createContext, useContext, type AnchorHTMLAttributes, type MouseEvent, type ReactNode } from 'react';
import { useI18n } from './i18n/language';

type Navigate = (href: string) => void;

const NavigationContext = createContext<Navigate>((href) => window.location.assign(href));

export function NavigationProvider({ navigate, children }: { navigate: Navigate; children: ReactNode }) {
  return <NavigationContext.Provider value={navigate}>{children}</NavigationContext.Provider>;
}

export function useNavigate(): Navigate {
  return useContext(NavigationContext);
}

/**
 * A real link (it opens in a new tab, copies, shows its URL) that navigates inside the app on a
 * plain click instead of reloading the page.
 */
export function InternalLink({ href, onClick, ...props }: AnchorHTMLAttributes<HTMLAnchorElement> & { href: string }) {
  const navigate = useNavigate();
  const handleClick = (event: MouseEvent<HTMLAnchorElement>) => {
    onClick?.(event);
    if (event.defaultPrevented || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) {
      return;
    }
    event.preventDefault();
    navigate(href);
  };
  return <a href={href} onClick={handleClick} {...props} />;
}

/** True for an absolute http: or https: URL, the only kind of outside link the app opens. */
export function isWebUrl(href: string): boolean {
  return URL.canParse(href) && /^https?:$/.test(new URL(href).protocol);
}

/**
 * A link to another site, in a new tab. A URL that is not http(s) (javascript:, data:…) is never
 * made a link: its text is shown with a notice instead.
 */
export function ExternalLink({ href, children, newTabLabel }: { href: string; children: ReactNode; newTabLabel: string }) {
  const { t } = useI18n();
  if (!isWebUrl(href)) {
    return (
      <span data-unsafe-link="">
        {children} <small>({t.app.unsafeLink})</small>
      </span>
    );
  }
  return (
    <a href={href} target="_blank" rel="noopener noreferrer">
      {children}
      <span className="visually-hidden"> ({newTabLabel})</span>
      <span aria-hidden="true"> ↗</span>
    </a>
  );
}
