import { REGIONS, type Region } from '../core/enums';
import { finding, type Finding } from '../core/finding';
import { toDayNumberOrNull, yearOfDayNumber } from '../core/isoDate';
import { _CONFIRMED_TO, _RULES_SOURCE, _VERIFIED_FROM, _ruleHolidays } from './_holidayRules';
import { _isFeed, _provisionalFinding, _unverifiedFinding } from './_workingDays';
import type { BankHoliday, BankHolidayOptions, InjectedHolidays } from './types';
import { _guarded } from '../core/_guarded';

/**
 * The last year the built-in bank holidays were checked against the GOV.UK feed and the known
 * proclamations (February 2026). Later years come from the rules only and are provisional: a
 * future proclamation can add or move a day. Inject the feed (`bankHolidaysFromGovUk`) to be sure.
 * @example
 * import { BANK_HOLIDAYS_CONFIRMED_TO } from 'pep-rules/deadlines';
 * BANK_HOLIDAYS_CONFIRMED_TO;
 * //=> 2027
 */
export const BANK_HOLIDAYS_CONFIRMED_TO: number = _CONFIRMED_TO;

/** The result of {@link bankHolidaysChecked}. */
export type BankHolidaysResult =
  | {
      readonly ok: true;
      readonly year: number;
      readonly region: Region;
      readonly holidays: BankHoliday[];
      /** `'gov-uk-feed'` when an injected feed covers this division and year, else `'rules'`. */
      readonly origin: 'gov-uk-feed' | 'rules';
      /** True for rule-made years after {@link BANK_HOLIDAYS_CONFIRMED_TO} (or before 1995). */
      readonly provisional: boolean;
      /** Where the dates come from. */
      readonly source: string;
      readonly findings: readonly Finding[];
    }
  | { readonly ok: false; readonly holidays: BankHoliday[]; readonly findings: readonly Finding[] };

function feedYear(feed: InjectedHolidays | undefined, region: Region, year: number): readonly BankHoliday[] | null {
  const list = feed?.divisions?.[region]?.[String(year)];
  return Array.isArray(list) && list.length > 0 ? (list as readonly BankHoliday[]) : null;
}

/**
 * The bank holidays of a year and their provenance, with findings: `DEADLINE-YEAR-INVALID`,
 * `DEADLINE-REGION-UNKNOWN` and `DEADLINE-OPTIONS-INVALID` for bad input (then `ok: false`),
 * `DEADLINE-BANK-HOLIDAYS-PROVISIONAL` (info) for rule-made years after 2027 and
 * `DEADLINE-BANK-HOLIDAYS-UNVERIFIED` (warning) for years before 1995.
 * @param year - Whole year, 1000–9999.
 * @param region - `'england-and-wales'` (default), `'scotland'` or `'northern-ireland'`.
 * @param options - `{ holidays? }`: an injected feed wins for the years it covers.
 * @returns `{ ok, year, region, holidays, origin, provisional, source, findings }`.
 * @example
 * import { bankHolidaysChecked } from 'pep-rules/deadlines';
 * const r = bankHolidaysChecked(2031);
 * r.ok && [r.origin, r.provisional, r.findings.map((f) => f.code)];
 * //=> ['rules', true, ['DEADLINE-BANK-HOLIDAYS-PROVISIONAL']]
 */
export function bankHolidaysChecked(year: unknown, region: unknown = 'england-and-wales', options?: BankHolidayOptions): BankHolidaysResult {
  return _guarded(unguardedBankHolidaysChecked, [year, region, options]);
}

function unguardedBankHolidaysChecked(year: unknown, region: unknown = 'england-and-wales', options?: BankHolidayOptions): BankHolidaysResult {
  const findings: Finding[] = [];
  if (typeof year !== 'number' || !Number.isInteger(year) || year < 1000 || year > 9999) {
    findings.push(finding('DEADLINE-YEAR-INVALID', 'error', '`year` must be a whole year from 1000 to 9999.', ['year']));
  }
  if (!REGIONS.includes(region as Region)) {
    findings.push(finding('DEADLINE-REGION-UNKNOWN', 'error', 'The region must be one of: "england-and-wales", "scotland", "northern-ireland".', ['region']));
  }
  const opts = options as unknown;
  let feed: InjectedHolidays | undefined;
  if (opts !== undefined && opts !== null) {
    const h = typeof opts === 'object' ? (opts as { holidays?: unknown }).holidays : null;
    if (h !== undefined && !_isFeed(h)) {
      findings.push(finding('DEADLINE-OPTIONS-INVALID', 'error', 'The holidays option must be the data returned by bankHolidaysFromGovUk.', ['options', 'holidays']));
    } else if (h !== undefined) feed = h;
  }
  if (findings.length > 0) return { ok: false, holidays: [], findings };
  const y = year as number;
  const r = region as Region;
  const fromFeed = feedYear(feed, r, y);
  if (fromFeed !== null) {
    return {
      ok: true,
      year: y,
      region: r,
      holidays: fromFeed.map((h) => ({ date: h.date, name: h.name })),
      origin: 'gov-uk-feed',
      provisional: false,
      source: feed?.source ?? 'injected holidays',
      findings: [],
    };
  }
  const out: Finding[] = [];
  if (y > _CONFIRMED_TO) out.push(_provisionalFinding(y, y));
  if (y < _VERIFIED_FROM) out.push(_unverifiedFinding(y, y));
  return {
    ok: true,
    year: y,
    region: r,
    holidays: _ruleHolidays(y, r).map((h) => ({ date: h.date, name: h.name })),
    origin: 'rules',
    provisional: out.length > 0,
    source: out.length > 0 ? `${_RULES_SOURCE}; provisional: checked to ${_CONFIRMED_TO}` : _RULES_SOURCE,
    findings: out,
  };
}

/**
 * The bank holidays of a year in a region, sorted by date, each `{ date, name }`: the Easter,
 * Monday and fixed-date rules with substitute days, every one-off change since 1995 (jubilees, the
 * 2022 state funeral, the 2023 coronation, Scotland's 2026 World Cup day), or the injected feed for
 * the years it covers. Years after 2027 are provisional ({@link bankHolidaysChecked} says so).
 * Invalid input gives `[]` ({@link bankHolidaysChecked} says why).
 * @param year - Whole year, 1000–9999.
 * @param region - `'england-and-wales'` (default), `'scotland'` or `'northern-ireland'`.
 * @param options - `{ holidays? }`: an injected feed.
 * @returns `{ date, name }[]`.
 * @example
 * import { bankHolidays } from 'pep-rules/deadlines';
 * bankHolidays(2022).slice(-2);
 * //=> [{ date: '2022-12-26', name: 'Boxing Day' }, { date: '2022-12-27', name: 'Christmas Day (substitute day)' }]
 */
export function bankHolidays(year: unknown, region: unknown = 'england-and-wales', options?: BankHolidayOptions): BankHoliday[] {
  return _guarded(unguardedBankHolidays, [year, region, options]);
}

function unguardedBankHolidays(year: unknown, region: unknown = 'england-and-wales', options?: BankHolidayOptions): BankHoliday[] {
  return bankHolidaysChecked(year, region, options).holidays;
}

/**
 * Whether a date is a bank holiday in a region (substitute days included). `null` for an invalid
 * date, region or options.
 * @param date - `'YYYY-MM-DD'`.
 * @param region - `'england-and-wales'` (default), `'scotland'` or `'northern-ireland'`.
 * @param options - `{ holidays? }`: an injected feed.
 * @returns `true`, `false` or `null`.
 * @example
 * import { isBankHoliday } from 'pep-rules/deadlines';
 * [isBankHoliday('2025-04-21'), isBankHoliday('2025-04-21', 'scotland'), isBankHoliday('2025-12-01', 'scotland')];
 * //=> [true, false, true]
 */
export function isBankHoliday(date: unknown, region: unknown = 'england-and-wales', options?: BankHolidayOptions): boolean | null {
  const day = toDayNumberOrNull(date);
  if (day === null) return null;
  const result = bankHolidaysChecked(yearOfDayNumber(day), region, options);
  if (!result.ok) return null;
  return result.holidays.some((h) => h.date === date);
}
