import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { _derivePepFacts } from '../../src/pep/derivePepFacts';
import { parsePep } from '../../src/pep/parsePep';
import type { Pep } from '../../src/pep/schema';
import { policies } from '../../src/policy/presets/index';
import { _runRules } from '../../src/rules/_engine';
import { _fundingStep } from '../../src/rules/_funding';
import { assessPep } from '../../src/rules/assessPep';
import { defineRule } from '../../src/rules/defineRule';
import { checkTargetSet } from '../../src/smart/checkTargetSet';
import { example } from './_helpers';

/*
 * DESIGN.md, levels of detail: a result at detail 'codes' is the 'full' result without messages and
 * evidence, nothing else. These tests pin two places where 'codes' now does less work, and that the
 * lesser work gives the same answer.
 */

const cohort = readFileSync(new URL('../../examples/cohort.ndjson', import.meta.url), 'utf8').trim().split('\n');

function parsed(data: unknown): Pep {
  const r = parsePep(data);
  if (!r.success) throw new Error('example does not parse');
  return r.data;
}

describe("DESIGN.md, levels of detail: the funding step at 'codes' re-points its findings without their explanation", () => {
  const policy = policies.halton;
  const withRequests = cohort.map((t) => parsed(JSON.parse(t))).filter((p) => (p.ppPlus?.requests?.length ?? 0) > 0);

  it('gives, for every cohort PEP with PP+ requests, the full findings with message emptied and source dropped (same keys, same order)', () => {
    let seen = 0;
    for (const pep of withRequests) {
      const full = assessPep(pep, { policy, today: '2025-03-01' });
      expect(full.grade).not.toBeNull();
      const facts = _derivePepFacts(pep, policy, '2025-03-01', null);
      const a = _fundingStep(pep, policy, facts, full.grade!, false)!;
      const b = _fundingStep(pep, policy, facts, full.grade!, true)!;
      const expected = a.findings.map((f) => {
        const bare: Record<string, unknown> = { code: f.code, severity: f.severity, message: '', path: f.path };
        if ('count' in f) Object.assign(bare, { count: (f as unknown as { count: number }).count, paths: (f as unknown as { paths: unknown }).paths });
        return bare;
      });
      expect(JSON.stringify(b.findings)).toBe(JSON.stringify(expected));
      // The check itself (what the result's `funding` holds) is left whole: assessPep reduces it afterwards.
      expect(b.check).toStrictEqual(a.check);
      seen += a.findings.length;
    }
    // Not a comparison of empty lists: the cohort's requests give funding findings with messages.
    expect(withRequests.length).toBeGreaterThan(3);
    expect(seen).toBeGreaterThan(3);
  });

  it('leaves the full step as it was: messages and sources kept (a negative case)', () => {
    let seen = 0;
    for (const pep of withRequests) {
      const full = assessPep(pep, { policy, today: '2025-03-01' });
      const step = _fundingStep(pep, policy, _derivePepFacts(pep, policy, '2025-03-01', null), full.grade!)!;
      for (const f of step.findings) expect(f.message).not.toBe('');
      seen += step.findings.length;
    }
    expect(seen).toBeGreaterThan(0);
  });
});

describe('DESIGN.md, the QA grid is built from what each rule declares it feeds: the engine keeps a rule’s own findings only for a rule with a qa role', () => {
  const pep = parsed(example('school-age-good'));
  const policy = policies.england;
  const targets = checkTargetSet(pep.targets as never, { meetingDate: pep.meeting.date, pep, policy });
  const ctx = { policy, today: '2025-03-01', facts: _derivePepFacts(pep, policy, '2025-03-01', null), targets, smartPass: targets.reports.map(() => true) };
  const plain = defineRule({
    code: 'PEP-TEST-PLAIN',
    severity: 'warning',
    appliesTo: {},
    description: 'A test rule feeding no part of the grid.',
    source: 'test',
    message: () => 'Plain.',
    check: () => [{ path: ['a'] }, { path: ['b'] }],
  });
  const graded = defineRule({ ...plain, code: 'PEP-TEST-GRADED', qa: { criterion: 'contributors', element: 'detail' }, check: () => [{ path: ['c'] }] });
  const passing = defineRule({ ...graded, code: 'PEP-TEST-PASSING', check: () => [] });

  it.each([false, true])('lists every finding in registry order, and a run only for the rule with a qa role and hits (codes: %s)', (codes) => {
    const { findings, runs } = _runRules([plain, graded, passing], pep, ctx, codes);
    expect(findings.map((f) => [f.code, f.path])).toEqual([
      ['PEP-TEST-PLAIN', ['a']],
      ['PEP-TEST-PLAIN', ['b']],
      ['PEP-TEST-GRADED', ['c']],
    ]);
    expect(runs.map((r) => r.rule.code)).toEqual(['PEP-TEST-GRADED']);
    // The run's list holds the same finding objects as the flat list (the grid takes them over).
    expect(runs[0]!.findings[0]).toBe(findings[2]);
    expect(findings[0]!.message).toBe(codes ? '' : 'Plain.');
  });

  it('keeps no run for a rule without a qa role, however many hits it has (a negative case)', () => {
    expect(_runRules([plain], pep, ctx).runs).toEqual([]);
    expect(_runRules([plain], pep, ctx).findings).toHaveLength(2);
  });
});
