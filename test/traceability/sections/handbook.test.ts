import { describe, expect, it } from 'vitest';
import { assessPep, checkPpPlusRequest, cohortSummary, gradePep, pepSchedule, policies, ppPlusEligibility } from '../../../src/index';
import type { Finding } from '../../../src/core/finding';
import type { PepSchedule } from '../../../src/pep/pepSchedule';
import { makePep } from '../../funding/_pep';
import { example, type ExampleName } from '../../rules/_helpers';

/*
 * Worked examples, one per statement of The Virtual School Handbook (NAVSH, 2014) that the
 * traceability map (src/rules/traceability.ts) marks enforced, each under the policies.england
 * preset (the Handbook's statutory defaults) and named with the Handbook's section. Each PEP is an
 * example from examples/peps with one thing changed; the unchanged example keeps the sentence.
 */

const { england } = policies;
const TODAY = '2025-03-01';

function hits(findings: readonly Finding[], ...codes: string[]): [string, (string | number)[]][] {
  return findings.filter((f) => codes.includes(f.code)).map((f) => [f.code, [...(f.path ?? [])]]);
}

function assess(name: ExampleName, change: (pep: Record<string, any>) => void = () => {}): readonly Finding[] {
  const pep = example(name);
  change(pep);
  const r = assessPep(pep, { policy: england, today: TODAY });
  expect(r.pep, 'the changed PEP still parses').not.toBeNull();
  return r.findings;
}

/** One more child: an example PEP under another PEP id and child id, changed. */
function child(name: ExampleName, id: string, change: (pep: Record<string, any>) => void = () => {}): Record<string, any> {
  const pep = example(name);
  pep.id = `pep-${id}`;
  pep.child.id = id;
  change(pep);
  return pep;
}

const items = (s: PepSchedule, ...kinds: string[]) => s.items.filter((i) => kinds.includes(i.kind)).map((i) => [i.kind, i.due, i.status]);

/** A Year 5 child who entered care on Monday 2 September 2024, initial PEP on 16 September. */
const IN_CARE = { enteredCare: '2024-09-02', dateOfBirth: '2014-05-01', meetings: [{ date: '2024-09-16', kind: 'initial' as const }] };

/** A PP+ request linked to target t1 (the funding tests' PEP). */
const tuition = (amount: number, breakdown?: { item: string; quantity: number; unitCost: number; amount: number; date: string }[]) => ({
  targetIds: ['t1'],
  description: 'Maths tuition',
  amount,
  ...(breakdown ? { breakdown } : {}),
});

describe('The Virtual School Handbook (NAVSH, 2014): worked examples by section', () => {
  it('The Virtual School Handbook, 1. Who is on the roll of the virtual school?: the VSH can "quickly summarise the nature of the looked after cohort" by year group and SEN status', () => {
    const cohort = [child('school-age-good', 'a'), child('school-age-good', 'b', (p) => (p.sen = { status: 'ehcp', primaryNeed: 'SLCN' })), child('post-16-good', 'c')];
    const s = cohortSummary(cohort, { today: TODAY, policy: england });
    const groups = (dimension: string) => s.breakdowns.find((b) => b.dimension === dimension)?.groups.map((g) => [g.key, g.children]);
    expect(groups('year-group')).toEqual([['4', 2], ['12', 1]]);
    expect(groups('sen')).toEqual([['none', 1], ['sen-support', 1], ['ehcp', 1]]);
  });

  it('The Virtual School Handbook, h) Virtual school performance profile: "quickly summarise the current attainment, progress, attendance, exclusion and SDQ data on their school cohort"', () => {
    const cohort = [child('school-age-good', 'a'), child('school-age-good', 'b', (p) => (p.attendance.percentage = 82.5)), child('post-16-good', 'c')];
    const s = cohortSummary(cohort, { today: TODAY, policy: england });
    expect([s.attendance.below.count, s.attendance.below.of, s.attendance.belowChildren.map((c) => c.childId)]).toEqual([1, 3, ['b']]);
    // The two Year 4 children's teacher SDQs total 20 (scoreSdq): over the 17+ concern threshold; the Year 12 child has none.
    expect([s.sdq.concern.count, s.sdq.concern.of, s.sdq.notRecorded]).toEqual([2, 2, 1]);
    const year4 = s.breakdowns.find((b) => b.dimension === 'year-group')?.groups.find((g) => g.key === '4');
    expect([year4?.children, year4?.attendanceBelow.count, year4?.sdqConcern.count]).toEqual([2, 1, 2]);
  });

  it('The Virtual School Handbook, ii) The Designated Teacher for Looked After Children: "Carers should take an active role in personal education planning"', () => {
    const codes = ['PEP-CARER-VIEWS-MISSING', 'PEP-ATTENDEES-ROLE-MISSING'];
    expect(hits(assess('school-age-good'), ...codes)).toEqual([]);
    expect(hits(assess('school-age-good', (p) => delete p.views.carer), ...codes)).toEqual([['PEP-CARER-VIEWS-MISSING', ['views', 'carer', 'text']]]);
    const noCarer = assess('school-age-good', (p) => (p.attendees = p.attendees.filter((a: { role: string }) => a.role !== 'carer')));
    expect(hits(noCarer, ...codes)).toEqual([['PEP-ATTENDEES-ROLE-MISSING', ['attendees']]]);
    expect(noCarer.find((f) => f.code === 'PEP-ATTENDEES-ROLE-MISSING')?.message).toBe('No attendee with role carer is recorded, present or absent.');
    // Invited and unable to come: the carer is recorded, and their written contribution stands.
    const absent = assess('school-age-good', (p) => Object.assign(p.attendees.find((a: { role: string }) => a.role === 'carer'), { attended: false, invited: true }));
    expect(hits(absent, ...codes)).toEqual([]);
  });

  it('The Virtual School Handbook, i) Allocation of Pupil Premium Plus (2014-2015): "a provisional allocation of £1,900 for each child looked after"', () => {
    const pep = makePep({ id: 'pep-2014-autumn', meeting: { date: '2014-11-12' }, term: { academicYear: '2014/15', term: 'autumn' }, child: { dateOfBirth: '2004-05-01', enteredCare: '2013-02-01' } });
    const paid = [{ date: '2014-06-01', amount: 1800 }];
    const atRate = checkPpPlusRequest({ pep, requests: [tuition(100)], ledger: paid }, england);
    expect([atRate.financialYear?.label, atRate.allowed, atRate.findings]).toEqual(['2014-15', 100, []]);
    const above = checkPpPlusRequest({ pep, requests: [tuition(101)], ledger: paid }, england);
    expect([above.allowed, hits(above.findings, 'PPPLUS-ABOVE-GRANT-RATE')]).toEqual([101, [['PPPLUS-ABOVE-GRANT-RATE', ['ledger']]]]);
    expect(above.findings[0]?.message).toContain('above the national per-child rate of £1,900.00');
  });

  it('The Virtual School Handbook, i) Allocation of Pupil Premium Plus (2014-2015): each child "aged 4 to 15 at 31 August 2012"', () => {
    expect(england.ppPlus.eligibleYearGroups.value).toEqual(['R', '1', '2', '3', '4', '5', '6', '7', '8', '9', '10', '11']);
    const on = (dateOfBirth: string) => {
      const e = ppPlusEligibility({ dateOfBirth, enteredCare: '2012-01-01' }, '2012-10-01', england);
      return [e.route, e.yearGroup, e.reasons.map((f) => f.code)];
    };
    expect(on('2008-08-31')).toEqual(['virtual-school', 'R', ['PPPLUS-LAC-ELIGIBLE']]); // 4 on 31 August 2012
    expect(on('1996-09-01')).toEqual(['virtual-school', '11', ['PPPLUS-LAC-ELIGIBLE']]); // 15 on 31 August 2012
    expect(on('2008-09-01')).toEqual(['early-years', 'N2', ['PPPLUS-EARLY-YEARS']]); // 3: not PP+
    expect(on('1996-08-31')).toEqual(['none', '12', ['PPPLUS-POST-16']]); // 16: not PP+
  });

  // Spring core PEP on 20 March 2025 (financial year 2024-25); tuition runs into April.
  const marchPep = makePep({ id: 'pep-2025-spring', meeting: { date: '2025-03-20' }, term: { academicYear: '2024/25', term: 'spring' } });
  const straddling = tuition(900, [
    { item: 'Tuition in March', quantity: 2, unitCost: 225, amount: 450, date: '2025-03-27' },
    { item: 'Tuition in April', quantity: 2, unitCost: 225, amount: 450, date: '2025-04-24' },
  ]);
  const inYear = tuition(900, [{ item: 'Tuition in March', quantity: 4, unitCost: 225, amount: 900, date: '2025-03-27' }]);

  it('The Virtual School Handbook, ii) Working with the Finance Team: surplus distributed "before 31 March annually, or it will be clawed back by the DfE"', () => {
    expect(england.ppPlus.noCarryForward.value).toBe(true);
    const r = checkPpPlusRequest({ pep: marchPep, requests: [straddling] }, england);
    expect(r.findings.filter((f) => f.code === 'PPPLUS-REQUEST-STRADDLES-YEAR-END').map((f) => [f.severity, f.path])).toEqual([['warning', ['requests', 0, 'breakdown', 1, 'date']]]);
    expect(r.findings[0]?.message).toContain('pay it to the setting by 31 March 2025');
    expect(hits(checkPpPlusRequest({ pep: marchPep, requests: [inYear] }, england).findings, 'PPPLUS-REQUEST-STRADDLES-YEAR-END')).toEqual([]);
  });

  it('The Virtual School Handbook, iii) Use of Pupil Premium Plus: "the local authority is not permitted to carry forward unspent funding"', () => {
    const r = checkPpPlusRequest({ pep: marchPep, requests: [straddling] }, england);
    expect([r.financialYear?.label, r.allowed, hits(r.findings, 'PPPLUS-REQUEST-STRADDLES-YEAR-END')]).toEqual(['2024-25', 900, [['PPPLUS-REQUEST-STRADDLES-YEAR-END', ['requests', 0, 'breakdown', 1, 'date']]]]);
    expect(r.findings[0]?.source).toContain(england.ppPlus.noCarryForward.source);
  });

  it('The Virtual School Handbook, iii) Use of Pupil Premium Plus: for "educational needs as described in their Personal Education Plan"', () => {
    expect(england.ppPlus.requireTargetLink.value).toBe(true);
    const unlinked = assess('school-age-good', (p) => (p.ppPlus.requests[1].targetIds = []));
    expect(hits(unlinked, 'PEP-PPPLUS-REQUEST-UNLINKED')).toEqual([['PEP-PPPLUS-REQUEST-UNLINKED', ['ppPlus', 'requests', 1, 'targetIds']]]);
    expect(hits(assess('school-age-good'), 'PEP-PPPLUS-REQUEST-UNLINKED')).toEqual([]);
    const refused = checkPpPlusRequest({ pep: makePep(), requests: [{ ...tuition(300), targetIds: [] }] }, england);
    expect([refused.allowed, hits(refused.findings, 'PPPLUS-REQUEST-NO-TARGET')]).toEqual([0, [['PPPLUS-REQUEST-NO-TARGET', ['requests', 0, 'targetIds']]]]);
    expect(checkPpPlusRequest({ pep: makePep(), requests: [tuition(300)] }, england).allowed).toBe(300);
  });

  it('The Virtual School Handbook, i) The Personal Education Plan (PEP): a PEP "in time for a new PEP to be available in advance to all those attending the care review"', () => {
    const s = pepSchedule({ ...IN_CARE, today: '2025-01-10' }, england);
    // 20 working days after 2 September 2024 is 30 September; then 3 months; then 6-monthly.
    expect(items(s, 'initial-pep-complete', 'first-care-review', 'care-review')).toEqual([
      ['initial-pep-complete', '2024-09-30', 'overdue'],
      ['first-care-review', '2024-09-30', 'overdue'],
      ['care-review', '2024-12-30', 'overdue'],
      ['care-review', '2025-06-30', 'upcoming'],
    ]);
    expect(s.items.find((i) => i.kind === 'first-care-review')?.basis).toContain('the PEP must be available for it');
    // The initial PEP submitted on 27 September is done before the review it must be ready for.
    const done = pepSchedule({ ...IN_CARE, today: '2025-01-10', meetings: [{ date: '2024-09-16', kind: 'initial', submittedOn: '2024-09-27' }] }, england);
    expect(items(done, 'initial-pep-complete')).toEqual([['initial-pep-complete', '2024-09-30', 'done']]);
  });

  it('The Virtual School Handbook, iii) How often must the PEP be reviewed?: "VSHs must ensure that they review PEPs each school term"', () => {
    expect(england.timescales.pepFrequency.value).toBe('termly');
    // Spring PEP held on 10 February 2025; no summer PEP by 25 July; the autumn 2025 one is next.
    const s = pepSchedule({ ...IN_CARE, today: '2025-07-25', meetings: [...IN_CARE.meetings, { date: '2025-02-10' }] }, england);
    expect(items(s, 'termly-pep')).toEqual([
      ['termly-pep', '2025-03-31', 'done'],
      ['termly-pep', '2025-07-18', 'overdue'],
      ['termly-pep', '2025-12-19', 'upcoming'],
    ]);
  });

  it('The Virtual School Handbook, iii) How often must the PEP be reviewed?: "formally reviewed in advance of statutory care reviews"', () => {
    // Reviews held early (27 September, 20 December): the next is due 6 months after the one actually held.
    const s = pepSchedule({ ...IN_CARE, today: '2025-03-01', careReviews: ['2024-09-27', '2024-12-20'] }, england);
    expect(items(s, 'first-care-review', 'care-review')).toEqual([
      ['first-care-review', '2024-09-30', 'done'],
      ['care-review', '2024-12-27', 'done'],
      ['care-review', '2025-06-20', 'upcoming'],
    ]);
  });

  it('The Virtual School Handbook, iv) The quality of PEPs: "it is the duty of the VSH to quality assure the PEP"', () => {
    const good = gradePep(example('school-age-good'), { policy: england, today: TODAY });
    if (!good.ok) throw new Error('the example PEP must grade');
    expect(good.criteria.map((c) => c.id)).toEqual(['profile', 'student-views', 'semh', 'previous-targets', 'academic-and-smart', 'ppplus-linked', 'contributors']);
    expect([good.grade, good.criteria.every((c) => c.rating === 'green')]).toEqual(['gold', true]);
    const pep = example('school-age-good');
    delete pep.views.child;
    const voiceless = gradePep(pep, { policy: england, today: TODAY });
    if (!voiceless.ok) throw new Error('the changed PEP must grade');
    const studentViews = voiceless.criteria.find((c) => c.id === 'student-views');
    expect([voiceless.grade, studentViews?.rating, studentViews?.findings.map((f) => f.code)]).toEqual(['amber', 'red', ['PEP-CHILD-VIEWS-MISSING']]);
  });

  it('The Virtual School Handbook, vi) The content and format of a PEP: "PEPs must contain the high-level information required by the Care Planning, Placement and Case Review (England) Regulations 2010"', () => {
    const codes = ['PEP-ATTENDANCE-MISSING', 'PEP-EXCLUSIONS-MISSING', 'PEP-SEN-STATUS-MISSING', 'PEP-ATTAINMENT-MISSING', 'PEP-EDUCATION-HOURS-MISSING'];
    expect(hits(assess('school-age-good'), ...codes)).toEqual([]);
    const without = (change: (p: Record<string, any>) => void) => hits(assess('school-age-good', change), ...codes);
    expect(without((p) => delete p.attendance)).toEqual([['PEP-ATTENDANCE-MISSING', ['attendance']]]);
    expect(without((p) => delete p.exclusions)).toEqual([['PEP-EXCLUSIONS-MISSING', ['exclusions']]]);
    expect(without((p) => delete p.sen)).toEqual([['PEP-SEN-STATUS-MISSING', ['sen', 'status']]]);
    expect(without((p) => (p.attainment = []))).toEqual([['PEP-ATTAINMENT-MISSING', ['attainment']]]);
    expect(without((p) => delete p.education.fullTime)).toEqual([['PEP-EDUCATION-HOURS-MISSING', ['education', 'hoursPerWeek']]]);
    expect(without((p) => Object.assign(p.education, { fullTime: false, hoursPerWeek: 15 }))).toEqual([]);
  });

  it('The Virtual School Handbook, vii) The role of the VSH in personal education planning: IROs "should expect to see a PEP in advance of any care review"', () => {
    // The care review dates the PEP must be ready for, from entering care on 2 September 2024, as of 1 July 2025.
    const s = pepSchedule({ ...IN_CARE, today: '2025-07-01', careReviews: ['2024-09-30', '2024-12-30', '2025-06-27'] }, england);
    expect(items(s, 'first-care-review', 'care-review')).toEqual([
      ['first-care-review', '2024-09-30', 'done'],
      ['care-review', '2024-12-30', 'done'],
      ['care-review', '2025-06-30', 'done'],
      ['care-review', '2025-12-27', 'upcoming'],
    ]);
  });

  it('The Virtual School Handbook, ix) Supporting transition to adulthood: "the PEP is maintained as part of the preparation and review of the pathway plan"', () => {
    expect(hits(assess('post-16-good'), 'PEP-POST16-PATHWAY-PLAN-NOT-RECORDED')).toEqual([]);
    expect(hits(assess('post-16-good', (p) => delete p.post16.pathwayPlan), 'PEP-POST16-PATHWAY-PLAN-NOT-RECORDED')).toEqual([['PEP-POST16-PATHWAY-PLAN-NOT-RECORDED', ['post16', 'pathwayPlan']]]);
    // Recorded as not yet in place is recorded.
    expect(hits(assess('post-16-good', (p) => (p.post16.pathwayPlan = false)), 'PEP-POST16-PATHWAY-PLAN-NOT-RECORDED')).toEqual([]);
  });

  it('The Virtual School Handbook, ix) Supporting transition to adulthood: "each eligible care leaver knows about the 16-19 Bursary Fund"', () => {
    const code = 'PEP-POST16-BURSARY-NOT-RECORDED';
    expect(hits(assess('post-16-good'), code)).toEqual([]);
    expect(hits(assess('post-16-good', (p) => delete p.post16.bursary), code)).toEqual([[code, ['post16', 'bursary']]]);
    expect(hits(assess('post-16-good', (p) => Object.assign(p.post16, { destination: 'training', bursary: undefined })), code)).toEqual([[code, ['post16', 'bursary']]]);
    // In employment the bursary is not for them: nothing to record.
    expect(hits(assess('post-16-good', (p) => (delete p.post16.bursary, (p.post16.destination = 'employment'))), code)).toEqual([]);
  });

  it('The Virtual School Handbook, Appendix 1 – Advice a VSH might offer schools: "share attainment, progress, and attendance data"', () => {
    const codes = ['PEP-ATTAINMENT-MISSING', 'PEP-PROGRESS-MISSING', 'PEP-ATTENDANCE-MISSING'];
    expect(hits(assess('school-age-good'), ...codes)).toEqual([]);
    expect(hits(assess('school-age-good', (p) => (delete p.attendance, (p.attainment = []))), ...codes)).toEqual([
      ['PEP-ATTENDANCE-MISSING', ['attendance']],
      ['PEP-ATTAINMENT-MISSING', ['attainment']],
    ]);
    // Early years: progress is the attainment table or the learning and development summary.
    expect(hits(assess('early-years-good', (p) => delete p.attainment), ...codes)).toEqual([]);
    expect(hits(assess('early-years-good', (p) => (delete p.attainment, delete p.earlyYears.learningAndDevelopment)), ...codes)).toEqual([['PEP-PROGRESS-MISSING', ['attainment']]]);
  });
});
