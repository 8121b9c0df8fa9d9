import { REGIONS, TERMS, type Region, type Term } from '../core/enums';
import { _issueAt, _readArray, _readDate, _readEnum, _readInput, _readObject, type _Reader, type _ReadResult } from './_read';
import { _isFeed } from './_workingDays';
import type { InjectedHolidays } from './types';

/** A half-term as read: both ends real dates. */
export interface _RangeData {
  readonly start: string;
  readonly end: string;
}

/** A term as read: its dates are real dates, not yet checked against each other. */
export interface _TermData {
  readonly term: Term;
  readonly start: string;
  readonly end: string;
  readonly halfTerms?: readonly _RangeData[] | undefined;
  readonly insetDays?: readonly string[] | undefined;
}

/** A school calendar's input as read, other keys dropped. */
export interface _CalendarData {
  readonly terms: readonly _TermData[];
  readonly closures?: readonly string[] | undefined;
  readonly region?: Region | undefined;
  readonly holidays?: InjectedHolidays | undefined;
}

const readHolidays: _Reader<InjectedHolidays> = (value, path, issues) => {
  if (!_isFeed(value)) issues.push(_issueAt(path, { code: 'custom' }, 'must be the data returned by bankHolidaysFromGovUk'));
  return value as InjectedHolidays;
};

const readRange = /* @__PURE__ */ _readObject<_RangeData>([
  ['start', _readDate],
  ['end', _readDate],
]);

const readTerm = /* @__PURE__ */ _readObject<_TermData>([
  ['term', /* @__PURE__ */ _readEnum(TERMS)],
  ['start', _readDate],
  ['end', _readDate],
  ['halfTerms', /* @__PURE__ */ _readArray(readRange, undefined, 12), 'optional'],
  ['insetDays', /* @__PURE__ */ _readArray(_readDate, undefined, 60), 'optional'],
]);

const readCalendar = /* @__PURE__ */ _readObject<_CalendarData>([
  ['terms', /* @__PURE__ */ _readArray(readTerm, 1, 300)],
  ['closures', /* @__PURE__ */ _readArray(_readDate, undefined, 10_000), 'optional'],
  ['region', /* @__PURE__ */ _readEnum(REGIONS), 'optional'],
  ['holidays', readHolidays, 'optional'],
]);

/**
 * Reads a school calendar's input: 1 to 300 terms `{ term, start, end, halfTerms? (≤ 12), insetDays? (≤ 60) }`,
 * `closures?` (≤ 10,000 dates), `region?`, `holidays?` (an injected feed). Findings are `DEADLINE-CALENDAR-*`.
 */
export const _readCalendarInput = (input: unknown, source: string): _ReadResult<_CalendarData> => _readInput(readCalendar, input, 'DEADLINE-CALENDAR', source);
