/** The presenter window's address: this page, at this slide, with `presenter=1` (the app routes it). */
export function presenterUrl(current: string, index: number): string {
  const url = new URL(current);
  url.searchParams.set('slide', String(index + 1));
  url.searchParams.set('presenter', '1');
  url.hash = '';
  return url.toString();
}
