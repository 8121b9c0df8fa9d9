import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { _locateJsonError } from '../../src/cli/readers/locateJsonError';
import { _RecordReader, type _RawRecord } from '../../src/cli/readers/recordReader';
import { feedInChunks } from './_feed';

const MAX = 1024 * 1024;

function withoutOffset(r: _RawRecord): _RawRecord {
  const { offset: _, ...rest } = r;
  return rest as _RawRecord;
}

/** Feeds `bytes` to a reader cut at the given points; returns what came out. */
function read(bytes: Uint8Array, cuts: readonly number[] = []): _RawRecord[] {
  const out: _RawRecord[] = [];
  // The byte offsets are checked on their own below; these comparisons look at line and value.
  const reader = new _RecordReader((r) => out.push(withoutOffset(r)), MAX);
  feedInChunks(reader, bytes, cuts);
  return out;
}

const utf8 = (s: string): Uint8Array => new TextEncoder().encode(s);
// PEP-like records: objects with string (including non-ASCII and escapes), number and nested values.
const record = fc.dictionary(fc.string({ unit: 'grapheme', maxLength: 8 }), fc.jsonValue({ maxDepth: 3 }), { maxKeys: 6 });
const layout = fc.constantFrom('ndjson', 'ndjson-crlf', 'array', 'array-pretty', 'documents');

function serialise(records: readonly unknown[], how: string, bom: boolean): { text: string; lines: number[] } {
  let text: string;
  let lines: number[];
  switch (how) {
    case 'ndjson':
    case 'ndjson-crlf': {
      const eol = how === 'ndjson' ? '\n' : '\r\n';
      text = records.map((r) => JSON.stringify(r)).join(`${eol}${eol}`); // blank line between records
      lines = records.map((_, i) => 2 * i + 1);
      break;
    }
    case 'array':
      text = JSON.stringify(records);
      lines = records.map(() => 1);
      break;
    case 'array-pretty': {
      text = JSON.stringify(records, null, 2);
      lines = [];
      let line = 2;
      for (const r of records) {
        lines.push(line);
        line += JSON.stringify(r, null, 2).split('\n').length;
      }
      break;
    }
    default: {
      // Pretty-printed documents one after another. A document whose first line is complete JSON on
      // its own (an empty object) would be read as NDJSON, so these always have a first key.
      const docs = records.map((r) => JSON.stringify({ schemaVersion: 1, ...(r as object) }, null, 2));
      text = docs.join('\n');
      lines = [];
      let line = 1;
      for (const d of docs) {
        lines.push(line);
        line += d.split('\n').length;
      }
    }
  }
  return { text: `${bom ? '\uFEFF' : ''}${text}`, lines };
}

describe('_RecordReader', () => {
  it('reads every layout back to the same records, on the lines they start, however the bytes are chunked', () => {
    fc.assert(
      fc.property(fc.array(record, { minLength: 1, maxLength: 6 }), layout, fc.boolean(), fc.array(fc.nat(4000), { maxLength: 12 }), (records, how, bom, cuts) => {
        const { text, lines } = serialise(records, how, bom);
        const want = records.map((r, i) => ({
          ok: true,
          line: lines[i],
          value: JSON.parse(JSON.stringify(how === 'documents' ? { schemaVersion: 1, ...r } : r)) as unknown,
        }));
        const bytes = utf8(text);
        expect(read(bytes, cuts)).toEqual(want);
        expect(read(bytes, Array.from({ length: bytes.length }, (_, i) => i))).toEqual(want); // byte by byte
      }),
      { seed: 42, numRuns: 300 },
    );
  });

  it('never throws on arbitrary bytes, and chunking never changes what it reports', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 600 }), fc.array(fc.nat(600), { maxLength: 8 }), (bytes, cuts) => {
        expect(read(bytes, cuts)).toEqual(read(bytes));
      }),
      { seed: 42, numRuns: 500 },
    );
  });

  it('never throws on damaged JSON text (a character removed or inserted), and chunking does not matter', () => {
    const damaged = fc
      .tuple(fc.array(record, { minLength: 1, maxLength: 4 }), layout, fc.nat(), fc.constantFrom('', '"', '{', '}', '[', ']', ',', '\\', '\n'))
      .map(([records, how, at, insert]) => {
        const { text } = serialise(records, how, false);
        const i = at % (text.length + 1);
        return text.slice(0, i) + insert + text.slice(i + (insert === '' ? 1 : 0));
      });
    fc.assert(
      fc.property(damaged, fc.array(fc.nat(2000), { maxLength: 8 }), (text, cuts) => {
        const bytes = utf8(text);
        const whole = read(bytes);
        expect(read(bytes, cuts)).toEqual(whole);
        for (const r of whole) if (!r.ok) expect(r.problem.message).not.toContain('undefined');
      }),
      { seed: 42, numRuns: 500 },
    );
  });
});

describe('_locateJsonError', () => {
  it('finds no error in valid JSON', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (v) => {
        expect(_locateJsonError(JSON.stringify(v))).toBeNull();
        expect(_locateJsonError(JSON.stringify(v, null, 2))).toBeNull();
      }),
      { seed: 42, numRuns: 300 },
    );
  });

  it('finds an error, inside the text, in every text JSON.parse rejects', () => {
    const damaged = fc.tuple(fc.jsonValue(), fc.nat(), fc.string({ maxLength: 2 })).map(([v, at, insert]) => {
      const text = JSON.stringify(v);
      const i = at % (text.length + 1);
      return text.slice(0, i) + insert + text.slice(i + 1);
    });
    fc.assert(
      fc.property(damaged, (text) => {
        let parses = true;
        try {
          JSON.parse(text);
        } catch {
          parses = false;
        }
        const at = _locateJsonError(text);
        if (parses) expect(at).toBeNull();
        else {
          expect(at).not.toBeNull();
          expect(at?.offset).toBeGreaterThanOrEqual(0);
          expect(at?.offset).toBeLessThanOrEqual(text.length);
        }
      }),
      { seed: 42, numRuns: 1000 },
    );
  });

  it.each([
    ['{"a": }', 6, 'a value is missing (a trailing comma?)'],
    ['{"a": 1,}', 8, 'a property is missing after a comma (a trailing comma?)'],
    ['[1, 2', 5, 'the record ends before it is complete (truncated?)'],
    ['{"a" 1}', 5, "a missing ':' after a property name"],
    ['{"a": "b\nc"}', 8, 'a control character or raw line break inside a string'],
    ['{"a": "\\x"}', 7, 'an invalid escape (backslash) in a string'],
    ['{"a": 01}', 7, "a missing ',' or '}'"],
    ['{"a": tru}', 6, 'an unexpected character where a value should be'],
    ['{} {}', 3, 'extra content after the end of the record'],
  ])('locates %j at offset %i: %s', (text, offset, reason) => {
    expect(_locateJsonError(text)).toEqual({ offset, reason });
  });
});
