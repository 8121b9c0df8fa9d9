import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { _assess } from '../../src/cli/_assess';
import type { Finding } from '../../src/core/finding';
import { policies } from '../../src/policy/presets/index';
import type { Policy } from '../../src/policy/schema';
import { ROOT } from './_run';

/** An example PEP from examples/peps, parsed. */
export function examplePep(name: string): Record<string, unknown> {
  return JSON.parse(readFileSync(join(ROOT, 'examples', 'peps', `${name}.json`), 'utf8')) as Record<string, unknown>;
}

/** The cohort's records, parsed, and its raw text. */
export const COHORT_PATH = join(ROOT, 'examples', 'cohort.ndjson');
export const COHORT_TEXT = readFileSync(COHORT_PATH, 'utf8');
export const COHORT: Record<string, unknown>[] = COHORT_TEXT.split('\n')
  .filter((l) => l !== '')
  .map((l) => JSON.parse(l) as Record<string, unknown>);

/**
 * What the library says about a record, computed in this process: the CLI must report exactly this
 * (findings as plain JSON, the way they come out of the CLI).
 */
export function expected(
  command: 'validate' | 'grade',
  value: unknown,
  today: string,
  policy: Policy = policies.england,
): { valid: boolean; grade: string | null; findings: Finding[] } {
  const a = _assess(command, value, { policy, today });
  return {
    valid: a.valid,
    grade: command === 'grade' ? a.grade : null,
    findings: JSON.parse(JSON.stringify(a.findings)) as Finding[],
  };
}
