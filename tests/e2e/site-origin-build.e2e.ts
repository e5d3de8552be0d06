/**
 * Build-level: the production build given SITE_ORIGIN (one build, into a temporary folder, so the
 * dist/ the other browser tests serve is left as it is), and a build given a malformed one.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SHARE_PAGE_CSP } from '../../scripts/site/share-pages';
import { readBuiltStore } from '../helpers/built-store';
import { projectRoot } from '../helpers/data-copy';

const ORIGIN = 'https://example.org';
const vite = join(projectRoot, 'node_modules/.bin/vite');
const viteBuild = (outDir: string, siteOrigin: string) =>
  spawnSync(vite, ['build', '--outDir', outDir, '--emptyOutDir', '--logLevel', 'warn'], {
    cwd: projectRoot,
    encoding: 'utf8',
    env: { ...process.env, SITE_ORIGIN: siteOrigin },
  });

let out: string;
let build: ReturnType<typeof viteBuild>;
const read = (file: string) => readFileSync(join(out, file), 'utf8');
const store = readBuiltStore();
const event = store.events.at(-1)!;

beforeAll(() => {
  out = mkdtempSync(join(tmpdir(), 'chronique-origin-'));
  build = viteBuild(out, ORIGIN);
}, 240_000);
afterAll(() => rmSync(out, { recursive: true, force: true }));

/** The href of every <link> matching rel (and hreflang), and every og:/twitter: URL, in a page. */
function urlsIn(html: string): string[] {
  const hrefs = [...html.matchAll(/<link rel="(?:canonical|alternate)"[^>]*href="([^"]+)"/g)].map((match) => match[1]!);
  const metas = [...html.matchAll(/<meta (?:property|name)="(?:og:url|og:image|twitter:image)" content="([^"]+)"/g)].map(
    (match) => match[1]!,
  );
  return [...hrefs, ...metas];
}

describe('SITE_ORIGIN=https://example.org npm run build', () => {
  it('builds, without the warning that URLs stay relative', () => {
    expect(build.status, build.stderr).toBe(0);
    expect(build.stderr + build.stdout).not.toContain('SITE_ORIGIN is not set');
  });

  it('writes an oEmbed answer whose every URL is absolute', () => {
    const oembed = JSON.parse(read('oembed.json'));
    expect(oembed).toMatchObject({ version: '1.0', type: 'rich', provider_url: `${ORIGIN}/`, thumbnail_url: `${ORIGIN}/cards/fr.png` });
    expect(oembed.title).toContain(store.title.fr);
    expect(oembed.html).toContain(`<iframe src="${ORIGIN}/embed.html?height=560"`);
    expect(oembed.html).toContain(`<script src="${ORIGIN}/embed-loader.js" async>`);
    expect(oembed.html).not.toMatch(/(src|href)="\//);
  });

  it('links the app to its canonical address, its French and English versions and its oEmbed, all absolute', () => {
    const index = read('index.html');
    expect(index).toContain(`<link rel="canonical" href="${ORIGIN}/" />`);
    expect(index).toContain(`<link rel="alternate" hreflang="fr" href="${ORIGIN}/" />`);
    expect(index).toContain(`<link rel="alternate" hreflang="en" href="${ORIGIN}/en/" />`);
    expect(index).toContain(`<link rel="alternate" hreflang="x-default" href="${ORIGIN}/" />`);
    expect(index).toContain(`type="application/json+oembed" href="${ORIGIN}/oembed.json"`);
    expect(read('embed.html')).toContain(`type="application/json+oembed" href="${ORIGIN}/oembed.json"`);
    const urls = urlsIn(index);
    expect(urls.length).toBeGreaterThanOrEqual(7);
    for (const url of urls) expect(url.startsWith(`${ORIGIN}/`), url).toBe(true);
  });

  it("gives each event's pages absolute canonical, hreflang and card URLs", () => {
    const french = read(`e/${event.id}/index.html`);
    const english = read(`e/${event.id}/en/index.html`);
    expect(french).toContain(`<link rel="canonical" href="${ORIGIN}/e/${event.id}/" />`);
    expect(english).toContain(`<link rel="canonical" href="${ORIGIN}/e/${event.id}/en/" />`);
    for (const page of [french, english]) {
      expect(page).toContain(`<link rel="alternate" hreflang="en" href="${ORIGIN}/e/${event.id}/en/" />`);
      for (const url of urlsIn(page)) expect(url.startsWith(`${ORIGIN}/`), url).toBe(true);
    }
    expect(english).toContain(`<meta property="og:image" content="${ORIGIN}/cards/en/${event.id}.png" />`);
  });

  it('lists the app and every event page, in both languages, in sitemap.xml, named by robots.txt', () => {
    const sitemap = read('sitemap.xml');
    const locs = [...sitemap.matchAll(/<loc>([^<]+)<\/loc>/g)].map((match) => match[1]);
    expect(locs).toEqual([
      `${ORIGIN}/`,
      `${ORIGIN}/en/`,
      ...store.events.flatMap((item) => [`${ORIGIN}/e/${item.id}/`, `${ORIGIN}/e/${item.id}/en/`]),
    ]);
    for (const href of sitemap.matchAll(/href="([^"]+)"/g)) expect(href[1]!.startsWith(`${ORIGIN}/`)).toBe(true);
    expect(read('robots.txt')).toContain(`Sitemap: ${ORIGIN}/sitemap.xml`);
  });

  it("sends the event pages' own CSP in _headers too, since both are enforced", () => {
    const headers = read('_headers');
    expect(headers).toContain(`/e/*\n  Content-Security-Policy: ${SHARE_PAGE_CSP}; frame-ancestors 'none'`);
    expect(headers).toContain(`/en/*\n  Content-Security-Policy: ${SHARE_PAGE_CSP}; frame-ancestors 'none'`);
  });
});

describe('a malformed SITE_ORIGIN', () => {
  it('fails the build with a message saying what is wrong and how to write it', () => {
    const failed = mkdtempSync(join(tmpdir(), 'chronique-bad-origin-'));
    try {
      const run = viteBuild(failed, 'example.org/chronique');
      expect(run.status).not.toBe(0);
      expect(run.stderr).toContain('SITE_ORIGIN "example.org/chronique" is not a usable origin: it is not a URL');
      expect(run.stderr).toContain('SITE_ORIGIN=https://example.org');
    } finally {
      rmSync(failed, { recursive: true, force: true });
    }
  });
});
