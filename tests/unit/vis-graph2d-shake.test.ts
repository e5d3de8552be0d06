import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { build, type Rolldown } from 'vite';
import { describe, expect, it } from 'vitest';
import { shakeableGraph2d, visGraph2dShake } from '../../scripts/vis-graph2d-shake';

const root = resolve(import.meta.dirname, '../..');
const visModule = readFileSync(resolve(root, 'node_modules/vis-timeline/esnext/esm/vis-timeline-graph2d.mjs'), 'utf8');

/** The timeline chunk's vis part as the app's build makes it: Timeline imported alone, not minified. */
async function bundleTimeline(): Promise<string> {
  const result = (await build({
    root,
    configFile: false,
    logLevel: 'silent',
    plugins: [
      visGraph2dShake(),
      {
        name: 'entry',
        resolveId: (id) => (id === 'entry' ? id : null),
        load: (id) => (id === 'entry' ? "export { Timeline } from 'vis-timeline/esnext';" : null),
      },
    ],
    build: { write: false, minify: false, target: 'es2022', rollupOptions: { input: 'entry', preserveEntrySignatures: 'strict' } },
  })) as Rolldown.RolldownOutput[] | Rolldown.RolldownOutput;
  const output = Array.isArray(result) ? result[0]! : result;
  return output.output.map((chunk) => ('code' in chunk ? chunk.code : '')).join('\n');
}

describe("vis-timeline's Graph2d left out of the build", () => {
  it('keeps Timeline and drops the line graph, its legend, bars and axis groups', async () => {
    const code = await bundleTimeline();
    for (const kept of ['ItemSet', 'TimeAxis', 'ClusterGenerator', 'var Timeline']) expect(code).toContain(kept);
    for (const dropped of ['function LineGraph', 'function Legend', 'function Bargraph', 'function GraphGroup', 'function Graph2d']) {
      expect(visModule).toContain(dropped);
      expect(code).not.toContain(dropped);
    }
  }, 60_000);

  it('adds text only at line ends, and says so when vis-timeline has changed', () => {
    const shaken = shakeableGraph2d(visModule);
    expect(shaken.split('\n').length).toBe(visModule.split('\n').length);
    expect(() => shakeableGraph2d(visModule.replace('function Points() {}', 'function Points() { }'))).toThrow(/vis-timeline has changed/);
    expect(() => shakeableGraph2d(`${visModule}\nclass Item {\n}`)).toThrow(/2 times/);
  });
});
