import type { CodeInfo } from '../core/finding';

const LIB = 'pep-rules';
const HOLIDAYS = 'Banking and Financial Dealings Act 1971, Schedule 1, and the royal proclamations of each year';
const FEED = 'GOV.UK bank holidays feed';
const CALENDAR = "The council's or school's published term dates (terms, half-terms, INSET and closure days)";

/**
 * The finding codes of the calendar functions (working days, school days, bank holidays, school
 * calendars), with severity, meaning and source. `docs/codes.md` is generated from this and the
 * other modules' catalogues (`npm run codes`).
 * @example
 * import { DEADLINE_CODES } from 'pep-rules/deadlines';
 * DEADLINE_CODES['DEADLINE-BANK-HOLIDAYS-PROVISIONAL'].severity;
 * //=> 'info'
 */
export const DEADLINE_CODES = {
  'DEADLINE-AMOUNT-INVALID': { severity: 'error', meaning: 'The number of days to add is not a whole number.', source: LIB },
  'DEADLINE-AMOUNT-RANGE': { severity: 'error', meaning: 'The number of days to add is implausibly large (more than 100,000 either way).', source: LIB },
  'DEADLINE-BANK-HOLIDAYS-PROVISIONAL': {
    severity: 'info',
    meaning: 'A deadline crosses years whose bank holidays are worked out from the usual rules only; a later proclamation may add or move one, so check the date nearer the time.',
    source: HOLIDAYS,
  },
  'DEADLINE-BANK-HOLIDAYS-UNVERIFIED': {
    severity: 'warning',
    meaning: "A date is in a year before 1995, for which one-off bank holiday changes are not known; today's rules were applied.",
    source: HOLIDAYS,
  },
  'DEADLINE-CALENDAR-DATE': { severity: 'error', meaning: 'A date in the school calendar is not a real date written YYYY-MM-DD.', source: CALENDAR },
  'DEADLINE-CALENDAR-HALF-TERM-END-BEFORE-START': { severity: 'error', meaning: 'A half-term holiday in the school calendar ends before it starts.', source: CALENDAR },
  'DEADLINE-CALENDAR-HALF-TERM-OUTSIDE-TERM': { severity: 'warning', meaning: 'A half-term holiday in the school calendar lies outside the term it belongs to.', source: CALENDAR },
  'DEADLINE-CALENDAR-INSET-OUTSIDE-TERM': { severity: 'warning', meaning: 'An INSET (training) day in the school calendar lies outside the term it belongs to.', source: CALENDAR },
  'DEADLINE-CALENDAR-INVALID': {
    severity: 'error',
    meaning: 'The school calendar given is not one built by createSchoolCalendar, or a value in it is not valid, so school days cannot be counted.',
    source: LIB,
  },
  'DEADLINE-CALENDAR-OUT-OF-RANGE': {
    severity: 'error',
    meaning: 'A date, or the deadline worked out from it, falls outside the academic years the school calendar covers.',
    source: CALENDAR,
  },
  'DEADLINE-CALENDAR-RANGE': { severity: 'error', meaning: 'The school calendar has too few or too many terms, half-terms, INSET or closure days.', source: CALENDAR },
  'DEADLINE-CALENDAR-REQUIRED': { severity: 'error', meaning: 'The school calendar lacks something it must give (for example the terms, or a term\'s start or end).', source: CALENDAR },
  'DEADLINE-CALENDAR-TERM-CROSSES-YEARS': { severity: 'error', meaning: 'A term in the school calendar runs from one academic year into the next.', source: CALENDAR },
  'DEADLINE-CALENDAR-TERM-END-BEFORE-START': { severity: 'error', meaning: 'A term in the school calendar ends before it starts.', source: CALENDAR },
  'DEADLINE-CALENDAR-TERM-MISSING': {
    severity: 'info',
    meaning: 'An academic year in the school calendar lacks one of its three terms; school days in that gap are not counted.',
    source: CALENDAR,
  },
  'DEADLINE-CALENDAR-TERM-OVERLAP': { severity: 'error', meaning: 'Two terms in the school calendar overlap.', source: CALENDAR },
  'DEADLINE-CALENDAR-TERM-TOO-LONG': { severity: 'error', meaning: 'A term in the school calendar is longer than a year.', source: CALENDAR },
  'DEADLINE-CALENDAR-TYPE': { severity: 'error', meaning: 'A value in the school calendar has the wrong type (for example text where a list is expected).', source: CALENDAR },
  'DEADLINE-CALENDAR-VALUE': { severity: 'error', meaning: 'A value in the school calendar is not one of the allowed choices (for example a term other than autumn, spring or summer).', source: CALENDAR },
  'DEADLINE-CLOSURE-INVALID': { severity: 'error', meaning: 'A closure day given for a working-day count is not a real date written YYYY-MM-DD.', source: LIB },
  'DEADLINE-DATE-INVALID': { severity: 'error', meaning: 'A date given to a deadline calculation is not a real date written YYYY-MM-DD.', source: LIB },
  'DEADLINE-FEED-DATE': { severity: 'error', meaning: 'A date in the GOV.UK bank holidays feed is not a real date written YYYY-MM-DD.', source: FEED },
  'DEADLINE-FEED-DIVISION-MISMATCH': { severity: 'error', meaning: 'A part of the bank holidays feed names a different UK nation from the one it is filed under.', source: FEED },
  'DEADLINE-FEED-DUPLICATE-DATE': { severity: 'warning', meaning: 'The bank holidays feed lists the same date twice for one nation; the repeat was ignored.', source: FEED },
  'DEADLINE-FEED-EMPTY': { severity: 'error', meaning: 'The bank holidays feed has none of England and Wales, Scotland or Northern Ireland.', source: FEED },
  'DEADLINE-FEED-JSON': { severity: 'error', meaning: 'The bank holidays feed is not valid JSON.', source: FEED },
  'DEADLINE-FEED-RANGE': { severity: 'error', meaning: 'A value in the bank holidays feed is outside what it allows (for example a title of the wrong length).', source: FEED },
  'DEADLINE-FEED-REQUIRED': { severity: 'error', meaning: 'The bank holidays feed lacks a field it must have (for example an event\'s title or date).', source: FEED },
  'DEADLINE-FEED-TYPE': { severity: 'error', meaning: 'A value in the bank holidays feed has the wrong type.', source: FEED },
  'DEADLINE-FEED-VALUE': { severity: 'error', meaning: 'The bank holidays feed names a division that is not one of England and Wales, Scotland or Northern Ireland.', source: FEED },
  'DEADLINE-OPTIONS-INVALID': { severity: 'error', meaning: 'The options given to a working-day or bank holiday calculation are not an object of settings.', source: LIB },
  'DEADLINE-REGION-UNKNOWN': { severity: 'error', meaning: 'The UK nation is not one of England and Wales, Scotland or Northern Ireland.', source: HOLIDAYS },
  'DEADLINE-RESULT-OUT-OF-RANGE': { severity: 'error', meaning: 'The deadline worked out would fall outside the years 1000 to 9999.', source: LIB },
  'DEADLINE-YEAR-INVALID': { severity: 'error', meaning: 'The year asked for is not a whole year between 1000 and 9999.', source: LIB },
} as const satisfies Record<string, CodeInfo>;

/** A finding code of the deadlines module: a key of {@link DEADLINE_CODES}. */
export type DeadlineCode = keyof typeof DEADLINE_CODES;
