/**
 * Memory of `validate` and `grade` (docs/cli.md, "Worker threads: --jobs", memory paragraph): the
 * main thread's young generation stops growing at 8 MiB (V8 lets it reach 32 MiB), with one job and
 * with workers, and the output is the same bytes as before.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { Fixtures, ROOT, runCli } from './_run';

const TODAY = '2025-03-01';
const COHORT_TEXT = readFileSync(join(ROOT, 'examples', 'cohort.ndjson'), 'utf8');
const fx = new Fixtures();
afterAll(() => fx.cleanup());

/** The young generation's size (KiB) the command reports at exit with PEP_RULES_REPORT_RSS=1. */
function youngKiB(stderr: string): number {
  const m = /maxRSS \d+ KiB, young generation (\d+) KiB/.exec(stderr);
  expect(m).not.toBeNull();
  return Number(m?.[1]);
}

describe('the main thread young generation is bounded', () => {
  // 3,000 records: enough for V8 to grow an unbounded young generation to 32 MiB.
  const file = fx.file('cohort-3000.ndjson', COHORT_TEXT.repeat(50));

  for (const jobs of ['1', '2']) {
    it(`--jobs ${jobs}: at most 8 MiB after 3,000 records`, () => {
      const r = runCli(['grade', '--format', 'ndjson', '--today', TODAY, '--jobs', jobs, file], { env: { PEP_RULES_REPORT_RSS: '1' } });
      expect(r.code).toBe(1);
      expect(r.stderr).toContain('3000 records in 1 file');
      const young = youngKiB(r.stderr);
      expect(young).toBeGreaterThan(0);
      expect(young).toBeLessThanOrEqual(8 * 1024);
    }, 120_000);
  }
});
