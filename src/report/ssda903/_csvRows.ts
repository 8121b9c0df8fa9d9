/*
 * CSV rows with their physical line numbers, parsed with papaparse (browser-native, no Node
 * builtins). A row whose quotes are malformed is reported and skipped, and parsing resumes on the
 * next physical line, so one bad row never stops the rest of the file. Internal: not re-exported.
 */
import Papa from 'papaparse';

/** One parsed row: its fields and the physical line it starts on (1-based; quoted line breaks counted). */
export interface _CsvRow {
  readonly fields: readonly string[];
  readonly line: number;
}

/** What reading a CSV text gives: the rows and the lines whose quotes were malformed. */
export interface _CsvRows {
  readonly rows: _CsvRow[];
  readonly malformedLines: number[];
}

/** Line breaks (`\n`, `\r\n` or a lone `\r`) in `text` between `from` and `to`. */
function breaksIn(text: string, from: number, to: number): number {
  let n = 0;
  for (let i = from; i < to; i += 1) {
    const c = text.charCodeAt(i);
    if (c === 10) n += 1;
    else if (c === 13 && text.charCodeAt(i + 1) !== 10) n += 1;
  }
  return n;
}

/** The offset just after the line break that ends the physical line starting at `from`. */
function nextLineStart(text: string, from: number): number {
  for (let i = from; i < text.length; i += 1) {
    const c = text.charCodeAt(i);
    if (c === 10) return i + 1;
    if (c === 13) return text.charCodeAt(i + 1) === 10 ? i + 2 : i + 1;
  }
  return text.length;
}

/**
 * Reads every row of a comma-separated text (a leading byte-order mark is ignored; blank lines are
 * skipped but counted). Never throws.
 * @param input - The CSV text.
 * @returns The rows with their lines, and the lines of rows with malformed quotes (skipped).
 */
export function _csvRows(input: string): _CsvRows {
  const text = input.charCodeAt(0) === 0xfeff ? input.slice(1) : input;
  const rows: _CsvRow[] = [];
  const malformedLines: number[] = [];
  let offset = 0;
  let line = 1;
  while (offset < text.length) {
    const base = offset;
    let start = base;
    let restartAt = -1;
    Papa.parse<string[]>(text.slice(base), {
      delimiter: ',',
      skipEmptyLines: false,
      step: (result, parser) => {
        const end = base + result.meta.cursor;
        if (result.errors.some((e) => e.type === 'Quotes')) {
          malformedLines.push(line);
          restartAt = nextLineStart(text, start);
          line += 1;
          parser.abort();
          return;
        }
        const fields = result.data;
        if (!(fields.length === 1 && fields[0]!.trim() === '')) rows.push({ fields, line });
        line += breaksIn(text, start, end);
        start = end;
      },
    });
    offset = restartAt >= 0 ? restartAt : text.length;
  }
  return { rows, malformedLines };
}
