import { _guarded } from '../../core/_guarded';
/** A value for one CSV cell; `null` and `undefined` are written as an empty cell. */
export type CsvCell = string | number | boolean | null | undefined;

/** Characters that make a spreadsheet read a cell as a formula (OWASP, CSV injection). */
const FORMULA_START = /^[=+\-@\t\r]/;
/** Cells that must be quoted (RFC 4180 §2.6): a comma, a quote, a line break, or a leading or trailing space. */
const NEEDS_QUOTES = /[",\r\n]|^\s|\s$/;

/**
 * One cell as the CSV writer writes it: a text starting with `=`, `+`, `-`, `@`, a tab or a carriage
 * return is prefixed with `'` so that a spreadsheet shows it as text and never runs it as a formula
 * (OWASP, CSV injection); then a cell holding a comma, a double quote, a line break, or a leading or
 * trailing space is quoted, with its quotes doubled (RFC 4180 §2.6–2.7). Numbers and booleans are
 * written as they are (a negative number is a number, not a formula).
 * @param value - The cell's value.
 * @returns The cell's text in the file.
 * @example
 * import { csvCell } from 'pep-rules/report';
 * [csvCell('a, b'), csvCell('=SUM(A1)'), csvCell(-3), csvCell(null)];
 * //=> ['"a, b"', "'=SUM(A1)", '-3', '']
 */
export function csvCell(value: CsvCell): string {
  return _guarded(unguardedCsvCell, [value]);
}

function unguardedCsvCell(value: CsvCell): string {
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  if (typeof value === 'boolean') return value ? 'true' : 'false';
  if (typeof value !== 'string') return '';
  const text = FORMULA_START.test(value) ? `'${value}` : value;
  return NEEDS_QUOTES.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/**
 * Writes a CSV file (RFC 4180): a header row, then one row per item, fields separated by commas,
 * every line ending in CRLF, each cell written by {@link csvCell}. Rows shorter than the header are
 * padded with empty cells; longer ones are cut to the header's width.
 * @param header - The column names.
 * @param rows - The rows, each a list of cells in the header's order.
 * @returns The CSV text.
 * @example
 * import { toCsv } from 'pep-rules/report';
 * toCsv(['id', 'note'], [['c-1', 'says "hi"'], ['c-2', null]]);
 * //=> 'id,note\r\nc-1,"says ""hi"""\r\nc-2,\r\n'
 */
export function toCsv(header: readonly string[], rows: Iterable<readonly CsvCell[]>): string {
  return _guarded(unguardedToCsv, [header, rows]);
}

function unguardedToCsv(header: readonly string[], rows: Iterable<readonly CsvCell[]>): string {
  const names: readonly unknown[] = Array.isArray(header) ? header : [];
  const width = names.length;
  const lines: string[] = [names.map((n) => unguardedCsvCell(n as CsvCell)).join(',')];
  const iterable = rows !== null && typeof rows === 'object' && Symbol.iterator in rows ? rows : [];
  for (const row of iterable) {
    const cells: string[] = [];
    for (let i = 0; i < width; i += 1) cells.push(unguardedCsvCell(Array.isArray(row) ? (row[i] as CsvCell) : null));
    lines.push(cells.join(','));
  }
  return `${lines.join('\r\n')}\r\n`;
}
