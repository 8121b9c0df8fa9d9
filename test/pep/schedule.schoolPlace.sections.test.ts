import { describe, expect, it } from 'vitest';
import { pepSchedule, type PepSchedule } from '../../src/pep/pepSchedule';
import { definePolicy, policies } from '../../src/policy/index';
import { calendars } from '../deadlines/_calendars';

/*
 * The Virtual School Handbook (NAVSH, 2014), 2e(i) Emergency care placements: a protocol "might
 * include: an undertaking to secure a suitable new education placement within 20 school days".
 * Practice, not statute: the england preset holds it as the library's default (its source says so).
 */

const schoolPlace = (s: PepSchedule) => s.items.filter((i) => i.kind === 'school-place').map((i) => [i.due, i.status, i.completedOn ?? null, i.schoolPlace]);
const base = { enteredCare: '2025-09-08', dateOfBirth: '2014-05-01', calendar: calendars.england };

describe('The Virtual School Handbook, 2e(i) Emergency care placements: a school place within 20 school days', () => {
  it('counts 20 school days from the first day without a place, over the October half-term', () => {
    // 21-24 Oct (4), half-term 27-31 Oct skipped, 3-7 Nov (9), 10-14 (14), 17-21 (19), 24 Nov (20).
    const s = pepSchedule({ ...base, today: '2025-11-03', schoolPlaces: [{ from: '2025-10-20' }] }, policies.england);
    expect(schoolPlace(s)).toEqual([['2025-11-24', 'upcoming', null, 0]]);
    expect(s.items.find((i) => i.kind === 'school-place')?.basis).toBe(
      'A school place secured within 20 school days of the child being without one (practice default, not statutory: The Virtual School Handbook (NAVSH, 2014), 2e(i) Emergency care placements ("an undertaking to secure a suitable new education placement within 20 school days"))',
    );
  });

  it('is done by the day the place was secured, and late after the 20th school day', () => {
    const s = pepSchedule(
      { ...base, today: '2025-12-01', schoolPlaces: [{ from: '2025-10-20', securedOn: '2025-11-20' }, { from: '2025-10-20', securedOn: '2025-11-26' }] },
      policies.england,
    );
    expect(schoolPlace(s)).toEqual([
      ['2025-11-24', 'done', '2025-11-20', 0],
      ['2025-11-24', 'done', '2025-11-26', 1],
    ]);
    expect(s.findings.filter((f) => f.code === 'DEADLINE-SCHEDULE-LATE').map((f) => f.path)).toEqual([['schoolPlaces', 1, 'securedOn']]);
  });

  it('is overdue once the 20th school day has passed without a place', () => {
    const s = pepSchedule({ ...base, today: '2025-11-25', schoolPlaces: [{ from: '2025-10-20' }] }, policies.england);
    expect(schoolPlace(s)).toEqual([['2025-11-24', 'overdue', null, 0]]);
  });

  it('counts a time without a place that began before care from the day the child entered care', () => {
    const s = pepSchedule({ ...base, today: '2025-09-10', schoolPlaces: [{ from: '2025-06-01' }] }, policies.england);
    // 20 school days after Monday 8 September 2025: 9 Sep … 6 Oct.
    expect(schoolPlace(s)).toEqual([['2025-10-06', 'upcoming', null, 0]]);
  });

  it('follows a council figure, and schedules nothing when the policy sets none', () => {
    // 10 school days after Monday 20 October: 21-24 Oct (4), half-term, 3-7 Nov (9), 10 Nov (10).
    const ten = definePolicy({ timescales: { secureSchoolPlace: { n: 10, unit: 'school-days', source: 'Exampleshire protocol, §2' } } });
    expect(ten.ok && schoolPlace(pepSchedule({ ...base, today: '2025-11-03', schoolPlaces: [{ from: '2025-10-20' }] }, ten.data))).toEqual([['2025-11-10', 'due-soon', null, 0]]);
    const none = definePolicy({ timescales: { secureSchoolPlace: null } });
    expect(none.ok && schoolPlace(pepSchedule({ ...base, today: '2025-11-03', schoolPlaces: [{ from: '2025-10-20' }] }, none.data))).toEqual([]);
  });

  it('without a calendar counts school days as working days (never later) and says so', () => {
    const s = pepSchedule({ ...base, calendar: undefined, today: '2025-11-03', schoolPlaces: [{ from: '2025-10-20' }] }, policies.england);
    expect(schoolPlace(s)).toEqual([['2025-11-17', 'due-soon', null, 0]]);
    expect(s.findings.map((f) => f.code)).toContain('DEADLINE-SCHEDULE-CALENDAR-MISSING');
  });

  it('refuses a time without a place that is not a date, with the schedule input codes', () => {
    const s = pepSchedule({ ...base, today: '2025-11-03', schoolPlaces: [{ from: 'soon' }] }, policies.england);
    expect(s.items).toEqual([]);
    expect(s.findings.map((f) => [f.code, f.path])).toEqual([['DEADLINE-SCHEDULE-DATE', ['schoolPlaces', 0, 'from']]]);
  });
});
