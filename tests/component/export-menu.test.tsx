import { act, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import ICAL from 'ical.js';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ExportMenu } from '../../src/features/export/ExportMenu';
import type { Language } from '../../src/shared/i18n/dictionary';
import { LanguageProvider } from '../../src/shared/i18n/language';
import { Store, type StoreEvent } from '../../src/store/schema';
import { readBuiltStore } from '../helpers/built-store';

const store = readBuiltStore();
const selection = store.events.slice(4, 7);

interface Download {
  fileName: string;
  href: string;
  blob: Blob;
}

let downloads: Download[];
let blobs: Map<string, Blob>;

beforeEach(() => {
  downloads = [];
  blobs = new Map();
  // jsdom has no object URLs and does not download: record what the browser would save.
  URL.createObjectURL = () => '';
  URL.revokeObjectURL = () => undefined;
  vi.spyOn(URL, 'createObjectURL').mockImplementation((blob) => {
    const url = `blob:chronique/${blobs.size}`;
    blobs.set(url, blob as Blob);
    return url;
  });
  vi.spyOn(URL, 'revokeObjectURL');
  vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
    expect(this.isConnected).toBe(true);
    downloads.push({ fileName: this.download, href: this.href, blob: blobs.get(this.href)! });
  });
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(new Date('2026-03-01T12:00:00Z'));
});

afterEach(() => {
  vi.useRealTimers();
  vi.restoreAllMocks();
});

function renderMenu(events: readonly StoreEvent[] = selection, language: Language = 'fr') {
  return render(
    <LanguageProvider language={language}>
      <ExportMenu events={events} store={store} />
    </LanguageProvider>,
  );
}

/** The file's bytes (jsdom's Blob has no arrayBuffer()). */
function readBytes(blob: Blob): Promise<Uint8Array> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(new Uint8Array(reader.result as ArrayBuffer));
    reader.onerror = () => reject(reader.error);
    reader.readAsArrayBuffer(blob);
  });
}

/** The polite status message, once the file is ready. */
async function expectStatus(text: string) {
  await waitFor(() => expect(screen.getByRole('status')).toHaveTextContent(text));
}

async function readText(blob: Blob): Promise<string> {
  return new TextDecoder('utf-8', { ignoreBOM: true }).decode(await readBytes(blob));
}

describe('ExportMenu', () => {
  it('is a group named after the selection, with one button per format', () => {
    renderMenu();
    const group = screen.getByRole('group', { name: 'Exporter la sélection (3 événements)' });
    expect(group).toHaveClass('no-print');
    const buttons = within(group).getAllByRole('button');
    expect(buttons.map((button) => button.getAttribute('data-format'))).toEqual(['ics', 'csv', 'json', 'timelinejs']);
    expect(buttons.map((button) => button.textContent)).toEqual(['ICS (agenda)', 'CSV (tableur)', 'JSON (données)', 'TimelineJS (JSON)']);
  });

  it('downloads the selection as an ICS calendar named after the day, and says so', async () => {
    const user = userEvent.setup();
    renderMenu();
    await user.click(screen.getByRole('button', { name: /ICS/ }));
    await expectStatus('Téléchargement lancé : chronique-2026-03-01.ics');
    expect(downloads).toHaveLength(1);
    const [download] = downloads;
    expect(download!.fileName).toBe('chronique-2026-03-01.ics');
    expect(download!.blob.type).toBe('text/calendar;charset=utf-8');
    const calendar = new ICAL.Component(ICAL.parse(await readText(download!.blob)));
    expect(calendar.getAllSubcomponents('vevent').map((vevent) => vevent.getFirstPropertyValue('uid'))).toEqual(
      selection.map((event) => `${event.id}@chronique`),
    );
    // The temporary link is gone.
    expect(document.querySelector('a[download]')).toBeNull();
  });

  it('downloads CSV with its byte order mark, the store JSON and the TimelineJS JSON', async () => {
    const user = userEvent.setup();
    renderMenu();
    for (const [name, fileName] of [
      [/CSV/, 'chronique-2026-03-01.csv'],
      [/^JSON/, 'chronique-2026-03-01.json'],
      [/TimelineJS/, 'chronique-2026-03-01-timelinejs.json'],
    ] as const) {
      await user.click(screen.getByRole('button', { name }));
      await expectStatus(`Téléchargement lancé : ${fileName}`);
    }

    expect(downloads.map(({ fileName, blob }) => [fileName, blob.type])).toEqual([
      ['chronique-2026-03-01.csv', 'text/csv;charset=utf-8'],
      ['chronique-2026-03-01.json', 'application/json'],
      ['chronique-2026-03-01-timelinejs.json', 'application/json'],
    ]);
    const [csv, json, timeline] = downloads.map((download) => download.blob);
    expect([...(await readBytes(csv!)).subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(await readText(csv!)).toContain(selection[0]!.title.fr);
    expect(Store.parse(JSON.parse(await readText(json!))).events.map((event) => event.id)).toEqual(selection.map((event) => event.id));
    expect(JSON.parse(await readText(timeline!)).events.map((slide: { unique_id: string }) => slide.unique_id)).toEqual(
      selection.map((event) => event.id),
    );
  });

  it('works from the keyboard', async () => {
    const user = userEvent.setup();
    renderMenu(selection, 'en');
    expect(screen.getByRole('group', { name: 'Export the selection (3 events)' })).toBeInTheDocument();
    await user.tab();
    expect(screen.getByRole('button', { name: 'ICS (calendar)' })).toHaveFocus();
    await user.tab();
    await user.keyboard('{Enter}');
    await expectStatus('Download started: chronique-2026-03-01.csv');
    await user.tab();
    await user.keyboard(' ');
    await expectStatus('Download started: chronique-2026-03-01.json');
    expect(downloads.map((download) => download.fileName)).toEqual(['chronique-2026-03-01.csv', 'chronique-2026-03-01.json']);
  });

  it('releases the object URL once the browser has had time to read it', async () => {
    vi.useFakeTimers({ toFake: ['Date', 'setTimeout'] });
    vi.setSystemTime(new Date('2026-03-01T12:00:00Z'));
    renderMenu();
    fireEvent.click(screen.getByRole('button', { name: /ICS/ }));
    await act(() => vi.dynamicImportSettled());
    expect(downloads).toHaveLength(1);
    expect(URL.revokeObjectURL).not.toHaveBeenCalled();
    act(() => vi.advanceTimersByTime(40_000));
    expect(URL.revokeObjectURL).toHaveBeenCalledWith(downloads[0]!.href);
  });

  it('says when a file could not be prepared', async () => {
    vi.mocked(URL.createObjectURL).mockImplementation(() => {
      throw new Error('no memory');
    });
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const user = userEvent.setup();
    renderMenu();
    await user.click(screen.getByRole('button', { name: /CSV/ }));
    await expectStatus('Le fichier n’a pas pu être préparé. Réessayez.');
    expect(downloads).toEqual([]);
  });

  it('offers nothing to download for an empty selection', () => {
    renderMenu([]);
    expect(screen.getByRole('group', { name: 'Exporter la sélection (0 événement)' })).toBeInTheDocument();
    for (const button of screen.getAllByRole('button')) expect(button).toBeDisabled();
    expect(screen.getByRole('status')).toHaveTextContent('Aucun événement à exporter.');
  });
});
