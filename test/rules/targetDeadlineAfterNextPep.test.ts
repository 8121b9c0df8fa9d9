import { describe, expect, it } from 'vitest';
import { spring2025AndSummer } from '../smart/_calendars';
import { assessPep, policies, type Policy } from '../../src/index';
import { example } from './_helpers';
import { findingsOfCode } from './_helpers';

// policy.targets.deadlineByNextPep (Milton Keynes on, every other preset off): a target whose resolved
// deadline falls after the next PEP meeting is a warning at its deadline. school-age-good: meeting
// 2025-01-15, next meeting 2025-04-30.
const TODAY = '2025-03-01';
const CODE = 'PEP-TARGET-DEADLINE-AFTER-NEXT-PEP';

function deadlineHits(policy: Policy, change?: (pep: Record<string, any>) => void): [string, (string | number)[]][] {
  return findingsOfCode(CODE, policy, change, { today: TODAY }).map((f) => [f.severity, [...(f.path ?? [])]]);
}

describe(CODE, () => {
  it('Milton Keynes Virtual School, Designated Teacher Handbook 2024/25, Appendix 1: "Will this target be achieved in time for the next PEP meeting?" — a target dated after the next meeting is a warning; on the day and before are not', () => {
    expect(policies.miltonKeynes.targets.deadlineByNextPep?.value).toBe(true);
    expect(deadlineHits(policies.miltonKeynes)).toEqual([]);
    expect(deadlineHits(policies.miltonKeynes, (p) => { p.targets[0].deadline = '2025-07-18'; })).toEqual([['warning', ['targets', 0, 'deadline']]]);
    expect(deadlineHits(policies.miltonKeynes, (p) => { p.targets[0].deadline = '2025-05-01'; })).toEqual([['warning', ['targets', 0, 'deadline']]]);
    expect(deadlineHits(policies.miltonKeynes, (p) => { p.targets[0].deadline = '2025-04-30'; })).toEqual([]);
  });

  it('Milton Keynes Virtual School, Designated Teacher Handbook 2024/25, Appendix 1: a deadline in weeks from the meeting is resolved — 16 weeks from 15 January is 7 May, after the next meeting; 14 weeks is not', () => {
    expect(deadlineHits(policies.miltonKeynes, (p) => { p.targets[1].deadline = 'within 16 weeks'; })).toEqual([['warning', ['targets', 1, 'deadline']]]);
    expect(deadlineHits(policies.miltonKeynes, (p) => { p.targets[1].deadline = 'within 14 weeks'; })).toEqual([]);
  });

  it('Milton Keynes Virtual School, Designated Teacher Handbook 2024/25, Appendix 1: with no next meeting date, or a deadline with no date (the end of the school year), nothing is judged', () => {
    expect(deadlineHits(policies.miltonKeynes, (p) => { p.targets[0].deadline = '2025-07-18'; delete p.nextMeeting.date; })).toEqual([]);
    expect(deadlineHits(policies.miltonKeynes, (p) => { p.targets[0].deadline = 'by the end of Year 4'; })).toEqual([]);
  });

  it('Milton Keynes Virtual School, Designated Teacher Handbook 2024/25, Appendix 1: with a school calendar, the end of this school year is its summer term\'s last day and is judged like a date; without one it has no date and is not', () => {
    const calendar = spring2025AndSummer();
    const withCalendar = (deadline: string, nextMeeting = '2025-04-30'): (string | number)[][] => {
      const pep = example('school-age-good');
      pep.targets[0].deadline = deadline;
      pep.nextMeeting.date = nextMeeting;
      const r = assessPep(pep, { policy: policies.miltonKeynes, today: TODAY, calendar });
      return r.findings.filter((f) => f.code === CODE).map((f) => [...(f.path ?? [])]);
    };
    for (const deadline of ['by the end of the academic year', 'for the rest of the school year', 'by the end of this school year']) {
      expect(withCalendar(deadline), deadline).toEqual([['targets', 0, 'deadline']]);
      expect(withCalendar(deadline, '2025-07-22'), `${deadline}, next meeting on the last day`).toEqual([]);
      expect(deadlineHits(policies.miltonKeynes, (p) => { p.targets[0].deadline = deadline; }), `${deadline}, no calendar`).toEqual([]);
    }
    // near-variant: a year group is an inferred year with no date, even with a calendar
    expect(withCalendar('by the end of Year 4')).toEqual([]);
  });

  it('the Handbook and the Halton, Bolton and Barnet documents set no such rule: their presets leave the switch off', () => {
    for (const policy of [policies.england, policies.halton, policies.bolton, policies.barnet]) {
      expect(policy.targets.deadlineByNextPep?.value, policy.id).toBe(false);
      expect(deadlineHits(policy, (p) => { p.targets[0].deadline = '2025-07-18'; }), policy.id).toEqual([]);
    }
  });
});
