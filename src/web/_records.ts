/**
 * Reads a PEP export chosen in the offline page: one JSON object (compact or pretty-printed), a
 * JSON array of objects, or NDJSON (one object per line), as the CLI reads them. A line that is not
 * JSON is one unreadable record (`WEB-JSON-SYNTAX`, with its line) and the rest are still read.
 */
import type { WebCode } from './codes';

/** One record of an export: its value, or why it could not be read. */
export type _RawRecord =
  | { readonly ok: true; readonly value: unknown; readonly line: number | null }
  | { readonly ok: false; readonly code: WebCode; readonly line: number | null };

const tryParse = (text: string): { ok: true; value: unknown } | { ok: false } => {
  try {
    return { ok: true, value: JSON.parse(text) as unknown };
  } catch {
    return { ok: false };
  }
};

/** The records of a JSON array that parsed, numbered by position (JSON.parse keeps no lines). */
function arrayRecords(values: readonly unknown[]): _RawRecord[] {
  return values.map((value) => ({ ok: true as const, value, line: null }));
}

/** NDJSON: each non-blank line is a record. */
function ndjsonRecords(text: string): _RawRecord[] {
  const out: _RawRecord[] = [];
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const line = (lines[i] as string).trim();
    if (line === '') continue;
    const parsed = tryParse(line);
    out.push(parsed.ok ? { ok: true, value: parsed.value, line: i + 1 } : { ok: false, code: 'WEB-JSON-SYNTAX', line: i + 1 });
  }
  return out;
}

/**
 * Splits the text of a chosen PEP file into records. A byte-order mark, CRLF line ends and blank
 * lines are accepted. Pure; never throws.
 * @param text - The file's text.
 * @returns The records in file order; an empty or blank file gives none.
 * @example
 * _readRecords('{"id":"a"}\nnot json\n');
 * // [{ ok: true, value: { id: 'a' }, line: 1 }, { ok: false, code: 'WEB-JSON-SYNTAX', line: 2 }]
 */
export function _readRecords(text: string): _RawRecord[] {
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const trimmed = body.trim();
  if (trimmed === '') return [];
  if (trimmed.startsWith('[')) {
    const parsed = tryParse(trimmed);
    if (parsed.ok && Array.isArray(parsed.value)) return arrayRecords(parsed.value);
    return [{ ok: false, code: 'WEB-JSON-SYNTAX', line: 1 }];
  }
  const lines = ndjsonRecords(body);
  // A pretty-printed single object fails line by line but parses whole.
  if (lines.length > 1 && lines.some((r) => !r.ok)) {
    const whole = tryParse(trimmed);
    if (whole.ok) return [{ ok: true, value: whole.value, line: 1 }];
  }
  return lines;
}
