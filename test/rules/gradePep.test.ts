import { describe, expect, it } from 'vitest';
import { definePolicy } from '../../src/policy/definePolicy';
import { policies } from '../../src/policy/presets/index';
import type { Policy } from '../../src/policy/schema';
import { gradePep } from '../../src/rules/gradePep';
import type { GradeReport, GradePepResult, QaRating } from '../../src/rules/types';
import { example, unset } from './_helpers';

const TODAY = '2025-03-01';

function report(result: GradePepResult): GradeReport {
  if (!result.ok) throw new Error(`not graded: ${result.findings.map((f) => f.code).join(', ')}`);
  return result;
}
const grade = (pep: unknown, policy: Policy = policies.halton) => report(gradePep(pep, { policy, today: TODAY }));
const ratings = (r: GradeReport): Record<string, QaRating> => Object.fromEntries(r.criteria.map((c) => [c.id, c.rating]));
const met = (r: GradeReport): Record<string, boolean> => Object.fromEntries(r.nonNegotiables.map((n) => [n.id, n.met]));
const codes = (r: GradeReport, id: string) =>
  [...r.criteria, ...r.nonNegotiables].find((x) => x.id === id)!.findings.map((f) => [f.code, f.path]);

const policy = (overrides: Parameters<typeof definePolicy>[0], base: Policy = policies.halton): Policy => {
  const r = definePolicy(overrides, base);
  if (!r.success) throw new Error('test policy invalid');
  return r.data;
};

describe('gradePep on the good school-age example (Halton grid)', () => {
  const r = grade(example('school-age-good'));
  it('meets all three non-negotiables', () => {
    expect(met(r)).toEqual({ 'attendees-recorded': true, 'child-attended-or-invited': true, 'next-meeting-details': true });
  });
  it('rates every criterion green', () => {
    expect(ratings(r)).toEqual({
      profile: 'green',
      'student-views': 'green',
      semh: 'green',
      'previous-targets': 'green',
      'academic-and-smart': 'green',
      'ppplus-linked': 'green',
      contributors: 'green',
    });
  });
  it('returns one SMART report per target, in order', () => {
    expect(r.targets.length).toBe(3);
  });
});

describe('mutations: removing information lowers the grade for the right reason', () => {
  it('removing the next meeting fails the non-negotiable, with its findings, and the grade drops to Amber', () => {
    const pep = example('school-age-good');
    unset(pep, 'nextMeeting');
    const r = grade(pep);
    expect(met(r)['next-meeting-details']).toBe(false);
    expect(codes(r, 'next-meeting-details')).toEqual([
      ['PEP-NEXT-MEETING-MISSING', ['nextMeeting', 'date']],
      ['PEP-NEXT-MEETING-TIME-MISSING', ['nextMeeting', 'time']],
      ['PEP-NEXT-MEETING-VENUE-MISSING', ['nextMeeting', 'venue']],
    ]);
    expect(r.grade).toBe('amber');
  });
  it('removing only the time of the next meeting also fails it (date, venue and time are one non-negotiable)', () => {
    const pep = example('school-age-good');
    unset(pep, 'nextMeeting.time');
    const r = grade(pep);
    expect(met(r)['next-meeting-details']).toBe(false);
    expect(r.grade).toBe('amber');
  });
  it("removing the child's views turns student views red, and the grade Amber", () => {
    const pep = example('school-age-good');
    unset(pep, 'views.child');
    const r = grade(pep);
    expect(ratings(r)['student-views']).toBe('red');
    expect(codes(r, 'student-views')).toEqual([['PEP-CHILD-VIEWS-MISSING', ['views', 'child', 'text']]]);
    expect(r.grade).toBe('amber');
  });
  it("brief child's views turn student views amber", () => {
    const pep = example('school-age-good');
    pep.views.child.text = 'I like science.';
    expect(ratings(grade(pep))['student-views']).toBe('amber');
  });
  it('making a target vague ("Improve behaviour.") drops academic data and SMART targets to amber', () => {
    const pep = example('school-age-good');
    pep.targets[1] = { id: 't2', area: 'academic', text: 'Improve behaviour.' };
    const r = grade(pep);
    expect(ratings(r)['academic-and-smart']).toBe('amber');
    expect(codes(r, 'academic-and-smart').map(([code]) => code)).toContain('PEP-TARGET-NOT-SMART');
    expect(r.grade).toBe('amber');
  });
  it('removing attainment and making every target vague turns academic data and SMART targets red', () => {
    const pep = example('school-age-good');
    unset(pep, 'attainment');
    pep.targets = pep.targets.map((t: { id: string; area: string }) => ({ id: t.id, area: t.area, text: 'Try harder.' }));
    expect(ratings(grade(pep))['academic-and-smart']).toBe('red');
  });
  it('removing the carer and social worker comments turns contributors amber; removing all three red', () => {
    const pep = example('school-age-good');
    unset(pep, 'views.carer');
    unset(pep, 'views.socialWorker');
    expect(ratings(grade(pep)).contributors).toBe('amber');
    unset(pep, 'views.designatedTeacher');
    expect(ratings(grade(pep)).contributors).toBe('red');
  });
  it('removing the previous targets turns previous targets red; an initial PEP has none to review', () => {
    const pep = example('school-age-good');
    unset(pep, 'previousTargets');
    expect(ratings(grade(pep))['previous-targets']).toBe('red');
    pep.kind = 'initial';
    expect(ratings(grade(pep))['previous-targets']).toBe('not-applicable');
  });
  it('the profile: two of five school-age elements missing is amber, three is red ("most or all")', () => {
    const pep = example('school-age-good');
    unset(pep, 'attendance');
    unset(pep, 'exclusions');
    expect(ratings(grade(pep)).profile).toBe('amber');
    unset(pep, 'sen');
    expect(ratings(grade(pep)).profile).toBe('red');
  });
  it('SEMH: needs described without interventions is amber; not applicable without any SEMH signal', () => {
    const pep = example('school-age-good');
    unset(pep, 'semh.interventions');
    expect(ratings(grade(pep)).semh).toBe('amber');
    const p16 = example('post-16-good');
    expect(ratings(grade(p16)).semh).toBe('not-applicable');
  });
  it('PP+: one of two requests linked to a missing target is "not in the main" linked (red); not applicable without requests', () => {
    const pep = example('school-age-good');
    pep.ppPlus.requests[0].targetIds = ['t9'];
    const r = grade(pep);
    expect(ratings(r)['ppplus-linked']).toBe('red');
    expect(codes(r, 'ppplus-linked')).toEqual([['PEP-PPPLUS-TARGET-UNKNOWN', ['ppPlus', 'requests', 0, 'targetIds', 0]]]);
    unset(pep, 'ppPlus');
    expect(ratings(grade(pep))['ppplus-linked']).toBe('not-applicable');
  });
  it('PP+: two of three requests linked is "in the main" (amber)', () => {
    const pep = example('school-age-good');
    pep.ppPlus.requests.push({ targetIds: [], description: 'Laptop', amount: 300, breakdown: [{ item: 'Laptop', amount: 300 }] });
    expect(ratings(grade(pep))['ppplus-linked']).toBe('amber');
  });
});

describe('aggregation (seed 003 Appendix C)', () => {
  it('one of three non-negotiables missing is Amber ("some element")', () => {
    const pep = example('school-age-good');
    unset(pep, 'nextMeeting.venue');
    expect(grade(pep).grade).toBe('amber');
  });
  it('two of three missing is Red ("most or all")', () => {
    const pep = example('school-age-good');
    unset(pep, 'nextMeeting.venue');
    unset(pep, 'attendees.0.name');
    const r = grade(pep);
    expect(r.nonNegotiables.filter((n) => !n.met).map((n) => n.id)).toEqual(['attendees-recorded', 'next-meeting-details']);
    expect(r.grade).toBe('red');
  });
  it('non-negotiables met but one criterion amber is Amber: the Green column needs every section green', () => {
    const pep = example('school-age-good');
    pep.views.carer.text = 'Fine.';
    const r = grade(pep);
    expect(r.nonNegotiables.every((n) => n.met)).toBe(true);
    expect(ratings(r).contributors).toBe('amber');
    expect(r.grade).toBe('amber');
  });
  it('non-negotiables met but most criteria red is Red', () => {
    const pep = example('school-age-good');
    unset(pep, 'views');
    pep.views = {};
    unset(pep, 'previousTargets');
    unset(pep, 'attendance');
    unset(pep, 'exclusions');
    unset(pep, 'sen');
    const r = grade(pep);
    expect(r.nonNegotiables.every((n) => n.met)).toBe(true);
    expect(ratings(r)).toEqual({
      profile: 'red',
      'student-views': 'red',
      semh: 'green',
      'previous-targets': 'red',
      'academic-and-smart': 'green',
      'ppplus-linked': 'green',
      contributors: 'red',
    });
    expect(r.grade).toBe('red');
  });
  it('a green PEP that misses a personalisation check is Green, not Gold, and says which', () => {
    const pep = example('school-age-good');
    unset(pep, 'aspirations');
    const r = grade(pep);
    expect(r.grade).toBe('green');
    expect(r.personalised.checks.filter((c) => !c.met).map((c) => c.id)).toEqual(['aspirations']);
    expect(r.summary).toContain('Not Gold: personalisation checks not met: aspirations.');
  });
});

describe('policy switches', () => {
  it('a council that drops the contributors criterion is not marked down for a brief carer comment', () => {
    const pep = example('school-age-good');
    pep.views.carer.text = 'Fine.';
    const noContributors = policy({
      qa: { criteria: { value: ['profile', 'student-views', 'semh', 'previous-targets', 'academic-and-smart', 'ppplus-linked'], source: 'test council' } },
    });
    const r = grade(pep, noContributors);
    expect(r.criteria.map((c) => c.id)).not.toContain('contributors');
    expect(r.grade).not.toBe('amber');
  });
  it('a council that drops the next-meeting non-negotiable grades on the other two', () => {
    const pep = example('school-age-good');
    unset(pep, 'nextMeeting.time');
    const two = policy({ qa: { nonNegotiables: { value: ['attendees-recorded', 'child-attended-or-invited'], source: 'test council' } } });
    const r = grade(pep, two);
    expect(r.nonNegotiables.map((n) => n.id)).toEqual(['attendees-recorded', 'child-attended-or-invited']);
    expect(r.grade).not.toBe('amber');
  });
  it('Barnet: a three-target minimum turns two SMART targets into amber', () => {
    const pep = example('school-age-good');
    pep.targets.pop();
    pep.ppPlus.requests.pop();
    const r = grade(pep, policies.barnet);
    expect(codes(r, 'academic-and-smart').map(([code]) => code)).toContain('PEP-TARGETS-TOO-FEW');
    expect(ratings(r)['academic-and-smart']).toBe('amber');
    expect(r.robustPlan).toBe(false);
  });
});

describe('bad input', () => {
  it('returns the schema findings and no grade', () => {
    const r = gradePep({ schemaVersion: 1, id: 'x' });
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.findings[0]).toEqual({
      code: 'PEP-SCHEMA-REQUIRED',
      severity: 'error',
      message: expect.any(String) as string,
      path: ['phase'],
      source: 'pep-rules PEP interchange format v1',
    });
  });
  it.each([null, 42, 'PEP', [], { schemaVersion: 2 }])('never throws on %j', (input) => {
    expect(gradePep(input).ok).toBe(false);
  });
});
