import { UTCDate } from '@date-fns/utc';
import { addBusinessDays } from 'date-fns';
import { bench, describe } from 'vitest';
import { addWorkingDays, createSchoolCalendar, addSchoolDays, workingDaysBetween } from '../src/deadlines/index';
import { pepSchedule } from '../src/pep/index';
import { policies } from '../src/policy/index';
import englandCalendar from '../examples/calendars/england-2025-26.json';

/*
 * addWorkingDays (weekends AND bank holidays) against date-fns addBusinessDays (weekends only),
 * in the same run. DESIGN.md: addWorkingDays must be at least as fast. The date-fns baseline
 * returns a Date; ours parses and returns an ISO string, so both sides include their own I/O.
 * A rotating start date keeps the JIT from specialising on one input.
 */
const STARTS = ['2025-03-03', '2024-12-20', '2025-04-17', '2026-01-30', '2022-05-31', '2023-12-22', '2027-08-27', '2021-02-15'];
const UTC_STARTS = STARTS.map((d) => new UTCDate(Number(d.slice(0, 4)), Number(d.slice(5, 7)) - 1, Number(d.slice(8, 10))));
let i = 0;
let sink: unknown;

describe('addWorkingDays, 20 days', () => {
  bench('addWorkingDays(…, 20)', () => {
    sink = addWorkingDays(STARTS[i++ & 7], 20);
  });
  bench('baseline: date-fns addBusinessDays(UTCDate, 20)', () => {
    sink = addBusinessDays(UTC_STARTS[i++ & 7] as UTCDate, 20);
  });
  bench('baseline: date-fns addBusinessDays(UTCDate, 20) + toISOString().slice(0, 10)', () => {
    sink = addBusinessDays(UTC_STARTS[i++ & 7] as UTCDate, 20).toISOString().slice(0, 10);
  });
});

describe('addWorkingDays, 2000 days', () => {
  bench('addWorkingDays(…, 2000)', () => {
    sink = addWorkingDays(STARTS[i++ & 7], 2000);
  });
  bench('baseline: date-fns addBusinessDays(UTCDate, 2000)', () => {
    sink = addBusinessDays(UTC_STARTS[i++ & 7] as UTCDate, 2000);
  });
});

describe('other deadline functions', () => {
  const cal = createSchoolCalendar(englandCalendar);
  const calendar = cal.ok ? cal.calendar : null;
  bench('workingDaysBetween, about 1 year', () => {
    sink = workingDaysBetween(STARTS[i++ & 7], '2026-03-03');
  });
  bench('addWorkingDays with 3 closures, 20 days', () => {
    sink = addWorkingDays(STARTS[i++ & 7], 20, { closures: ['2025-03-10', '2025-03-11', '2025-12-29'] });
  });
  bench('addSchoolDays(…, 20), England 2025/26 example calendar', () => {
    if (calendar) sink = addSchoolDays('2025-10-20', 20, calendar);
  });
  bench('pepSchedule, Halton preset, 3 meetings', () => {
    sink = pepSchedule(
      {
        enteredCare: '2024-10-14',
        dateOfBirth: '2015-03-02',
        today: '2025-02-20',
        meetings: [{ date: '2024-10-24', submittedOn: '2024-11-12' }, { date: '2025-01-22' }, { date: '2025-03-10' }],
      },
      policies.halton,
    );
  });
});

export { sink };
