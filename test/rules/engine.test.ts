import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { PEP_KINDS, PHASES } from '../../src/core/enums';
import { policies } from '../../src/policy/presets/index';
import { _derivePepFacts } from '../../src/pep/derivePepFacts';
import { checkTargetSet } from '../../src/smart/checkTargetSet';
import { _applies, _runRules } from '../../src/rules/_engine';
import { defineRule } from '../../src/rules/defineRule';
import { parsePep } from '../../src/pep/parsePep';
import { validatePep } from '../../src/rules/validatePep';
import { example } from './_helpers';

const parsed = () => {
  const r = parsePep(example('school-age-good'));
  if (!r.success) throw new Error('example does not parse');
  return r.data;
};

describe('rule engine', () => {
  const pep = parsed();
  const targets = checkTargetSet(pep.targets as never, { meetingDate: pep.meeting.date, pep, policy: policies.england });
  const ctx = {
    policy: policies.england,
    today: '2025-03-01',
    facts: _derivePepFacts(pep, policies.england, '2025-03-01', null),
    targets,
    smartPass: targets.reports.map(() => true),
  };

  it('adds code, severity, message and source to a hit; the check gives only the path and params', () => {
    const rule = defineRule<{ n: number }>({
      code: 'PEP-TEST-HIT',
      severity: 'warning',
      appliesTo: {},
      description: 'A test rule.',
      source: 'test',
      message: (p) => `Found ${p.n}.`,
      check: () => [{ path: ['targets', 0], params: { n: 3 } }],
    });
    expect(_runRules([rule], pep, ctx).findings).toEqual([
      { code: 'PEP-TEST-HIT', severity: 'warning', message: 'Found 3.', path: ['targets', 0], source: 'test' },
    ]);
  });
  it('reports a rule that throws as PEP-RULE-FAILED and runs the others', () => {
    const boom = defineRule({
      code: 'PEP-TEST-BOOM',
      severity: 'error',
      appliesTo: {},
      description: 'Throws.',
      source: 'test',
      message: () => 'never',
      check: () => {
        throw new Error('bug');
      },
    });
    const fine = defineRule({ ...boom, code: 'PEP-TEST-FINE', check: () => [{ path: [] }] });
    expect(_runRules([boom, fine], pep, ctx).findings.map((f) => f.code)).toEqual(['PEP-RULE-FAILED', 'PEP-TEST-FINE']);
  });
  it('skips rules outside their phases and kinds', () => {
    const only = defineRule({
      code: 'PEP-TEST-POST16',
      severity: 'info',
      appliesTo: { phases: ['post-16'] },
      description: 'Post-16 only.',
      source: 'test',
      message: () => 'post-16',
      check: () => [{}],
    });
    expect(_runRules([only], pep, ctx).findings).toEqual([]);
  });
  it('runs, for PEPs of any phase and kind in any order through one registry, exactly the rules that apply to each', () => {
    // The engine lists a registry's rules per phase and kind once; a PEP of another phase or kind
    // must never get the list made for an earlier one.
    const subset = <T>(all: readonly T[]) => fc.option(fc.subarray([...all], { minLength: 1 }), { nil: undefined });
    const appliesTo = fc.record({ phases: subset(PHASES), kinds: subset(PEP_KINDS) }).map((a) =>
      Object.fromEntries(Object.entries(a).filter(([, v]) => v !== undefined)),
    );
    const pairs = fc.array(fc.record({ phase: fc.constantFrom(...PHASES), kind: fc.constantFrom(...PEP_KINDS) }), { minLength: 1, maxLength: 12 });
    fc.assert(
      fc.property(fc.array(appliesTo, { minLength: 1, maxLength: 8 }), pairs, (scopes, peps) => {
        const registry = scopes.map((scope, i) =>
          defineRule({ code: `PEP-TEST-R${i}`, severity: 'info', appliesTo: scope, description: 'd', source: 's', message: () => 'm', check: () => [{}] }),
        );
        for (const { phase, kind } of peps) {
          const variant = { ...pep, phase, kind };
          const ran = _runRules(registry, variant, ctx).findings.map((f) => f.code);
          expect(ran).toEqual(registry.filter((r) => _applies(r, variant)).map((r) => r.code));
        }
      }),
      { numRuns: 200 },
    );
  });
  it('skips rules that need today without it, in one info finding naming them', () => {
    const dated = defineRule({
      code: 'PEP-TEST-DATED',
      severity: 'warning',
      appliesTo: {},
      needsToday: true,
      description: 'Needs today.',
      source: 'test',
      message: () => 'dated',
      check: () => [{}],
    });
    const { today: _omit, ...noToday } = ctx;
    expect(_runRules([dated], pep, noToday).findings.map((f) => [f.code, f.severity, f.message])).toEqual([
      ['PEP-TODAY-NOT-GIVEN', 'info', "1 rule that compares with today's date was skipped because no today was given: PEP-TEST-DATED."],
    ]);
  });
});

describe('validatePep options', () => {
  it('names the registry rules it skipped without today', () => {
    const f = validatePep(example('school-age-good')).findings.filter((x) => x.code === 'PEP-TODAY-NOT-GIVEN');
    expect(f.map((x) => x.message)).toEqual([
      "6 rules that compare with today's date were skipped because no today was given: PEP-NEXT-MEETING-OVERDUE, PEP-SDQ-STALE, PEP-SUBMISSION-OVERDUE, PEP-DATES-MEETING-AFTER-TODAY, PEP-DATES-SDQ-AFTER-TODAY, PEP-DATES-ATTENDANCE-AFTER-TODAY.",
    ]);
  });
  it("refuses a today that is not 'YYYY-MM-DD' with an error, and runs as if none was given", () => {
    const codes = validatePep(example('school-age-good'), { today: '01/03/2025' }).findings.map((f) => f.code);
    expect(codes).toContain('PEP-TODAY-INVALID');
    expect(codes).toContain('PEP-TODAY-NOT-GIVEN');
  });
  it('is valid for the good school-age example under every preset', () => {
    for (const name of ['england', 'miltonKeynes', 'barnet', 'halton', 'bolton'] as const) {
      const r = validatePep(example('school-age-good'), { policy: policies[name], today: '2025-03-01' });
      expect([name, r.findings.filter((f) => f.severity === 'error').map((f) => f.code)]).toEqual([name, []]);
    }
  });
  it('returns the schema findings, and no pep, for a record the schema rejects', () => {
    const r = validatePep({ schemaVersion: 1, id: 'x', phase: 'secondary' });
    expect(r.valid).toBe(false);
    expect(r.pep).toBeUndefined();
    expect(r.findings.every((f) => f.code.startsWith('PEP-SCHEMA-'))).toBe(true);
  });
});
