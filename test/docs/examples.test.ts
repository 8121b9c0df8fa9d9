import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

/*
 * Runs every `@example` in the library's JSDoc and compares the value of its last expression with
 * the `//=>` line, so the documentation cannot go stale (STYLE.md, after date-fns). Imports of
 * 'pep-rules' and 'pep-rules/<module>' are served from the source entry points.
 */

const srcDir = fileURLToPath(new URL('../../src/', import.meta.url));
const ENTRY: Record<string, string> = {
  'pep-rules': 'index',
  'pep-rules/sdq': 'sdq/index',
  'pep-rules/smart': 'smart/index',
  'pep-rules/funding': 'funding/index',
  'pep-rules/deadlines': 'deadlines/index',
  'pep-rules/rules': 'rules/index',
  'pep-rules/policy': 'policy/index',
  'pep-rules/report': 'report/index',
};
const loaders: Record<string, () => Promise<unknown>> = {
  index: () => import('../../src/index'),
  'sdq/index': () => import('../../src/sdq/index'),
  'smart/index': () => import('../../src/smart/index'),
  'funding/index': () => import('../../src/funding/index'),
  'deadlines/index': () => import('../../src/deadlines/index'),
  'rules/index': () => import('../../src/rules/index'),
  'report/index': () => import('../../src/report/index'),
  'policy/index': () => import('../../src/policy/index'),
};

interface Example {
  file: string;
  line: number;
  code: string;
  expected: string;
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = join(dir, name);
    if (statSync(full).isDirectory()) return name === 'cli' ? [] : sourceFiles(full);
    return name.endsWith('.ts') ? [full] : [];
  });
}

function extractExamples(file: string): Example[] {
  const text = readFileSync(file, 'utf8');
  const out: Example[] = [];
  const blocks = text.matchAll(/\/\*\*([\s\S]*?)\*\//g);
  for (const block of blocks) {
    const body = block[1] ?? '';
    const startLine = text.slice(0, block.index).split('\n').length;
    const lines = body.split('\n').map((l) => l.replace(/^\s*\* ?/, ''));
    let i = lines.findIndex((l) => l.trim().startsWith('@example'));
    while (i >= 0) {
      const code: string[] = [];
      const expected: string[] = [];
      let j = i + 1;
      for (; j < lines.length && !(lines[j] ?? '').trim().startsWith('//=>'); j++) {
        if ((lines[j] ?? '').trim().startsWith('@')) break;
        code.push(lines[j] ?? '');
      }
      if (j < lines.length && (lines[j] ?? '').trim().startsWith('//=>')) {
        expected.push((lines[j] ?? '').trim().slice(4));
        for (j += 1; j < lines.length && !(lines[j] ?? '').trim().startsWith('@') && (lines[j] ?? '').trim() !== ''; j++) expected.push(lines[j] ?? '');
        out.push({ file: relative(srcDir, file), line: startLine, code: code.join('\n'), expected: expected.join('\n') });
      }
      const next = lines.slice(j).findIndex((l) => l.trim().startsWith('@example'));
      i = next < 0 ? -1 : j + next;
    }
  }
  return out;
}

/** Turns an example into the body of an async function that returns its last expression. */
function compile(code: string): { body: string; modules: string[] } {
  const source = ts.createSourceFile('example.ts', code, ts.ScriptTarget.ES2022, true);
  const modules: string[] = [];
  const parts: string[] = [];
  const statements = source.statements;
  statements.forEach((statement, index) => {
    if (ts.isImportDeclaration(statement)) {
      const spec = (statement.moduleSpecifier as ts.StringLiteral).text;
      modules.push(spec);
      const bindings = statement.importClause?.namedBindings;
      if (bindings && ts.isNamedImports(bindings)) {
        const names = bindings.elements.filter((e) => !e.isTypeOnly).map((e) => (e.propertyName ? `${e.propertyName.text}: ${e.name.text}` : e.name.text));
        parts.push(`const { ${names.join(', ')} } = await __import(${JSON.stringify(spec)});`);
      } else if (bindings && ts.isNamespaceImport(bindings)) {
        parts.push(`const ${bindings.name.text} = await __import(${JSON.stringify(spec)});`);
      }
      return;
    }
    const text = statement.getText(source);
    if (index === statements.length - 1 && ts.isExpressionStatement(statement)) {
      parts.push(`return (${statement.expression.getText(source)});`);
    } else parts.push(text);
  });
  const js = ts.transpileModule(parts.join('\n'), {
    compilerOptions: { target: ts.ScriptTarget.ES2022, module: ts.ModuleKind.ESNext },
  }).outputText;
  return { body: js, modules };
}

const AsyncFunction = Object.getPrototypeOf(async () => undefined).constructor as new (...args: string[]) => (
  ...args: unknown[]
) => Promise<unknown>;

const examples = sourceFiles(srcDir).flatMap(extractExamples);

describe('JSDoc examples', () => {
  it('exist for the public API', () => {
    expect(examples.length).toBeGreaterThan(40);
  });
  it.each(examples.map((e) => [`${e.file}:${e.line}`, e] as const))('%s', async (_name, example) => {
    const { body, modules } = compile(example.code);
    for (const m of modules) expect(Object.keys(ENTRY)).toContain(m);
    const run = new AsyncFunction('__import', body);
    const actual = await run(async (spec: string) => {
      const key = ENTRY[spec];
      if (key === undefined) throw new Error(`unknown module ${spec}`);
      return (loaders[key] as () => Promise<unknown>)();
    });
    const expected: unknown = new AsyncFunction(`return (${example.expected});`)();
    expect(actual).toEqual(await expected);
  });
});
