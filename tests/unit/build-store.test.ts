import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { copyData, projectRoot } from '../helpers/data-copy';

const tsx = join(projectRoot, 'node_modules/.bin/tsx');
const script = join(projectRoot, 'scripts/build-store.ts');
const cleanups: string[] = [];
afterEach(() => cleanups.splice(0).forEach((dir) => rmSync(dir, { recursive: true, force: true })));

function build(dataRoot: string) {
  const out = join(dataRoot, 'out');
  const run = spawnSync(tsx, [script, '--data', dataRoot, '--out', out], { encoding: 'utf8' });
  return { status: run.status, stderr: run.stderr, stdout: run.stdout, storeWritten: existsSync(join(out, 'store.json')), out };
}

function broken(mutate: (data: ReturnType<typeof copyData>) => void) {
  const data = copyData();
  cleanups.push(data.root);
  mutate(data);
  return build(data.root);
}

// Each test runs the builder in a child process (tsx compiles it first): seconds on a busy machine.
describe('build:store', { timeout: 60_000 }, () => {
  it('builds the real data, and the same input gives the same bytes', () => {
    const data = copyData();
    cleanups.push(data.root);
    const first = build(data.root);
    expect(first.status, first.stderr).toBe(0);
    const bytes = readFileSync(join(first.out, 'store.json'));
    const second = build(data.root);
    expect(readFileSync(join(second.out, 'store.json')).equals(bytes)).toBe(true);
    // Two builds in a child process each: about 2 s alone, more when the whole suite shares the CPU.
  }, 30_000);

  it('fails when a quote is not in its article, naming file, event and reason', () => {
    let id = '';
    const result = broken(({ readJson, writeJson }) => {
      const events = readJson('data/events.json');
      id = events[0].id;
      events[0].evidence[0].exact = 'une phrase que personne n’a écrite';
      writeJson('data/events.json', events);
    });
    expect(result.status).not.toBe(0);
    expect(result.storeWritten).toBe(false);
    expect(result.stderr).toContain(
      `data/events.json: "${id}": evidence[0]: the quote «une phrase que personne n’a écrite» is not in data/articles/`,
    );
  });

  it("fails when a quote differs only by its apostrophe (’ vs ')", () => {
    const result = broken(({ readJson, writeJson }) => {
      const events = readJson('data/events.json');
      const event = events.find((e: any) => e.evidence.some((q: any) => q.exact.includes('’')));
      const quote = event.evidence.find((q: any) => q.exact.includes('’'));
      quote.exact = quote.exact.replaceAll('’', "'");
      writeJson('data/events.json', events);
    });
    expect(result.status).not.toBe(0);
    expect(result.stderr).toMatch(/is not in data\/articles\/.*quotes must be verbatim/);
  });

  it('fails when a quote occurs more than once in its article', () => {
    const result = broken(({ readJson, writeJson }) => {
      const events = readJson('data/events.json');
      // "Mark Rutte" occurs several times in every article about him.
      events[0].evidence[0].exact = 'Rutte';
      writeJson('data/events.json', events);
    });
    expect(result.status).not.toBe(0);
    expect(result.storeWritten).toBe(false);
    expect(result.stderr).toMatch(/evidence\[0\]: the quote «Rutte» occurs \d+ times in data\/articles\/[\w-]+\.txt; lengthen it/);
  });

  it.each([
    ['2025-02-30', 'date.start: not a calendar day'],
    ['2025-13-01', 'date.start: not a calendar day'],
    ['0000-00-00', 'date.start: not a calendar day'],
    ['12 mars 2025', 'date.start: a day is written YYYY-MM-DD'],
    ['9999-12-31', 'date: years after 9998 cannot be shown'],
  ])('fails on the impossible date %s', (start, message) => {
    let id = '';
    const result = broken(({ readJson, writeJson }) => {
      const events = readJson('data/events.json');
      id = events[1].id;
      events[1].date.start = start;
      delete events[1].date.end;
      writeJson('data/events.json', events);
    });
    expect(result.status).not.toBe(0);
    expect(result.storeWritten).toBe(false);
    expect(result.stderr).toContain(`data/events.json: "${id}": ${message}`);
  });

  it('fails when an end precedes its start', () => {
    let id = '';
    const result = broken(({ readJson, writeJson }) => {
      const events = readJson('data/events.json');
      id = events[1].id;
      events[1].date = { ...events[1].date, start: '2025-04-25', end: '2025-04-24', precision: 'day' };
      writeJson('data/events.json', events);
    });
    expect(result.status).not.toBe(0);
    expect(result.stderr).toContain(`data/events.json: "${id}": date.end: the end precedes the start`);
  });

  it('fails on a duplicated event id', () => {
    let id = '';
    const result = broken(({ readJson, writeJson }) => {
      const events = readJson('data/events.json');
      id = events[0].id;
      events[2].id = id;
      writeJson('data/events.json', events);
    });
    expect(result.status).not.toBe(0);
    expect(result.stderr).toContain(`data/events.json: "${id}": duplicated event id`);
  });

  it('fails when an event names an unknown article', () => {
    let id = '';
    const result = broken(({ readJson, writeJson }) => {
      const events = readJson('data/events.json');
      id = events[3].id;
      events[3].evidence[0].article = 'le-monde-inexistant';
      writeJson('data/events.json', events);
    });
    expect(result.status).not.toBe(0);
    expect(result.stderr).toContain(`data/events.json: "${id}": evidence[0]: unknown article "le-monde-inexistant"`);
  });

  it('fails when an event names an unknown entity', () => {
    let id = '';
    const result = broken(({ readJson, writeJson }) => {
      const events = readJson('data/events.json');
      id = events[4].id;
      events[4].actors.push('jules-cesar');
      writeJson('data/events.json', events);
    });
    expect(result.status).not.toBe(0);
    expect(result.stderr).toContain(`data/events.json: "${id}": actors: unknown entity "jules-cesar"`);
  });

  it('fails when a required translation is missing', () => {
    let id = '';
    const result = broken(({ readJson, writeJson }) => {
      const events = readJson('data/events.json');
      id = events[5].id;
      delete events[5].summary.en;
      events[5].title.fr = '   ';
      writeJson('data/events.json', events);
    });
    expect(result.status).not.toBe(0);
    expect(result.stderr).toContain(`data/events.json: "${id}": summary.en: a translation is required`);
    expect(result.stderr).toContain(`data/events.json: "${id}": title.fr: a translation cannot be empty`);
  });

  it('fails when a short label is missing or longer than 40 characters, naming file, event and reason', () => {
    const ids: string[] = [];
    const result = broken(({ readJson, writeJson }) => {
      const events = readJson('data/events.json');
      ids.push(events[2].id, events[3].id);
      delete events[2].short;
      events[3].short.en = `${events[3].short.en} and a good deal more`.padEnd(41, '.');
      writeJson('data/events.json', events);
    });
    expect(result.status).not.toBe(0);
    expect(result.storeWritten).toBe(false);
    expect(result.stderr).toContain(`data/events.json: "${ids[0]}": short: a short label { fr, en } is required`);
    expect(result.stderr).toContain(`data/events.json: "${ids[1]}": short.en: a short label has at most 40 characters`);
  });

  it('fails on real French strings stripped of their no-break spaces, and on a straight quote in English, naming file, id and field', () => {
    const broke: { file: string; id: string; field: string }[] = [];
    const result = broken(({ readJson, writeJson }) => {
      const strip = (text: string) => text.replaceAll('\u00a0', ' ').replaceAll('\u202f', ' ');
      const events = readJson('data/events.json');
      const withColon = events.find((e: any) => e.title.fr.includes('\u00a0:'));
      withColon.title.fr = strip(withColon.title.fr);
      const withGuillemets = events.find((e: any) => e.summary.fr.includes('«\u202f') && e.id !== withColon.id);
      withGuillemets.summary.fr = strip(withGuillemets.summary.fr);
      const withNote = events.find((e: any) => e.notes[0]?.fr.includes('\u202f;') && e.notes[0].en.includes('’'));
      withNote.notes[0].fr = strip(withNote.notes[0].fr);
      withNote.notes[0].en = withNote.notes[0].en.replace('’', "'");
      writeJson('data/events.json', events);
      const articles = readJson('data/articles.json');
      const article = articles.find((a: any) => a.published.basis.fr.includes('\u202f'));
      article.published.basis.fr = strip(article.published.basis.fr);
      writeJson('data/articles.json', articles);
      broke.push(
        { file: 'data/events.json', id: withColon.id, field: 'title.fr' },
        { file: 'data/events.json', id: withGuillemets.id, field: 'summary.fr' },
        { file: 'data/events.json', id: withNote.id, field: 'notes[0].fr' },
        { file: 'data/articles.json', id: article.id, field: 'published.basis.fr' },
      );
    });
    expect(result.status).not.toBe(0);
    expect(result.storeWritten).toBe(false);
    for (const { file, id, field } of broke) expect(result.stderr).toContain(`${file}: "${id}": ${field}: French typography: a `);
    expect(result.stderr).toContain(`"${broke[0]!.id}": title.fr: French typography: a no-break space (U+00A0) goes before « : »`);
    expect(result.stderr).toContain(`"${broke[1]!.id}": summary.fr: French typography: a narrow no-break space (U+202F) goes inside « »`);
    expect(result.stderr).toContain(`"${broke[2]!.id}": notes[0].en: English typography: English uses ’ for an apostrophe`);
  });

  it('fails when an entity label lacks a translation', () => {
    const result = broken(({ readJson, writeJson }) => {
      const entities = readJson('data/entities.json');
      delete entities.places[0].label.en;
      writeJson('data/entities.json', entities);
    });
    expect(result.status).not.toBe(0);
    expect(result.stderr).toMatch(/data\/entities\.json: places\.0\.label\.en: a translation is required/);
  });

  it('fails when a data file is not JSON, and when an article text is missing', () => {
    const notJson = broken(({ root }) => writeFileSync(join(root, 'data/events.json'), '[{"id": '));
    expect(notJson.status).not.toBe(0);
    expect(notJson.stderr).toContain('data/events.json: not valid JSON');

    let id = '';
    const noText = broken(({ root, readJson }) => {
      id = readJson('data/articles.json')[0].id;
      rmSync(join(root, `data/articles/${id}.txt`));
    });
    expect(noText.status).not.toBe(0);
    expect(noText.stderr).toContain(`data/articles.json: "${id}": no text file data/articles/${id}.txt`);
  });
});
