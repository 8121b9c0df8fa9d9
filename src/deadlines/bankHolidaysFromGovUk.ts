import { REGIONS, type Region } from '../core/enums';
import { finding, type Finding } from '../core/finding';
import { _readGovUkFeed, type _FeedDivisionData } from './_readGovUkFeed';
import type { BankHoliday, InjectedHolidays } from './types';
import { _guarded } from '../core/_guarded';

const FEED_SOURCE = 'GOV.UK bank holidays feed, https://www.gov.uk/bank-holidays.json (injected by the host)';

/** The result of {@link bankHolidaysFromGovUk}. */
export type GovUkFeedResult =
  | { readonly success: true; readonly data: InjectedHolidays; readonly issues: readonly Finding[] }
  | { readonly success: false; readonly issues: readonly Finding[] };

type Division = _FeedDivisionData;

/** The feed as an object: parsed from JSON text when a string is given, or `null` for broken JSON. */
function _feedObject(json: unknown): { readonly value: unknown } | null {
  if (typeof json !== 'string') return { value: json };
  try {
    return { value: JSON.parse(json) as unknown };
  } catch {
    return null;
  }
}

/** One division's events by year, sorted and frozen; repeated dates are ignored with a warning. */
function _holidaysByYear(region: Region, division: Division, issues: Finding[]): Readonly<Record<string, readonly BankHoliday[]>> {
  const byYear: Record<string, BankHoliday[]> = {};
  const seen = new Set<string>();
  division.events.forEach((event, index) => {
    if (seen.has(event.date)) {
      issues.push(
        finding('DEADLINE-FEED-DUPLICATE-DATE', 'warning', `Event ${index} repeats a date already listed; it is ignored.`, [region, 'events', index, 'date'], FEED_SOURCE),
      );
      return;
    }
    seen.add(event.date);
    const notes = (event.notes ?? '').trim().toLowerCase();
    const name = notes === 'substitute day' ? `${event.title} (substitute day)` : event.title;
    (byYear[event.date.slice(0, 4)] ??= []).push(Object.freeze({ date: event.date, name }));
  });
  const frozen: Record<string, readonly BankHoliday[]> = {};
  for (const year of Object.keys(byYear).sort()) {
    frozen[year] = Object.freeze((byYear[year] ?? []).sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0)));
  }
  return Object.freeze(frozen);
}

/**
 * Validates the GOV.UK bank-holidays feed (<https://www.gov.uk/bank-holidays.json>, parsed JSON or
 * the raw text) and turns it into holidays a host can inject into every deadline function. For each
 * division and year the feed lists at least one event for, the feed replaces the built-in rules;
 * other years still use the rules. A bad feed gives findings (`DEADLINE-FEED-*`), never a throw.
 * Substitute days are named `'<title> (substitute day)'`. Warnings (duplicate dates) come back in
 * `issues` beside the data.
 * @param json - The feed: an object `{ 'england-and-wales': { division, events: [{ title, date, notes, bunting }] }, … }`, or its JSON text.
 * @returns `{ success: true, data, issues }` or `{ success: false, issues }`.
 * @example
 * import { bankHolidaysFromGovUk, isBankHoliday } from 'pep-rules/deadlines';
 * const feed = bankHolidaysFromGovUk({ scotland: { division: 'scotland', events: [
 *   { title: 'Extra bank holiday', date: '2027-06-14', notes: '', bunting: true },
 * ] } });
 * feed.success && isBankHoliday('2027-06-14', 'scotland', { holidays: feed.data });
 * //=> true
 */
export function bankHolidaysFromGovUk(json: unknown): GovUkFeedResult {
  return _guarded(unguardedBankHolidaysFromGovUk, [json]);
}

function unguardedBankHolidaysFromGovUk(json: unknown): GovUkFeedResult {
  const input = _feedObject(json);
  if (input === null) {
    return { success: false, issues: [finding('DEADLINE-FEED-JSON', 'error', 'The feed is not valid JSON.', [], FEED_SOURCE)] };
  }
  const parsed = _readGovUkFeed(input.value, FEED_SOURCE);
  if (!parsed.ok) return { success: false, issues: parsed.findings };
  const issues: Finding[] = [];
  const divisions: Partial<Record<Region, Readonly<Record<string, readonly BankHoliday[]>>>> = {};
  const given = REGIONS.filter((region) => parsed.data[region] !== undefined);
  for (const region of given) {
    const division = parsed.data[region] as Division;
    if (division.division === region) divisions[region] = _holidaysByYear(region, division, issues);
    else {
      issues.push(
        finding('DEADLINE-FEED-DIVISION-MISMATCH', 'error', `The entry under "${region}" names division "${division.division}".`, [region, 'division'], FEED_SOURCE),
      );
    }
  }
  if (given.length === 0) {
    issues.push(finding('DEADLINE-FEED-EMPTY', 'error', 'The feed has none of the divisions england-and-wales, scotland or northern-ireland.', [], FEED_SOURCE));
  }
  if (issues.some((f) => f.severity === 'error')) return { success: false, issues };
  const data: InjectedHolidays = Object.freeze({ kind: 'injected-holidays', source: FEED_SOURCE, divisions: Object.freeze(divisions) });
  return { success: true, data, issues };
}
