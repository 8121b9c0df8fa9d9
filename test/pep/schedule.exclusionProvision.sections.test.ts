import { describe, expect, it } from 'vitest';
import { pepSchedule, type PepSchedule } from '../../src/pep/pepSchedule';
import { definePolicy, policies } from '../../src/policy/index';
import { calendars } from '../deadlines/_calendars';

/*
 * The Virtual School Handbook (NAVSH, 2014), 3e(i) 6th day/1st day provision: "Schools must provide
 * a full-time offer of learning to children from the 6th day of a fixed term exclusion" (the law:
 * SI 2007/1870 regs 3 to 5), and best practice "from the 1st day of a fixed term exclusion".
 */

const provision = (s: PepSchedule) =>
  s.items.filter((i) => i.kind === 'suspension-provision').map((i) => [i.suspension, i.due, i.lapsesOn ?? null, i.status, i.completedOn ?? null]);
const base = { enteredCare: '2024-05-01', dateOfBirth: '2013-03-01', calendar: calendars.england };

describe('The Virtual School Handbook, 3e(i) 6th day/1st day provision', () => {
  it('is due on the 6th school day of the suspension, the first day counted as day 1, across the half-term', () => {
    // Day 1 Wed 22 Oct, 2 Thu 23, 3 Fri 24, half-term, 4 Mon 3 Nov, 5 Tue 4, 6 Wed 5; day 8 Fri 7 Nov.
    const s = pepSchedule({ ...base, today: '2025-10-23', suspensions: [{ startDate: '2025-10-22', days: 8 }] }, policies.england);
    expect(provision(s)).toEqual([[0, '2025-11-05', '2025-11-07', 'due-soon', null]]);
    expect(s.items.find((i) => i.kind === 'suspension-provision')?.basis).toBe(
      'Full-time education from school day 6 of a suspension of 8 school days (Education (Provision of Full-Time Education for Excluded Pupils) (England) Regulations 2007 (SI 2007/1870), regs 3 to 5; The Virtual School Handbook (NAVSH, 2014), 3e(i) 6th day/1st day provision ("Schools must provide a full-time offer of learning to children from the 6th day of a fixed term exclusion"))',
    );
  });

  it('asks nothing of a suspension of 5 days or fewer (it ends before the 6th day)', () => {
    const s = pepSchedule({ ...base, today: '2025-10-23', suspensions: [{ startDate: '2025-10-22', days: 5 }, { startDate: '2025-11-10', days: 6 }] }, policies.england);
    expect(provision(s)).toEqual([[1, '2025-11-17', '2025-11-17', 'upcoming', null]]);
  });

  it('is done from the day provision started, and late when it started after the 6th day', () => {
    const s = pepSchedule(
      {
        ...base,
        today: '2025-11-20',
        suspensions: [
          { startDate: '2025-10-22', days: 8, provisionFrom: '2025-11-05' },
          { startDate: '2025-11-10', days: 10, provisionFrom: '2025-11-18' },
        ],
      },
      policies.england,
    );
    expect(provision(s)).toEqual([
      [0, '2025-11-05', '2025-11-07', 'done', '2025-11-05'],
      [1, '2025-11-17', '2025-11-21', 'done', '2025-11-18'],
    ]);
    expect(s.findings.filter((f) => f.code === 'DEADLINE-SCHEDULE-LATE').map((f) => f.path)).toEqual([['suspensions', 1, 'provisionFrom']]);
  });

  it('best practice: a council that offers full-time learning from the 1st day has it due on the first day', () => {
    const first = definePolicy({ timescales: { suspensionProvisionFromDay: { day: 1, source: 'Exampleshire exclusions protocol, §1 (1st day provision)' } } });
    expect(first.ok).toBe(true);
    const s = pepSchedule({ ...base, today: '2025-10-20', suspensions: [{ startDate: '2025-10-22', days: 2 }] }, first.ok ? first.data : policies.england);
    expect(provision(s)).toEqual([[0, '2025-10-22', '2025-10-23', 'due-soon', null]]);
  });

  it('ignores suspensions before care, and asks nothing when the policy sets no day', () => {
    expect(provision(pepSchedule({ ...base, today: '2025-10-23', suspensions: [{ startDate: '2024-03-04', days: 10 }] }, policies.england))).toEqual([]);
    const none = definePolicy({ timescales: { suspensionProvisionFromDay: null } });
    expect(none.ok && provision(pepSchedule({ ...base, today: '2025-10-23', suspensions: [{ startDate: '2025-10-22', days: 8 }] }, none.data))).toEqual([]);
  });

  it('refuses a suspension longer than the 45-day legal maximum, with the schedule input codes', () => {
    const s = pepSchedule({ ...base, today: '2025-10-23', suspensions: [{ startDate: '2025-10-22', days: 46 }] }, policies.england);
    expect(s.items).toEqual([]);
    expect(s.findings.map((f) => [f.code, f.path])).toEqual([['DEADLINE-SCHEDULE-RANGE', ['suspensions', 0, 'days']]]);
  });
});
