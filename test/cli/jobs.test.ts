/**
 * `--jobs N` (docs/cli.md, "Worker threads: --jobs"): the output is the same bytes, in the same
 * order, for any number of jobs and every format; a worker's failure is reported, never lost.
 */
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, readFileSync } from 'node:fs';
import { PassThrough } from 'node:stream';
import { pathToFileURL } from 'node:url';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { _createJobRunner } from '../../src/cli/jobs/pool';
import type { _WorkerSetup } from '../../src/cli/jobs/protocol';
import type { _RecordSpec } from '../../src/cli/jobs/records';
import { _RecordReader, type _RawRecord } from '../../src/cli/readers/recordReader';
import { _Output } from '../../src/cli/reporters/output';
import { policies } from '../../src/policy/index';
import { CLI, Fixtures, ROOT, runCli } from './_run';
import { runInProcess } from './_inProcess';

const TODAY = '2025-03-01';
const COHORT_TEXT = readFileSync(join(ROOT, 'examples', 'cohort.ndjson'), 'utf8');
const fx = new Fixtures();
afterAll(() => fx.cleanup());

/**
 * 360 records (past the 256 done in the main thread), with unreadable lines among them: 240 small
 * records the schema rejects, then the cohort twice, so that every record a worker is given (from
 * record 257) is a whole PEP, checked and graded as the main thread does it. (The records before 257
 * are done in the main thread whatever --jobs says; small ones there keep each run short.)
 */
function mixedInputs(): string[] {
  const lines = COHORT_TEXT.trim().split('\n');
  const big: string[] = Array.from({ length: 240 }, (_, i) => JSON.stringify({ schemaVersion: 1, id: `s${i}` }));
  for (let i = 0; i < 2; i++) big.push(...lines);
  big.splice(100, 0, '{"id": "broken", ');
  big.splice(300, 0, '{not json}');
  const second = lines.slice(0, 7).join('\n');
  return [fx.file('big.ndjson', `${big.join('\n')}\n`), fx.file('empty.ndjson', ''), fx.path('missing.ndjson'), fx.file('second.ndjson', second)];
}

describe('the same bytes for any number of jobs', () => {
  const inputs = mixedInputs();
  const cases: [string, string[]][] = [
    ['grade text', ['grade', '--format', 'text']],
    ['validate text --verbose', ['validate', '--format', 'text', '--verbose']],
    ['grade json', ['grade', '--format', 'json']],
    ['grade ndjson --fail-on amber', ['grade', '--format', 'ndjson', '--fail-on', 'amber']],
    ['grade junit', ['grade', '--format', 'junit']],
    ['grade github', ['grade', '--format', 'github']],
    ['validate github --verbose --color', ['validate', '--format', 'github', '--verbose', '--color']],
  ];
  // The --jobs 1 reference of each case runs in this process (the same _runCli as the built command);
  // --jobs 2 and 3, where worker threads of the built file are the subject, spawn it every time. The
  // default starts no worker on an input this small: it spawns the built command for one grade and one
  // validate case, and runs in this process for the rest.
  const spawnedDefault = new Set(['grade text', 'validate text --verbose']);
  for (const [name, args] of cases) {
    it(name, async () => {
      const one = await runInProcess([...args, '--today', TODAY, '--jobs', '1', ...inputs]);
      expect(one.code).toBe(2); // the missing file
      expect(one.stdout.length + one.stderr.length).toBeGreaterThan(1000);
      // 'default': no --jobs (the cores here; a small run like this one starts no worker).
      for (const jobs of ['2', '3', 'default']) {
        const jobArgs = [...args, '--today', TODAY, ...(jobs === 'default' ? [] : ['--jobs', jobs]), ...inputs];
        const many = jobs === 'default' && !spawnedDefault.has(name) ? await runInProcess(jobArgs) : runCli(jobArgs);
        expect({ jobs, code: many.code, stderr: many.stderr }).toEqual({ jobs, code: one.code, stderr: one.stderr });
        expect(many.stdout === one.stdout).toBe(true);
      }
    }, 120_000);
  }

  it('--redact-ids: records past the first 256 reach the workers redacted (never as the text that was read)', async () => {
    const args = ['grade', '--format', 'ndjson', '--today', TODAY, '--redact-ids', 'jobs-salt-2025', inputs[0] as string];
    // --jobs 1 in this process; --jobs 2, whose workers are the subject, is the built command.
    const one = await runInProcess([...args, '--jobs', '1']);
    const two = runCli([...args, '--jobs', '2']);
    expect(two.stdout === one.stdout).toBe(true);
    const ids = two.stdout.split('\n').filter((l) => l.startsWith('{"type":"record"')).map((l) => (JSON.parse(l) as { id: string | null }).id);
    expect(ids.length).toBe(362);
    expect(ids.filter((id) => id !== null && !/^h-[0-9a-f]{16}$/.test(id))).toEqual([]);
  }, 60_000);

  it('a worker that cannot even load: the same stdout as --jobs 1, the exit code kept, and stderr says so once', async () => {
    // The built command beside a worker script that throws as it loads (the --jobs 1 reference runs in this process).
    mkdirSync(fx.path('broken-dist'));
    copyFileSync(CLI, fx.path('broken-dist/cli.js'));
    fx.file('broken-dist/cli-worker.js', "throw new Error('cannot load');\n");
    const args = ['grade', '--format', 'ndjson', '--today', TODAY, inputs[0] as string];
    const one = await runInProcess([...args, '--jobs', '1']);
    const two = spawnSync(process.execPath, [fx.path('broken-dist/cli.js'), ...args, '--jobs', '2'], { encoding: 'utf8', env: { PATH: process.env.PATH ?? '' } });
    expect(one.code).toBe(1);
    expect(two.status).toBe(one.code);
    expect(two.stdout === one.stdout).toBe(true);
    expect(two.stderr).toBe(`pep-rules grade: a worker thread failed: cannot load; its records were checked on the main thread instead, with the same output.\n${one.stderr}`);
  }, 60_000);

  it('every record is reported once, in input order, with --jobs 2', () => {
    const r = runCli(['validate', '--format', 'ndjson', '--today', TODAY, '--jobs', '2', inputs[0] as string]);
    const records = r.stdout.split('\n').filter((l) => l.startsWith('{"type":"record"')).map((l) => JSON.parse(l) as { line: number; malformed: boolean });
    expect(records.length).toBe(362);
    expect(records.map((x) => x.line)).toEqual(Array.from({ length: 362 }, (_, i) => i + 1));
    expect(records.filter((x) => x.malformed).map((x) => x.line)).toEqual([101, 301]);
  }, 60_000);
});

describe('--jobs values', () => {
  // Option parsing: the same _runCli as the built command, in this process (the runs above spawn it).
  for (const value of ['0', '65', 'two', '1.5', '-1']) {
    it(`--jobs ${value} is a usage error`, async () => {
      const r = await runInProcess(['validate', '--jobs', value, '--today', TODAY, join(ROOT, 'examples', 'cohort.ndjson')]);
      expect([r.code, r.stderr.split('\n')[0]]).toEqual([2, 'pep-rules validate: --jobs must be a whole number from 1 to 64']);
    });
  }
});

describe('the pool: order kept, failures reported', () => {
  const setup: _WorkerSetup = { command: 'validate', format: 'ndjson', failOn: 'error', verbose: false, color: false, today: TODAY, policy: undefined, calendar: undefined, cwd: ROOT };
  const spec: _RecordSpec = {
    command: 'validate',
    failOn: 'error',
    assessOptions: { policy: policies.england, today: TODAY },
    renderer: { separator: '', render: (r) => `${r.line}\n` },
  };
  const malformed = (line: number): _RawRecord => ({ ok: false, line, offset: 0, problem: { code: 'CLI-JSON-SYNTAX', message: 'x' } }) as _RawRecord;

  /** A worker script in the fixtures folder. */
  const worker = (name: string, body: string): URL =>
    pathToFileURL(fx.file(name, `import { parentPort } from 'node:worker_threads';\n${body}\n`));

  async function run(url: URL, records: number, notices: string[] = [], with_: _RecordSpec = spec): Promise<string> {
    let text = '';
    const out = new _Output(new PassThrough());
    const runner = _createJobRunner(3, with_, setup, (_file, rendered) => (text += rendered.text), out, url, { notice: (m) => notices.push(m) });
    try {
      for (let i = 1; i <= records; i++) {
        runner.take(i <= 400 ? 'a' : 'b', malformed(i));
        if (i % 50 === 0) await out.settle();
      }
      runner.endInput('b');
      runner.later(() => (text += 'end of b\n'));
      await runner.finish();
    } finally {
      await runner.close();
    }
    return text;
  }

  it('writes batches in the order they were sent, whatever order the workers answer in', async () => {
    // Later batches answer first: batch n waits (5 - n % 5) × 15 ms.
    const url = worker(
      'slow-first.mjs',
      `parentPort.on('message', (m) => setTimeout(() => parentPort.postMessage({ id: m.id, ok: true, text: m.raws.map((r) => r.line + '\\n').join(''), tally: { records: m.raws.length, valid: 0, invalid: 0, malformed: 0, errors: 0, warnings: 0, info: 0, failed: 0, grades: { gold: 0, green: 0, amber: 0, red: 0, ungraded: 0 }, annotations: { error: 0, warning: 0, notice: 0 } } }), (5 - (m.id % 5)) * 15));`,
    );
    const text = await run(url, 1000);
    expect(text).toBe(`${Array.from({ length: 1000 }, (_, i) => `${i + 1}\n`).join('')}end of b\n`);
  });

  /** What a run of `records` records writes when every record is done in the main thread. */
  const allHere = (records: number): string => `${Array.from({ length: records }, (_, i) => `${i + 1}\n`).join('')}end of b\n`;
  const fallback = (why: string): string => `${why}; its records were checked on the main thread instead, with the same output`;

  it('a worker that throws: told once per worker, and its records are done in the main thread, in their place', async () => {
    const notices: string[] = [];
    const url = worker('throws.mjs', `parentPort.on('message', () => { throw new Error('boom in the worker'); });`);
    expect(await run(url, 600, notices)).toBe(allHere(600));
    expect(notices).toEqual([fallback('a worker thread failed: boom in the worker'), fallback('a worker thread failed: boom in the worker')]);
  });

  it('a worker that answers with a failure: told with the first line of its message, records done in the main thread', async () => {
    const notices: string[] = [];
    const url = worker('answers-failure.mjs', `parentPort.on('message', (m) => parentPort.postMessage({ id: m.id, ok: false, message: 'the policy file cannot be read\\n    at specOf (cli-worker.js:1:1)' }));`);
    expect(await run(url, 600, notices)).toBe(allHere(600));
    expect(notices).toEqual([fallback('a worker thread failed: the policy file cannot be read'), fallback('a worker thread failed: the policy file cannot be read')]);
  });

  it('a worker that stops: told, not waited for, and its records done in the main thread', async () => {
    const notices: string[] = [];
    const url = worker('exits.mjs', `parentPort.on('message', () => process.exit(3));`);
    expect(await run(url, 600, notices)).toBe(allHere(600));
    expect(notices).toEqual([fallback('a worker thread stopped (exit code 3)'), fallback('a worker thread stopped (exit code 3)')]);
  });

  it('a worker that runs out of its memory limit: told as such, and its records done in the main thread', async () => {
    // Holds on to everything it allocates until it passes its old-generation limit.
    const notices: string[] = [];
    const url = worker('out-of-memory.mjs', `const kept = []; parentPort.on('message', () => { for (;;) kept.push(new Array(100_000).fill(kept.length)); });`);
    expect(await run(url, 1000, notices)).toBe(allHere(1000));
    expect(notices).toEqual([fallback('a worker thread ran out of memory (48 MiB)'), fallback('a worker thread ran out of memory (48 MiB)')]);
  }, 60_000);

  it('a worker\'s record that fails in the main thread too fails the run with its message', async () => {
    const url = worker('answers-failure-2.mjs', `parentPort.on('message', (m) => parentPort.postMessage({ id: m.id, ok: false, message: 'failed' }));`);
    const failing: _RecordSpec = {
      ...spec,
      renderer: {
        separator: '',
        render: (r) => {
          if (r.line === 300) throw new Error('record 300 fails here too');
          return `${r.line}\n`;
        },
      },
    };
    await expect(run(url, 600, [], failing)).rejects.toThrow(/record 300 fails here too/);
  });

  it('a record over 1 MiB of text is done in the main thread, in its place (a worker heap stays small)', async () => {
    const url = worker('marks.mjs', `parentPort.on('message', (m) => parentPort.postMessage({ id: m.id, ok: true, text: m.raws.map((r) => 'w' + r.line + '\\n').join(''), tally: { records: m.raws.length, valid: 0, invalid: 0, malformed: 0, errors: 0, warnings: 0, info: 0, failed: 0, grades: { gold: 0, green: 0, amber: 0, red: 0, ungraded: 0 }, annotations: { error: 0, warning: 0, notice: 0 } } }));`);
    const lines = Array.from({ length: 400 }, (_, i) => (i === 279 ? JSON.stringify({ id: 'big', notes: 'x'.repeat(1_100_000) }) : JSON.stringify({ id: `p${i + 1}` })));
    const raws: _RawRecord[] = [];
    const reader = new _RecordReader((r) => raws.push(r), 64 * 2 ** 20);
    reader.push(new TextEncoder().encode(`${lines.join('\n')}\n`));
    reader.end();
    let text = '';
    const out = new _Output(new PassThrough());
    const runner = _createJobRunner(2, spec, setup, (_file, rendered) => (text += rendered.text), out, url);
    try {
      for (const raw of raws) runner.take('a', raw);
      await runner.finish();
    } finally {
      await runner.close();
    }
    const done = text.split('\n').slice(256, 400);
    // 257-279 go to the worker (its second batch not full yet), 280 (the large one) is done here.
    expect(done.slice(0, 24)).toEqual([...Array.from({ length: 23 }, (_, i) => `w${i + 257}`), '280']);
    expect(done.map((l) => Number(l.replace('w', '')))).toEqual(Array.from({ length: 144 }, (_, i) => i + 257));
  });

  it('a batch is sent once its texts reach 1 Mi characters, before 16 records', async () => {
    const url = worker('batch-ids.mjs', `parentPort.on('message', (m) => parentPort.postMessage({ id: m.id, ok: true, text: m.raws.map((r) => 'b' + m.id + '\\n').join(''), tally: { records: m.raws.length, valid: 0, invalid: 0, malformed: 0, errors: 0, warnings: 0, info: 0, failed: 0, grades: { gold: 0, green: 0, amber: 0, red: 0, ungraded: 0 }, annotations: { error: 0, warning: 0, notice: 0 } } }));`);
    const lines = Array.from({ length: 300 }, (_, i) => JSON.stringify({ id: `p${i + 1}`, notes: i >= 256 ? 'x'.repeat(200_000) : '' }));
    const raws: _RawRecord[] = [];
    const reader = new _RecordReader((r) => raws.push(r), 64 * 2 ** 20);
    reader.push(new TextEncoder().encode(`${lines.join('\n')}\n`));
    reader.end();
    let text = '';
    const runner = _createJobRunner(2, spec, setup, (_file, rendered) => (text += rendered.text), new _Output(new PassThrough()), url);
    try {
      for (const raw of raws) runner.take('a', raw);
      await runner.finish();
    } finally {
      await runner.close();
    }
    const sizes = new Map<string, number>();
    for (const l of text.split('\n').slice(256, 300)) if (l.startsWith('b')) sizes.set(l, (sizes.get(l) ?? 0) + 1);
    // 200,000-character records: the sixth passes 1 Mi characters and closes the batch (the worker's two batches).
    expect([...sizes.values()].slice(0, 2)).toEqual([6, 6]);
  });

  it('replies waiting in a worker\'s port are taken between records, so a worker that has answered gets more at once', async () => {
    // The worker answers on the port it is given (workerData.replies), as the real one does.
    const url = pathToFileURL(
      fx.file(
        'replies-port.mjs',
        `import { parentPort, workerData } from 'node:worker_threads';\nconst out = workerData.replies ?? parentPort;\nparentPort.on('message', (m) => out.postMessage({ id: m.id, ok: true, text: m.raws.map((r) => 'w' + r.line + '\\n').join(''), tally: { records: m.raws.length, valid: 0, invalid: 0, malformed: 0, errors: 0, warnings: 0, info: 0, failed: 0, grades: { gold: 0, green: 0, amber: 0, red: 0, ungraded: 0 }, annotations: { error: 0, warning: 0, notice: 0 } } }));\n`,
      ),
    );
    let text = '';
    const runner = _createJobRunner(2, spec, setup, (_file, rendered) => (text += rendered.text), new _Output(new PassThrough()), url);
    const fromWorker = (): number => (text.match(/^w/gm) ?? []).length;
    const pause = new Int32Array(new SharedArrayBuffer(4));
    let line = 0;
    try {
      // One synchronous loop (the event loop never turns): the worker's first two batches (32
      // records) are sent before any reply, and any record it does beyond them was sent after a
      // reply taken from its port in between. 2 ms pauses give it time to start and answer.
      while (line < 3000 && fromWorker() <= 32) {
        runner.take('a', malformed(++line));
        Atomics.wait(pause, 0, 0, 2);
      }
      await runner.finish();
    } finally {
      await runner.close();
    }
    expect(fromWorker()).toBeGreaterThan(32);
    expect(text.split('\n').slice(0, -1).map((l) => Number(l.replace('w', '')))).toEqual(Array.from({ length: line }, (_, i) => i + 1));
  }, 60_000);

  it('the first 256 records are done in the main thread: a small run starts no worker', async () => {
    const url = worker('never.mjs', `throw new Error('started');`);
    const text = await run(url, 256);
    expect(text.split('\n').length).toBe(258);
  });

  describe('the default (auto): workers only once the input turns out large enough', () => {
    /** Records of 100 bytes each; how many a worker (marking its lines with w) did, and whether all came back in order. */
    async function auto(
      inputs: readonly { readonly records: number; readonly size: number | null }[],
      jobs = 2,
    ): Promise<{ fromWorker: number; firstFromWorker: number; inOrder: boolean; notices: string[]; workers: number }> {
      // Each worker marks its lines with w and its thread id: w<thread>:<line>.
      const url = worker('auto-marks.mjs', `import { threadId } from 'node:worker_threads';\nparentPort.on('message', (m) => parentPort.postMessage({ id: m.id, ok: true, text: m.raws.map((r) => 'w' + threadId + ':' + r.line + '\\n').join(''), tally: { records: m.raws.length, valid: 0, invalid: 0, malformed: 0, errors: 0, warnings: 0, info: 0, failed: 0, grades: { gold: 0, green: 0, amber: 0, red: 0, ungraded: 0 }, annotations: { error: 0, warning: 0, notice: 0 } } }));`);
      let text = '';
      const notices: string[] = [];
      const out = new _Output(new PassThrough());
      const options = { auto: true, notice: (m: string) => notices.push(m) };
      const runner = _createJobRunner(jobs, spec, setup, (_file, rendered) => (text += rendered.text), out, url, options);
      let line = 0;
      try {
        for (const [n, input] of inputs.entries()) {
          const later = inputs.slice(n + 1).reduce((a, b) => a + (b.size ?? 0), 0);
          runner.beginInput(`f${n}`, input.size, later);
          for (let i = 0; i < input.records; i++) {
            runner.take(`f${n}`, { ...malformed(++line), offset: i * 100 } as _RawRecord);
            if (line % 500 === 0) await out.settle();
          }
          runner.endInput(`f${n}`);
        }
        await runner.finish();
      } finally {
        await runner.close();
      }
      const lines = text.split('\n').slice(0, -1);
      const marked = lines.filter((l) => l.startsWith('w'));
      const lineOf = (l: string): number => Number(l.replace(/^w\d+:/, ''));
      const workers = new Set(marked.map((l) => l.slice(0, l.indexOf(':')))).size;
      return { fromWorker: marked.length, firstFromWorker: marked[0] === undefined ? 0 : lineOf(marked[0]), inOrder: lines.map(lineOf).every((v, i) => v === i + 1) && lines.length === line, notices, workers };
    }

    it('a file of 20,000 records (fewer than 25,000 to come) starts no worker', async () => {
      expect(await auto([{ records: 20_000, size: 2_000_000 }])).toEqual({ fromWorker: 0, firstFromWorker: 0, inOrder: true, notices: [], workers: 0 });
    });

    it('a file of 30,000 records starts the workers at the first estimate (record 256)', async () => {
      const r = await auto([{ records: 30_000, size: 3_000_000 }]);
      expect(r.inOrder).toBe(true);
      expect(r.firstFromWorker).toBe(256);
    });

    it('a small file followed by a large one: the bytes of the inputs after it count', async () => {
      const r = await auto([{ records: 1_000, size: 100_000 }, { records: 26_000, size: 2_600_000 }]);
      expect(r.inOrder).toBe(true);
      // Started within the first file (the first estimate is at record 256), not only when the large one begins.
      expect(r.firstFromWorker).toBe(256);
    });

    it('a large input starts every worker the cores allow, whatever the load (4 jobs: three workers)', async () => {
      // No load-average rule: it counted this command's own previous run and kept an idle 2-core machine on one thread.
      const r = await auto([{ records: 30_000, size: 3_000_000 }], 4);
      expect([r.inOrder, r.firstFromWorker, r.workers, r.notices]).toEqual([true, 256, 3, []]);
    });

    it('a stream of unknown size (stdin) is taken to go on for as long again: workers from about 25,000 records', async () => {
      const small = await auto([{ records: 24_000, size: null }]);
      expect(small).toEqual({ fromWorker: 0, firstFromWorker: 0, inOrder: true, notices: [], workers: 0 });
      const large = await auto([{ records: 27_000, size: null }]);
      expect(large.inOrder).toBe(true);
      // Estimates are made every 256 records: the first at or past 25,000 is at record 25,088.
      expect(large.firstFromWorker).toBe(25_088);
    });
  });

  it('the real worker renders what the main thread renders', async () => {
    const real = new URL('../../dist/cli-worker.js', import.meta.url);
    let text = '';
    const out = new _Output(new PassThrough());
    const ndjsonSpec: _RecordSpec = { ...spec, renderer: (await import('../../src/cli/reporters/create'))._createRenderer('ndjson', { style: (await import('../../src/cli/reporters/output'))._style(false, {}, false), verbose: false, command: 'validate' }) };
    const runner = _createJobRunner(2, ndjsonSpec, setup, (_f, r) => (text += r.text), out, real);
    const values = COHORT_TEXT.trim().split('\n').map((l) => JSON.parse(l) as unknown);
    try {
      for (let i = 0; i < 600; i++) runner.take('c', { ok: true, line: i + 1, offset: 0, value: values[i % values.length] } as _RawRecord);
      await runner.finish();
    } finally {
      await runner.close();
    }
    const lines = text.trim().split('\n').map((l) => JSON.parse(l) as { line: number; id: string });
    expect(lines.map((l) => l.line)).toEqual(Array.from({ length: 600 }, (_, i) => i + 1));
    // Record 301 (a worker's) is the same PEP as record 1 (the main thread's): the same report but its line.
    expect(values.length).toBe(60);
    expect(lines[300]).toEqual({ ...lines[0], line: 301 });
  }, 60_000);
});
