import { vi } from 'vitest';

/** A static host for `fetch`: the files at their paths (as JSON); any other path is a 404. Returns the URLs asked for, in order. */
export function serveFiles(files: Record<string, unknown>): string[] {
  const requested: string[] = [];
  vi.stubGlobal(
    'fetch',
    vi.fn(async (url: string) => {
      requested.push(url);
      const file = files[url];
      return file === undefined ? new Response('not found', { status: 404 }) : new Response(JSON.stringify(file));
    }),
  );
  return requested;
}
