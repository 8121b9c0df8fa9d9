import { readFileSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import ts from 'typescript';
import { leadingLiteral, matchesOutput, parseExpected, whereDiffers } from './_expected';
import type { Block } from './_markdown';

/*
 * TypeScript samples: type-checked with the compiler API against the BUILT declarations (strict, NodeNext,
 * `pep-rules` resolved by the package's self-reference through package.json `exports`), then run with
 * their imports served from the built `dist/` files those same `exports` name.
 */

export interface Check {
  /** Line in the Markdown file of the statement whose result is shown. */
  line: number;
  expected: string;
  kind: 'value' | 'output';
}

export interface TsSample {
  block: Block;
  /** Virtual file name under the repository root (so the self-reference resolves). */
  fileName: string;
  checks: Check[];
  /** Problems found while reading the sample (an unreadable result comment). */
  problems: string[];
}

const root = new URL('../../', import.meta.url);
const rootPath = fileURLToPath(root);

/** The comment run after a statement: the rest of its last line, then whole `//` lines right below. */
function commentAfter(lines: string[], endLine: number, endChar: number): string | null {
  const parts: string[] = [];
  const same = /^\s*\/\/(.*)$/.exec((lines[endLine] ?? '').slice(endChar));
  if (same) parts.push(same[1] ?? '');
  for (let i = endLine + 1; i < lines.length; i++) {
    const m = /^\s*\/\/(.*)$/.exec(lines[i] ?? '');
    if (!m) break;
    parts.push(m[1] ?? '');
  }
  if (parts.length === 0) return null;
  return parts.join('\n');
}

/** Finds the results a sample shows: `//=>` or a literal in the comment after an expression statement. */
export function readSample(block: Block, index: number): TsSample {
  const fileName = `${rootPath}doc-sample-${index}.ts`;
  const source = ts.createSourceFile(fileName, block.code, ts.ScriptTarget.ES2022, true);
  const lines = block.code.split('\n');
  const checks: Check[] = [];
  const problems: string[] = [];
  for (const statement of source.statements) {
    if (!ts.isExpressionStatement(statement)) continue;
    const end = source.getLineAndCharacterOfPosition(statement.end);
    const comment = commentAfter(lines, end.line, end.character);
    if (comment === null) continue;
    const arrow = comment.trimStart().startsWith('=>');
    const text = arrow ? comment.trimStart().slice(2) : comment;
    const literal = leadingLiteral(text);
    const line = block.line + 1 + end.line;
    if (literal !== null) checks.push({ line, expected: literal.literal, kind: 'value' });
    else if (arrow || /^\s*(['"`{[\d]|true\b|false\b|null\b)/.test(text))
      problems.push(`line ${line}: the result comment is neither a literal nor prose: ${text.trim().split('\n')[0]}`);
  }
  const next = block.next;
  if (next !== null && next.lang === 'text') {
    const last = source.statements.at(-1);
    const usesConsole = /\bconsole\.log\(/.test(block.code);
    const line = block.line + 1 + (last ? source.getLineAndCharacterOfPosition(last.end).line : 0);
    checks.push({ line, expected: next.code, kind: usesConsole ? 'output' : 'value' });
  }
  return { block, fileName, checks, problems };
}

const OPTIONS: ts.CompilerOptions = {
  strict: true,
  target: ts.ScriptTarget.ES2022,
  module: ts.ModuleKind.NodeNext,
  moduleResolution: ts.ModuleResolutionKind.NodeNext,
  types: ['node'],
  skipLibCheck: true,
  noEmit: true,
  moduleDetection: ts.ModuleDetectionKind.Force,
};

function program(files: Map<string, string>): ts.Program {
  const host = ts.createCompilerHost(OPTIONS, true);
  const { getSourceFile, fileExists, readFile } = host;
  host.getSourceFile = (name, language, ...rest) => {
    const text = files.get(name);
    return text !== undefined ? ts.createSourceFile(name, text, language) : getSourceFile.call(host, name, language, ...rest);
  };
  host.fileExists = (name) => files.has(name) || fileExists.call(host, name);
  host.readFile = (name) => files.get(name) ?? readFile.call(host, name);
  return ts.createProgram([...files.keys()], OPTIONS, host);
}

function format(d: ts.Diagnostic, sample: TsSample): string {
  const text = ts.flattenDiagnosticMessageText(d.messageText, '\n');
  if (d.file === undefined || d.start === undefined) return text;
  const { line } = d.file.getLineAndCharacterOfPosition(d.start);
  return `${sample.block.file}:${sample.block.line + 1 + line}: ${text}`;
}

/** A fragment's free names (what "Cannot find name" reports), declared `any` around it. */
function wrapFragments(samples: TsSample[], files: Map<string, string>): void {
  const fragments = samples.filter((s) => s.block.marker === 'fragment');
  if (fragments.length === 0) return;
  const first = program(files);
  for (const sample of fragments) {
    const names = new Set<string>();
    for (const d of first.getSemanticDiagnostics(first.getSourceFile(sample.fileName))) {
      const m = /^Cannot find name '(\w+)'/.exec(ts.flattenDiagnosticMessageText(d.messageText, '\n'));
      if (m?.[1] !== undefined) names.add(m[1]);
    }
    const declarations = [...names].map((n) => `declare const ${n}: any;`).join(' ');
    files.set(sample.fileName, `${sample.block.code}\n${declarations}\n`);
  }
}

/** Type-checks every sample in one program; returns the diagnostics of each, by file name. */
export function typeCheck(samples: TsSample[]): Map<string, string[]> {
  const files = new Map(samples.map((s) => [s.fileName, s.block.code] as const));
  wrapFragments(samples, files);
  const checked = program(files);
  const out = new Map<string, string[]>();
  for (const sample of samples) {
    const file = checked.getSourceFile(sample.fileName);
    const diagnostics = [...checked.getSyntacticDiagnostics(file), ...checked.getSemanticDiagnostics(file)];
    out.set(sample.fileName, diagnostics.map((d) => format(d, sample)));
  }
  return out;
}

type Conditions = string | { [condition: string]: Conditions };
const packageJson = JSON.parse(readFileSync(new URL('package.json', root), 'utf8')) as { name: string; exports: Record<string, Conditions> };

/** The file an `exports` entry gives an ESM import (conditions `import`, `default`; `types` is not code). */
function target(entry: Conditions | undefined): string | null {
  if (entry === undefined) return null;
  if (typeof entry === 'string') return entry;
  for (const condition of ['import', 'default']) {
    const found = target(entry[condition]);
    if (found !== null) return found;
  }
  return null;
}

/** Imports a module the way a user's ESM file would: `pep-rules…` through the package's `exports`. */
async function importLike(spec: string): Promise<unknown> {
  if (spec === packageJson.name || spec.startsWith(`${packageJson.name}/`)) {
    const file = target(packageJson.exports[`.${spec.slice(packageJson.name.length)}`]);
    if (file === null) throw new Error(`${spec} is not an entry of package.json exports`);
    const url = pathToFileURL(fileURLToPath(new URL(file, root))).href;
    return file.endsWith('.json') ? import(url, { with: { type: 'json' } }) : import(url);
  }
  if (spec.startsWith('node:')) return import(spec);
  throw new Error(`a sample imports ${spec}: only pep-rules entries and node: built-ins are allowed`);
}

/** Import declarations as `const … = await __import(…)`; the statements with a shown result wrapped. */
function toRunnable(sample: TsSample): string {
  const source = ts.createSourceFile('s.ts', sample.block.code, ts.ScriptTarget.ES2022, true);
  const lineOf = (n: ts.Node): number => sample.block.line + 1 + source.getLineAndCharacterOfPosition(n.end).line;
  const parts = source.statements.map((statement) => {
    if (ts.isImportDeclaration(statement)) return importStatement(statement);
    if (ts.isExpressionStatement(statement) && sample.checks.some((c) => c.line === lineOf(statement) && c.kind === 'value'))
      return `__result(${lineOf(statement)}, (${statement.expression.getText(source)}));`;
    return statement.getText(source);
  });
  return ts
    .transpileModule(parts.join('\n'), { compilerOptions: { target: ts.ScriptTarget.ES2022, module: ts.ModuleKind.ESNext } })
    .outputText.replace(/^export \{\};?\s*$/m, '');
}

function importStatement(statement: ts.ImportDeclaration): string {
  const spec = JSON.stringify((statement.moduleSpecifier as ts.StringLiteral).text);
  const clause = statement.importClause;
  if (clause === undefined) return `await __import(${spec});`;
  if (clause.isTypeOnly) return '';
  const out: string[] = [];
  if (clause.name) out.push(`const ${clause.name.text} = (await __import(${spec})).default;`);
  const bindings = clause.namedBindings;
  if (bindings && ts.isNamespaceImport(bindings)) out.push(`const ${bindings.name.text} = await __import(${spec});`);
  if (bindings && ts.isNamedImports(bindings)) {
    const names = bindings.elements
      .filter((e) => !e.isTypeOnly)
      .map((e) => (e.propertyName ? `${e.propertyName.text}: ${e.name.text}` : e.name.text));
    out.push(`const { ${names.join(', ')} } = await __import(${spec});`);
  }
  return out.join('\n');
}

const AsyncFunction = Object.getPrototypeOf(async () => undefined).constructor as new (
  ...args: string[]
) => (...args: unknown[]) => Promise<unknown>;

/** Runs a sample; returns one message per shown result that the code does not give. */
export async function runSample(sample: TsSample): Promise<string[]> {
  const values = new Map<number, unknown>();
  const printed: string[] = [];
  const quietConsole = { ...console, log: (...a: unknown[]) => printed.push(a.map(String).join(' ')), error: () => undefined };
  const body = toRunnable(sample);
  const last = await new AsyncFunction('__import', '__result', 'console', body)(importLike, (line: number, v: unknown) => {
    values.set(line, v);
    return v;
  }, quietConsole);
  void last;
  const failures: string[] = [];
  for (const check of sample.checks) {
    const where = `${sample.block.file}:${check.line}`;
    if (check.kind === 'output') {
      const actual = printed.join('\n');
      if (!matchesOutput(check.expected, actual)) failures.push(`${where}: printed\n${actual}\nthe docs show\n${check.expected}`);
      continue;
    }
    if (!values.has(check.line)) {
      failures.push(`${where}: the shown result belongs to no expression statement that ran`);
      continue;
    }
    const actual = values.get(check.line);
    const differs = whereDiffers(parseExpected(check.expected), actual);
    if (differs !== null) failures.push(`${where}: differs at ${differs}\nthe code gives\n${JSON.stringify(actual, null, 2)}\nthe docs show\n${check.expected}`);
  }
  return failures;
}
