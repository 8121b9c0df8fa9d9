import { describe, expect, it } from 'vitest';
import { definePolicy, pepSchedule, policies } from '../../../src/index';
import { calendars } from '../../deadlines/_calendars';
import { assessWith, hits, itemsOf, termlyItem } from './_council';

/*
 * Worked examples, one per statement of the Bolton Virtual School PEP guidance 2021/22 that the
 * traceability map (src/rules/traceability.ts) marks enforced and this file covers (bolton-02 to
 * -09, -32, -33, -36), each under the policies.bolton preset and named with the guidance's section.
 * Each PEP is an example from examples/peps with one thing changed; the unchanged example is the
 * "keeps the sentence" case. Schedules use the Bolton 2021/22 school calendar (examples/calendars).
 */

const { bolton } = policies;
const TODAY = '2025-03-01';
const assess = (...args: Parameters<typeof assessWith> extends [unknown, unknown, ...infer R] ? R : never) => assessWith(bolton, TODAY, ...args);

/** A child in care since June 2021 whose initial PEP was held on 8 June 2021 (summer term 2020/21). */
const CHILD = { enteredCare: '2021-06-01', dateOfBirth: '2012-03-02', calendar: calendars.bolton };
const INITIAL = { date: '2021-06-08', kind: 'initial' as const };
const deadline = (term: string) => bolton.timescales.termlyDeadlines.find((d) => d.academicYear === '2021/22' && d.term === term)?.date;

/** The school-age example moved into Bolton's year: a termly autumn PEP held on Monday 15 November 2021. */
function inAutumn2021(p: Record<string, any>): void {
  p.term = { academicYear: '2021/22', term: 'autumn' };
  p.meeting.date = '2021-11-15';
  p.nextMeeting.date = '2022-03-01';
  p.child.enteredCare = '2020-06-01';
  p.carePlacement.startDate = '2020-07-15';
  p.education.startDate = '2020-09-07';
  p.attendance.periodStart = '2021-09-06';
  p.attendance.periodEnd = '2021-11-12';
  p.sdq[0].completedOn = '2021-11-08';
  p.signOff.designatedTeacher.date = '2021-11-19';
  p.signOff.socialWorker.date = '2021-11-19';
  p.signOff.submitted = '2021-11-19';
}

describe('Bolton Virtual School PEP guidance 2021/22: worked examples by section', () => {
  it('Bolton Virtual School PEP guidance 2021/22, Information and Guidance: "The Designated Teacher should take a lead with chairing the PEP meeting and completing the termly PEP document"', () => {
    const codes = ['PEP-DT-NOT-PRESENT', 'PEP-DT-VIEWS-MISSING'];
    expect(hits(assess('school-age-good'), ...codes)).toEqual([]);
    // The designated teacher is listed but did not attend: nobody from the school led the meeting.
    expect(hits(assess('school-age-good', (p) => (p.attendees[0].attended = false)), ...codes)).toEqual([['PEP-DT-NOT-PRESENT', ['attendees']]]);
    // Present, but the designated teacher's part of the document is empty.
    expect(hits(assess('school-age-good', (p) => delete p.views.designatedTeacher), ...codes)).toEqual([['PEP-DT-VIEWS-MISSING', ['views', 'designatedTeacher', 'text']]]);
  });

  it('Bolton Virtual School PEP guidance 2021/22, Information and Guidance: "The PEP should be completed within 10 working days of a child being taken into care"', () => {
    expect([bolton.timescales.initiatePep, bolton.timescales.completeInitialPep].map((t) => [t?.n, t?.unit])).toEqual([
      [10, 'working-days'],
      [10, 'working-days'],
    ]);
    // Taken into care on Monday 1 November 2021: 10 working days later is Monday 15 November.
    const input = { enteredCare: '2021-11-01', dateOfBirth: '2012-03-02' };
    const due = pepSchedule({ ...input, today: '2021-11-02' }, bolton).items;
    expect([itemsOf(due, 'initial-pep'), itemsOf(due, 'initial-pep-complete')]).toEqual([[['2021-11-15', 'due-soon', null]], [['2021-11-15', 'due-soon', null]]]);
    // Kept: a PEP held on 12 November. Broken: none by Tuesday 16 November.
    const kept = pepSchedule({ ...input, today: '2021-11-16', meetings: [{ date: '2021-11-12', kind: 'initial' }] }, bolton).items;
    expect(itemsOf(kept, 'initial-pep')).toEqual([['2021-11-15', 'done', '2021-11-12']]);
    expect(itemsOf(pepSchedule({ ...input, today: '2021-11-16' }, bolton).items, 'initial-pep')).toEqual([['2021-11-15', 'overdue', null]]);
  });

  it('Bolton Virtual School PEP guidance 2021/22, Information and Guidance: the PEP "should be reviewed on a termly basis"', () => {
    expect(bolton.timescales.pepFrequency.value).toBe('termly');
    const input = { ...CHILD, today: '2022-06-01', meetings: [INITIAL, { date: '2021-11-15' }, { date: '2022-03-01' }] };
    const termly = (policy: typeof bolton) => pepSchedule(input, policy).items.filter((i) => i.kind === 'termly-pep').map((i) => i.term?.term);
    expect(termly(bolton)).toEqual(['autumn', 'spring', 'summer']);
    // The frequency is the policy's: twice a year would drop the spring PEP.
    const twice = definePolicy({ timescales: { pepFrequency: { value: 'twice-yearly', source: 'test: twice a year' } } }, bolton);
    expect(twice.success && termly(twice.data)).toEqual(['autumn', 'summer']);
  });

  it('Bolton Virtual School PEP guidance 2021/22, Information and Guidance: "A review should also be initiated when a school or care placement changes"', () => {
    expect(bolton.timescales.reviewOnPlacementChange.value).toBe(true);
    const input = { enteredCare: '2021-11-01', dateOfBirth: '2012-03-02', today: '2021-11-02', placementChanges: [{ date: '2022-01-10', kind: 'school' as const }, { date: '2022-02-01', kind: 'care' as const }] };
    // Bolton gives no separate figure: each review is due within its 10 working days.
    expect(itemsOf(pepSchedule(input, bolton).items, 'placement-change-review')).toEqual([
      ['2022-01-24', 'upcoming', null],
      ['2022-02-15', 'upcoming', null],
    ]);
    const off = definePolicy({ timescales: { reviewOnPlacementChange: { value: false, source: 'test: no review on a move' } } }, bolton);
    expect(off.success && itemsOf(pepSchedule(input, off.data).items, 'placement-change-review')).toEqual([]);
  });

  it('Bolton Virtual School PEP guidance 2021/22, Information and Guidance: "the previous PEP should be a starting point for each meeting", apart from when a child is new into care', () => {
    expect(hits(assess('school-age-good'), 'PEP-PREVIOUS-TARGETS-MISSING')).toEqual([]);
    expect(hits(assess('school-age-good', (p) => delete p.previousTargets), 'PEP-PREVIOUS-TARGETS-MISSING')).toEqual([['PEP-PREVIOUS-TARGETS-MISSING', ['previousTargets']]]);
    // New into care: the initial PEP has no previous PEP to start from.
    const initial = (p: Record<string, any>) => {
      p.kind = 'initial';
      delete p.previousTargets;
    };
    expect(hits(assess('school-age-good', initial), 'PEP-PREVIOUS-TARGETS-MISSING')).toEqual([]);
  });

  it('Bolton Virtual School PEP guidance 2021/22, PEP deadline dates: "Autumn Term – Friday 17th December 2021"', () => {
    expect(deadline('autumn')).toBe('2021-12-17');
    expect(termlyItem({ ...CHILD, today: '2021-12-20', meetings: [INITIAL, { date: '2021-11-15' }] }, bolton, '2021/22', 'autumn')).toEqual(['2021-12-17', 'done', '2021-11-15']);
    expect(termlyItem({ ...CHILD, today: '2021-12-20', meetings: [INITIAL] }, bolton, '2021/22', 'autumn')).toEqual(['2021-12-17', 'overdue', null]);
    expect(termlyItem({ ...CHILD, today: '2021-12-17', meetings: [INITIAL] }, bolton, '2021/22', 'autumn')?.[1]).not.toBe('overdue');
  });

  it('Bolton Virtual School PEP guidance 2021/22, PEP deadline dates: "Spring Term – Friday 25th March 2022"', () => {
    expect(deadline('spring')).toBe('2022-03-25');
    const autumn = [INITIAL, { date: '2021-11-15' }];
    expect(termlyItem({ ...CHILD, today: '2022-03-28', meetings: [...autumn, { date: '2022-03-01' }] }, bolton, '2021/22', 'spring')).toEqual(['2022-03-25', 'done', '2022-03-01']);
    expect(termlyItem({ ...CHILD, today: '2022-03-28', meetings: autumn }, bolton, '2021/22', 'spring')).toEqual(['2022-03-25', 'overdue', null]);
    expect(termlyItem({ ...CHILD, today: '2022-03-25', meetings: autumn }, bolton, '2021/22', 'spring')?.[1]).not.toBe('overdue');
  });

  it('Bolton Virtual School PEP guidance 2021/22, PEP deadline dates: "Summer Term – Friday 15th July 2022"', () => {
    expect(deadline('summer')).toBe('2022-07-15');
    const held = [INITIAL, { date: '2021-11-15' }, { date: '2022-03-01' }];
    expect(termlyItem({ ...CHILD, today: '2022-07-18', meetings: [...held, { date: '2022-06-14' }] }, bolton, '2021/22', 'summer')).toEqual(['2022-07-15', 'done', '2022-06-14']);
    expect(termlyItem({ ...CHILD, today: '2022-07-18', meetings: held }, bolton, '2021/22', 'summer')).toEqual(['2022-07-15', 'overdue', null]);
    expect(termlyItem({ ...CHILD, today: '2022-07-15', meetings: held }, bolton, '2021/22', 'summer')?.[1]).not.toBe('overdue');
  });

  it('Bolton Virtual School PEP guidance 2021/22, Post-PEP: "Designated Teacher will return the completed PEP to the Social worker within 10 school days"', () => {
    expect([bolton.timescales.submissionAfterMeeting?.n, bolton.timescales.submissionAfterMeeting?.unit]).toEqual([10, 'school-days']);
    // Met on Monday 15 November 2021: 10 school days on the Bolton calendar is Monday 29 November.
    const codes = ['PEP-SUBMISSION-LATE', 'PEP-SUBMISSION-OVERDUE'];
    const at = (submitted: string | undefined, today: string) =>
      assessWith(bolton, today, 'school-age-good', (p) => {
        inAutumn2021(p);
        if (submitted === undefined) delete p.signOff.submitted;
        else p.signOff.submitted = submitted;
      }, calendars.bolton);
    expect(hits(at('2021-11-29', '2021-12-10'), ...codes)).toEqual([]);
    const late = at('2021-11-30', '2021-12-10');
    expect(hits(late, ...codes)).toEqual([['PEP-SUBMISSION-LATE', ['signOff', 'submitted']]]);
    expect(late.find((f) => f.code === 'PEP-SUBMISSION-LATE')?.message).toBe('The PEP was submitted more than 10 school days after the meeting.');
    // Not returned at all: overdue from the day after the tenth school day.
    expect(hits(at(undefined, '2021-11-29'), ...codes)).toEqual([]);
    expect(hits(at(undefined, '2021-11-30'), ...codes)).toEqual([['PEP-SUBMISSION-OVERDUE', ['signOff', 'submitted']]]);
    const schedule = pepSchedule({ ...CHILD, today: '2021-11-16', meetings: [INITIAL, { date: '2021-11-15' }] }, bolton).items;
    expect(schedule.filter((i) => i.kind === 'submission' && i.meeting === 1).map((i) => i.due)).toEqual(['2021-11-29']);
  });

  it('Bolton Virtual School PEP guidance 2021/22, Post-PEP: "a date has been set for the Autumn Term PEP ( and thereafter)"', () => {
    expect(hits(assess('school-age-good'), 'PEP-NEXT-MEETING-MISSING')).toEqual([]);
    expect(hits(assess('school-age-good', (p) => delete p.nextMeeting.date), 'PEP-NEXT-MEETING-MISSING')).toEqual([['PEP-NEXT-MEETING-MISSING', ['nextMeeting', 'date']]]);
  });

  it('Bolton Virtual School PEP guidance 2021/22, Post-PEP: "Social Worker will attend and contribute"', () => {
    const codes = ['PEP-SOCIAL-WORKER-VIEWS-MISSING', 'PEP-ATTENDEES-ROLE-MISSING'];
    expect(hits(assess('school-age-good'), ...codes)).toEqual([]);
    expect(hits(assess('school-age-good', (p) => delete p.views.socialWorker), ...codes)).toEqual([['PEP-SOCIAL-WORKER-VIEWS-MISSING', ['views', 'socialWorker', 'text']]]);
    const noSocialWorker = assess('school-age-good', (p) => (p.attendees = p.attendees.filter((a: { role: string }) => a.role !== 'social-worker')));
    expect(hits(noSocialWorker, ...codes)).toEqual([['PEP-ATTENDEES-ROLE-MISSING', ['attendees']]]);
    expect(noSocialWorker.find((f) => f.code === 'PEP-ATTENDEES-ROLE-MISSING')?.message).toBe('No attendee with role social-worker is recorded, present or absent.');
  });
});
