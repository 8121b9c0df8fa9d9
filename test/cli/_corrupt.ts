/**
 * Inputs for the corruption suite: the bundled cohort written in every layout, with one record (or
 * the whole file) damaged in one way. Each case knows how many records it holds and which one is
 * damaged, so a test can check that records in = records out and that every other record is read.
 */

/** How the records are laid out in the file. */
export const LAYOUTS = ['ndjson', 'array', 'array-pretty', 'array-lines', 'arrays-concatenated', 'documents', 'documents-compact'] as const;
export type Layout = (typeof LAYOUTS)[number];

/** A damage to one record's text, or to the whole file. */
export const CORRUPTIONS = [
  'none',
  'unterminated-string',
  'raw-newline-in-string',
  'extra-open-brace',
  'extra-close-brace-at-end',
  'extra-close-brace-inside',
  'missing-close-brace-at-end',
  'missing-close-brace-inside',
  'extra-close-bracket',
  'missing-close-bracket',
  'nul-byte-in-string',
  'binary-garbage',
  'truncated-last-record',
  'utf8-bom',
  'crlf',
  'empty-lines',
  'utf16le-bom',
  'utf16be-bom',
  'utf16le-no-bom',
] as const;
export type Corruption = (typeof CORRUPTIONS)[number];

/** One generated input. */
export interface Case {
  readonly bytes: Uint8Array;
  /** Records written. */
  readonly records: number;
  /** The index of the damaged record, or null when the file as a whole is damaged (or not at all). */
  readonly damaged: number | null;
}

const GARBAGE_MARK = '\uE000';
const CUT_MARK = '\uE001';

function indent(text: string): string {
  return text.replace(/\n/g, '\n  ');
}

/** Damages one record's text (null when the damage is to the whole file). */
function damageRecord(text: string, how: Corruption, last: boolean): string | null {
  const id = /("id":\s*")([^"]*)(")/;
  switch (how) {
    case 'unterminated-string':
      return text.replace(id, '$1$2');
    case 'raw-newline-in-string':
      return text.replace(id, (_, a: string, v: string, q: string) => `${a}${v.slice(0, 3)}\n${v.slice(3)}${q}`);
    case 'nul-byte-in-string':
      return text.replace(id, (_, a: string, v: string, q: string) => `${a}${v.slice(0, 3)}\u0000${v.slice(3)}${q}`);
    case 'binary-garbage':
      return text.replace(id, (_, a: string, v: string, q: string) => `${a}${v.slice(0, 3)}${GARBAGE_MARK}${v.slice(3)}${q}`);
    case 'extra-open-brace':
      return text.replace(/("meeting":\s*)\{/, '$1{{');
    case 'extra-close-brace-at-end':
      return `${text}}`;
    case 'extra-close-brace-inside':
      return text.replace(/("meeting":\s*\{[^{}]*\})/, '$1}');
    case 'missing-close-brace-at-end':
      return text.slice(0, text.lastIndexOf('}'));
    case 'missing-close-brace-inside':
      return text.replace(/("meeting":\s*\{[^{}]*)\}/, '$1');
    case 'extra-close-bracket':
      return text.replace(/("attendees":\s*\[[^\]]*\])/, '$1]');
    case 'missing-close-bracket':
      return text.replace(/("attendees":\s*\[[^\]]*)\]/, '$1');
    case 'truncated-last-record':
      return last ? `${text.slice(0, Math.floor(text.length / 2))}${CUT_MARK}` : null;
    default:
      return null;
  }
}

function layOut(texts: readonly string[], layout: Layout): string {
  switch (layout) {
    case 'ndjson':
      return `${texts.join('\n')}\n`;
    case 'array':
      return `[${texts.join(',')}]`;
    case 'array-pretty':
      return `[\n  ${texts.map(indent).join(',\n  ')}\n]\n`;
    case 'array-lines':
      return `[\n${texts.join(',\n')}\n]\n`;
    case 'arrays-concatenated': {
      const half = Math.ceil(texts.length / 2);
      return `[${texts.slice(0, half).join(',')}]\n[${texts.slice(half).join(',')}]\n`;
    }
    case 'documents':
      return `${texts.join('\n')}\n`;
    case 'documents-compact':
      return texts.join('');
  }
}

function encodeUtf16(text: string, bigEndian: boolean, bom: boolean): Uint8Array {
  const body = bom ? `\uFEFF${text}` : text;
  const out = new Uint8Array(body.length * 2);
  for (let i = 0; i < body.length; i++) {
    const c = body.charCodeAt(i);
    out[2 * i + (bigEndian ? 1 : 0)] = c & 0xff;
    out[2 * i + (bigEndian ? 0 : 1)] = c >> 8;
  }
  return out;
}

/** The text as bytes, with the garbage mark replaced by bytes that are not UTF-8. */
function toBytes(text: string): Uint8Array {
  const parts = text.split(GARBAGE_MARK).map((p) => new TextEncoder().encode(p));
  const garbage = new Uint8Array([0xff, 0xfe, 0x80, 0xc3, 0x28, 0xa0]);
  const out: number[] = [];
  parts.forEach((p, i) => {
    if (i > 0) out.push(...garbage);
    for (const b of p) out.push(b);
  });
  return new Uint8Array(out);
}

/** Damages the file as a whole. */
function damageFile(text: string, how: Corruption): Uint8Array {
  switch (how) {
    case 'utf8-bom':
      return toBytes(`\uFEFF${text}`);
    case 'crlf':
      return toBytes(text.replace(/\n/g, '\r\n'));
    case 'empty-lines':
      return toBytes(text.replace(/\n/g, '\n\n  \n'));
    case 'utf16le-bom':
      return encodeUtf16(text, false, true);
    case 'utf16be-bom':
      return encodeUtf16(text, true, true);
    case 'utf16le-no-bom':
      return encodeUtf16(text, false, false);
    default:
      return toBytes(text.includes(CUT_MARK) ? text.slice(0, text.indexOf(CUT_MARK)) : text);
  }
}

/**
 * Writes `records` in a layout, damaging record `at` (or the last record, or the file) as `how` says.
 * @returns The bytes, how many records were written and which one was damaged.
 */
export function corrupt(records: readonly unknown[], layout: Layout, how: Corruption, at: number): Case {
  const pretty = layout === 'array-pretty' || layout === 'documents';
  const texts = records.map((r) => (pretty ? JSON.stringify(r, null, 2) : JSON.stringify(r)));
  const target = how === 'truncated-last-record' ? texts.length - 1 : at;
  const damaged = damageRecord(texts[target] as string, how, target === texts.length - 1);
  if (damaged !== null) texts[target] = damaged;
  return { bytes: damageFile(layOut(texts, layout), how), records: records.length, damaged: damaged === null ? null : target };
}
