import { describe, expect, it } from 'vitest';
import { gradePep, policies } from '../../../src/index';
import { example } from '../../rules/_helpers';
import { assessWith, hits, termlyItem } from './_council';

/*
 * Worked examples, one per statement of the Halton Virtual School PEP Policy 2023-24 that the
 * traceability map (src/rules/traceability.ts) marks enforced and this file covers (halton-12 to
 * -14, -33 to -35, -42), each under the policies.halton preset and named with the policy's section.
 * Each PEP is an example from examples/peps with one thing changed; the unchanged example is the
 * "keeps the sentence" case.
 */

const { halton } = policies;
const TODAY = '2025-03-01';
const assess = (...args: Parameters<typeof assessWith> extends [unknown, unknown, ...infer R] ? R : never) => assessWith(halton, TODAY, ...args);

/** A child in care since June 2024 whose initial PEP was held on 10 June 2024 (summer term 2023/24). */
const CHILD = { enteredCare: '2024-06-03', dateOfBirth: '2015-03-02' };
const INITIAL = { date: '2024-06-10', kind: 'initial' as const };
const deadline = (term: string) => halton.timescales.termlyDeadlines.find((d) => d.academicYear === '2024/25' && d.term === term);

describe('Halton Virtual School PEP Policy 2023-24: worked examples by section', () => {
  it('Halton Virtual School PEP Policy 2023-24, PEP deadline dates: "Autumn Term – Friday 8th November 2024" is the autumn PEP\'s due date', () => {
    expect([deadline('autumn')?.date, deadline('autumn')?.source]).toEqual(['2024-11-08', 'Halton Virtual School PEP Policy 2023-24 (updated January 2025), PEP deadline dates']);
    // Kept: a PEP held on 15 October 2024 does the autumn PEP.
    expect(termlyItem({ ...CHILD, today: '2024-11-11', meetings: [INITIAL, { date: '2024-10-15' }] }, halton, '2024/25', 'autumn')).toEqual(['2024-11-08', 'done', '2024-10-15']);
    // Broken: no autumn PEP is overdue on Monday 11 November, not on the Friday itself.
    expect(termlyItem({ ...CHILD, today: '2024-11-11', meetings: [INITIAL] }, halton, '2024/25', 'autumn')).toEqual(['2024-11-08', 'overdue', null]);
    expect(termlyItem({ ...CHILD, today: '2024-11-08', meetings: [INITIAL] }, halton, '2024/25', 'autumn')?.[1]).not.toBe('overdue');
  });

  it('Halton Virtual School PEP Policy 2023-24, PEP deadline dates: "Spring Term – Friday 28th February 2025" is the spring PEP\'s due date', () => {
    expect(deadline('spring')?.date).toBe('2025-02-28');
    const autumn = { date: '2024-10-15' };
    expect(termlyItem({ ...CHILD, today: '2025-03-03', meetings: [INITIAL, autumn, { date: '2025-02-10' }] }, halton, '2024/25', 'spring')).toEqual(['2025-02-28', 'done', '2025-02-10']);
    expect(termlyItem({ ...CHILD, today: '2025-03-03', meetings: [INITIAL, autumn] }, halton, '2024/25', 'spring')).toEqual(['2025-02-28', 'overdue', null]);
    expect(termlyItem({ ...CHILD, today: '2025-02-28', meetings: [INITIAL, autumn] }, halton, '2024/25', 'spring')?.[1]).not.toBe('overdue');
  });

  it('Halton Virtual School PEP Policy 2023-24, PEP deadline dates: "Summer Term – Friday 27th June 2025" is the summer PEP\'s due date', () => {
    expect(deadline('summer')?.date).toBe('2025-06-27');
    const held = [INITIAL, { date: '2024-10-15' }, { date: '2025-02-10' }];
    expect(termlyItem({ ...CHILD, today: '2025-06-30', meetings: [...held, { date: '2025-06-20' }] }, halton, '2024/25', 'summer')).toEqual(['2025-06-27', 'done', '2025-06-20']);
    expect(termlyItem({ ...CHILD, today: '2025-06-30', meetings: held }, halton, '2024/25', 'summer')).toEqual(['2025-06-27', 'overdue', null]);
    expect(termlyItem({ ...CHILD, today: '2025-06-27', meetings: held }, halton, '2024/25', 'summer')?.[1]).not.toBe('overdue');
  });

  it('Halton Virtual School PEP Policy 2023-24, During the PEP Meeting: "An achievement record (academic or otherwise)" with attendance, conduct and special educational needs is part of the PEP', () => {
    const codes = ['PEP-ATTAINMENT-MISSING', 'PEP-ATTENDANCE-MISSING', 'PEP-EXCLUSIONS-MISSING', 'PEP-SEN-STATUS-MISSING'];
    expect(hits(assess('school-age-good'), ...codes)).toEqual([]);
    expect(hits(assess('school-age-good', (p) => delete p.attainment), ...codes)).toEqual([['PEP-ATTAINMENT-MISSING', ['attainment']]]);
    expect(hits(assess('school-age-good', (p) => delete p.attendance), ...codes)).toEqual([['PEP-ATTENDANCE-MISSING', ['attendance']]]);
    expect(hits(assess('school-age-good', (p) => delete p.exclusions), ...codes)).toEqual([['PEP-EXCLUSIONS-MISSING', ['exclusions']]]);
    expect(hits(assess('school-age-good', (p) => delete p.sen), ...codes)).toEqual([['PEP-SEN-STATUS-MISSING', ['sen', 'status']]]);
    // The QA grid's profile criterion (Appendix C PEP QA Criteria) is Green with the record and Amber without the attendance.
    const profile = (pep: Record<string, any>) => {
      const r = gradePep(pep, { policy: halton, today: TODAY });
      return r.ok ? r.criteria.find((c) => c.id === 'profile')?.rating : null;
    };
    const noAttendance = example('school-age-good');
    delete noAttendance.attendance;
    expect([profile(example('school-age-good')), profile(noAttendance)]).toEqual(['green', 'amber']);
  });

  it('Halton Virtual School PEP Policy 2023-24, During the PEP Meeting: the "existing arrangements for education and training" are part of the PEP (full-time or the hours, and any alternative provision)', () => {
    const codes = ['PEP-EDUCATION-HOURS-MISSING', 'PEP-ALTERNATIVE-PROVISION-NOT-RECORDED'];
    expect(hits(assess('school-age-good'), ...codes)).toEqual([]);
    expect(hits(assess('school-age-good', (p) => delete p.education.fullTime), ...codes)).toEqual([['PEP-EDUCATION-HOURS-MISSING', ['education', 'hoursPerWeek']]]);
    // Part-time with its weekly hours is an arrangement recorded.
    const partTime = (p: Record<string, any>) => {
      p.education.fullTime = false;
      p.education.hoursPerWeek = 15;
    };
    expect(hits(assess('school-age-good', partTime), ...codes)).toEqual([]);
    expect(hits(assess('school-age-good', (p) => (p.education.fullTime = false)), ...codes)).toEqual([['PEP-EDUCATION-HOURS-MISSING', ['education', 'hoursPerWeek']]]);
    expect(hits(assess('school-age-good', (p) => delete p.education.alternativeProvision), ...codes)).toEqual([
      ['PEP-ALTERNATIVE-PROVISION-NOT-RECORDED', ['education', 'alternativeProvision']],
    ]);
  });

  it('Halton Virtual School PEP Policy 2023-24, During the PEP Meeting: "Short term targets" are part of the PEP', () => {
    expect(hits(assess('school-age-good'), 'PEP-TARGETS-MISSING')).toEqual([]);
    expect(hits(assess('school-age-good', (p) => (p.targets = [])), 'PEP-TARGETS-MISSING')).toEqual([['PEP-TARGETS-MISSING', ['targets']]]);
    // One target is enough for this rule (the QA grid asks more of them elsewhere).
    const one = assess('school-age-good', (p) => {
      p.targets = p.targets.slice(0, 1);
      p.ppPlus.requests = p.ppPlus.requests.slice(0, 1);
    });
    expect(hits(one, 'PEP-TARGETS-MISSING')).toEqual([]);
  });

  it('Halton Virtual School PEP Policy 2023-24, During the PEP Meeting: "Ensure that the date for the next PEP meeting is set at the end of this one"', () => {
    expect(hits(assess('school-age-good'), 'PEP-NEXT-MEETING-MISSING')).toEqual([]);
    expect(hits(assess('school-age-good', (p) => delete p.nextMeeting.date), 'PEP-NEXT-MEETING-MISSING')).toEqual([['PEP-NEXT-MEETING-MISSING', ['nextMeeting', 'date']]]);
    expect(hits(assess('school-age-good', (p) => delete p.nextMeeting), 'PEP-NEXT-MEETING-MISSING')).toEqual([['PEP-NEXT-MEETING-MISSING', ['nextMeeting', 'date']]]);
    // It is one of Halton's non-negotiables (Appendix C PEP QA Criteria): without it that non-negotiable is not met.
    expect(halton.qa.nonNegotiables.value).toContain('next-meeting-details');
    const noNext = example('school-age-good');
    delete noNext.nextMeeting;
    const r = gradePep(noNext, { policy: halton, today: TODAY });
    expect(r.ok && r.nonNegotiables.find((n) => n.id === 'next-meeting-details')?.met).toBe(false);
  });
});
