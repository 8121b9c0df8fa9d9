import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { policies } from '../../src/policy/presets/index';
import { assessPep } from '../../src/rules/assessPep';
import { EXAMPLE_NAMES, example } from './_helpers';

/*
 * A golden report per example PEP, under the England defaults and under Halton (whose grid this is),
 * judged on 1 March 2025. Regenerate with `UPDATE_GOLDEN=1 npx vitest run test/rules/golden.test.ts`,
 * then read the diff: a golden file is a reviewed judgement, not a recording.
 */

const TODAY = '2025-03-01';
const UPDATE = process.env['UPDATE_GOLDEN'] === '1';

function report(name: (typeof EXAMPLE_NAMES)[number], policy: 'england' | 'halton') {
  const a = assessPep(example(name), { policy: policies[policy], today: TODAY });
  const grading = a.grade;
  return {
    valid: a.valid,
    findings: a.findings,
    grade: grading !== null
      ? {
          grade: grading.grade,
          summary: grading.summary,
          nonNegotiables: grading.nonNegotiables.map((n) => ({ id: n.id, met: n.met, findings: n.findings.map((f) => f.code) })),
          criteria: grading.criteria.map((c) => ({ id: c.id, rating: c.rating, findings: c.findings.map((f) => f.code) })),
          personalised: grading.personalised.checks.map((c) => `${c.id}: ${c.met}`),
          targets: grading.targets.map((t) => `${t.score}/${t.outOf} ${t.rating}`),
          robustPlan: grading.robustPlan,
        }
      : null,
  };
}

describe('golden reports for the example PEPs', () => {
  it.each(EXAMPLE_NAMES)('%s', (name) => {
    const actual = { today: TODAY, england: report(name, 'england'), halton: report(name, 'halton') };
    const file = new URL(`golden/${name}.json`, import.meta.url);
    if (UPDATE || !existsSync(file)) writeFileSync(file, `${JSON.stringify(actual, null, 2)}\n`);
    expect(actual).toEqual(JSON.parse(readFileSync(file, 'utf8')));
  });
});
