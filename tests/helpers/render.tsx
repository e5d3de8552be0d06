/** Rendering a component as the app does: inside the language, navigation and view-parameter providers. */
import { render, type RenderOptions } from '@testing-library/react';
import type { ReactElement, ReactNode } from 'react';
import { vi } from 'vitest';
import type { Language } from '../../src/shared/i18n/dictionary';
import { LanguageProvider } from '../../src/shared/i18n/language';
import type { AppLinks } from '../../src/shared/links';
import { NavigationProvider } from '../../src/shared/navigation';
import { EMPTY_URL_STATE, type UrlState } from '../../src/shared/url/url-state';
import { ViewParamsProvider } from '../../src/shared/url/view-params';

/** Links in the app's URL format, without the rest of the view. */
export const fakeLinks: AppLinks = {
  event: (id) => `/?event=${id}`,
  article: (id, passage) => `/?article=${id}${passage ? `&passage=${passage.start}-${passage.end}` : ''}`,
  home: () => '/',
};

/**
 * Renders `element` in `language`, in a view whose URL says `url`; `navigate` records the in-app
 * links followed. The providers wrap `rerender` too, so a test rerenders the bare element.
 */
export function renderWithProviders(
  element: ReactElement,
  options: { language?: Language; url?: Partial<UrlState> } & Omit<RenderOptions, 'wrapper'> = {},
) {
  const { language = 'fr', url = {}, ...renderOptions } = options;
  const navigate = vi.fn();
  const state = { ...EMPTY_URL_STATE, ...url };
  const wrapper = ({ children }: { children: ReactNode }) => (
    <LanguageProvider language={language}>
      <NavigationProvider navigate={navigate}>
        <ViewParamsProvider state={state}>{children}</ViewParamsProvider>
      </NavigationProvider>
    </LanguageProvider>
  );
  return { ...render(element, { wrapper, ...renderOptions }), navigate };
}
