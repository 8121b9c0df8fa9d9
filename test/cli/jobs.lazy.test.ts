/**
 * `--jobs`: NDJSON lines handed on unparsed (docs/cli.md, "Worker threads: --jobs": "each record is
 * parsed once"). Whatever the lines (damaged ones, several documents on one line, strings going on
 * to the next line, blank lines) and whenever the threads get to them, the records are exactly those
 * the reader gives without `--jobs`, in the same order; and a clean NDJSON file is parsed only by
 * the thread that checks each record.
 */
import fc from 'fast-check';
import { PassThrough } from 'node:stream';
import { pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { _createJobRunner } from '../../src/cli/jobs/pool';
import type { _WorkerSetup } from '../../src/cli/jobs/protocol';
import type { _RecordSpec } from '../../src/cli/jobs/records';
import { _Output } from '../../src/cli/reporters/output';
import { policies } from '../../src/policy/index';
import { feedInChunks } from './_feed';
import { Fixtures, ROOT } from './_run';
import { _lazyRecords, _lazySettled, _parseLazy, _NotJsonAlone, type _LazyRecord } from '../../src/cli/readers/lazyLines';
import { _RecordReader, type _RawRecord } from '../../src/cli/readers/recordReader';

const MAX = 1024 * 1024;
const utf8 = (s: string): Uint8Array => new TextEncoder().encode(s);

/** What a record is, for comparing: a value or a problem, with its line and offset. */
const shape = (r: _RawRecord): unknown => (r.ok ? { line: r.line, offset: r.offset, value: r.value } : { line: r.line, offset: r.offset, problem: r.problem });

/** The records without `--jobs`. */
function eager(bytes: Uint8Array, cuts: readonly number[]): unknown[] {
  const out: unknown[] = [];
  const reader = new _RecordReader((r) => out.push(shape(r)), MAX);
  feed(reader, bytes, cuts);
  return out;
}

const feed = feedInChunks;

/**
 * The records with lines handed on unparsed from record `from` on: each line goes to "the main
 * thread" (read at once) or into a "batch" for a worker; batches are answered at random moments
 * (during reading and after), out of order: a batch whose lines all parse is settled, else it is
 * read in the main thread (`redo`), as the pool does.
 */
function lazily(bytes: Uint8Array, cuts: readonly number[], from: number, choices: readonly number[]): { records: unknown[]; lazyLines: number } {
  const slots: (unknown[] | null)[] = [];
  const batches: { slots: number[]; recs: _LazyRecord[] }[] = [];
  let choice = 0;
  let lazyLines = 0;
  const next = (): number => choices[choice++ % choices.length] as number;
  const answer = (): void => {
    if (batches.length === 0) return;
    const [batch] = batches.splice(next() % batches.length, 1);
    if (batch === undefined) return;
    let parsed: _RawRecord[] | null = [];
    for (const rec of batch.recs) {
      try {
        parsed.push(_parseLazy(rec));
      } catch (error) {
        if (!(error instanceof _NotJsonAlone)) throw error;
        parsed = null;
        break;
      }
    }
    if (parsed !== null) batch.recs.forEach((rec) => _lazySettled(rec));
    batch.recs.forEach((rec, i) => (slots[batch.slots[i] as number] = (parsed === null ? _lazyRecords(rec) : [parsed[i] as _RawRecord]).map(shape)));
  };
  const lazy = { on: false };
  const reader = new _RecordReader(
    (r) => {
      slots.push([shape(r)]);
      if (slots.length >= from) lazy.on = true;
      if (next() % 3 === 0) answer();
    },
    MAX,
    {
      lazy,
      take: (rec) => {
        lazyLines++;
        const slot = slots.push(null) - 1;
        const c = next();
        if (c % 4 === 0) slots[slot] = _lazyRecords(rec).map(shape);
        else if (c % 4 === 1 || batches.length === 0) batches.push({ slots: [slot], recs: [rec] });
        else {
          const last = batches[batches.length - 1] as { slots: number[]; recs: _LazyRecord[] };
          last.slots.push(slot);
          last.recs.push(rec);
        }
        if (next() % 3 === 0) answer();
      },
    },
  );
  feed(reader, bytes, cuts);
  while (batches.length > 0) answer();
  return { records: slots.flatMap((s) => s ?? ['missing']), lazyLines };
}

// Lines of every kind the line splitter tells apart.
const line = fc.oneof(
  { weight: 6, arbitrary: fc.record({ id: fc.string({ maxLength: 6 }), n: fc.integer(), tags: fc.array(fc.string({ maxLength: 3 }), { maxLength: 2 }) }).map((r) => JSON.stringify(r)) },
  { weight: 1, arbitrary: fc.record({ schemaVersion: fc.integer(), id: fc.string({ maxLength: 4 }) }).map((r) => JSON.stringify(r)) },
  { weight: 2, arbitrary: fc.constantFrom('{"id": "broken", ', '{not json}', '{"a":1}{"b":2}', '{"a":1} {"schemaVersion":2}', '{"a":"x', 'y"}', '{"a":1}}', '{"a":[1,2}', '{"a":1} trailing', '{"q":"\u00e9\u2013"}', '  {"indented":true}', '{"a":1}{"broken', '{"x":1}\t', '{"schemaVersion":1}{"schemaVersion":2}', '{"a":{"b":1} x {"c":2} {"schemaVersion":3}') },
  { weight: 1, arbitrary: fc.constantFrom('', '   ', 'garbage', '"a string"', '[1,2]', '42', '}', '{') },
);

describe('lines handed on unparsed give exactly the records of a one-job read', () => {
  it('any mix of lines, chunk cuts and answer order (property)', () => {
    fc.assert(
      fc.property(fc.array(line, { minLength: 1, maxLength: 40 }), fc.array(fc.nat(4000), { maxLength: 6 }), fc.integer({ min: 1, max: 5 }), fc.array(fc.nat(), { minLength: 1, maxLength: 30 }), (lines, cuts, from, choices) => {
        const bytes = utf8(`${lines.join('\n')}\n`);
        expect(lazily(bytes, cuts, from, choices).records).toEqual(eager(bytes, cuts));
      }),
      { numRuns: 3000 },
    );
  });

  it('a clean NDJSON file: every line after the switch is handed on unparsed (none parsed in the reader)', () => {
    const lines = Array.from({ length: 50 }, (_, i) => JSON.stringify({ id: `p${i}`, n: i }));
    const bytes = utf8(`${lines.join('\n')}\n`);
    const r = lazily(bytes, [], 3, [1]);
    expect(r.records).toEqual(eager(bytes, []));
    // Records 1-3 are read before the switch is on; the 4th is held until the 5th shows it can go.
    expect(r.lazyLines).toBe(47);
  });

  it('first keys learned from a damaged line handed on unparsed steer a later resynchronisation as with one job', () => {
    // Line 4 holds two documents (a walk learns "schemaVersion"); line 6 breaks, and resynchronises
    // only at an object starting with a known first key. The blank line after it makes the reader
    // walk line 6 itself, while line 4 may still be waiting for a worker.
    const lines = ['{"a":1}', '{"a":2}', '{"a":3}', '{"schemaVersion":1}{"schemaVersion":2}', '{"a":4}', '{"a":{"b":1} x {"c":2} {"schemaVersion":3}', '', '{"a":5}'];
    const bytes = utf8(`${lines.join('\n')}\n`);
    for (const choices of [[0], [1], [2], [3], [1, 1, 2, 0], [2, 2, 2, 5, 1]]) expect(lazily(bytes, [], 2, choices).records).toEqual(eager(bytes, []));
  });
});

describe('the pool with lines sent unparsed', () => {
  const fx = new Fixtures();
  afterAll(() => fx.cleanup());
  const TODAY = '2025-03-01';
  const setup: _WorkerSetup = { command: 'validate', format: 'ndjson', failOn: 'error', verbose: false, color: false, today: TODAY, policy: undefined, calendar: undefined, cwd: ROOT };
  const marks: _RecordSpec = { command: 'validate', failOn: 'error', assessOptions: { policy: policies.england, today: TODAY }, renderer: { separator: '', render: (r) => `${r.line}${r.malformed ? 'm' : ''}\n` } };
  // 600 lines; damaged ones past the first 256 (done before workers start), among lines that go to a worker.
  const lines = Array.from({ length: 600 }, (_, i) => JSON.stringify({ id: `p${i + 1}` }));
  lines.splice(300, 1, '{"id": "broken", ');
  lines.splice(420, 1, '{"id":"a"}{"id":"b"}');
  const bytes = utf8(`${lines.join('\n')}\n`);

  async function run(jobs: number, spec: _RecordSpec, url?: URL): Promise<{ text: string; notices: string[]; lazy: number }> {
    let text = '';
    let lazy = 0;
    const notices: string[] = [];
    const runner = _createJobRunner(jobs, spec, setup, (_f, r) => (text += r.text), new _Output(new PassThrough()), url, { notice: (m) => notices.push(m) });
    const reader = new _RecordReader((r) => runner.take('a', r), MAX, {
      lazy: runner.lazy,
      take: (rec) => {
        lazy++;
        runner.take('a', rec);
      },
    });
    try {
      feed(reader, bytes, [70_000, 140_000]);
      runner.endInput('a');
      await runner.finish();
    } finally {
      await runner.close();
    }
    return { text, notices, lazy };
  }

  it('a worker that answers redo for every batch: the main thread reads them as one job does, and no notice', async () => {
    const url = pathToFileURL(fx.file('redo.mjs', "import { parentPort } from 'node:worker_threads';\nparentPort.on('message', (m) => parentPort.postMessage({ id: m.id, ok: false, message: 'x', redo: true }));\n"));
    const one = await run(1, marks);
    const two = await run(2, marks, url);
    // Line 301 is a broken record; line 421 holds two documents, two records.
    expect(one.text.split('\n').filter((l) => l.endsWith('m') || l === '421')).toEqual(['301m', '421', '421']);
    expect(two).toEqual({ text: one.text, notices: [], lazy: 343 });
  });

  it('the real worker (dist/cli-worker.js): lines sent unparsed, damaged ones among them, give the bytes of one job', async () => {
    const { _createRenderer } = await import('../../src/cli/reporters/create');
    const { _style } = await import('../../src/cli/reporters/output');
    const ndjson: _RecordSpec = { ...marks, renderer: _createRenderer('ndjson', { style: _style(false, {}, false), verbose: false, command: 'validate' }) };
    const one = await run(1, ndjson);
    const two = await run(2, ndjson, new URL('../../dist/cli-worker.js', import.meta.url));
    expect(two.notices).toEqual([]);
    expect(two.lazy).toBe(343);
    expect(two.text === one.text).toBe(true);
  }, 60_000);
});
