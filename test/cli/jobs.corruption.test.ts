/**
 * `--jobs` on damaged inputs (docs/cli.md, "Worker threads: --jobs": "The output does not depend on
 * n"): with the damage past the first 256 records, so that workers check the records around it,
 * every layout gives the same bytes and exit code with 2 jobs as with 1, every record once, in order.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { corrupt, type Corruption, type Layout } from './_corrupt';
import { COHORT } from './_pep';
import { Fixtures, runCli } from './_run';

const TODAY = '2025-03-01';
const fx = new Fixtures();
afterAll(() => fx.cleanup());

/** 360 records: the cohort six times. */
const RECORDS: readonly unknown[] = Array.from({ length: 6 }, () => COHORT).flat();
/** Record 300: done by a worker when the file is read with 2 jobs. */
const AT = 299;

const CASES: readonly [Layout, Corruption][] = [
  ['ndjson', 'unterminated-string'],
  ['ndjson', 'binary-garbage'],
  ['array', 'raw-newline-in-string'],
  ['array-lines', 'extra-close-brace-inside'],
  ['documents', 'missing-close-brace-inside'],
  ['arrays-concatenated', 'truncated-last-record'],
];

describe('damaged inputs give the same bytes with 2 jobs as with 1', () => {
  for (const [layout, how] of CASES) {
    it(`${layout}: ${how}`, () => {
      const c = corrupt(RECORDS, layout, how, AT);
      const file = fx.file(`${layout}-${how}.json`, c.bytes);
      const args = ['validate', '--format', 'ndjson', '--today', TODAY, file];
      const one = runCli([...args, '--jobs', '1']);
      const two = runCli([...args, '--jobs', '2']);
      expect({ code: two.code, stderr: two.stderr }).toEqual({ code: one.code, stderr: one.stderr });
      expect(two.stdout === one.stdout).toBe(true);
      const records = two.stdout.split('\n').filter((l) => l.startsWith('{"type":"record"')).map((l) => JSON.parse(l) as { line: number; malformed: boolean });
      // Records in = records out: one problem where the damage is, every other record read.
      expect(records).toHaveLength(c.records);
      expect(records.filter((r) => r.malformed)).toHaveLength(1);
      const lines = records.map((r) => r.line);
      expect(lines).toEqual([...lines].sort((a, b) => a - b));
    }, 120_000);
  }
});
