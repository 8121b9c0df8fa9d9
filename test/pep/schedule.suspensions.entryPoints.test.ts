import { describe, expect, it } from 'vitest';
import { derivePepFacts } from '../../src/pep/derivePepFacts';
import { pepSchedule, type ScheduleItem } from '../../src/pep/pepSchedule';
import { _pepScheduleBase, _pepSuspensions } from '../../src/pep/schedule/fromPep';
import { parsePep } from '../../src/pep/parsePep';
import { policies } from '../../src/policy/index';
import { assessPep } from '../../src/rules/assessPep';
import { nextPepActions } from '../../src/rules/nextPepActions';
import { calendars } from '../deadlines/_calendars';
import { pepWithSuspensions as pepWith } from '../_helpers/suspensionPep';

/*
 * The Virtual School Handbook (NAVSH, 2014), 3e(i) 6th day/1st day provision: "Schools must provide
 * a full-time offer of learning to children from the 6th day of a fixed term exclusion". The PEP
 * records suspensions (`exclusions.suspensions`; Milton Keynes Designated Teacher Handbook 2024/25,
 * 9. Suspensions and Permanent Exclusion Guidance: "All suspensions must be formally recorded"), so
 * every entry point that builds a child's schedule from a PEP must carry them to `pepSchedule`.
 */

const TODAY = '2025-01-28';
// Day 1 Monday 27 January 2025 ... day 5 Friday 31 January, day 6 Monday 3 February; day 10 Friday 7 February.
const TEN_DAYS = pepWith([{ startDate: '2025-01-27', days: 10 }]);

const provision = (items: readonly ScheduleItem[]) =>
  items.filter((i) => i.kind === 'suspension-provision').map((i) => [i.due, i.lapsesOn ?? null, i.status, i.completedOn ?? null]);

function fromFacts(pep: unknown, options: Parameters<typeof derivePepFacts>[1] = {}): readonly ScheduleItem[] {
  const r = derivePepFacts(pep, { today: TODAY, ...options });
  if (!r.ok) throw new Error(`the PEP should be valid: ${r.findings.map((f) => f.code).join(', ')}`);
  return r.facts.schedule?.items ?? [];
}

describe('The Virtual School Handbook, 3e(i) 6th day/1st day provision: every entry point schedules it from the PEP', () => {
  it('derivePepFacts: a suspension of 10 days from 2025-01-27 asks for full-time education from the sixth school day, 2025-02-03', () => {
    expect(provision(fromFacts(TEN_DAYS))).toEqual([['2025-02-03', '2025-02-07', 'due-soon', null]]);
  });

  it('nextPepActions gives the designated teacher the same date as derivePepFacts', () => {
    const actions = nextPepActions(assessPep(TEN_DAYS, { today: TODAY })).actions.filter((a) => a.from === 'suspension-provision');
    const [item] = fromFacts(TEN_DAYS).filter((i) => i.kind === 'suspension-provision');
    expect(actions.map((a) => [a.role, a.action, a.due, a.status])).toEqual([['designated-teacher', 'arrange-full-time-provision', '2025-02-03', 'due-soon']]);
    expect(actions[0]?.due).toBe(item?.due);
    expect(actions[0]?.basis.startsWith(item?.basis.replace(/\.$/, '') ?? '-')).toBe(true);
  });

  it('counts school days in the calendar given: across the February half-term the sixth day moves', () => {
    // The illustrative Halton 2024/25 calendar: half-term 17-21 February. Day 1 Thu 13, 2 Fri 14, 3 Mon 24, 4 Tue 25, 5 Wed 26, 6 Thu 27 February.
    const pep = pepWith([{ startDate: '2025-02-13', days: 8 }]);
    const withCalendar = fromFacts(pep, { calendar: calendars.halton });
    expect(provision(withCalendar).map((p) => p[0])).toEqual(['2025-02-27']);
    const actions = nextPepActions(assessPep(pep, { today: TODAY, calendar: calendars.halton }), { calendar: calendars.halton }).actions;
    expect(actions.filter((a) => a.from === 'suspension-provision').map((a) => a.due)).toEqual(['2025-02-27']);
  });

  it('a provisionFrom an export records on the suspension marks the item done; one that is not a real date is ignored', () => {
    const done = pepWith([{ startDate: '2025-01-27', days: 10, provisionFrom: '2025-01-27' }]);
    expect(provision(fromFacts(done))).toEqual([['2025-02-03', '2025-02-07', 'done', '2025-01-27']]);
    const bad = pepWith([{ startDate: '2025-01-27', days: 10, provisionFrom: '2025-02-30' }]);
    expect(provision(fromFacts(bad))).toEqual([['2025-02-03', '2025-02-07', 'due-soon', null]]);
  });

  it('a suspension of five days or fewer asks for nothing (it ends before the sixth day), from derivePepFacts as from pepSchedule', () => {
    expect(provision(fromFacts(pepWith([{ startDate: '2025-01-27', days: 5 }])))).toEqual([]);
  });

  it('the shared reading gives pepSchedule the PEP\'s suspensions in order, with its other dates', () => {
    const parsed = parsePep(pepWith([{ startDate: '2024-11-04', days: 3 }, { startDate: '2025-01-27', days: 10, provisionFrom: '2025-01-28', note: 'x' }]));
    if (!parsed.success) throw new Error('valid PEP');
    expect(_pepSuspensions(parsed.data)).toEqual([{ startDate: '2024-11-04', days: 3 }, { startDate: '2025-01-27', days: 10, provisionFrom: '2025-01-28' }]);
    const base = _pepScheduleBase(parsed.data);
    expect([base.enteredCare, base.dateOfBirth, base.sdqs, 'ehcpAnnualReview' in base]).toEqual(['2023-05-02', '2014-01-10', [], false]);
    const direct = pepSchedule({ ...base, today: TODAY, meetings: [{ date: '2025-01-20', kind: 'termly' }] }, policies.england);
    expect(provision(direct.items)).toEqual([['2025-02-03', '2025-02-07', 'done', '2025-01-28']]);
  });
});
