import type { $ZodIssue } from 'zod/v4/core';
import { _zodIssuesToFindings } from '../core/_zodIssues';
import type { Finding, PathSegment } from '../core/finding';
import { toDayNumberOrNull } from '../core/isoDate';

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

/**
 * A real date written YYYY-MM-DD in ASCII digits, years 0000-9999, as zod's `iso.date` pattern has it.
 * The day-number parser takes years from 1000; a year below 1000 is read 2000 years later, which
 * keeps its leap years (2000 is a multiple of 400).
 */
const isIsoDateString = (s: string): boolean => toDayNumberOrNull(s) !== null || (s[0] === '0' && toDayNumberOrNull(`2${s.slice(1)}`) !== null);

const originOf = (value: unknown): string => (Array.isArray(value) ? 'array' : typeof value === 'string' ? 'string' : 'unknown');

/** One kind of issue without its place and words. */
type IssueFields = _Issue extends infer I ? (I extends _Issue ? Omit<I, 'path' | 'message'> : never) : never;

/** An issue at `path` (zod's `message` is only read for custom issues; `input` is not read at all). */
export const _issueAt = (path: readonly PathSegment[], fields: IssueFields, message = ''): _Issue => ({ ...fields, path: [...path], message }) as _Issue;

const typeIssue = (expected: string, path: readonly PathSegment[]): _Issue => _issueAt(path, { code: 'invalid_type', expected });

/**
 * Length limits as zod checks them: on any value that is not null or undefined and has a `length`
 * (so a string or `{ length }` given where an array belongs is measured too, after its type issue);
 * strings in code points.
 */
function _checkLength(value: unknown, path: readonly PathSegment[], issues: _Issue[], min: number | undefined, max: number | undefined): void {
  if (value === null || value === undefined) return;
  const units = (value as { readonly length?: unknown }).length as number;
  if (units === undefined) return;
  // A string is measured in code points: a well-formed surrogate pair counts once, as in zod.
  const length = typeof value === 'string' ? [...value].length : units;
  if (min !== undefined && !(length >= min)) issues.push(_issueAt(path, { code: 'too_small', origin: originOf(value), minimum: min }));
  if (max !== undefined && !(length <= max)) issues.push(_issueAt(path, { code: 'too_big', origin: originOf(value), maximum: max }));
}

/** A string, optionally at least `min` characters long. */
export function _readString(min?: number): _Reader<string> {
  return (value, path, issues) => {
    if (typeof value !== 'string') issues.push(typeIssue('string', path));
    _checkLength(value, path, issues, min, undefined);
    return value as string;
  };
}

/** A real date written YYYY-MM-DD. */
export const _readDate: _Reader<string> = (value, path, issues) => {
  if (typeof value !== 'string') issues.push(typeIssue('string', path));
  else if (!isIsoDateString(value)) issues.push(_issueAt(path, { code: 'invalid_format', format: 'date' }));
  return value as string;
};

/** `true` or `false`. */
export const _readBoolean: _Reader<boolean> = (value, path, issues) => {
  if (typeof value !== 'boolean') issues.push(typeIssue('boolean', path));
  return value as boolean;
};

/** One of `values`. */
export function _readEnum<T extends string>(values: readonly T[]): _Reader<T> {
  return (value, path, issues) => {
    if (!(values as readonly unknown[]).includes(value)) issues.push(_issueAt(path, { code: 'invalid_value', values: [...values] }));
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
    if (!Array.isArray(value)) issues.push(typeIssue('array', path));
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
      issues.push(typeIssue('object', path));
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
