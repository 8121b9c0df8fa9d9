/**
 * `--jobs`: NDJSON lines handed on unparsed are kept and sent as bytes, not strings (docs/cli.md,
 * "Worker threads: --jobs"): the reader copies each line into a slab, the main thread holds only
 * those bytes while a worker has the line, and a batch goes to its worker as one transferred buffer
 * with each line's place in it. Whatever the characters, the worker reads the same lines.
 */
import { PassThrough } from 'node:stream';
import { pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { _createJobRunner } from '../../src/cli/jobs/pool';
import { _fromWire, type _WorkerSetup } from '../../src/cli/jobs/protocol';
import type { _RecordSpec } from '../../src/cli/jobs/records';
import { _LazySlab, _lazyText, _parseLazy } from '../../src/cli/readers/lazyLines';
import { _RecordReader } from '../../src/cli/readers/recordReader';
import { _Output } from '../../src/cli/reporters/output';
import { policies } from '../../src/policy/index';
import { feedInChunks } from './_feed';
import { Fixtures, ROOT } from './_run';

const utf8 = (s: string): Uint8Array => new TextEncoder().encode(s);

describe('the slab lines are copied into', () => {
  it('a copy keeps its bytes when the line it was copied from is reused', () => {
    const slab = new _LazySlab();
    const line = utf8('{"id":"é😀"}');
    const copy = slab.copy(line);
    line.fill(0x20);
    expect(_lazyText({ bytes: copy })).toBe('{"id":"é😀"}');
  });

  it('short lines share one buffer, one after another; a line over a quarter of a slab gets its own', () => {
    const slab = new _LazySlab();
    const a = slab.copy(utf8('{"a":1}'));
    const b = slab.copy(utf8('{"b":22}'));
    expect(b.buffer).toBe(a.buffer);
    expect(b.byteOffset).toBe(a.byteOffset + a.length);
    const big = slab.copy(new Uint8Array(100_000).fill(0x20));
    expect(big.buffer).not.toBe(a.buffer);
    expect(big.byteLength).toBe(big.buffer.byteLength);
    // A full slab starts a new one; the lines already copied keep theirs.
    const copies = Array.from({ length: 200 }, (_, i) => slab.copy(utf8(`{"n":${i},"pad":"${'x'.repeat(2000)}"}`)));
    expect(new Set(copies.map((c) => c.buffer)).size).toBeGreaterThan(1);
    expect(copies.map((c) => (JSON.parse(_lazyText({ bytes: c })) as { n: number }).n)).toEqual(Array.from({ length: 200 }, (_, i) => i));
    expect(_lazyText({ bytes: a })).toBe('{"a":1}');
  });
});

describe('a line as sent: its place in the batch bytes', () => {
  it('is parsed from its own bytes only', () => {
    const bytes = utf8('{"id":"a"}{"id":"ü"}{"id":"c"}');
    expect(_fromWire({ ok: 'lazy', line: 2, column: 0, offset: 11, start: 10, end: 21 }, bytes)).toEqual({ ok: true, line: 2, offset: 11, value: { id: 'ü' } });
    expect(_parseLazy({ ok: 'lazy', line: 2, column: 0, offset: 11, bytes: bytes.subarray(10, 21) })).toEqual({ ok: true, line: 2, offset: 11, value: { id: 'ü' } });
  });

  it('a text record needs no bytes', () => {
    expect(_fromWire({ ok: true, line: 1, offset: 0, text: '{"id":"t"}' }, new Uint8Array(0))).toEqual({ ok: true, line: 1, offset: 0, value: { id: 't' } });
  });
});

describe('the pool sends a batch of lines as one buffer', () => {
  const fx = new Fixtures();
  afterAll(() => fx.cleanup());
  const TODAY = '2025-03-01';
  const setup: _WorkerSetup = { command: 'validate', format: 'ndjson', failOn: 'error', verbose: false, color: false, today: TODAY, policy: undefined, calendar: undefined, cwd: ROOT };
  const spec: _RecordSpec = { command: 'validate', failOn: 'error', assessOptions: { policy: policies.england, today: TODAY }, renderer: { separator: '', render: (r) => `${r.line} ${r.id}\n` } };
  const names = ['é', '😀', 'a"b\\', 'ß'.repeat(300), '日本'];
  const lines = Array.from({ length: 700 }, (_, i) => JSON.stringify({ id: `p${i + 1}`, name: names[i % names.length] }));
  // A worker that renders each line from the batch's bytes as the main thread does (the first line
  // after the workers start was read before, and comes as its text), and fails a batch whose lines
  // carry a string, whose bytes are not one Uint8Array, whose lines overlap or leave gaps,
  // or whose characters (the `name`s, multi-byte ones cut across chunks) did not come through.
  const worker = [
    "import { parentPort } from 'node:worker_threads';",
    `const names = ${JSON.stringify(names)};`,
    'const d = new TextDecoder();',
    'parentPort.on("message", (m) => {',
    '  let text = ""; let at = 0; let bad = !(m.bytes instanceof Uint8Array);',
    '  for (const w of m.raws) {',
    '    let v;',
    '    if (w.ok === "lazy") {',
    '      if ("text" in w || "bytes" in w || w.start !== at) { bad = true; break; }',
    '      at = w.end;',
    '      v = JSON.parse(d.decode(m.bytes.subarray(w.start, w.end)));',
    '    } else v = JSON.parse(w.text);',
    '    if (v.name !== names[(w.line - 1) % names.length]) { bad = true; break; }',
    '    text += `${w.line} ${v.id}\\n`;',
    '  }',
    '  if (bad || at !== m.bytes.length) parentPort.postMessage({ id: m.id, ok: false, message: "not one buffer" });',
    '  else parentPort.postMessage({ id: m.id, ok: true, text, tally: { records: m.raws.length, valid: 0, invalid: m.raws.length, malformed: 0, errors: 0, warnings: 0, info: 0, failed: 0, grades: { gold: 0, green: 0, amber: 0, red: 0, ungraded: 0 } } });',
    '});',
  ].join('\n');
  const bytes = utf8(`${lines.join('\n')}\n`);

  async function run(jobs: number, url?: URL): Promise<{ text: string; notices: string[]; lazy: number }> {
    let text = '';
    let lazy = 0;
    const notices: string[] = [];
    const runner = _createJobRunner(jobs, spec, setup, (_f, r) => (text += r.text), new _Output(new PassThrough()), url, { notice: (m) => notices.push(m) });
    const reader = new _RecordReader((r) => runner.take('a', r), 1 << 20, {
      lazy: runner.lazy,
      take: (rec) => {
        lazy++;
        runner.take('a', rec);
      },
    });
    try {
      // Chunks that cut lines (and multi-byte characters) anywhere.
      feedInChunks(reader, bytes, [1, 5_000, 5_003, 70_001, 140_000]);
      runner.endInput('a');
      await runner.finish();
    } finally {
      await runner.close();
    }
    return { text, notices, lazy };
  }

  it('the worker reads every line from the transferred bytes, and the output is that of one job', async () => {
    const url = pathToFileURL(fx.file('bytes.mjs', worker));
    const one = await run(1);
    const two = await run(2, url);
    expect(two.notices).toEqual([]);
    expect(two.lazy).toBeGreaterThan(400);
    expect(two.text).toBe(one.text);
    expect(one.text.split('\n')[699]).toBe('700 p700');
  }, 60_000);
});
