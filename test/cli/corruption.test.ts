import { afterAll, describe, expect, it, vi } from 'vitest';
import { _RecordReader, type _RawRecord } from '../../src/cli/readers/recordReader';
import { corrupt, CORRUPTIONS, LAYOUTS, type Corruption } from './_corrupt';
import { COHORT } from './_pep';
import { Fixtures, ndjson, runCli } from './_run';
import { runInProcess } from './_inProcess';

/*
 * Corruption suite (issue: "Nothing lost, nothing silently changed"). The bundled cohort of 60 PEPs
 * is written in every layout, and one record (record 12, as in the issue) or the whole file is
 * damaged in one way. For every pair: records in = records out (values + problems), exactly one
 * problem when one record was damaged, and every other record read back unchanged, in order.
 */

const AT = 11; // record 12
const CHUNK = 4096;

/** Reads bytes in chunks, as a stream does. */
function read(bytes: Uint8Array): _RawRecord[] {
  const out: _RawRecord[] = [];
  const reader = new _RecordReader((r) => out.push(r), 64 * 1024 * 1024);
  for (let i = 0; i < bytes.length; i += CHUNK) reader.push(bytes.subarray(i, i + CHUNK));
  reader.end();
  return out;
}

/** Damages that leave every record readable (the file is still good JSON, differently encoded or spaced). */
const HARMLESS: ReadonlySet<Corruption> = new Set(['none', 'utf8-bom', 'crlf', 'empty-lines', 'utf16le-bom', 'utf16be-bom', 'utf16le-no-bom']);

describe('records in = records out, for every layout and every corruption', () => {
  for (const layout of LAYOUTS) {
    it.each(CORRUPTIONS.map((c) => [c]))(`${layout}: %s`, (how) => {
      const c = corrupt(COHORT, layout, how, AT);
      const out = read(c.bytes);
      const values = out.filter((r) => r.ok).map((r) => (r.ok ? r.value : null));
      const problems = out.filter((r) => !r.ok);
      expect(out).toHaveLength(c.records);
      expect(problems).toHaveLength(HARMLESS.has(how) ? 0 : 1);
      expect(c.damaged === null).toBe(HARMLESS.has(how));
      // Every record but the damaged one comes back whole and in order, those after the break too.
      expect(values).toEqual(COHORT.filter((_, i) => i !== c.damaged));
      // The problem is reported where the damaged record starts, at a line and byte offset that hold it.
      if (c.damaged !== null) {
        const all = out.map((r) => r.line);
        expect(all).toEqual([...all].sort((a, b) => a - b));
        expect(out.indexOf(problems[0] as _RawRecord)).toBe(c.damaged);
      }
    });
  }
});

describe('byte offsets', () => {
  it('give the first byte of each record, a byte-order mark and CRLF line ends included', () => {
    const text = `\uFEFF{"a":1}\r\n\r\n{"a":2}\r\n[{"a":3}, {"a":`;
    const bytes = new TextEncoder().encode(text);
    const out = read(bytes);
    expect(out.map((r) => [r.line, r.offset, r.ok])).toEqual([
      [1, 3, true],
      [3, 14, true],
      [4, 23, false],
    ]);
    const arr = read(new TextEncoder().encode('[\n  {"a":1},\n  {"a":"é"},\n  {"a":3}\n]'));
    expect(arr.map((r) => [r.line, r.offset])).toEqual([
      [2, 4],
      [3, 15],
      [4, 29],
    ]);
  });
});

describe('a JSON array with a broken element resynchronises at the next element', () => {
  it('an unterminated string in record 12 of 60 (the issue): 59 records and 1 problem, not 11', () => {
    const c = corrupt(COHORT, 'array', 'unterminated-string', AT);
    const out = read(c.bytes);
    expect([out.length, out.filter((r) => r.ok).length]).toEqual([60, 59]);
    const bad = out[AT] as _RawRecord;
    expect(bad.ok).toBe(false);
    if (!bad.ok) expect(bad.problem.code).toBe('CLI-JSON-SYNTAX');
  });

  it('two broken records in a row are two problems, and the rest is still read', () => {
    const texts = COHORT.slice(0, 6).map((r) => JSON.stringify(r));
    texts[2] = (texts[2] as string).replace(/("id":\s*"[^"]*)"/, '$1');
    texts[3] = (texts[3] as string).replace(/("meeting":\s*)\{/, '$1{{');
    const out = read(new TextEncoder().encode(`[${texts.join(',')}]`));
    expect(out.map((r) => r.ok)).toEqual([true, true, false, false, true, true]);
  });

  it('a string with a raw line break in a pretty array is one problem, on the line where its record starts', () => {
    const text = JSON.stringify(COHORT.slice(0, 3), null, 2).replace('"cohort-0002"', '"cohort-\n0002"');
    const out = read(new TextEncoder().encode(text));
    expect(out.map((r) => r.ok)).toEqual([true, false, true]);
    expect(out[1]?.line).toBe(JSON.stringify(COHORT[0], null, 2).split('\n').length + 2);
  });

  it('NUL bytes and binary garbage between records are reported, and records around them are read', () => {
    const a = JSON.stringify(COHORT[0]);
    const b = JSON.stringify(COHORT[1]);
    const bytes = new Uint8Array([...new TextEncoder().encode(`${a}\n`), 0, 0xff, 0xfe, 0x0a, ...new TextEncoder().encode(`${b}\n`)]);
    expect(read(bytes).map((r) => [r.line, r.ok])).toEqual([
      [1, true],
      [2, false],
      [3, true],
    ]);
  });
});

describe('UTF-16', () => {
  it('reports UTF-16 that is not valid (an unpaired surrogate) once, and stops there', () => {
    const bytes = new Uint8Array([0xff, 0xfe, 0x7b, 0x00, 0x7d, 0x00, 0x0a, 0x00, 0x00, 0xd8, 0x7b, 0x00]);
    const out = read(bytes);
    expect(out.map((r) => (r.ok ? 'ok' : r.problem.code))).toEqual(['ok', 'CLI-UTF16-INVALID']);
  });
});

describe('end to end: the summary counts every record and the exit code is 1 when one was malformed', () => {
  vi.setConfig({ testTimeout: 120_000 });
  const fx = new Fixtures();
  afterAll(() => fx.cleanup());

  // NDJSON through the built command; the other layouts through the same _runCli in this process.
  it.each([['array'], ['documents'], ['ndjson']] as const)('validate, %s with record 12 broken: 60 = 59 + 1, exit 1', async (layout) => {
    const c = corrupt(COHORT, layout, 'unterminated-string', AT);
    const args = ['validate', '--format', 'ndjson', '--today', '2025-03-01', fx.file(`broken-${layout}.json`, c.bytes)];
    const r = layout === 'ndjson' ? runCli(args) : await runInProcess(args);
    const s = ndjson(r.stdout).at(-1) as { records: number; valid: number; invalid: number; malformed: number };
    expect([s.records, s.valid + s.invalid, s.malformed]).toEqual([60, 59, 1]);
    expect(r.code).toBe(1);
  });

  it('report on an array with record 12 broken reads 60 records, counts 1 unreadable and exits 1', () => {
    const c = corrupt(COHORT, 'array', 'extra-open-brace', AT);
    const file = fx.file('broken-cohort.json', c.bytes);
    const r = runCli(['report', '--today', '2025-03-01', '--json', '-', file]);
    const summary = JSON.parse(r.stdout) as { records: { read: number; invalid: number } };
    expect([summary.records.read, summary.records.invalid]).toEqual([60, 1]);
    expect(r.code).toBe(1);
  });
});
