import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { toTimelineJs } from '../../src/features/export/formats/to-timelinejs';
import { copyData, projectRoot } from '../helpers/data-copy';
import { readBuiltStore } from '../helpers/built-store';

const fixture = (name: string) => join(projectRoot, 'tests/fixtures/timelinejs', name);
const tsx = join(projectRoot, 'node_modules/.bin/tsx');
const cleanups: string[] = [];
afterEach(() => cleanups.splice(0).forEach((dir) => rmSync(dir, { recursive: true, force: true })));

function importTimeline(file: string, ...args: string[]) {
  const dir = mkdtempSync(join(tmpdir(), 'chronique-import-'));
  cleanups.push(dir);
  const out = join(dir, 'drafts.json');
  const run = spawnSync(tsx, [join(projectRoot, 'scripts/import-timelinejs.ts'), file, '--out', out, ...args], {
    cwd: projectRoot,
    encoding: 'utf8',
  });
  return { status: run.status, stderr: run.stderr, drafts: () => JSON.parse(readFileSync(out, 'utf8')) };
}

function buildStore(dataRoot: string) {
  return spawnSync(tsx, [join(projectRoot, 'scripts/build-store.ts'), '--data', dataRoot, '--out', join(dataRoot, 'out')], {
    encoding: 'utf8',
  });
}

const timeline = JSON.parse(readFileSync(fixture('eras.json'), 'utf8'));
let eras: { status: number | null; stderr: string; drafts: any[] };
beforeAll(() => {
  const run = importTimeline(fixture('eras.json'), '--lang', 'en');
  eras = { status: run.status, stderr: run.stderr, drafts: run.status === 0 ? run.drafts() : [] };
  cleanups.splice(0).forEach((dir) => rmSync(dir, { recursive: true, force: true }));
});

describe('npm run import:timelinejs on TimelineJS’s own example with a title slide, eras and media', { timeout: 30_000 }, () => {
  it('makes one draft per slide, with its headline, text and dates at their precision', () => {
    expect(eras.status, eras.stderr).toBe(0);
    const drafts = eras.drafts;
    expect(drafts).toHaveLength(timeline.events.length);
    expect(drafts.map((draft: any) => draft.title.en)).toEqual(timeline.events.map((slide: any) => slide.text.headline));
    const migration = drafts.find((draft: any) => draft.title.en === 'Muhammad Migrates from Mecca to Medina');
    expect(migration.date).toMatchObject({ start: '0622-08-09', end: '0622-08-23', precision: 'day' });
    const war = drafts.find((draft: any) => draft.title.en === 'Last great Roman-Persian War.');
    expect(war.date).toMatchObject({ start: '0602-01-01', end: '0629-12-31', precision: 'year' });
    const nineveh = drafts.find((draft: any) => draft.title.en === 'Battle of Nineveh');
    expect(nineveh.date.start).toBe('0627-12-12');
    expect(nineveh.date.end).toBeUndefined();
    expect(nineveh.summary.en).toBe('The Byzantines, under Heraclius, crush the Persians.');
    // Two slides share "Death of Muhammed" day but not a headline; ids stay unique anyway.
    expect(new Set(drafts.map((draft: any) => draft.id)).size).toBe(drafts.length);
  });

  it('marks every draft as lacking evidence, and leaves what TimelineJS does not say for the editor', () => {
    for (const draft of eras.drafts) {
      expect(draft.draft).toMatch(/^imported from TimelineJS \(eras\.json, slide \d+\)$/);
      expect(draft.evidence).toEqual([]);
      expect(draft.title.fr).toBe('');
      expect(draft.kind).toBe('');
      expect(draft.date.from).toBe('');
    }
  });

  it('says the title slide, the eras and the media were not imported, and why', () => {
    const { stderr } = eras;
    const withMedia = timeline.events.filter((slide: any) => slide.media).length;
    expect(stderr).toContain('the title slide «Eras Test» is not an event: use it as the title in collection.json');
    expect(stderr).toContain(`${timeline.eras.length} eras not imported`);
    expect(stderr).toContain(`${withMedia} slides had media, not imported: a picture or a link is not evidence`);
  });

  it('leaves out, saying why, slides dated before year 1 (TimelineJS’s cosmological example)', () => {
    const run = importTimeline(fixture('cosmo.json'));
    expect(run.status, run.stderr).toBe(0);
    expect(run.drafts()).toEqual([]);
    expect(run.stderr).toContain('slide 1 «The Big Bang» not imported: its year -13800000000 is outside the years 1–9998');
  });

  it('refuses a file that is not a TimelineJS timeline', () => {
    const run = importTimeline(join(projectRoot, 'data/entities.json'));
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('is not a TimelineJS timeline: it has no "events" list');
  });
});

describe('drafts and the builder', { timeout: 60_000 }, () => {
  it('refuses to publish the drafts, saying so for each one, and writes nothing', () => {
    const drafts = eras.drafts;
    const data = copyData();
    cleanups.push(data.root);
    data.writeJson('data/events.json', [...data.readJson('data/events.json'), ...drafts]);
    const build = buildStore(data.root);
    expect(build.status).not.toBe(0);
    for (const draft of drafts) {
      expect(build.stderr).toContain(
        `data/events.json: "${draft.id}": is a draft (${draft.draft}) with no evidence yet: it is not published until it quotes an article`,
      );
    }
    expect(build.stderr).not.toContain('an event needs at least one evidence passage');
    expect(build.stderr).toContain('nothing written');
  });

  it('round trip: our own TimelineJS export comes back as drafts with the same titles, dates and groups; sourced and unmarked, one is published', () => {
    const store = readBuiltStore();
    const dir = mkdtempSync(join(tmpdir(), 'chronique-roundtrip-'));
    cleanups.push(dir);
    writeFileSync(join(dir, 'exported.json'), JSON.stringify(toTimelineJs(store.events, store, 'fr')));
    const run = importTimeline(join(dir, 'exported.json'), '--lang', 'fr');
    expect(run.status, run.stderr).toBe(0);
    const drafts = run.drafts();
    expect(drafts.map((draft: any) => draft.id)).toEqual(store.events.map((event) => event.id));
    expect(drafts.map((draft: any) => draft.title.fr)).toEqual(store.events.map((event) => event.title.fr));
    drafts.forEach((draft: any, index: number) => {
      const { date } = store.events[index]!;
      expect(draft.date.precision).toBe(date.precision);
      expect(draft.date.start).toBe(date.start);
      expect(draft.date.end).toBe(date.end === date.start ? undefined : date.end);
      expect(draft.summary.fr).toContain(store.events[index]!.summary.fr);
      // The group (the event's first theme) comes back as a theme to declare.
      expect(draft.themes).toHaveLength(store.events[index]!.themes.length > 0 ? 1 : 0);
    });
    expect(run.stderr).toContain('Themes to add to entities.json (from TimelineJS groups)');

    // The editor completes one draft from the original event, quote included, but leaves the mark: still refused.
    const data = copyData();
    cleanups.push(data.root);
    const source = data.readJson('data/events.json');
    const original = source[0];
    const completed = { ...original, id: `${original.id}-importe`, draft: drafts[0].draft };
    data.writeJson('data/events.json', [...source, completed]);
    const marked = buildStore(data.root);
    expect(marked.status).not.toBe(0);
    expect(marked.stderr).toContain(`"${completed.id}": is still marked as a draft (${drafts[0].draft}): remove "draft"`);
    // Mark removed: it is published.
    const { draft: _draft, ...published } = completed;
    data.writeJson('data/events.json', [...source, published]);
    const built = buildStore(data.root);
    expect(built.status, built.stderr).toBe(0);
    const out = JSON.parse(readFileSync(join(data.root, 'out/store.json'), 'utf8'));
    expect(out.events.some((event: any) => event.id === completed.id && !('draft' in event))).toBe(true);
  });
});
