/**
 * Built-in UK bank-holiday rules and one-off changes (GOV.UK bank holidays; school term dates). Pure, deterministic
 * data: results are memoised per region and year in a module-level table, which is safe because
 * nothing outside this file can change what a (region, year) pair produces.
 */
import type { Region } from '../core/enums';
import { dayNumberOf, fromDayNumber, weekdayOfDayNumber } from '../core/isoDate';
import { easterSunday } from './easter';

/** A rule-made holiday: its day number, ISO date and name. */
export interface _RuleHoliday {
  readonly day: number;
  readonly date: string;
  readonly name: string;
}

/** The last year whose bank holidays were checked against the GOV.UK feed and the known proclamations. */
export const _CONFIRMED_TO = 2027;
/** The first year the one-off table covers (GOV.UK bank holidays): 1995. */
export const _VERIFIED_FROM = 1995;

export const _RULES_SOURCE =
  'Banking and Financial Dealings Act 1971 Sch 1, annual proclamations, St Andrew’s Day Bank Holiday (Scotland) Act 2007; one-off Royal Proclamations 1995–2026 (GOV.UK bank holidays)';

const SUB = ' (substitute day)';

interface OneOff {
  readonly year: number;
  readonly regions: readonly Region[];
  /** Rule dates no longer observed. */
  readonly remove: readonly string[];
  /** Dates observed instead or in addition. */
  readonly add: readonly { readonly date: string; readonly name: string }[];
}

const UK: readonly Region[] = Object.freeze(['england-and-wales', 'scotland', 'northern-ireland'] as const);

/** Every one-off change since 1995, by Royal Proclamation (GOV.UK bank holidays). */
const ONE_OFFS: readonly OneOff[] = Object.freeze([
  // 50th anniversary of VE Day: Early May moved from Mon 1 May to Mon 8 May.
  { year: 1995, regions: UK, remove: ['1995-05-01'], add: [{ date: '1995-05-08', name: 'Early May bank holiday (VE Day)' }] },
  // Millennium: extra day.
  { year: 1999, regions: UK, remove: [], add: [{ date: '1999-12-31', name: 'Millennium celebrations' }] },
  // Golden Jubilee: Spring moved to Tue 4 Jun, extra Mon 3 Jun.
  {
    year: 2002,
    regions: UK,
    remove: ['2002-05-27'],
    add: [
      { date: '2002-06-03', name: 'Queen’s Golden Jubilee' },
      { date: '2002-06-04', name: 'Spring bank holiday' },
    ],
  },
  // Royal wedding of Prince William and Catherine Middleton.
  { year: 2011, regions: UK, remove: [], add: [{ date: '2011-04-29', name: 'Royal wedding' }] },
  // Diamond Jubilee: Spring moved to Mon 4 Jun, extra Tue 5 Jun.
  {
    year: 2012,
    regions: UK,
    remove: ['2012-05-28'],
    add: [
      { date: '2012-06-04', name: 'Spring bank holiday' },
      { date: '2012-06-05', name: 'Queen’s Diamond Jubilee' },
    ],
  },
  // 75th anniversary of VE Day: Early May moved from Mon 4 May to Fri 8 May.
  { year: 2020, regions: UK, remove: ['2020-05-04'], add: [{ date: '2020-05-08', name: 'Early May bank holiday (VE day)' }] },
  // Platinum Jubilee: Spring moved to Thu 2 Jun, extra Fri 3 Jun; state funeral of Queen Elizabeth II.
  {
    year: 2022,
    regions: UK,
    remove: ['2022-05-30'],
    add: [
      { date: '2022-06-02', name: 'Spring bank holiday' },
      { date: '2022-06-03', name: 'Platinum Jubilee bank holiday' },
      { date: '2022-09-19', name: 'Bank Holiday for the State Funeral of Queen Elizabeth II' },
    ],
  },
  // Coronation of King Charles III.
  { year: 2023, regions: UK, remove: [], add: [{ date: '2023-05-08', name: 'Bank holiday for the coronation of King Charles III' }] },
  // Scotland at the FIFA World Cup (proclamation of 3 February 2026), Scotland only.
  { year: 2026, regions: ['scotland'], remove: [], add: [{ date: '2026-06-15', name: 'FIFA World Cup bank holiday' }] },
] satisfies OneOff[]);

function firstMonday(year: number, month: number): number {
  const first = dayNumberOf(year, month, 1);
  return first + ((8 - weekdayOfDayNumber(first)) % 7);
}

function lastMonday(year: number, month: number): number {
  const last = dayNumberOf(year, month + 1, 1) - 1;
  return last - ((weekdayOfDayNumber(last) + 6) % 7);
}

/** A single fixed date: a Saturday or Sunday moves to the following Monday. */
function single(out: [number, string][], day: number, name: string): void {
  const wd = weekdayOfDayNumber(day);
  if (wd === 6) out.push([day + 2, name + SUB]);
  else if (wd === 0) out.push([day + 1, name + SUB]);
  else out.push([day, name]);
}

/**
 * A pair of consecutive fixed dates (25/26 December; 1/2 January in Scotland), observed on the
 * first two weekdays on or after the first date. A date that is itself observed keeps its name;
 * the other observed days take the remaining names in order, as substitute days.
 */
function pair(out: [number, string][], first: number, firstName: string, secondName: string): void {
  const observed: number[] = [];
  for (let d = first; observed.length < 2; d++) {
    const wd = weekdayOfDayNumber(d);
    if (wd !== 0 && wd !== 6) observed.push(d);
  }
  const names = [firstName, secondName];
  const own: (string | null)[] = observed.map((d) => (d === first ? firstName : d === first + 1 ? secondName : null));
  const left = names.filter((n) => !own.includes(n));
  for (let i = 0; i < observed.length; i++) {
    const ownName = own[i];
    const day = observed[i] as number;
    if (ownName !== null && ownName !== undefined) out.push([day, ownName]);
    else out.push([day, `${left.shift() ?? firstName}${SUB}`]);
  }
}

function computeRuleHolidays(year: number, region: Region): readonly _RuleHoliday[] {
  const out: [number, string][] = [];
  const scotland = region === 'scotland';
  const ni = region === 'northern-ireland';
  if (scotland) pair(out, dayNumberOf(year, 1, 1), 'New Year’s Day', '2nd January');
  else single(out, dayNumberOf(year, 1, 1), 'New Year’s Day');
  if (ni) single(out, dayNumberOf(year, 3, 17), 'St Patrick’s Day');
  const easter = easterSunday(year);
  const easterDay = dayNumberOf(year, Number(easter.slice(5, 7)), Number(easter.slice(8, 10)));
  out.push([easterDay - 2, 'Good Friday']);
  if (!scotland) out.push([easterDay + 1, 'Easter Monday']);
  out.push([firstMonday(year, 5), 'Early May bank holiday']);
  out.push([lastMonday(year, 5), 'Spring bank holiday']);
  if (ni) single(out, dayNumberOf(year, 7, 12), 'Battle of the Boyne (Orangemen’s Day)');
  out.push([scotland ? firstMonday(year, 8) : lastMonday(year, 8), 'Summer bank holiday']);
  if (scotland && year >= 2007) single(out, dayNumberOf(year, 11, 30), 'St Andrew’s Day');
  pair(out, dayNumberOf(year, 12, 25), 'Christmas Day', 'Boxing Day');

  let days = out;
  for (const change of ONE_OFFS) {
    if (change.year !== year || !change.regions.includes(region)) continue;
    const removed = new Set(change.remove);
    days = days.filter(([d]) => !removed.has(fromDayNumber(d)));
    for (const added of change.add) {
      days.push([dayNumberOf(year, Number(added.date.slice(5, 7)), Number(added.date.slice(8, 10))), added.name]);
    }
  }
  days.sort((a, b) => a[0] - b[0]);
  return Object.freeze(days.map(([day, name]) => Object.freeze({ day, date: fromDayNumber(day), name })));
}

const MEMO = new Map<number, readonly _RuleHoliday[]>();

function regionIndex(region: Region): number {
  return region === 'england-and-wales' ? 0 : region === 'scotland' ? 1 : 2;
}

/**
 * The rule-made bank holidays of a year (1000–9999) in a region, sorted, frozen and memoised.
 * Years before 1995 apply today's rules without the earlier one-offs; years after
 * {@link _CONFIRMED_TO} are provisional (a later proclamation may change them).
 */
export function _ruleHolidays(year: number, region: Region): readonly _RuleHoliday[] {
  const key = year * 4 + regionIndex(region);
  let found = MEMO.get(key);
  if (found === undefined) {
    found = computeRuleHolidays(year, region);
    MEMO.set(key, found);
  }
  return found;
}
