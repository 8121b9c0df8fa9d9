/**
 * `--jobs` on damaged inputs (docs/cli.md, "Worker threads: --jobs": "The output does not depend on
 * n"): with the damage past the first 256 records, so that workers check the records around it,
 * every layout gives the same bytes and exit code with 2 jobs as with 1, every record once, in order.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { corrupt, type Corruption, type Layout } from './_corrupt';
import { COHORT } from './_pep';
import { Fixtures, runCli } from './_run';
import { runInProcess } from './_inProcess';

const TODAY = '2025-03-01';
const fx = new Fixtures();
afterAll(() => fx.cleanup());

/**
 * 360 records: 240 small records the schema rejects, then the cohort twice. The records from 257 on,
 * the ones workers check with 2 jobs, are whole PEPs; the first 256 are done in the main thread with
 * any number of jobs, and small ones there keep each run short. The small ones start with the key
 * PEPs start with (schemaVersion), as one export writes every record: the reader resynchronises after
 * a broken record at an object that starts with a key records have started with.
 */
const RECORDS: readonly unknown[] = [...Array.from({ length: 240 }, (_, i) => ({ schemaVersion: 1, id: `s${i}` })), ...COHORT, ...COHORT];
/** Record 300 (the last PEP of the cohort's first copy): done by a worker when the file is read with 2 jobs. */
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
    it(`${layout}: ${how}`, async () => {
      const c = corrupt(RECORDS, layout, how, AT);
      const file = fx.file(`${layout}-${how}.json`, c.bytes);
      const args = ['validate', '--format', 'ndjson', '--today', TODAY, file];
      // --jobs 1 in this process (the same _runCli as the built command); --jobs 2, whose workers are the subject, spawns it.
      const one = await runInProcess([...args, '--jobs', '1']);
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
