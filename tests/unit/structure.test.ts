/**
 * The size limits of issue 12, checked rather than remembered: no file in `src/` over 400 lines,
 * no React component over 150. Components are found with the TypeScript compiler, not by name:
 * every top-level function in a `.tsx` file (a declaration, or a variable holding an arrow or
 * function expression, also wrapped as `forwardRef(…)` or `memo(…)`) that returns JSX. Its
 * size is the line span of its declaration, from its first line to its closing brace.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { projectRoot } from '../helpers/data-copy';

const MAX_FILE_LINES = 400;
const MAX_COMPONENT_LINES = 150;

interface Measured {
  name: string;
  lines: number;
}

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? filesUnder(path) : [path];
  });
}

const lineCount = (text: string) => text.split('\n').length - (text.endsWith('\n') ? 1 : 0);

const isJsx = (node: ts.Node) => ts.isJsxElement(node) || ts.isJsxSelfClosingElement(node) || ts.isJsxFragment(node);

/** Whether an expression is or holds JSX (in parentheses, a conditional, `&&`…), not looking into nested functions. */
function holdsJsx(node: ts.Node): boolean {
  if (isJsx(node)) return true;
  if (ts.isFunctionLike(node)) return false;
  return ts.forEachChild(node, (child) => holdsJsx(child) || undefined) ?? false;
}

/** Whether a function returns JSX from its own body (a nested function's return does not count). */
function returnsJsx(fn: ts.SignatureDeclaration): boolean {
  const body = (fn as ts.FunctionLikeDeclaration).body;
  if (!body) return false;
  if (!ts.isBlock(body)) return holdsJsx(body);
  const visit = (node: ts.Node): boolean => {
    if (ts.isFunctionLike(node)) return false;
    if (ts.isReturnStatement(node)) return node.expression !== undefined && holdsJsx(node.expression);
    return ts.forEachChild(node, (child) => visit(child) || undefined) ?? false;
  };
  return visit(body);
}

/** The function a top-level initializer defines: itself, or the one passed to forwardRef/memo. */
function definedFunction(node: ts.Expression | undefined): ts.SignatureDeclaration | undefined {
  if (!node) return undefined;
  if (ts.isArrowFunction(node) || ts.isFunctionExpression(node)) return node;
  if (ts.isCallExpression(node)) return node.arguments.map(definedFunction).find((fn) => fn !== undefined);
  if (ts.isParenthesizedExpression(node) || ts.isAsExpression(node) || ts.isSatisfiesExpression(node))
    return definedFunction(node.expression);
  return undefined;
}

/** The React components of one `.tsx` source text, each with its line span. */
export function componentsOf(fileName: string, text: string): Measured[] {
  const source = ts.createSourceFile(fileName, text, ts.ScriptTarget.Latest, true, ts.ScriptKind.TSX);
  const span = (node: ts.Node) =>
    source.getLineAndCharacterOfPosition(node.getEnd()).line - source.getLineAndCharacterOfPosition(node.getStart(source)).line + 1;
  const found: Measured[] = [];
  for (const statement of source.statements) {
    if (ts.isFunctionDeclaration(statement) && returnsJsx(statement)) {
      found.push({ name: statement.name?.text ?? 'default', lines: span(statement) });
    } else if (ts.isVariableStatement(statement)) {
      for (const declaration of statement.declarationList.declarations) {
        const fn = definedFunction(declaration.initializer);
        if (fn && returnsJsx(fn)) found.push({ name: declaration.name.getText(source), lines: span(declaration) });
      }
    } else if (ts.isExportAssignment(statement)) {
      const fn = definedFunction(statement.expression);
      if (fn && returnsJsx(fn)) found.push({ name: 'default', lines: span(statement) });
    }
  }
  return found;
}

const srcFiles = filesUnder(join(projectRoot, 'src'));
const where = (path: string) => relative(projectRoot, path);

describe('the structure of src/', () => {
  it(`has no file over ${MAX_FILE_LINES} lines`, () => {
    const long = srcFiles
      .map((path) => ({ file: where(path), lines: lineCount(readFileSync(path, 'utf8')) }))
      .filter(({ lines }) => lines > MAX_FILE_LINES);
    expect(long).toEqual([]);
  });

  it(`has no React component over ${MAX_COMPONENT_LINES} lines`, () => {
    const components = srcFiles
      .filter((path) => path.endsWith('.tsx'))
      .flatMap((path) => componentsOf(path, readFileSync(path, 'utf8')).map((component) => ({ file: where(path), ...component })));
    // The finder finds the app's components (so an empty list below means something).
    expect(components.map(({ name }) => name)).toEqual(expect.arrayContaining(['Chronique', 'TimelineView', 'EmbedView', 'ShareDialog']));
    expect(components.filter(({ lines }) => lines > MAX_COMPONENT_LINES)).toEqual([]);
  });
});

describe('the component finder', () => {
  const body = (lines: number) => Array.from({ length: lines }, (_, i) => `  const v${i} = ${i};`).join('\n');

  it('measures declarations, arrow functions and wrapped functions that return JSX', () => {
    const text = [
      `export function Long() {\n${body(150)}\n  return <div />;\n}`,
      `const Arrow = ({ a }: { a: string }) => (\n  <p>{a}</p>\n);`,
      `export const Wrapped = forwardRef(function Wrapped(props, ref) {\n  return props.on ? <b ref={ref} /> : null;\n});`,
    ].join('\n');
    expect(componentsOf('fixture.tsx', text)).toEqual([
      { name: 'Long', lines: 153 },
      { name: 'Arrow', lines: 3 },
      { name: 'Wrapped', lines: 3 },
    ]);
  });

  it('leaves out functions that return no JSX, even when a nested callback does', () => {
    const text = `export function useThing() {\n  const render = () => <i />;\n  return render;\n}\nexport const n = 3;`;
    expect(componentsOf('fixture.tsx', text)).toEqual([]);
  });
});
