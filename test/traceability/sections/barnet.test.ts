import { describe, expect, it } from 'vitest';
import { assessPep, checkPpPlusRequest, cohortSummary, gradePep, pepSchedule, policies } from '../../../src/index';
import { example } from '../../rules/_helpers';
import { assessWith, hits, itemsOf } from './_council';

/*
 * Worked examples, one per statement of the Barnet Virtual School PEP Guidance that the
 * traceability map (src/rules/traceability.ts) marks enforced and this file covers (barnet-05 to
 * -08, -14 to -17, -20, -21, -29, -30, -32 to -43, -47 to -52, -55), each under the policies.barnet
 * preset and named with the guidance's section. Each PEP is an example from examples/peps with one
 * thing changed; the unchanged example is the "keeps the sentence" case.
 */

const { barnet, england } = policies;
const TODAY = '2025-03-01';
const assess = (...args: Parameters<typeof assessWith> extends [unknown, unknown, ...infer R] ? R : never) => assessWith(barnet, TODAY, ...args);

/** A child taken into care on Monday 6 January 2025. */
const NEW_IN_CARE = { enteredCare: '2025-01-06', dateOfBirth: '2015-03-02' };

/** The rating of one QA criterion of the grid. */
function rating(pep: Record<string, any>, id: string): string | undefined {
  const r = gradePep(pep, { policy: barnet, today: TODAY });
  return r.ok ? r.criteria.find((c) => c.id === id)?.rating : undefined;
}

/** The school-age example with `change` applied. */
function changed(change: (pep: Record<string, any>) => void): Record<string, any> {
  const pep = example('school-age-good');
  change(pep);
  return pep;
}

/** The outcomes Barnet gives as "vague, generic or unrealistic", each as the whole target. */
const VAGUE = ['Emma will listen to all instructions', 'Kamal will respect all adults'];
const onlyVague = (text: string) => (p: Record<string, any>) => (p.targets[0] = { id: 't1', area: 'academic', text });

describe('Barnet Virtual School PEP Guidance: worked examples by section', () => {
  it('Barnet Virtual School PEP Guidance, 2. Understanding the PEP Process: "Barnet Virtual school currently administers three different PEPs" (Early Years, Year 1 – Year 11, Post 16)', () => {
    expect(barnet.pep.phases.value).toEqual(['early-years', 'school-age', 'post-16']);
    const codes = ['PEP-PHASE-YEAR-GROUP-MISMATCH', 'PEP-EY-SECTION-MISSING', 'PEP-POST16-SECTION-MISSING'];
    for (const name of ['school-age-good', 'early-years-good', 'post-16-good'] as const) expect(hits(assess(name), ...codes), name).toEqual([]);
    // A Year 12 child on the Year 1 – Year 11 PEP; each of the other two PEPs without its own section.
    expect(hits(assess('school-age-good', (p) => (p.child.yearGroup = '12')), ...codes)).toEqual([['PEP-PHASE-YEAR-GROUP-MISMATCH', ['child', 'yearGroup']]]);
    expect(hits(assess('early-years-good', (p) => delete p.earlyYears), ...codes)).toEqual([['PEP-EY-SECTION-MISSING', ['earlyYears']]]);
    expect(hits(assess('post-16-good', (p) => delete p.post16), ...codes)).toEqual([['PEP-POST16-SECTION-MISSING', ['post16']]]);
  });

  it('Barnet Virtual School PEP Guidance, What is the Statutory Time Frame for a PEP?: "the PEP needs to take place within the first 10 days of Care" (read as working days)', () => {
    expect([barnet.timescales.initiatePep.n, barnet.timescales.initiatePep.unit]).toEqual([10, 'working-days']);
    // In care on Monday 6 January 2025: the initial PEP is due on Monday 20 January.
    expect(itemsOf(pepSchedule({ ...NEW_IN_CARE, today: '2025-01-07' }, barnet).items, 'initial-pep')).toEqual([['2025-01-20', 'due-soon', null]]);
    expect(itemsOf(pepSchedule({ ...NEW_IN_CARE, today: '2025-01-21', meetings: [{ date: '2025-01-17', kind: 'initial' }] }, barnet).items, 'initial-pep')).toEqual([
      ['2025-01-20', 'done', '2025-01-17'],
    ]);
    expect(itemsOf(pepSchedule({ ...NEW_IN_CARE, today: '2025-01-21' }, barnet).items, 'initial-pep')).toEqual([['2025-01-20', 'overdue', null]]);
  });

  it('Barnet Virtual School PEP Guidance, What is the Statutory Time Frame for a PEP?: within 10 days "even where a looked after child or young person is without a school place"', () => {
    const withoutPlace = pepSchedule({ ...NEW_IN_CARE, today: '2025-01-07', schoolPlaces: [{ from: '2025-01-06' }] }, barnet).items;
    // The school place is an obligation of its own; the initial PEP keeps its date.
    expect(itemsOf(withoutPlace, 'initial-pep')).toEqual([['2025-01-20', 'due-soon', null]]);
    expect(itemsOf(withoutPlace, 'school-place').length).toBe(1);
  });

  it('Barnet Virtual School PEP Guidance, What is the Statutory Time Frame for a PEP?: "available for the first statutory review meeting of the Care Plan (that takes place after 20 working days)"', () => {
    expect([barnet.timescales.completeInitialPep?.n, barnet.timescales.completeInitialPep?.unit]).toEqual([20, 'working-days']);
    const items = pepSchedule({ ...NEW_IN_CARE, today: '2025-01-07' }, barnet).items;
    // 20 working days after Monday 6 January 2025 is Monday 3 February, the day of the first review.
    expect([itemsOf(items, 'initial-pep-complete'), itemsOf(items, 'first-care-review')]).toEqual([[['2025-02-03', 'upcoming', null]], [['2025-02-03', 'upcoming', null]]]);
    const late = pepSchedule({ ...NEW_IN_CARE, today: '2025-02-04', meetings: [{ date: '2025-01-17', kind: 'initial' }] }, barnet).items;
    expect(itemsOf(late, 'initial-pep-complete')).toEqual([['2025-02-03', 'overdue', null]]);
    const ready = pepSchedule({ ...NEW_IN_CARE, today: '2025-02-04', meetings: [{ date: '2025-01-17', kind: 'initial', submittedOn: '2025-01-31' }] }, barnet).items;
    expect(itemsOf(ready, 'initial-pep-complete')).toEqual([['2025-02-03', 'done', '2025-01-31']]);
  });

  it('Barnet Virtual School PEP Guidance, The role of the Social Worker: "Emails will be sent 4 weeks, 2 weeks, 1 week and 2 days before the PEP"', () => {
    expect(barnet.timescales.remindersBeforeMeeting.map((r) => [r.n, r.unit])).toEqual([
      [4, 'weeks'],
      [2, 'weeks'],
      [1, 'weeks'],
      [2, 'calendar-days'],
    ]);
    const input = { ...NEW_IN_CARE, today: '2025-01-07', meetings: [{ date: '2025-03-10' }] };
    expect(itemsOf(pepSchedule(input, barnet).items, 'reminder').map(([due]) => due)).toEqual(['2025-02-10', '2025-02-24', '2025-03-03', '2025-03-08']);
    // The statutory preset sends none.
    expect(itemsOf(pepSchedule(input, england).items, 'reminder')).toEqual([]);
  });

  it('Barnet Virtual School PEP Guidance, The role of the Social Worker: "It is good practice to complete the PEP within 10 days of the meeting taking place" (read as working days)', () => {
    expect([barnet.timescales.submissionAfterMeeting?.n, barnet.timescales.submissionAfterMeeting?.unit]).toEqual([10, 'working-days']);
    // The example met on Wednesday 15 January 2025: 10 working days later is Wednesday 29 January.
    const codes = ['PEP-SUBMISSION-LATE', 'PEP-SUBMISSION-OVERDUE'];
    const submitted = (date: string) => (p: Record<string, any>) => {
      p.signOff.submitted = date;
      p.signOff.socialWorker.date = date;
    };
    expect(hits(assess('school-age-good', submitted('2025-01-29')), ...codes)).toEqual([]);
    expect(hits(assess('school-age-good', submitted('2025-01-30')), ...codes)).toEqual([['PEP-SUBMISSION-LATE', ['signOff', 'submitted']]]);
    const unsubmitted = (p: Record<string, any>) => delete p.signOff.submitted;
    expect(hits(assessWith(barnet, '2025-01-29', 'school-age-good', unsubmitted), ...codes)).toEqual([]);
    expect(hits(assessWith(barnet, '2025-01-30', 'school-age-good', unsubmitted), ...codes)).toEqual([['PEP-SUBMISSION-OVERDUE', ['signOff', 'submitted']]]);
    const items = pepSchedule({ ...NEW_IN_CARE, today: '2025-01-07', meetings: [{ date: '2025-03-10' }] }, barnet).items;
    expect(itemsOf(items, 'submission')).toEqual([['2025-03-24', 'upcoming', null]]);
  });

  it('Barnet Virtual School PEP Guidance, The role of the Social Worker: "The Social Worker will organise the date and time of the meeting (in the case of a review this is done at the previous meeting)"', () => {
    const codes = ['PEP-MEETING-TIME-MISSING', 'PEP-NEXT-MEETING-MISSING', 'PEP-NEXT-MEETING-TIME-MISSING'];
    expect(hits(assess('school-age-good'), ...codes)).toEqual([]);
    expect(hits(assess('school-age-good', (p) => delete p.meeting.time), ...codes)).toEqual([['PEP-MEETING-TIME-MISSING', ['meeting', 'time']]]);
    expect(hits(assess('school-age-good', (p) => delete p.nextMeeting.time), ...codes)).toEqual([['PEP-NEXT-MEETING-TIME-MISSING', ['nextMeeting', 'time']]]);
    expect(hits(assess('school-age-good', (p) => delete p.nextMeeting), ...codes)).toEqual([
      ['PEP-NEXT-MEETING-MISSING', ['nextMeeting', 'date']],
      ['PEP-NEXT-MEETING-TIME-MISSING', ['nextMeeting', 'time']],
    ]);
  });

  it('Barnet Virtual School PEP Guidance, The role of the Designated Teacher: "Make sure the child or young person has a voice"', () => {
    expect(hits(assess('school-age-good'), 'PEP-CHILD-VIEWS-MISSING')).toEqual([]);
    // A view of spaces only is no voice.
    expect(hits(assess('school-age-good', (p) => (p.views.child.text = '   ')), 'PEP-CHILD-VIEWS-MISSING')).toEqual([['PEP-CHILD-VIEWS-MISSING', ['views', 'child', 'text']]]);
    expect([rating(example('school-age-good'), 'student-views'), rating(changed((p) => (p.views.child.text = '   ')), 'student-views')]).toEqual(['green', 'red']);
  });

  it('Barnet Virtual School PEP Guidance, The role of Barnet Virtual School: "PEP Meeting completion is reviewed on a monthly basis"', () => {
    const current = example('school-age-good');
    // A second child whose last PEP was in the autumn term 2024.
    const lapsed = changed((p) => {
      p.id = 'pep-b';
      p.child.id = 'child-b';
      p.term = { academicYear: '2024/25', term: 'autumn' };
      p.meeting.date = '2024-10-10';
      p.nextMeeting.date = '2025-01-20';
      p.attendance.periodEnd = '2024-10-04';
      p.sdq[0].completedOn = '2024-10-01';
      p.signOff = { designatedTeacher: { date: '2024-10-14' }, socialWorker: { date: '2024-10-14' }, submitted: '2024-10-14' };
    });
    const march = cohortSummary([current, lapsed], { today: '2025-03-01', policy: barnet });
    const may = cohortSummary([current, lapsed], { today: '2025-05-01', policy: barnet });
    // On 1 March both are up to date; by 1 May the second has missed its spring PEP.
    expect([march.upToDate.count, march.upToDate.of, march.overdue.length]).toEqual([2, 2, 0]);
    expect([may.upToDate.count, may.upToDate.of, may.status.rows.find((r) => r.key === 'overdue')?.count]).toEqual([1, 2, 1]);
    expect(may.overdue.map((o) => [o.pepId, o.childId, o.kind])).toEqual([['pep-b', 'child-b', 'termly-pep']]);
    expect(may.overdue[0]?.days).toBeGreaterThan(0);
  });

  it('Barnet Virtual School PEP Guidance, The role of Barnet Virtual School: children who "do not have a PEP with a robust Action Plan are reported to Team Managers and Head Teachers and Pupil Premium is withheld"', () => {
    expect(barnet.ppPlus.withholdWithoutRobustPlan.value).toBe(true);
    const pep = example('school-age-good');
    const withheld = checkPpPlusRequest({ pep, qa: { robustPlan: false } }, barnet);
    expect([withheld.allowed, hits(withheld.findings, 'PPPLUS-WITHHELD-NO-ROBUST-PLAN')]).toEqual([0, [['PPPLUS-WITHHELD-NO-ROBUST-PLAN', ['qa', 'robustPlan']]]]);
    expect(checkPpPlusRequest({ pep, qa: { robustPlan: true } }, barnet).allowed).toBe(825);
    // The statutory preset does not withhold on that ground.
    expect(checkPpPlusRequest({ pep, qa: { robustPlan: false } }, england).allowed).toBe(825);
  });

  it('Barnet Virtual School PEP Guidance, Allocation of Pupil Premium Funding: "The Pupil Premium will only be provided to meet the needs identified in a high-quality PEP"', () => {
    const good = assessPep(example('school-age-good'), { policy: barnet, today: TODAY });
    expect([good.grade?.robustPlan, good.funding?.allowed]).toEqual([true, 825]);
    // Two outcomes where Barnet asks for three: the plan is not robust and the £495 request is not paid.
    const thin = assessPep(
      changed((p) => {
        p.targets = p.targets.slice(0, 2);
        p.ppPlus.requests = p.ppPlus.requests.slice(0, 1);
      }),
      { policy: barnet, today: TODAY },
    );
    expect([thin.grade?.robustPlan, thin.funding?.allowed, hits(thin.findings, 'PPPLUS-WITHHELD-NO-ROBUST-PLAN')]).toEqual([false, 0, [['PPPLUS-WITHHELD-NO-ROBUST-PLAN', ['ppPlus']]]]);
  });

  it('Barnet Virtual School PEP Guidance, Allocation of Pupil Premium Funding: "PEPs must specify educational outcomes and measurable targets for improvement"', () => {
    const codes = ['PEP-TARGETS-MISSING', 'PEP-TARGET-NOT-SMART'];
    expect(hits(assess('school-age-good'), ...codes)).toEqual([]);
    expect(hits(assess('school-age-good', (p) => (p.targets = [])), ...codes)).toEqual([['PEP-TARGETS-MISSING', ['targets']]]);
    const notMeasurable = onlyVague('Jaylen will get better at reading');
    expect(hits(assess('school-age-good', notMeasurable), ...codes)).toEqual([['PEP-TARGET-NOT-SMART', ['targets', 0]]]);
  });

  it('Barnet Virtual School PEP Guidance, The PEP Meeting: "Inviting them to plan and attend their PEP meeting" (as appropriate)', () => {
    const child = (attended: boolean, invited: boolean) => (p: Record<string, any>) => {
      const c = p.attendees.find((a: { role: string }) => a.role === 'child');
      c.attended = attended;
      c.invited = invited;
    };
    expect(hits(assess('school-age-good'), 'PEP-CHILD-NOT-INVITED')).toEqual([]);
    // Invited but chose not to attend: the invitation is the duty.
    expect(hits(assess('school-age-good', child(false, true)), 'PEP-CHILD-NOT-INVITED')).toEqual([]);
    expect(hits(assess('school-age-good', child(false, false)), 'PEP-CHILD-NOT-INVITED')).toEqual([['PEP-CHILD-NOT-INVITED', ['attendees']]]);
  });

  it('Barnet Virtual School PEP Guidance, The PEP Meeting: "the views of the child or young person are listened to, recorded and acted upon"', () => {
    expect(hits(assess('school-age-good', (p) => delete p.views.child), 'PEP-CHILD-VIEWS-MISSING')).toEqual([['PEP-CHILD-VIEWS-MISSING', ['views', 'child', 'text']]]);
    expect([rating(example('school-age-good'), 'student-views'), rating(changed((p) => delete p.views.child), 'student-views')]).toEqual(['green', 'red']);
  });

  it('Barnet Virtual School PEP Guidance, The PEP Meeting: "will write a robust Action Plan with at least three outcomes"', () => {
    expect(barnet.targets.minimumCount.value).toBe(3);
    const two = (p: Record<string, any>) => {
      p.targets = p.targets.slice(0, 2);
      p.ppPlus.requests = p.ppPlus.requests.slice(0, 1);
    };
    expect(hits(assess('school-age-good'), 'PEP-TARGETS-TOO-FEW')).toEqual([]);
    const r = assess('school-age-good', two);
    expect(hits(r, 'PEP-TARGETS-TOO-FEW')).toEqual([['PEP-TARGETS-TOO-FEW', ['targets']]]);
    expect(r.find((f) => f.code === 'PEP-TARGETS-TOO-FEW')?.message).toBe("The PEP has fewer targets than the policy's minimum of 3.");
    expect(hits(assessWith(england, TODAY, 'school-age-good', two), 'PEP-TARGETS-TOO-FEW')).toEqual([]);
  });

  it('Barnet Virtual School PEP Guidance, The PEP Meeting: "Discussing progress against outcomes set at previous PEP"', () => {
    const codes = ['PEP-PREVIOUS-TARGETS-MISSING', 'PEP-PREVIOUS-TARGET-NOT-EVIDENCED'];
    expect(hits(assess('school-age-good'), ...codes)).toEqual([]);
    expect(hits(assess('school-age-good', (p) => delete p.previousTargets), ...codes)).toEqual([['PEP-PREVIOUS-TARGETS-MISSING', ['previousTargets']]]);
    // The third previous target has a progress scale and no comment; without the scale there is no progress recorded.
    expect(hits(assess('school-age-good', (p) => delete p.previousTargets[2].progressScale), ...codes)).toEqual([['PEP-PREVIOUS-TARGET-NOT-EVIDENCED', ['previousTargets', 2]]]);
  });

  it('Barnet Virtual School PEP Guidance, The PEP Meeting: "Discussing any mental health needs which may be a barrier to learning"', () => {
    // The example's SEMH primary need and interventions signal a need; the needs themselves are removed.
    expect(hits(assess('school-age-good'), 'PEP-SEMH-NEEDS-MISSING')).toEqual([]);
    expect(hits(assess('school-age-good', (p) => delete p.semh.needs), 'PEP-SEMH-NEEDS-MISSING')).toEqual([['PEP-SEMH-NEEDS-MISSING', ['semh', 'needs']]]);
    expect([rating(example('school-age-good'), 'semh'), rating(changed((p) => delete p.semh.needs), 'semh')]).toEqual(['green', 'amber']);
  });

  it('Barnet Virtual School PEP Guidance, The PEP Meeting: "Setting new SMART outcomes"', () => {
    expect(hits(assess('school-age-good'), 'PEP-TARGET-NOT-SMART')).toEqual([]);
    expect(hits(assess('school-age-good', onlyVague('Jaylen will try harder in class')), 'PEP-TARGET-NOT-SMART')).toEqual([['PEP-TARGET-NOT-SMART', ['targets', 0]]]);
  });

  it('Barnet Virtual School PEP Guidance, The PEP Meeting: "Agreeing which personnel are responsible for any actions arising from the PEP, and confirm the timescales"', () => {
    // Without a QA judgement, the plan is robust when at least three targets each have text, a responsible person and a deadline.
    const pep = example('school-age-good');
    expect(checkPpPlusRequest({ pep }, barnet).allowed).toBe(825);
    for (const field of ['responsible', 'deadline']) {
      const broken = changed((p) => delete p.targets[0][field]);
      const r = checkPpPlusRequest({ pep: broken }, barnet);
      expect([field, r.allowed, hits(r.findings, 'PPPLUS-WITHHELD-NO-ROBUST-PLAN')]).toEqual([field, 0, [['PPPLUS-WITHHELD-NO-ROBUST-PLAN', ['pep', 'targets']]]]);
    }
    // assessPep's QA judges the plan by the same definition: the good example is robust and paid;
    // without a responsible person or a deadline on one target it is not robust and PP+ is withheld.
    const full = assessPep(pep, { policy: barnet, today: TODAY });
    expect([full.grade?.robustPlan, full.funding?.allowed]).toEqual([true, 825]);
    for (const field of ['responsible', 'deadline']) {
      const r = assessPep(changed((p) => delete p.targets[0][field]), { policy: barnet, today: TODAY });
      expect([field, r.grade?.robustPlan, r.funding?.allowed, hits(r.findings, 'PPPLUS-WITHHELD-NO-ROBUST-PLAN')]).toEqual([
        field,
        false,
        0,
        [['PPPLUS-WITHHELD-NO-ROBUST-PLAN', ['ppPlus']]],
      ]);
    }
  });

  it('Barnet Virtual School PEP Guidance, The PEP Meeting: "Discussing and agree how the Pupil Premium Funding is to be used"', () => {
    expect(hits(assess('school-age-good'), 'PEP-PPPLUS-REQUEST-UNLINKED')).toEqual([]);
    expect(hits(assess('school-age-good', (p) => (p.ppPlus.requests[0].targetIds = [])), 'PEP-PPPLUS-REQUEST-UNLINKED')).toEqual([
      ['PEP-PPPLUS-REQUEST-UNLINKED', ['ppPlus', 'requests', 0, 'targetIds']],
    ]);
    // Barnet wants "a breakdown of costs": the uncosted £495 request is not paid, the costed £330 one is.
    const uncosted = checkPpPlusRequest({ pep: changed((p) => delete p.ppPlus.requests[0].breakdown) }, barnet);
    expect([uncosted.allowed, hits(uncosted.findings, 'PPPLUS-REQUEST-NOT-COSTED')]).toEqual([330, [['PPPLUS-REQUEST-NOT-COSTED', ['pep', 'ppPlus', 'requests', 0, 'breakdown']]]]);
  });

  it('Barnet Virtual School PEP Guidance, The PEP Meeting: "Predicting transition support needs and integration when children begin to attend a new school"', () => {
    const year6 = (p: Record<string, any>) => (p.child.yearGroup = '6');
    expect(hits(assess('school-age-good'), 'PEP-TRANSITION-MISSING')).toEqual([]);
    // A Year 6 spring PEP, the year before secondary school, with no transition recorded.
    expect(hits(assess('school-age-good', year6), 'PEP-TRANSITION-MISSING')).toEqual([['PEP-TRANSITION-MISSING', ['transition']]]);
    const planned = (p: Record<string, any>) => {
      year6(p);
      p.transition = { nextSetting: 'Larkfield Academy (secondary)' };
    };
    expect(hits(assess('school-age-good', planned), 'PEP-TRANSITION-MISSING')).toEqual([]);
  });

  it('Barnet Virtual School PEP Guidance, The PEP Meeting: "Establishing and recording the date of the next PEP meeting"', () => {
    expect(hits(assess('school-age-good'), 'PEP-NEXT-MEETING-MISSING')).toEqual([]);
    expect(hits(assess('school-age-good', (p) => delete p.nextMeeting.date), 'PEP-NEXT-MEETING-MISSING')).toEqual([['PEP-NEXT-MEETING-MISSING', ['nextMeeting', 'date']]]);
  });

  it('Barnet Virtual School PEP Guidance, Which sections does the Social Worker complete?: "The date of the next PEP meeting so alerts can be triggered"', () => {
    expect(hits(assess('school-age-good', (p) => delete p.nextMeeting.date), 'PEP-NEXT-MEETING-MISSING')).toEqual([['PEP-NEXT-MEETING-MISSING', ['nextMeeting', 'date']]]);
    // With the next meeting's date the four alerts are scheduled; without a date there is nothing to time them from.
    const input = { ...NEW_IN_CARE, today: '2025-01-21', meetings: [{ date: '2025-01-17', kind: 'initial' as const }] };
    expect(itemsOf(pepSchedule(input, barnet).items, 'reminder')).toEqual([]);
    const dated = pepSchedule({ ...input, meetings: [...input.meetings, { date: '2025-04-28' }] }, barnet).items;
    expect(itemsOf(dated, 'reminder').map(([due]) => due)).toEqual(['2025-03-31', '2025-04-14', '2025-04-21', '2025-04-26']);
  });

  it('Barnet Virtual School PEP Guidance, Which sections does the Designated Teacher complete?: "Special Educational Needs including any relevant reports"', () => {
    expect(hits(assess('school-age-good'), 'PEP-SEN-STATUS-MISSING')).toEqual([]);
    expect(hits(assess('school-age-good', (p) => delete p.sen), 'PEP-SEN-STATUS-MISSING')).toEqual([['PEP-SEN-STATUS-MISSING', ['sen', 'status']]]);
  });

  it('Barnet Virtual School PEP Guidance, Which sections does the Designated Teacher complete?: "Attendance Records"', () => {
    expect(hits(assess('school-age-good'), 'PEP-ATTENDANCE-MISSING')).toEqual([]);
    expect(hits(assess('school-age-good', (p) => delete p.attendance), 'PEP-ATTENDANCE-MISSING')).toEqual([['PEP-ATTENDANCE-MISSING', ['attendance']]]);
  });

  it('Barnet Virtual School PEP Guidance, Which sections does the Designated Teacher complete?: "PEP Meeting Attendance"', () => {
    expect(hits(assess('school-age-good'), 'PEP-ATTENDEES-MISSING')).toEqual([]);
    expect(hits(assess('school-age-good', (p) => (p.attendees = [])), 'PEP-ATTENDEES-MISSING')).toEqual([['PEP-ATTENDEES-MISSING', ['attendees']]]);
  });

  it('Barnet Virtual School PEP Guidance, 5. Setting SMART Outcomes: "Shorter term outcomes should be set and evaluated each term"', () => {
    const codes = ['PEP-TARGETS-MISSING', 'PEP-PREVIOUS-TARGETS-MISSING'];
    expect(hits(assess('school-age-good'), ...codes)).toEqual([]);
    // Set: this term's outcomes. Evaluated: last term's outcomes reviewed at this termly PEP.
    expect(hits(assess('school-age-good', (p) => (p.targets = [])), ...codes)).toEqual([['PEP-TARGETS-MISSING', ['targets']]]);
    expect(hits(assess('school-age-good', (p) => delete p.previousTargets), ...codes)).toEqual([['PEP-PREVIOUS-TARGETS-MISSING', ['previousTargets']]]);
  });

  it('Barnet Virtual School PEP Guidance, 5. Setting SMART Outcomes: "not to create outcomes which are vague, generic or unrealistic", for example \'Emma will listen to all instructions\'', () => {
    for (const text of VAGUE) {
      expect(hits(assess('school-age-good', onlyVague(text)), 'PEP-TARGET-NOT-SMART'), text).toEqual([['PEP-TARGET-NOT-SMART', ['targets', 0]]]);
    }
  });

  it('Barnet Virtual School PEP Guidance, 5. Setting SMART Outcomes: progress is measured on the scale rating, up to "achieves target consistently, without significant difficulty or need for adult support"', () => {
    // The example's third previous target has only its scale rating (5) and no comment: the rating is the evidence.
    const pep = example('school-age-good');
    expect([pep.previousTargets[2].progressScale, pep.previousTargets[2].comment]).toEqual([5, undefined]);
    expect(hits(assess('school-age-good'), 'PEP-PREVIOUS-TARGET-NOT-EVIDENCED')).toEqual([]);
    expect(hits(assess('school-age-good', (p) => delete p.previousTargets[2].progressScale), 'PEP-PREVIOUS-TARGET-NOT-EVIDENCED')).toEqual([
      ['PEP-PREVIOUS-TARGET-NOT-EVIDENCED', ['previousTargets', 2]],
    ]);
  });
});
