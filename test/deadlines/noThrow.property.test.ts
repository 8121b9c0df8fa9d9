import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import * as deadlines from '../../src/deadlines/index';
import * as pep from '../../src/pep/index';
import { policies } from '../../src/policy/index';
import { calendarInputs, calendars } from './_calendars';
import feed from './fixtures/gov-uk-bank-holidays-2018-2027.json';

/** Every public function of pep-rules/deadlines, called with arbitrary arguments. */
const calls: [string, (a: unknown, b: unknown, c: unknown) => unknown][] = [
  ['bankHolidays', (a, b, c) => deadlines.bankHolidays(a, b, c as never)],
  ['bankHolidaysChecked', (a, b, c) => deadlines.bankHolidaysChecked(a, b, c as never)],
  ['isBankHoliday', (a, b, c) => deadlines.isBankHoliday(a, b, c as never)],
  ['bankHolidaysFromGovUk', (a) => deadlines.bankHolidaysFromGovUk(a)],
  ['addWorkingDays', (a, b, c) => deadlines.addWorkingDays(a, b, c as never)],
  ['addWorkingDaysChecked', (a, b, c) => deadlines.addWorkingDaysChecked(a, b, c as never)],
  ['workingDaysBetween', (a, b, c) => deadlines.workingDaysBetween(a, b, c as never)],
  ['workingDaysBetweenChecked', (a, b, c) => deadlines.workingDaysBetweenChecked(a, b, c as never)],
  ['isWorkingDay', (a, b) => deadlines.isWorkingDay(a, b as never)],
  ['createSchoolCalendar', (a) => deadlines.createSchoolCalendar(a)],
  ['addSchoolDays', (a, b, c) => deadlines.addSchoolDays(a, b, c as never)],
  ['addSchoolDaysChecked', (a, b, c) => deadlines.addSchoolDaysChecked(a, b, c as never)],
  ['schoolDaysBetween', (a, b, c) => deadlines.schoolDaysBetween(a, b, c as never)],
  ['schoolDaysBetweenChecked', (a, b, c) => deadlines.schoolDaysBetweenChecked(a, b, c as never)],
  ['termOf', (a, b) => deadlines.termOf(a, b as never)],
  ['termOfDate', (a, b) => deadlines.termOfDate(a as never, b as never)],
  ['isSchoolDay', (a, b) => deadlines.isSchoolDay(a, b as never)],
  ['pepSchedule', (a, b) => pep.pepSchedule(a, b as never)],
  ['academicYearOf', (a) => deadlines.academicYearOf(a)],
  ['academicYearStarting', (a) => deadlines.academicYearStarting(a as never)],
  ['ncYearGroup', (a, b) => deadlines.ncYearGroup(a, b)],
  ['financialYearOf', (a) => deadlines.financialYearOf(a)],
  ['easterSunday', (a) => deadlines.easterSunday(a as never)],
];

/** JSON values, plus values that look nearly right so the deeper code paths run too. */
const nearly = fc.oneof(
  fc.jsonValue(),
  fc.constantFrom('2025-01-06', '2024-02-29', '2025-02-30', '9999-12-31', '1000-01-01', 5, -5, 0, 2025, 1e9, 0.5, 'scotland'),
  fc.constantFrom(calendars.halton, policies.halton, policies.england, { region: 'scotland', closures: ['2025-01-07', 'x'] }),
  fc.record({ enteredCare: fc.constantFrom('2024-10-14', 'x'), dateOfBirth: fc.constantFrom('2015-03-02', '2025-01-01'), today: fc.jsonValue() }),
);

describe('no public deadlines function throws', () => {
  for (const [name, call] of calls) {
    it(name, () => {
      fc.assert(
        fc.property(nearly, nearly, nearly, (a, b, c) => {
          call(a, b, c);
        }),
        { seed: 42, numRuns: 300 },
      );
    });
  }

  it('covers every function the module exports', () => {
    const exported = [...Object.entries(deadlines), ['pepSchedule', pep.pepSchedule] as const].filter(([, v]) => typeof v === 'function').map(([k]) => k).sort();
    expect(calls.map(([n]) => n).sort()).toEqual(exported);
  });
});

function deepFreeze<T>(value: T): T {
  if (value !== null && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const v of Object.values(value)) deepFreeze(v);
  }
  return value;
}

describe('no public deadlines function mutates its input', () => {
  it('leaves deep-frozen inputs intact (a write would throw in strict mode)', () => {
    const feedCopy = deepFreeze(structuredClone(feed));
    const calendarInput = deepFreeze(structuredClone({ ...calendarInputs.halton, closures: ['2025-01-08', '2024-12-02'] }));
    const options = deepFreeze({ region: 'scotland' as const, closures: ['2025-03-11', '2025-03-10', '2025-03-10'] });
    const schedule = deepFreeze({
      enteredCare: '2024-10-14',
      dateOfBirth: '2015-03-02',
      today: '2025-02-20',
      calendar: calendars.halton,
      meetings: [{ date: '2025-03-10', core: true }, { date: '2024-10-24', kind: 'initial' as const }],
      careReviews: ['2024-12-01', '2024-11-08'],
      sdqs: [{ informant: 'parent' as const, completedOn: '2024-12-01' }],
      placementChanges: [{ date: '2025-01-10', kind: 'school' as const }],
    });
    const before = structuredClone({ feedCopy, calendarInput, options, schedule: { ...schedule, calendar: null } });
    const parsed = deadlines.bankHolidaysFromGovUk(feedCopy);
    expect(parsed.success).toBe(true);
    expect(deadlines.createSchoolCalendar(calendarInput).ok).toBe(true);
    expect(deadlines.addWorkingDays('2025-03-07', 3, options)).toBe('2025-03-14');
    expect(deadlines.workingDaysBetween('2025-03-07', '2025-03-14', options)).toBe(3);
    expect(pep.pepSchedule(schedule, policies.halton).items.length).toBeGreaterThan(0);
    expect(structuredClone({ feedCopy, calendarInput, options, schedule: { ...schedule, calendar: null } })).toEqual(before);
  });
});
