import type { Region } from '../core/enums';
import type { IsoDate } from '../core/isoDate';

/** One bank holiday. Substitute days carry `' (substitute day)'` in their name, as GOV.UK notes them. */
export interface BankHoliday {
  readonly date: IsoDate;
  readonly name: string;
}

/**
 * Bank holidays injected by a host, built by `bankHolidaysFromGovUk` from the official GOV.UK
 * feed. For every division and year it lists, it replaces the built-in rules.
 */
export interface InjectedHolidays {
  readonly kind: 'injected-holidays';
  /** Where the dates come from, e.g. `'GOV.UK bank holidays feed (injected by the host)'`. */
  readonly source: string;
  /** Holidays by division, then by year (`'2026'`), sorted by date. */
  readonly divisions: Readonly<Partial<Record<Region, Readonly<Record<string, readonly BankHoliday[]>>>>>;
}

/** Options for the bank-holiday functions. */
export interface BankHolidayOptions {
  /** An injected feed (from `bankHolidaysFromGovUk`); it wins for every division and year it covers. */
  readonly holidays?: InjectedHolidays;
}

/** Options for working-day arithmetic. */
export interface WorkingDayOptions {
  /** Bank-holiday region. Default `'england-and-wales'`. */
  readonly region?: Region;
  /** Extra closed dates (e.g. a council's office closure days); weekends and bank holidays need not be listed. */
  readonly closures?: readonly IsoDate[];
  /** An injected feed (from `bankHolidaysFromGovUk`). */
  readonly holidays?: InjectedHolidays;
}
