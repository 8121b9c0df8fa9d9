import { isDeepStrictEqual } from 'node:util';
import ts from 'typescript';

/*
 * Results shown in the docs, and how an actual value is compared with them.
 *
 * A shown result is a JavaScript literal (what `//=>`, a result comment or a following ```text block holds).
 * `…` marks what the docs leave out:
 *   - in an object, as a member (`{ code: 'X', … }`): the object may have more properties;
 *   - as a value (`{ source: … }`, `[1, …]` element position excepted): anything;
 *   - in an array, as an element (`[a, …]`, `[…, b]`): any number of elements there;
 *   - inside a string (`'The cap for … leaves £1,045.00'`): any text there.
 * Without `…`, an object must have exactly the shown properties (ignoring ones that are `undefined`) and an
 * array exactly the shown elements.
 */

const ANY = Symbol('any');
const REST = Symbol('rest');
const OPEN = '…';

/** Rewrites the `…` outside strings into markers the evaluator understands. */
function markEllipses(text: string): string {
  let out = '';
  const stack: string[] = [];
  let quote: string | null = null;
  let lastSignificant = '';
  for (let i = 0; i < text.length; i++) {
    const ch = text[i] as string;
    if (quote !== null) {
      out += ch;
      if (ch === '\\') out += text[++i] ?? '';
      else if (ch === quote) quote = null;
      continue;
    }
    if (ch === "'" || ch === '"' || ch === '`') quote = ch;
    else if (ch === '{' || ch === '[') stack.push(ch);
    else if (ch === '}' || ch === ']') stack.pop();
    if (ch === OPEN) {
      const top = stack.at(-1);
      if (top === '{' && lastSignificant !== ':') out += '[__REST_KEY]: true';
      else if (top === '[') out += '__REST';
      else out += '__ANY';
      lastSignificant = 'x';
      continue;
    }
    out += ch;
    if (!/\s/.test(ch)) lastSignificant = ch;
  }
  return out;
}

const REST_KEY = '\u0000rest';

const MARKERS = new Set(['__ANY', '__REST', 'undefined']);

/** Whether a node is a literal: strings, numbers, booleans, null, arrays and objects of those, the markers. */
function isLiteral(node: ts.Node): boolean {
  if (ts.isParenthesizedExpression(node)) return isLiteral(node.expression);
  if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node) || ts.isNumericLiteral(node)) return true;
  if (node.kind === ts.SyntaxKind.TrueKeyword || node.kind === ts.SyntaxKind.FalseKeyword || node.kind === ts.SyntaxKind.NullKeyword) return true;
  if (ts.isIdentifier(node)) return MARKERS.has(node.text);
  if (ts.isPrefixUnaryExpression(node)) return node.operator === ts.SyntaxKind.MinusToken && ts.isNumericLiteral(node.operand);
  if (ts.isArrayLiteralExpression(node)) return node.elements.every(isLiteral);
  if (!ts.isObjectLiteralExpression(node)) return false;
  return node.properties.every((p) => {
    if (!ts.isPropertyAssignment(p)) return false;
    const keyOk = ts.isComputedPropertyName(p.name) ? ts.isIdentifier(p.name.expression) && p.name.expression.text === '__REST_KEY' : true;
    return keyOk && isLiteral(p.initializer);
  });
}

/** Evaluates a shown result into a pattern for {@link matches}. Throws when it is not a literal. */
export function parseExpected(text: string): unknown {
  const source = markEllipses(text.trim().replace(/;$/, ''));
  const file = ts.createSourceFile('expected.ts', `(${source})`, ts.ScriptTarget.ES2022, true);
  const [statement] = file.statements;
  const diagnostics = (file as unknown as { parseDiagnostics: unknown[] }).parseDiagnostics;
  if (file.statements.length !== 1 || !statement || !ts.isExpressionStatement(statement) || diagnostics.length > 0 || !isLiteral(statement.expression))
    throw new Error(`not a literal: ${text.trim().slice(0, 80)}`);
  return new Function('__ANY', '__REST', '__REST_KEY', `"use strict"; return (${source});`)(ANY, REST, REST_KEY);
}

function matchString(expected: string, actual: unknown): boolean {
  if (typeof actual !== 'string') return false;
  if (!expected.includes(OPEN)) return expected === actual;
  const pattern = expected
    .split(OPEN)
    .map((part) => part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
    .join('[\\s\\S]*?');
  return new RegExp(`^${pattern}$`).test(actual);
}

function matchArray(expected: unknown[], actual: unknown[]): boolean {
  const [head, ...tail] = expected;
  if (expected.length === 0) return actual.length === 0;
  if (head === REST) {
    for (let skip = 0; skip <= actual.length; skip++) if (matchArray(tail, actual.slice(skip))) return true;
    return false;
  }
  return actual.length > 0 && matches(head, actual[0]) && matchArray(tail, actual.slice(1));
}

function matchObject(expected: Record<string, unknown>, actual: unknown): boolean {
  if (typeof actual !== 'object' || actual === null || Array.isArray(actual)) return false;
  const open = REST_KEY in expected;
  const shown = Object.keys(expected).filter((k) => k !== REST_KEY);
  const record = actual as Record<string, unknown>;
  if (!shown.every((k) => k in record && matches(expected[k], record[k]))) return false;
  return open || Object.keys(record).every((k) => shown.includes(k) || record[k] === undefined);
}

/** Whether `actual` is what the docs show (see the header for what `…` allows). */
export function matches(expected: unknown, actual: unknown): boolean {
  if (expected === ANY) return true;
  if (typeof expected === 'string') return matchString(expected, actual);
  if (Array.isArray(expected)) return Array.isArray(actual) && matchArray(expected, actual);
  if (typeof expected === 'object' && expected !== null) return matchObject(expected as Record<string, unknown>, actual);
  return isDeepStrictEqual(expected, actual);
}

/** Whether shown command output (lines, `…` for any text, a line of only `…` for any lines) matches. */
export function matchesOutput(expected: string, actual: string): boolean {
  const clean = (s: string): string =>
    s
      .split('\n')
      .map((l) => l.replace(/\s+$/, ''))
      .join('\n')
      .replace(/\n+$/, '');
  const pattern = clean(expected)
    .split(OPEN)
    .map((part) => part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
    .join('[\\s\\S]*?');
  return new RegExp(`^${pattern}$`).test(clean(actual));
}

/**
 * The literal a result comment starts with, or `null` when the comment is prose. A result comment starts
 * with a string, number, `true`, `false`, `null`, `undefined`, `{` or `[`; what follows the literal must be
 * nothing, or prose after `: `, ` (` or ` — `.
 */
export function leadingLiteral(comment: string): { literal: string; rest: string } | null {
  const text = comment.trim();
  if (!/^(['"`{[\d-]|true\b|false\b|null\b|undefined\b)/.test(text)) return null;
  for (let end = text.length; end > 0; end--) {
    const literal = text.slice(0, end).trim();
    const rest = text.slice(end).trim();
    if (rest !== '' && !/^(:|\(|—)/.test(rest)) continue;
    try {
      parseExpected(literal);
      return { literal, rest };
    } catch {
      // not a literal yet: try a shorter prefix
    }
  }
  return null;
}

/** Where `actual` first departs from the shown result (a property path), for the failure message. */
export function whereDiffers(expected: unknown, actual: unknown, path = '$'): string | null {
  if (matches(expected, actual)) return null;
  if (Array.isArray(expected) && Array.isArray(actual) && !expected.includes(REST)) {
    if (expected.length !== actual.length) return `${path}: ${actual.length} elements, the docs show ${expected.length}`;
    for (let i = 0; i < expected.length; i++) {
      const inner = whereDiffers(expected[i], actual[i], `${path}[${i}]`);
      if (inner !== null) return inner;
    }
  }
  if (typeof expected === 'object' && expected !== null && !Array.isArray(expected) && typeof actual === 'object' && actual !== null) {
    const record = actual as Record<string, unknown>;
    for (const [k, v] of Object.entries(expected)) {
      if (k === REST_KEY) continue;
      if (!(k in record)) return `${path}.${k}: missing`;
      const inner = whereDiffers(v, record[k], `${path}.${k}`);
      if (inner !== null) return inner;
    }
    const extra = Object.keys(record).filter((k) => !(k in expected) && record[k] !== undefined);
    if (extra.length > 0 && !(REST_KEY in expected)) return `${path}: has ${extra.join(', ')} the docs do not show (add … to leave them out)`;
  }
  return `${path}: ${JSON.stringify(actual)?.slice(0, 300)}`;
}
