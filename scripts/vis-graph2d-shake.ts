/**
 * vis-timeline's esnext build is one module holding both Timeline and Graph2d (line graphs, bar
 * charts, their axes and legends), and the bundler keeps all of Graph2d's code, which the app never
 * imports: its constructor functions get their methods by top-level `X.prototype… =` statements,
 * and neither Rollup nor Rolldown drops an assignment to a function's prototype. This wraps each of
 * those Graph2d-only stretches of the module in an IIFE marked pure, which returns the one name used
 * outside it, so the bundler drops the stretch when that name is unused. Timeline's code is left as
 * it is. Text is only added at the start and end of lines (line numbers and the source map hold),
 * and the build fails if a stretch's first and last lines are no longer found, once each, in order.
 */
import type { Plugin } from 'vite';

const VIS_MODULE = /vis-timeline[\\/]esnext[\\/]esm[\\/]vis-timeline-graph2d\.mjs$/;

interface Stretch {
  /** The name the rest of the module uses (only Graph2d's code and the unused `timeline` export do). */
  name: string;
  /** The stretch's first line, and the line just after it (each must appear once, as a whole line). */
  from: string;
  until: string;
}

const STRETCHES: readonly Stretch[] = [
  // Points, Bargraph, Line (the drawing styles) and GraphGroup, used only by LineGraph.
  { name: 'GraphGroup', from: 'function Points() {}', until: 'class Item {' },
  {
    name: 'Legend',
    from: 'function Legend(body, options, side, linegraphOptions) {',
    until: 'var UNGROUPED = "__ungrouped__"; // reserved group id for ungrouped items',
  },
  {
    name: 'LineGraph',
    from: 'var UNGROUPED = "__ungrouped__"; // reserved group id for ungrouped items',
    until: 'class TimeAxis extends Component {',
  },
  { name: 'Graph2d', from: 'function Graph2d(container, items, groups, options) {', until: 'const string = "string";' },
];

function lineIndex(lines: readonly string[], text: string, after: number): number {
  const found = lines.flatMap((line, index) => (line === text ? [index] : []));
  if (found.length !== 1 || found[0]! <= after) {
    throw new Error(
      `vis-graph2d-shake: the line ${JSON.stringify(text)} is in vis-timeline's esnext build ${found.length} times` +
        `${found.length === 1 ? ', out of order' : ''}; expected once. vis-timeline has changed: update scripts/vis-graph2d-shake.ts.`,
    );
  }
  return found[0]!;
}

/** The module's text with Graph2d's stretches made droppable; throws if the module no longer has them. */
export function shakeableGraph2d(code: string): string {
  const lines = code.split('\n');
  let after = -1;
  for (const { name, from, until } of STRETCHES) {
    const first = lineIndex(lines, from, after);
    const end = lineIndex(lines, until, first);
    lines[first] = `const ${name} = /* @__PURE__ */ (() => { ${lines[first]}`;
    lines[end - 1] = `${lines[end - 1]} return ${name}; })();`;
    after = first;
  }
  return lines.join('\n');
}

export function visGraph2dShake(): Plugin {
  return {
    name: 'vis-graph2d-shake',
    apply: 'build',
    transform(code, id) {
      if (!VIS_MODULE.test(id)) return null;
      // No code moves to another line: the module's own source map stays right.
      return { code: shakeableGraph2d(code), map: null };
    },
  };
}
