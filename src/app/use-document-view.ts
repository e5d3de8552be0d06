import { useEffect } from 'react';
import type { Scheme } from '../shared/url/url-state';

/** The page's title, and the colour scheme the URL asks for (none: the system's). */
export function useDocumentView(title: string, scheme: Scheme | null) {
  useEffect(() => {
    document.title = title;
  }, [title]);

  useEffect(() => {
    if (scheme) document.documentElement.dataset.scheme = scheme;
    else delete document.documentElement.dataset.scheme;
  }, [scheme]);
}
