/**
 * The default `--jobs` (docs/cli.md, "Worker threads: --jobs"): the cores available
 * (`os.availableParallelism()`) once 25,000 records or more are still to come, whatever the
 * machine's load; one thread below that. The output is the same bytes either way.
 */
import { copyFileSync, mkdirSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { afterAll, describe, expect, it } from 'vitest';
import { cheapRecords } from './_feed';
import { CLI, Fixtures, runCli, type RunResult } from './_run';
import { runInProcess } from './_inProcess';

const TODAY = '2025-03-01';
const fx = new Fixtures();
afterAll(() => fx.cleanup());

/** Records cheap to check, every 100th a cohort PEP, with damaged lines among them. */
const records = (count: number): string => cheapRecords(count, 100, 7, true);

/** The built command beside a worker script that throws as it loads: a worker that starts says so on stderr. */
function brokenWorkerCli(): string {
  mkdirSync(fx.path('broken-dist'), { recursive: true });
  copyFileSync(CLI, fx.path('broken-dist/cli.js'));
  fx.file('broken-dist/cli-worker.js', "throw new Error('cannot load');\n");
  return fx.path('broken-dist/cli.js');
}

const notice = 'pep-rules validate: a worker thread failed: cannot load; its records were checked on the main thread instead, with the same output.\n';

describe('the default --jobs', () => {
  const large = fx.file('large.ndjson', records(26_000));
  const small = fx.file('small.ndjson', records(2_000));
  const args = (file: string): string[] => ['validate', '--format', 'ndjson', '--today', TODAY, file];
  // The --jobs 1 run of the large input is the reference of the two tests below: run once, shared.
  let largeByOneJob: RunResult | undefined;
  const largeOne = (): RunResult => (largeByOneJob ??= runCli([...args(large), '--jobs', '1']));

  it.skipIf(availableParallelism() < 2)('a large input (26,000 records, damaged lines among them): the same bytes and exit code as --jobs 1 and --jobs 2', () => {
    const one = largeOne();
    expect(one.code).toBe(1);
    expect(one.stderr).toContain('26015 records in 1 file');
    for (const jobs of ['default', '2']) {
      const many = runCli([...args(large), ...(jobs === 'default' ? [] : ['--jobs', jobs])]);
      expect({ jobs, code: many.code, stderr: many.stderr }).toEqual({ jobs, code: one.code, stderr: one.stderr });
      expect(many.stdout === one.stdout).toBe(true);
    }
  }, 300_000);

  it.skipIf(availableParallelism() < 2)('a large input starts the workers (one per core but this one): each says so when it cannot load, and nothing is lost', async () => {
    const { spawnSync } = await import('node:child_process');
    const cli = brokenWorkerCli();
    const one = largeOne();
    const auto = spawnSync(process.execPath, [cli, ...args(large)], { encoding: 'utf8', maxBuffer: 256 * 2 ** 20, env: { PATH: process.env.PATH ?? '' } });
    expect(auto.status).toBe(one.code);
    expect(auto.stdout === one.stdout).toBe(true);
    expect(auto.stderr).toBe(`${notice.repeat(Math.min(64, availableParallelism()) - 1)}${one.stderr}`);
  }, 300_000);

  it('a small input (2,000 records) starts no worker and gives the same bytes as --jobs 1', async () => {
    const { spawnSync } = await import('node:child_process');
    const cli = brokenWorkerCli();
    // The --jobs 1 reference in this process (the same _runCli); the default is the built command, whose worker script would say so if it started.
    const one = await runInProcess([...args(small), '--jobs', '1']);
    const auto = spawnSync(process.execPath, [cli, ...args(small)], { encoding: 'utf8', maxBuffer: 256 * 2 ** 20, env: { PATH: process.env.PATH ?? '' } });
    expect(one.stderr).toContain('2015 records in 1 file');
    expect({ code: auto.status, stderr: auto.stderr }).toEqual({ code: one.code, stderr: one.stderr });
    expect(auto.stdout === one.stdout).toBe(true);
  }, 120_000);
});
