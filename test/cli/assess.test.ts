import { describe, expect, it } from 'vitest';
import { _assess } from '../../src/cli/_assess';
import { policies } from '../../src/policy/presets/index';
import { assessPep } from '../../src/rules/assessPep';
import { validatePep } from '../../src/rules/validatePep';
import { COHORT, examplePep } from './_pep';

// The CLI's adapter must report exactly what the library says (the other CLI tests use it as the
// oracle for the built command's output).
const TODAY = '2025-03-01';
const SAMPLES: unknown[] = [
  ...['early-years-good', 'early-years-poor', 'school-age-good', 'school-age-poor', 'post-16-good', 'post-16-poor'].map(examplePep),
  ...COHORT,
  { schemaVersion: 1, id: 'incomplete' },
  'not a PEP',
  null,
];

describe('_assess', () => {
  it('validate: the findings and validity of validatePep', () => {
    for (const policy of [policies.england, policies.halton]) {
      for (const value of SAMPLES) {
        const v = validatePep(value, { policy, today: TODAY });
        expect(_assess('validate', value, { policy, today: TODAY })).toEqual({ valid: v.valid, findings: v.findings, grade: null, criteria: [], nonNegotiables: [] });
      }
    }
  });

  it('grade: the validation findings, grade, criterion ratings and non-negotiables of assessPep', () => {
    for (const value of SAMPLES) {
      const a = assessPep(value, { policy: policies.england, today: TODAY });
      expect(_assess('grade', value, { policy: policies.england, today: TODAY })).toEqual(
        a.grade !== null
          ? {
              valid: a.valid,
              findings: a.findings,
              grade: a.grade.grade,
              criteria: a.grade.criteria.map((c) => ({ id: c.id, rating: c.rating })),
              nonNegotiables: a.grade.nonNegotiables.map((n) => ({ id: n.id, met: n.met })),
            }
          : { valid: false, findings: a.findings, grade: null, criteria: [], nonNegotiables: [] },
      );
    }
  });

  it('grades the good and poor examples differently (the oracle is not trivially empty)', () => {
    const grades = ['school-age-good', 'school-age-poor'].map((n) => _assess('grade', examplePep(n), { policy: policies.england, today: TODAY }).grade);
    expect(grades[0]).not.toBe(grades[1]);
    expect(grades[1]).toBe('red');
  });
});
