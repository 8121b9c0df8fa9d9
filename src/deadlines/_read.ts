import type { $ZodIssue } from 'zod/v4/core';
import { _zodIssuesToFindings } from '../core/_zodIssues';
import type { Finding, PathSegment } from '../core/finding';

/*
 * Small readers for the deadline inputs (a school calendar, the GOV.UK feed), written by hand so
 * that `pep-rules/deadlines` carries no zod at run time. They raise the issues zod 4 raised for the
 * schemas they replace, in the same order and with the same paths, as plain objects of zod's issue
 * shape (a type only), so `_zodIssuesToFindings` words them as before. The agreement is checked by a
 * property test against the old schemas (test/deadlines/readers.property.test.ts).
 */

/** A problem found by a reader, in zod's issue shape (only the fields the findings are built from). */
export type _Issue = $ZodIssue;

/** Reads `value` at `path`, appends its issues in order and returns what it read. */
export type _Reader<T> = (value: unknown, path: readonly PathSegment[], issues: _Issue[]) => T;

/** One key of an object: its name, its reader and whether it may be absent. */
export type _Field = readonly [key: string, read: _Reader<unknown>, optional?: 'optional'];

/** A real date written YYYY-MM-DD, years 0000-9999 (the pattern of zod's `iso.date`). */
const ISO_DATE =
  /^(?:(?:\d\d[2468][048]|\d\d[13579][26]|\d\d0[48]|[02468][048]00|[13579][26]00)-02-29|\d{4}-(?:(?:0[13578]|1[02])-(?:0[1-9]|[12]\d|3[01])|(?:0[469]|11)-(?:0[1-9]|[12]\d|30)|(?:02)-(?:0[1-9]|1\d|2[0-8])))$/;

const HIGH_SURROGATE = /[\uD800-\uDBFF]/;

/** Length in Unicode code points (a well-formed surrogate pair counts once). */
function _codePoints(s: string): number {
  if (!HIGH_SURROGATE.test(s)) return s.length;
  let count = s.length;
  for (let i = 0; i < s.length - 1; i++) {
    if ((s.charCodeAt(i) & 0xfc00) === 0xd800 && (s.charCodeAt(i + 1) & 0xfc00) === 0xdc00) {
      count--;
      i++;
    }
  }
  return count;
}

const originOf = (value: unknown): string => (Array.isArray(value) ? 'array' : typeof value === 'string' ? 'string' : 'unknown');

const typeIssue = (expected: string, path: readonly PathSegment[], input: unknown): _Issue => ({ code: 'invalid_type', expected, input, path: [...path], message: '' });

/**
 * Length limits as zod checks them: on any value that is not null or undefined and has a `length`
 * (so a string or `{ length }` given where an array belongs is measured too, after its type issue);
 * strings in code points.
 */
function _checkLength(value: unknown, path: readonly PathSegment[], issues: _Issue[], min: number | undefined, max: number | undefined): void {
  if (value === null || value === undefined) return;
  const units = (value as { readonly length?: unknown }).length as number;
  if (units === undefined) return;
  const isString = typeof value === 'string';
  if (min !== undefined) {
    const length = isString && units >= min && units < min * 2 ? _codePoints(value) : units;
    if (!(length >= min)) issues.push({ code: 'too_small', origin: originOf(value), minimum: min, inclusive: true, input: value, path: [...path], message: '' });
  }
  if (max !== undefined) {
    const length = isString && units > max ? _codePoints(value) : units;
    if (!(length <= max)) issues.push({ code: 'too_big', origin: originOf(value), maximum: max, inclusive: true, input: value, path: [...path], message: '' });
  }
}

/** A string, optionally at least `min` characters long. */
export function _readString(min?: number): _Reader<string> {
  return (value, path, issues) => {
    if (typeof value !== 'string') issues.push(typeIssue('string', path, value));
    _checkLength(value, path, issues, min, undefined);
    return value as string;
  };
}

/** A real date written YYYY-MM-DD. */
export const _readDate: _Reader<string> = (value, path, issues) => {
  if (typeof value !== 'string') issues.push(typeIssue('string', path, value));
  else if (!ISO_DATE.test(value)) issues.push({ code: 'invalid_format', format: 'date', input: value, path: [...path], message: '' });
  return value as string;
};

/** `true` or `false`. */
export const _readBoolean: _Reader<boolean> = (value, path, issues) => {
  if (typeof value !== 'boolean') issues.push(typeIssue('boolean', path, value));
  return value as boolean;
};

/** One of `values`. */
export function _readEnum<T extends string>(values: readonly T[]): _Reader<T> {
  return (value, path, issues) => {
    if (!(values as readonly unknown[]).includes(value)) issues.push({ code: 'invalid_value', values: [...values], input: value, path: [...path], message: '' });
    return value as T;
  };
}

/**
 * An array of what `element` reads, with at most `max` (and at least `min`) items. An array longer
 * than `max` gives only its length issue: its items are not read.
 */
export function _readArray<T>(element: _Reader<T>, min?: number, max?: number): _Reader<T[]> {
  return (value, path, issues) => {
    const out: T[] = [];
    if (Array.isArray(value) && max !== undefined && value.length > max) {
      _checkLength(value, path, issues, undefined, max);
      return out;
    }
    if (!Array.isArray(value)) issues.push(typeIssue('array', path, value));
    else for (let i = 0; i < value.length; i++) out[i] = element(value[i] as unknown, [...path, i], issues);
    _checkLength(value, path, issues, min, max);
    return out;
  };
}

/**
 * An object (not null, not an array) with these keys, read in this order; other keys are dropped.
 * A required key is read even when absent (its reader reports it). An optional key that is absent
 * or `undefined` is skipped; a present one is read.
 */
export function _readObject<T>(fields: readonly _Field[]): _Reader<T> {
  return (value, path, issues) => {
    if (value === null || typeof value !== 'object' || Array.isArray(value)) {
      issues.push(typeIssue('object', path, value));
      return {} as T;
    }
    const obj = value as Record<string, unknown>;
    const out: Record<string, unknown> = {};
    for (const [key, read, optional] of fields) {
      const v = obj[key];
      if (optional === undefined) {
        // Every required reader here reports `undefined`, so an absent required key is always reported.
        const r = read(v, [...path, key], issues);
        if (key in obj) out[key] = r;
      } else if (v === undefined) {
        if (key in obj) out[key] = undefined;
      } else {
        const own: _Issue[] = [];
        const r = read(v, [...path, key], own);
        if (!(key in obj)) continue;
        issues.push(...own);
        out[key] = r;
      }
    }
    return out as T;
  };
}

/** What a reader gives back: the data it read, or findings (in zod's words) when anything was wrong. */
export type _ReadResult<T> = { readonly ok: true; readonly data: T } | { readonly ok: false; readonly findings: Finding[] };

/**
 * Runs a reader over a whole input and words its issues as findings with codes `<prefix>-TYPE`,
 * `-REQUIRED`, `-VALUE`, `-DATE`, `-RANGE`, `-INVALID`.
 */
export function _readInput<T>(read: _Reader<T>, input: unknown, prefix: string, source: string): _ReadResult<T> {
  const issues: _Issue[] = [];
  const data = read(input, [], issues);
  return issues.length === 0 ? { ok: true, data } : { ok: false, findings: _zodIssuesToFindings(issues, input, prefix, source) };
}
