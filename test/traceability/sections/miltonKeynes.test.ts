import { describe, expect, it } from 'vitest';
import { assessPep, checkPpPlusRequest, cohortSummary, policies, ppPlusEligibility } from '../../../src/index';
import type { Finding } from '../../../src/core/finding';
import { makePep } from '../../funding/_pep';
import { example, type ExampleName } from '../../rules/_helpers';

/*
 * Worked examples, one per statement of the Milton Keynes Virtual School, Designated Teacher
 * Handbook 2024/25 that the traceability map (src/rules/traceability.ts) marks enforced, each under
 * the policies.miltonKeynes preset and named with the handbook's section. Each PEP is an example
 * from examples/peps with one thing changed; the unchanged example is the "keeps the sentence" case.
 */

const { miltonKeynes } = policies;
const TODAY = '2025-01-25';

/** `[code, path]` of every finding of one of `codes`, in order. */
function hits(findings: readonly Finding[], ...codes: string[]): [string, (string | number)[]][] {
  return findings.filter((f) => codes.includes(f.code)).map((f) => [f.code, [...(f.path ?? [])]]);
}

/** The findings of an example PEP after `change`, assessed under Milton Keynes. */
function assess(name: ExampleName, change: (pep: Record<string, any>) => void = () => {}, today = TODAY): readonly Finding[] {
  const pep = example(name);
  change(pep);
  const r = assessPep(pep, { policy: miltonKeynes, today });
  expect(r.pep, 'the changed PEP still parses').not.toBeNull();
  return r.findings;
}

describe('Milton Keynes Virtual School, Designated Teacher Handbook 2024/25: worked examples by section', () => {
  it("Milton Keynes DT Handbook, Additional areas to note for completing the PEP: \"every effort to be made to include children and young people's views\" and to involve them", () => {
    const codes = ['PEP-CHILD-VIEWS-MISSING', 'PEP-CHILD-NOT-INVITED'];
    expect(hits(assess('school-age-good'), ...codes)).toEqual([]);
    expect(hits(assess('school-age-good', (p) => delete p.views.child), ...codes)).toEqual([['PEP-CHILD-VIEWS-MISSING', ['views', 'child', 'text']]]);
    expect(hits(assess('school-age-good', (p) => (p.views.child.text = '  ')), ...codes)).toEqual([['PEP-CHILD-VIEWS-MISSING', ['views', 'child', 'text']]]);
    // Not involved: the child is not among the attendees at all.
    const notInvolved = assess('school-age-good', (p) => (p.attendees = p.attendees.filter((a: { role: string }) => a.role !== 'child')));
    expect(hits(notInvolved, ...codes)).toEqual([['PEP-CHILD-NOT-INVITED', ['attendees']]]);
  });

  it('Milton Keynes DT Handbook, 7. Attendance monitoring arrangements: "a statutory responsibility to monitor the attendance of our looked after children"', () => {
    const codes = ['PEP-ATTENDANCE-MISSING', 'PEP-ATTENDANCE-BELOW-THRESHOLD'];
    expect(hits(assess('school-age-good'), ...codes)).toEqual([]);
    expect(hits(assess('school-age-good', (p) => delete p.attendance), ...codes)).toEqual([['PEP-ATTENDANCE-MISSING', ['attendance']]]);
    // The handbook gives no level of concern of its own: the preset keeps the DfE persistent absence line, 90%.
    expect([miltonKeynes.attendance.concernBelowPercent.value, miltonKeynes.attendance.concernBelowPercent.source]).toEqual([90, policies.england.attendance.concernBelowPercent.source]);
    expect(hits(assess('school-age-good', (p) => (p.attendance.percentage = 89.9)), ...codes)).toEqual([['PEP-ATTENDANCE-BELOW-THRESHOLD', ['attendance', 'percentage']]]);
    expect(hits(assess('school-age-good', (p) => (p.attendance.percentage = 90)), ...codes)).toEqual([]);
    // Monitored across the cohort: the child below 90% is counted, the one at 96.4% is not.
    const low = example('school-age-good');
    low.id = 'pep-low';
    low.child.id = 'child-low';
    low.attendance.percentage = 85;
    const s = cohortSummary([example('school-age-good'), low], { today: TODAY, policy: miltonKeynes });
    expect([s.attendance.below.count, s.attendance.below.of, s.attendance.belowChildren]).toEqual([1, 2, [{ pepId: 'pep-low', childId: 'child-low' }]]);
  });

  it('Milton Keynes DT Handbook, 8. Attainment data collection and examination results: "academic progress data is reported fully, for all subjects studied, on every Core PEP form"', () => {
    const codes = ['PEP-ATTAINMENT-MISSING', 'PEP-ATTAINMENT-INCOMPLETE', 'PEP-PROGRESS-MISSING'];
    expect(hits(assess('school-age-good'), ...codes)).toEqual([]);
    expect(hits(assess('school-age-good', (p) => (p.attainment = [])), ...codes)).toEqual([['PEP-ATTAINMENT-MISSING', ['attainment']]]);
    // Reported partly: the writing target is left out.
    expect(hits(assess('school-age-good', (p) => delete p.attainment[1].target), ...codes)).toEqual([['PEP-ATTAINMENT-INCOMPLETE', ['attainment', 1, 'target']]]);
    // A post-16 core PEP with no attainment on the course.
    expect(hits(assess('post-16-good', (p) => delete p.attainment), ...codes)).toEqual([['PEP-PROGRESS-MISSING', ['attainment']]]);
    expect(hits(assess('post-16-good'), ...codes)).toEqual([]);
  });

  it('Milton Keynes DT Handbook, 9. Suspensions and Permanent Exclusion Guidance: "All suspensions must be formally recorded"', () => {
    expect(hits(assess('school-age-good', (p) => delete p.exclusions), 'PEP-EXCLUSIONS-MISSING')).toEqual([['PEP-EXCLUSIONS-MISSING', ['exclusions']]]);
    // None to record is recorded as an empty list; a recorded suspension is recorded.
    expect(hits(assess('school-age-good'), 'PEP-EXCLUSIONS-MISSING')).toEqual([]);
    const suspended = assess('school-age-good', (p) => (p.exclusions.suspensions = [{ startDate: '2024-11-04', days: 2, reason: 'physical assault against an adult' }]));
    expect(hits(suspended, 'PEP-EXCLUSIONS-MISSING')).toEqual([]);
  });

  it('Milton Keynes DT Handbook, 11. Previously Looked-After Children: "The Virtual School do not hold Pupil Premium for previously looked after children"', () => {
    const adopted = ppPlusEligibility({ dateOfBirth: '2015-03-12', previouslyLookedAfter: 'adoption' }, '2025-01-15', miltonKeynes);
    expect([adopted.eligible, adopted.route, adopted.reasons.map((f) => f.code)]).toEqual([true, 'school', ['PPPLUS-PLAC-ELIGIBLE']]);
    expect(adopted.reasons[0]?.source).toContain('Milton Keynes Virtual School, Designated Teacher Handbook 2024/25');
    // The same child while looked after: the virtual school holds it.
    const inCare = ppPlusEligibility({ dateOfBirth: '2015-03-12', enteredCare: '2022-06-01' }, '2025-01-15', miltonKeynes);
    expect([inCare.eligible, inCare.route, inCare.reasons.map((f) => f.code)]).toEqual([true, 'virtual-school', ['PPPLUS-LAC-ELIGIBLE']]);
    // So a PP+ request to the virtual school for an adopted child gets nothing.
    const request = { targetIds: ['t1'], description: '1:1 maths tuition', amount: 300, breakdown: [{ item: 'Tuition', quantity: 6, unitCost: 50, amount: 300 }] };
    const plac = checkPpPlusRequest({ pep: makePep({ child: { previouslyLookedAfter: 'adoption', enteredCare: '2018-01-10', leftCare: '2020-06-01' } }), requests: [request] }, miltonKeynes);
    const lac = checkPpPlusRequest({ pep: makePep(), requests: [request] }, miltonKeynes);
    expect([plac.allowed, lac.allowed]).toEqual([0, 300]);
  });

  it('Milton Keynes DT Handbook, APPENDIX 2: Facilitating Pupil Centred PEPs: "gauge ahead of the meeting whether they would like to attend their meeting"', () => {
    const setChild = (attended: boolean, invited: boolean) => (p: Record<string, any>) => {
      const child = p.attendees.find((a: { role: string }) => a.role === 'child');
      Object.assign(child, { attended, invited });
    };
    expect(hits(assess('school-age-good', setChild(false, false)), 'PEP-CHILD-NOT-INVITED')).toEqual([['PEP-CHILD-NOT-INVITED', ['attendees']]]);
    // Asked, and chose not to come: the child was invited, which is what the appendix asks.
    expect(hits(assess('school-age-good', setChild(false, true)), 'PEP-CHILD-NOT-INVITED')).toEqual([]);
    expect(hits(assess('school-age-good', setChild(true, true)), 'PEP-CHILD-NOT-INVITED')).toEqual([]);
  });
});
