import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import type { Finding } from '../../core/finding';
import { createSchoolCalendar, type SchoolCalendar } from '../../deadlines/createSchoolCalendar';

/** What {@link _loadCalendar} returns. */
export type _LoadedCalendar =
  | { readonly ok: true; readonly calendar: SchoolCalendar | undefined }
  | { readonly ok: false; readonly message: string; readonly findings: readonly Finding[] };

/**
 * Reads `--calendar`: a JSON school calendar (terms, half-terms, INSET days, closures) checked with
 * `createSchoolCalendar`.
 * @param path - The option's value, if given.
 * @param cwd - Directory relative paths are read from.
 * @returns The calendar (or `undefined` without the option), or a message and findings.
 */
export async function _loadCalendar(path: string | undefined, cwd: string): Promise<_LoadedCalendar> {
  if (path === undefined) return { ok: true, calendar: undefined };
  let json: unknown;
  try {
    json = JSON.parse((await readFile(resolve(cwd, path), 'utf8')).replace(/^\uFEFF/, ''));
  } catch (error) {
    const why = error instanceof SyntaxError ? 'is not valid JSON' : 'cannot be read';
    return { ok: false, message: `--calendar ${path}: the file ${why}.`, findings: [] };
  }
  const result = createSchoolCalendar(json);
  if (!result.ok) return { ok: false, message: `--calendar ${path}: the calendar is not valid:`, findings: result.findings };
  return { ok: true, calendar: result.calendar };
}
