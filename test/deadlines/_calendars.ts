import { createSchoolCalendar, type SchoolCalendar } from '../../src/deadlines/createSchoolCalendar';
import bolton from '../../examples/calendars/bolton-2021-22.json';
import england from '../../examples/calendars/england-2025-26.json';
import halton from '../../examples/calendars/halton-2024-25.json';

function load(input: unknown): SchoolCalendar {
  const r = createSchoolCalendar(input);
  if (!r.ok) throw new Error(`example calendar rejected: ${r.findings.map((f) => f.code).join(', ')}`);
  return r.calendar;
}

/** The example calendars in examples/calendars/, built once. */
export const calendars = {
  halton: load(halton),
  bolton: load(bolton),
  england: load(england),
};

export const calendarInputs = { halton, bolton, england };
