/*
 * The columns of the two SSDA903 tables the roster reads, found by name in the first row (any case,
 * any order, extra columns ignored). Internal: not re-exported.
 */
import { finding } from '../../core/finding';
import type { Ssda903File, Ssda903Finding } from './types';
import { _SSDA903_GUIDE } from './_codeSets';

/** The columns each table must have (CIN, PLACE_PROVIDER, REASON_PLACE_CHANGE and URN are read when present). */
const _REQUIRED: Readonly<Record<Ssda903File, readonly string[]>> = {
  header: ['CHILD', 'DOB', 'UPN'],
  episodes: ['CHILD', 'DECOM', 'RNE', 'LS', 'PLACE', 'DEC', 'REC'],
};
/** The columns whose absence stops the table being read. */
const ESSENTIAL: Readonly<Record<Ssda903File, readonly string[]>> = { header: ['CHILD'], episodes: ['CHILD', 'DECOM'] };

/** Column positions by name (upper case); a missing column is absent. */
export type _ColumnIndex = ReadonlyMap<string, number>;

/** A finding located in a file. */
export function _at(file: Ssda903File, line: number, code: string, severity: Ssda903Finding['severity'], message: string): Ssda903Finding {
  return { ...finding(code, severity, message, [file, line], _SSDA903_GUIDE), file, line };
}

/**
 * Finds the columns in a table's first row.
 * @returns The positions, `readable` (`false` when an essential column is missing) and the findings.
 */
export function _columns(file: Ssda903File, names: readonly string[] | undefined): { index: _ColumnIndex; readable: boolean; findings: Ssda903Finding[] } {
  const index = new Map<string, number>();
  (names ?? []).forEach((name, i) => {
    const key = name.trim().toUpperCase();
    if (!index.has(key)) index.set(key, i);
  });
  const findings: Ssda903Finding[] = [];
  if (names === undefined) {
    findings.push(_at(file, 0, 'ROSTER-FILE-EMPTY', 'error', `The ${file} file is empty: it has no row of column names.`));
    return { index, readable: false, findings };
  }
  for (const column of _REQUIRED[file]) {
    if (index.has(column)) continue;
    const stops = ESSENTIAL[file].includes(column);
    const message = `The ${file} file has no ${column} column${stops ? ', so none of its rows can be read' : ''}.`;
    findings.push(_at(file, 1, 'ROSTER-COLUMN-MISSING', stops ? 'error' : 'warning', message));
  }
  return { index, readable: ESSENTIAL[file].every((c) => index.has(c)), findings };
}

/** The trimmed value of a column in a row, `null` when blank or the column is missing. */
export function _cell(fields: readonly string[], index: _ColumnIndex, column: string): string | null {
  const at = index.get(column);
  if (at === undefined) return null;
  const value = fields[at]?.trim() ?? '';
  return value === '' ? null : value;
}
