import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';

/*
 * The string literals of src/ (quoted strings, template heads, middles and tails, and string
 * literal types), read with the TypeScript parser so comments and JSDoc are not counted.
 */

const srcDir = fileURLToPath(new URL('../../src/', import.meta.url));

function files(dir: string): string[] {
  return readdirSync(dir)
    .sort()
    .flatMap((name) => {
      const full = join(dir, name);
      if (statSync(full).isDirectory()) return files(full);
      return name.endsWith('.ts') && !name.endsWith('.d.ts') ? [full] : [];
    });
}

/** One string literal (or a fixed part of a template literal) and the file it is in. */
export interface Literal {
  readonly text: string;
  readonly file: string;
}

/** Every string literal in src/, with its file (relative to src/). */
export function sourceLiterals(): Literal[] {
  const out: Literal[] = [];
  for (const file of files(srcDir)) {
    const name = relative(srcDir, file);
    const source = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, false);
    const visit = (node: ts.Node): void => {
      if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) out.push({ text: node.text, file: name });
      else if (ts.isTemplateExpression(node)) {
        out.push({ text: node.head.text, file: name });
        for (const span of node.templateSpans) out.push({ text: span.literal.text, file: name });
      }
      ts.forEachChild(node, visit);
    };
    visit(source);
  }
  return out;
}

/** The shape of a finding code: `PREFIX-SUBJECT-PROBLEM`. */
export const CODE_SHAPE = /^[A-Z]+(-[A-Z0-9]+)+$/;

/**
 * Whether `code` is written in src/: as one literal, or put together from up to three literal
 * pieces (a prefix handed to a helper such as `'PEP-SCHEMA'` plus a suffix such as `'REQUIRED'`,
 * or a template such as `` `SDQ-${kind}-TYPE` `` with `kind` a literal `'ITEM'`).
 */
export function appearsIn(code: string, pieces: ReadonlySet<string>): boolean {
  if (pieces.has(code)) return true;
  const parts = code.split('-');
  const join = (from: number, to: number) => parts.slice(from, to).join('-');
  for (let i = 1; i < parts.length; i++) {
    if (!pieces.has(join(0, i))) continue;
    if (pieces.has(join(i, parts.length))) return true;
    for (let j = i + 1; j < parts.length; j++) if (pieces.has(join(i, j)) && pieces.has(join(j, parts.length))) return true;
  }
  return false;
}

/** The literal pieces codes are built from: each literal with leading and trailing hyphens removed. */
export function literalPieces(literals: readonly Literal[]): Set<string> {
  return new Set(literals.map((l) => l.text.replace(/^-+|-+$/g, '')).filter((t) => t.length > 0));
}
