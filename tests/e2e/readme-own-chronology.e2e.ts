/**
 * The README's "Make your own chronology" section, run as written: its commands, in order, on a
 * copy of the repository as a clone has it (the installed node_modules linked in, no network),
 * end with the example chronology built and served.
 */
import { execFileSync, spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { stripVTControlCharacters } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import { projectRoot } from '../helpers/data-copy';

const SECTION = '## Make your own chronology';

/** The commands of the section's first sh block, one a line. */
function sectionCommands(): string[] {
  const readme = readFileSync(join(projectRoot, 'README.md'), 'utf8');
  const start = readme.indexOf(SECTION);
  expect(start, `README.md has a "${SECTION}" section`).toBeGreaterThan(-1);
  const section = readme.slice(start + SECTION.length).split(/\n## /)[0]!;
  const block = /```sh\n([\s\S]*?)```/.exec(section);
  expect(block, 'the section has a sh code block').not.toBeNull();
  return block![1]!.split('\n').filter((line) => line.trim() !== '' && !line.trim().startsWith('#'));
}

/** The files a clone would have: tracked ones, and new ones not ignored (so that it runs before a commit too). */
function cloneLikeCopy(): string {
  const copy = mkdtempSync(join(tmpdir(), 'chronique-readme-'));
  const files = execFileSync('git', ['ls-files', '--cached', '--others', '--exclude-standard', '-z'], {
    cwd: projectRoot,
    encoding: 'utf8',
  })
    .split('\0')
    .filter((file) => file !== '');
  for (const file of files) {
    mkdirSync(dirname(join(copy, file)), { recursive: true });
    try {
      cpSync(join(projectRoot, file), join(copy, file));
    } catch {
      // A file deleted in the work tree but not yet in the index: a clone would not have it either.
    }
  }
  symlinkSync(join(projectRoot, 'node_modules'), join(copy, 'node_modules'));
  return copy;
}

const env = { ...process.env, SITE_ORIGIN: '', CHRONIQUE_DATA: '', FORCE_COLOR: '0', NO_COLOR: '1' };
let copy: string | undefined;
let server: ChildProcess | undefined;
afterAll(() => {
  if (server?.pid) process.kill(-server.pid, 'SIGTERM');
  if (copy) rmSync(copy, { recursive: true, force: true });
});

/** Starts the long-running last command and resolves with the address it serves on. */
function serve(command: string, cwd: string): Promise<string> {
  server = spawn('bash', ['-c', command], { cwd, env, detached: true });
  return new Promise((resolve, reject) => {
    let output = '';
    const timer = setTimeout(() => reject(new Error(`no address printed by "${command}":\n${output}`)), 60_000);
    const read = (chunk: Buffer) => {
      output += stripVTControlCharacters(chunk.toString());
      const address = /http:\/\/(?:localhost|127\.0\.0\.1):\d+\//.exec(output);
      if (address) {
        clearTimeout(timer);
        resolve(address[0]);
      }
    };
    server!.stdout!.on('data', read);
    server!.stderr!.on('data', read);
    server!.on('exit', (code) => reject(new Error(`"${command}" exited (${code}):\n${output}`)));
  });
}

describe('README: Make your own chronology', () => {
  it('builds and serves the example chronology with exactly the commands it shows', { timeout: 400_000 }, async () => {
    const commands = sectionCommands();
    expect(commands.at(-1)).toMatch(/^npm run preview/);
    copy = cloneLikeCopy();
    const outputs: string[] = [];
    for (const command of commands.slice(0, -1)) {
      const run = spawnSync('bash', ['-c', command], { cwd: copy, env, encoding: 'utf8', timeout: 300_000 });
      expect(run.status, `${command}\n${run.stdout}\n${run.stderr}`).toBe(0);
      outputs.push(run.stdout);
    }
    // The quote command printed an evidence entry of the example's article.
    const evidence = /\{[\s\S]*\}/.exec(outputs[0]!);
    expect(JSON.parse(evidence![0])).toMatchObject({ article: 'emancipation-proclamation', exact: 'Done at the City of Washington' });

    const example = JSON.parse(readFileSync(join(copy, 'examples/founding-texts/data/collection.json'), 'utf8'));
    const base = await serve(commands.at(-1)!, copy);
    const get = async (path: string) => {
      const response = await fetch(new URL(path, base));
      expect(response.status, path).toBe(200);
      return response.text();
    };
    const store = JSON.parse(await get('/data/store.json'));
    expect(store.title).toEqual(example.title);
    expect(store.events).toHaveLength(3);
    const index = await get('/');
    expect(index).toContain(`<title>${example.title.fr} — chronique</title>`);
    expect(index).not.toContain('Rutte');
    const eventPage = await get(`/e/${store.events[0].id}/en/`);
    expect(eventPage).toContain(store.events[0].title.en);
    expect(eventPage).toContain(`content="https://chronology.example.org/cards/en/${store.events[0].id}.png"`);
    expect(await get('/sitemap.xml')).toContain(`<loc>https://chronology.example.org/e/${store.events[2].id}/</loc>`);
  });
});
