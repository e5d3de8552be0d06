import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { projectRoot } from '../helpers/data-copy';

const article = 'data/articles/washington-avril-2025.txt';
const text = readFileSync(join(projectRoot, article), 'utf8');
const events = JSON.parse(readFileSync(join(projectRoot, 'public/data/store.json'), 'utf8')).events;

function quote(...args: string[]) {
  const run = spawnSync('npm', ['run', '--silent', 'quote', '--', ...args], { cwd: projectRoot, encoding: 'utf8' });
  return { status: run.status, stdout: run.stdout, stderr: run.stderr };
}

describe('npm run quote', { timeout: 60_000 }, () => {
  it('prints the evidence entry the builder itself computes for a quote of the real data', () => {
    const stored = events.flatMap((event: any) => event.evidence).find((entry: any) => entry.article === 'washington-avril-2025');
    const run = quote(article, stored.exact);
    expect(run.status, run.stderr).toBe(0);
    const printed = JSON.parse(run.stdout);
    expect(printed).toEqual(stored);
    expect(text.slice(printed.start, printed.end)).toBe(stored.exact);
  });

  it('says a text absent from the article is absent, and points to the spelling the article uses', () => {
    // The article writes "défense collective" after a straight apostrophe: d'une.
    const run = quote(article, 'la nécessité d’une défense collective');
    expect(run.status).toBe(1);
    expect(run.stdout).toBe('');
    expect(run.stderr).toContain(`«la nécessité d’une défense collective» is not in ${article} (quotes must be verbatim)`);
    expect(run.stderr).toContain("«la nécessité d'une défense collective»");
  });

  it('says a text nobody wrote is absent, with no suggestion', () => {
    const run = quote(article, 'Rutte démissionne de l’OTAN');
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('is not in');
    expect(run.stderr).not.toContain('copy it exactly');
  });

  it('says an ambiguous text occurs several times, and where', () => {
    const occurrences = text.split('Mark Rutte').length - 1;
    expect(occurrences).toBeGreaterThan(1);
    const run = quote(article, 'Mark Rutte');
    expect(run.status).toBe(1);
    expect(run.stderr).toContain(`«Mark Rutte» occurs ${occurrences} times in ${article}; lengthen it until it is unique`);
    expect(run.stderr.match(/^ {2}at \d+: /gm)).toHaveLength(occurrences);
  });

  it('explains its usage and a missing file', () => {
    expect(quote().stderr).toContain('usage: npm run quote');
    const missing = quote('data/articles/nope.txt', 'x');
    expect(missing.status).toBe(2);
    expect(missing.stderr).toContain('no such file: data/articles/nope.txt');
  });
});
