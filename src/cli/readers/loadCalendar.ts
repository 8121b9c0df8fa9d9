import { resolve } from 'node:path';
import type { Finding } from '../../core/finding';
import { createSchoolCalendar, type SchoolCalendar } from '../../deadlines/createSchoolCalendar';
import { _readTextFile } from '../_loadPolicy';

/** The largest calendar file read: 1 MiB (a year's calendar is a few KiB). */
export const _MAX_CALENDAR_FILE_BYTES = 1024 * 1024;

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
  const read = await _readTextFile(resolve(cwd, path), _MAX_CALENDAR_FILE_BYTES);
  if (!read.ok) return { ok: false, message: `--calendar ${path}: ${read.code === 'EISDIR' || read.code === 'too-large' ? read.why : 'the file cannot be read'}.`, findings: [] };
  let json: unknown;
  try {
    json = JSON.parse(read.text.replace(/^\uFEFF/, ''));
  } catch {
    return { ok: false, message: `--calendar ${path}: the file is not valid JSON.`, findings: [] };
  }
  const result = createSchoolCalendar(json);
  if (!result.ok) return { ok: false, message: `--calendar ${path}: the calendar is not valid:`, findings: result.findings };
  return { ok: true, calendar: result.calendar };
}
