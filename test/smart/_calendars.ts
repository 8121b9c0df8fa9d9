/**
 * School calendars the SMART and rules tests share: the same spring and summer terms of 2025 (half terms
 * 17–21 February and 26–30 May), so a term deadline and an academic year's end resolve to the same days everywhere.
 */
import { createSchoolCalendar, type SchoolCalendar } from '../../src/deadlines/index';

/**
 * Spring 2025 (6 January – 4 April) and summer 2025 (22 April – 22 July), with their half terms.
 * @returns The calendar (the test fails at once if it does not pass the gate).
 * @example
 * const context = { meetingDate: '2025-01-15', calendar: spring2025AndSummer() };
 */
export function spring2025AndSummer(): SchoolCalendar {
  const cal = createSchoolCalendar({
    terms: [
      { term: 'spring', start: '2025-01-06', end: '2025-04-04', halfTerms: [{ start: '2025-02-17', end: '2025-02-21' }] },
      { term: 'summer', start: '2025-04-22', end: '2025-07-22', halfTerms: [{ start: '2025-05-26', end: '2025-05-30' }] },
    ],
  });
  if (!cal.ok) throw new Error('the test calendar did not pass the gate');
  return cal.calendar;
}
