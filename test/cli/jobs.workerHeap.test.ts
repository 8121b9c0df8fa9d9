/**
 * A `--jobs` worker's heap (docs/cli.md, "Worker threads: --jobs", memory paragraph): each worker
 * gets a bounded young generation, so the peak memory of a run with workers stays flat and small;
 * the output is unchanged, in order, with more records than the batches a worker may hold.
 */
import { PassThrough } from 'node:stream';
import { pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { _createJobRunner } from '../../src/cli/jobs/pool';
import type { _WorkerSetup } from '../../src/cli/jobs/protocol';
import type { _RecordSpec } from '../../src/cli/jobs/records';
import type { _RawRecord } from '../../src/cli/readers/recordReader';
import { _Output } from '../../src/cli/reporters/output';
import { policies } from '../../src/policy/index';
import { Fixtures } from './_run';

const TODAY = '2025-03-01';
const fx = new Fixtures();
afterAll(() => fx.cleanup());

const setup: _WorkerSetup = { command: 'validate', format: 'ndjson', failOn: 'error', verbose: false, color: false, today: TODAY, policy: undefined, calendar: undefined, cwd: fx.path('.') };
const spec: _RecordSpec = { command: 'validate', failOn: 'error', assessOptions: { policy: policies.england, today: TODAY }, renderer: { separator: '', render: (r) => `${r.line}\n` } };
const TALLY = '{ records: m.raws.length, valid: 0, invalid: 0, malformed: 0, errors: 0, warnings: 0, info: 0, failed: 0, grades: { gold: 0, green: 0, amber: 0, red: 0, ungraded: 0 }, annotations: { error: 0, warning: 0, notice: 0 } }';

/**
 * A worker that, for each batch, allocates about 4 MiB of short-lived objects (enough for V8 to
 * grow an unbounded young generation), then answers each record with its line and the size of its
 * young generation (both semi-spaces, bytes).
 */
const youngReporter = (): URL =>
  pathToFileURL(
    fx.file(
      'young-reporter.mjs',
      `import { parentPort } from 'node:worker_threads';
import { getHeapSpaceStatistics } from 'node:v8';
const young = () => getHeapSpaceStatistics().find((s) => s.space_name === 'new_space').space_size;
let sink = 0;
parentPort.on('message', (m) => {
  for (let i = 0; i < 4096; i++) sink += new Array(128).fill(i).length;
  parentPort.postMessage({ id: m.id, ok: true, text: m.raws.map((r) => r.line + ' ' + young() + '\\n').join(''), tally: ${TALLY} });
});
`,
    ),
  );

const malformed = (line: number): _RawRecord => ({ ok: false, line, offset: 0, problem: { code: 'CLI-JSON-SYNTAX', message: 'x' } }) as _RawRecord;

/** Runs `records` records through 2 jobs; the lines written, in order. */
async function run(url: URL, records: number): Promise<string[]> {
  let text = '';
  const out = new _Output(new PassThrough());
  const runner = _createJobRunner(2, spec, setup, (_file, rendered) => (text += rendered.text), out, url);
  try {
    for (let i = 1; i <= records; i++) {
      runner.take('a', malformed(i));
      if (i % 50 === 0) await out.settle();
    }
    await runner.finish();
  } finally {
    await runner.close();
  }
  return text.split('\n').slice(0, -1);
}

describe('docs/cli.md, "Worker threads: --jobs": a worker\'s young generation is bounded', () => {
  it('a worker that allocates 4 MiB per batch keeps its young generation at 2 MiB or less (two 1 MiB semi-spaces), and every record is written once, in order', async () => {
    // 2,000 records: past the 256 done first in the main thread, and many more than the batches a worker may hold at once.
    const lines = await run(youngReporter(), 2000);
    expect(lines.map((l) => Number(l.split(' ')[0]))).toEqual(Array.from({ length: 2000 }, (_, i) => i + 1));
    const young = lines.filter((l) => l.includes(' ')).map((l) => Number(l.split(' ')[1]));
    expect(young.length).toBeGreaterThan(0);
    expect(Math.max(...young)).toBeGreaterThan(0);
    expect(Math.max(...young)).toBeLessThanOrEqual(2 * 2 ** 20);
  }, 60_000);

  it('a record done in the main thread (every worker fed) is not given a young-generation size: only worker lines carry one', async () => {
    const lines = await run(youngReporter(), 300);
    // The first 256 records are done in the main thread, before any worker starts.
    expect(lines.slice(0, 256).every((l) => !l.includes(' '))).toBe(true);
    expect(lines).toHaveLength(300);
  }, 60_000);
});
