/**
 * How `--jobs` feeds its threads (docs/cli.md, "Worker threads: --jobs"): with
 * PEP_RULES_REPORT_JOBS=1, `validate` and `grade` say on stderr how the records were shared (records
 * per thread, batches, when workers started and first answered); the default and `--jobs 2` start
 * their worker one record apart on a large input, and the output is the same bytes either way.
 */
import { availableParallelism } from 'node:os';
import { afterAll, describe, expect, it } from 'vitest';
import { _jobsReport } from '../../src/cli/jobs/pool';
import { cheapRecords } from './_feed';
import { Fixtures, runCli, type RunResult } from './_run';
import { runInProcess } from './_inProcess';

const TODAY = '2025-03-01';
const fx = new Fixtures();
afterAll(() => fx.cleanup());

/** Records cheap to check, every 50th a cohort PEP. */
const records = (count: number): string => cheapRecords(count, 50, 3);

/** The numbers of the PEP_RULES_REPORT_JOBS line. */
function report(stderr: string): { jobs: string; workers: number; startedAfter: number; main: number; perWorker: number[]; batches: number; firstReply: number[] } {
  const m = /^pep-rules: jobs (\d+) \((default|given)\): workers (\d+) started after (\d+) records; records main (\d+), workers ([\d -]+); batches (\d+); first reply ms ([\d -]+)$/m.exec(stderr);
  expect(m).not.toBeNull();
  const list = (s: string): number[] => (s === '-' ? [] : s.split(' ').map(Number));
  const [, jobs, how, workers, startedAfter, main, perWorker, batches, firstReply] = m as RegExpExecArray;
  return { jobs: `${jobs} ${how}`, workers: Number(workers), startedAfter: Number(startedAfter), main: Number(main), perWorker: list(perWorker as string), batches: Number(batches), firstReply: list(firstReply as string) };
}

describe('_jobsReport', () => {
  it('one line: jobs, when the workers started, records per thread, batches, first answers', () => {
    expect(_jobsReport({ jobs: 3, auto: true }, { startedAfter: 255, main: 1000, workers: [600, 400], batches: 63, firstReplyMs: [812.4, 1020.6] })).toBe(
      'pep-rules: jobs 3 (default): workers 2 started after 255 records; records main 1000, workers 600 400; batches 63; first reply ms 812 1021',
    );
    expect(_jobsReport({ jobs: 1, auto: false }, { startedAfter: 10, main: 10, workers: [], batches: 0, firstReplyMs: [] })).toBe(
      'pep-rules: jobs 1 (given): workers 0 started after 10 records; records main 10, workers -; batches 0; first reply ms -',
    );
  });
});

describe('PEP_RULES_REPORT_JOBS=1', () => {
  const small = fx.file('small.ndjson', records(3_000));
  const args = (file: string): string[] => ['validate', '--format', 'ndjson', '--today', TODAY, file];
  const env = { PEP_RULES_REPORT_JOBS: '1' };

  // The 3,000 records are kept: the worker must start, answer and be given batches before the input
  // ends. The --jobs 2 run with the line is the built command (its worker is the subject), run once
  // and shared by the two tests below; --jobs 1 and the default on this input start no worker and run
  // in this process (the same _runCli as the built command, with the same environment).
  let toldByTwoJobs: RunResult | undefined;
  const toldTwo = (): RunResult => (toldByTwoJobs ??= runCli([...args(small), '--jobs', '2'], { env }));

  it('without it, no such line; with it, one line on stderr and the same stdout and exit code', () => {
    const plain = runCli([...args(small), '--jobs', '2']);
    expect(plain.stderr).not.toContain('pep-rules: jobs');
    const told = toldTwo();
    expect(told.code).toBe(plain.code);
    expect(told.stdout === plain.stdout).toBe(true);
    expect(told.stderr.replace(/^pep-rules: jobs .*\n/m, '')).toBe(plain.stderr);
  }, 120_000);

  it('--jobs 1: every record on the main thread, no batch', async () => {
    const r = report((await runInProcess([...args(small), '--jobs', '1'], { env })).stderr);
    expect(r).toEqual({ jobs: '1 given', workers: 0, startedAfter: 3000, main: 3000, perWorker: [], batches: 0, firstReply: [] });
  }, 120_000);

  it('--jobs 2: the worker starts after the first 256 records; every record is counted once, on one thread', () => {
    const r = report(toldTwo().stderr);
    expect(r.jobs).toBe('2 given');
    expect(r.workers).toBe(1);
    expect(r.startedAfter).toBe(256);
    expect(r.main + (r.perWorker[0] as number)).toBe(3000);
    expect(r.batches).toBeGreaterThan(0);
    // A batch holds at most 16 records.
    expect(r.batches * 16).toBeGreaterThanOrEqual(r.perWorker[0] as number);
    expect(r.firstReply[0]).toBeGreaterThanOrEqual(0);
  }, 120_000);

  it('the default on a small input starts no worker', async () => {
    const r = report((await runInProcess(args(small), { env })).stderr);
    expect(r).toEqual({ jobs: `${Math.min(64, availableParallelism())} default`, workers: 0, startedAfter: 3000, main: 3000, perWorker: [], batches: 0, firstReply: [] });
  }, 120_000);

  it.skipIf(availableParallelism() < 2)('the default on a large input (30,000 records) starts its workers one record before --jobs 2 does, and gives the same bytes', () => {
    const large = fx.file('large.ndjson', records(30_000));
    const two = runCli([...args(large), '--jobs', '2'], { env });
    const auto = runCli(args(large), { env });
    const a = report(auto.stderr);
    const b = report(two.stderr);
    expect(a.workers).toBe(Math.min(64, availableParallelism()) - 1);
    // The default's first estimate of the records to come is made with the 256th record, which already goes to a worker; --jobs 2 starts them after 256.
    expect([a.startedAfter, b.startedAfter]).toEqual([255, 256]);
    expect(a.main + a.perWorker.reduce((x, y) => x + y, 0)).toBe(30_000);
    expect(auto.code).toBe(two.code);
    expect(auto.stdout === two.stdout).toBe(true);
  }, 300_000);
});
