import { fireEvent, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { SearchBox } from '../../src/features/filters/SearchBox';
import { dictionaries } from '../../src/shared/i18n/dictionaries';
import type { Language } from '../../src/shared/i18n/dictionary';
import { LanguageProvider } from '../../src/shared/i18n/language';

/** The app owns the value (it lives in the URL): a parent that keeps it in state. */
function Owner({
  initial = '',
  resultCount = null,
  onChange = () => {},
}: {
  initial?: string;
  resultCount?: number | null;
  onChange?: (value: string) => void;
}) {
  const [value, setValue] = useState(initial);
  return (
    <SearchBox
      value={value}
      resultCount={resultCount}
      onChange={(next) => {
        onChange(next);
        setValue(next);
      }}
    />
  );
}

function renderBox(props: Parameters<typeof Owner>[0] = {}, language: Language = 'fr') {
  return render(
    <LanguageProvider language={language}>
      <Owner {...props} />
    </LanguageProvider>,
  );
}

describe('SearchBox', () => {
  it('is a search field with a visible label and a hint, inside a search landmark', () => {
    renderBox();
    const t = dictionaries.fr.filters;
    const input = screen.getByRole('searchbox', { name: t.searchLabel });
    expect(input).toHaveAttribute('type', 'search');
    expect(screen.getByText(t.searchLabel, { selector: 'label' })).toBeVisible();
    expect(input).toHaveAccessibleDescription(t.searchHint);
    expect(screen.getByRole('search')).toContainElement(input);
  });

  it('reports every keystroke to its owner', async () => {
    const onChange = vi.fn();
    renderBox({ onChange });
    await userEvent.type(screen.getByRole('searchbox'), "l'OTAN");
    expect(onChange).toHaveBeenLastCalledWith("l'OTAN");
    expect(screen.getByRole('searchbox')).toHaveValue("l'OTAN");
  });

  it('clears on Escape, and lets Escape through when already empty', async () => {
    const onChange = vi.fn();
    renderBox({ initial: 'sentinelle', onChange });
    const input = screen.getByRole('searchbox');
    input.focus();
    await userEvent.keyboard('{Escape}');
    expect(onChange).toHaveBeenLastCalledWith('');
    expect(input).toHaveValue('');
    expect(input).toHaveFocus();

    onChange.mockClear();
    const outside = vi.fn();
    document.addEventListener('keydown', outside);
    const notCancelled = fireEvent.keyDown(input, { key: 'Escape' });
    document.removeEventListener('keydown', outside);
    expect(onChange).not.toHaveBeenCalled();
    expect(notCancelled).toBe(true);
    expect(outside).toHaveBeenCalled();
  });

  it('announces the number of events found, politely, in French and in English', () => {
    const t = dictionaries.fr.filters;
    const { rerender } = renderBox({ resultCount: null });
    const status = screen.getByRole('status');
    expect(status).toHaveTextContent(/^$/);
    for (const [count, text] of [
      [3, '3 événements trouvés'],
      [1, '1 événement trouvé'],
      [0, 'Aucun événement trouvé'],
    ] as const) {
      rerender(
        <LanguageProvider language="fr">
          <Owner resultCount={count} />
        </LanguageProvider>,
      );
      expect(screen.getByRole('status')).toHaveTextContent(text);
      expect(t.resultCount(count)).toBe(text);
    }
    rerender(
      <LanguageProvider language="en">
        <Owner resultCount={2} />
      </LanguageProvider>,
    );
    expect(screen.getByRole('status')).toHaveTextContent('2 events found');
    expect(screen.getByRole('searchbox', { name: dictionaries.en.filters.searchLabel })).toBeInTheDocument();
  });
});
