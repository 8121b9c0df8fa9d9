import type { $ZodIssue } from 'zod/v4/core';
import { finding, type Finding, type PathSegment } from './finding';

/**
 * Turns zod issues into findings with stable codes. Messages are built from the issue's
 * structure (expected type, allowed values, limits) and never from the input value, so no
 * personal data can reach a message.
 */
export function _zodIssuesToFindings(
  issues: readonly $ZodIssue[],
  input: unknown,
  prefix: string,
  source?: string,
): Finding[] {
  const out: Finding[] = [];
  for (const issue of issues) collect(issue, input, prefix, source, [], out);
  return out;
}

function collect(
  issue: $ZodIssue,
  input: unknown,
  prefix: string,
  source: string | undefined,
  base: readonly PathSegment[],
  out: Finding[],
): void {
  const path = [...base, ...(issue.path as PathSegment[])];
  const where = path.length === 0 ? 'The document' : `\`${formatPath(path)}\``;
  const push = (suffix: string, message: string) => out.push(finding(`${prefix}-${suffix}`, 'error', message, path, source));
  const missing = issue.code !== 'invalid_union' && issue.code !== 'custom' && valueAt(input, path) === undefined;
  if (missing && path.length > 0) {
    push('REQUIRED', `${where} is required.`);
    return;
  }
  switch (issue.code) {
    case 'invalid_type':
      push('TYPE', `${where} must be ${article(issue.expected)}.`);
      return;
    case 'invalid_value':
      push('VALUE', `${where} must be one of: ${issue.values.map((v) => JSON.stringify(v)).join(', ')}.`);
      return;
    case 'invalid_format':
      if (issue.format === 'date') push('DATE', `${where} must be a real date written YYYY-MM-DD.`);
      else if (issue.format === 'regex') push('FORMAT', `${where} must be ${issue.message}.`);
      else push('FORMAT', `${where} is not in the expected format (${issue.format}).`);
      return;
    case 'too_small':
      if (issue.exact === true) push('RANGE', `${where} must have exactly ${describeLimit(issue.origin, issue.minimum)}.`);
      else if (issue.origin === 'string' && issue.minimum === 1) push('REQUIRED', `${where} must not be empty.`);
      else push('RANGE', `${where} is too small: minimum ${describeLimit(issue.origin, issue.minimum)}.`);
      return;
    case 'too_big':
      if (issue.exact === true) push('RANGE', `${where} must have exactly ${describeLimit(issue.origin, issue.maximum)}.`);
      else push('RANGE', `${where} is too large: maximum ${describeLimit(issue.origin, issue.maximum)}.`);
      return;
    case 'not_multiple_of':
      push('RANGE', `${where} must be a multiple of ${String(issue.divisor)}.`);
      return;
    case 'unrecognized_keys':
      push('KEYS', `${where} has keys that are not allowed.`);
      return;
    case 'invalid_union':
      if (issue.errors.length > 0) {
        // Report the branch that got furthest (fewest issues).
        const best = [...issue.errors].sort((a, b) => a.length - b.length)[0] ?? [];
        for (const inner of best) collect(inner, input, prefix, source, path.slice(0, path.length - issue.path.length).concat(issue.path as PathSegment[]), out);
      } else push('TYPE', `${where} does not match any allowed shape.`);
      return;
    case 'invalid_key':
    case 'invalid_element':
      push('TYPE', `${where} has an invalid entry.`);
      return;
    case 'custom':
      push(String((issue.params as { code?: string } | undefined)?.code ?? 'INVALID'), `${where} ${issue.message}.`);
      return;
    default:
      push('INVALID', `${where} is not valid.`);
  }
}

function article(expected: string): string {
  const names: Record<string, string> = {
    string: 'a string',
    number: 'a number',
    int: 'a whole number',
    boolean: 'true or false',
    object: 'an object',
    array: 'an array',
    date: 'a date',
    nonoptional: 'present',
  };
  return names[expected] ?? expected;
}

function describeLimit(origin: string, limit: unknown): string {
  const n = String(limit);
  if (origin === 'array' || origin === 'set') return `${n} item${n === '1' ? '' : 's'}`;
  if (origin === 'string') return `${n} character${n === '1' ? '' : 's'}`;
  return n;
}

/** Formats a path as `targets[0].text`. */
export function formatPath(path: readonly PathSegment[]): string {
  let s = '';
  for (const seg of path) s += typeof seg === 'number' ? `[${seg}]` : s === '' ? seg : `.${seg}`;
  return s;
}

function valueAt(input: unknown, path: readonly PathSegment[]): unknown {
  let cur: unknown = input;
  for (const seg of path) {
    if (cur === null || typeof cur !== 'object') return undefined;
    if (!Object.prototype.hasOwnProperty.call(cur, seg)) return undefined;
    cur = (cur as Record<string | number, unknown>)[seg];
  }
  return cur;
}
