/**
 * The working-day engine: per-year indexes of working days (cumulative counts and the offsets of
 * each working day), so that adding or counting N working days costs O(years crossed), never O(N).
 *
 * Caching: indexes built from the built-in rules are a pure function of (region, year) and are
 * memoised in a module-level table. Indexes built from an injected feed are memoised per feed
 * object (a WeakMap keyed by the frozen feed), so one host's feed can never leak into another
 * call's results; an unfrozen hand-made feed is not cached at all.
 */
import { REGIONS, type Region } from '../core/enums';
import { finding, type Finding, type PathSegment } from '../core/finding';
import { MAX_DAY_NUMBER, MIN_DAY_NUMBER, dayNumberOf, isLeapYear, toDayNumberOrNull, weekdayOfDayNumber, yearOfDayNumber } from '../core/isoDate';
import { _CONFIRMED_TO, _RULES_SOURCE, _VERIFIED_FROM, _ruleHolidays } from './_holidayRules';
import type { InjectedHolidays } from './types';

/** Working days of one year in one context. */
export interface _YearIndex {
  readonly year: number;
  /** Day number of 1 January. */
  readonly start: number;
  /** Days in the year. */
  readonly len: number;
  /** Working days in the year. */
  readonly total: number;
  /** `cum[i]` = working days in [1 January, 1 January + i), length `len + 1`. */
  readonly cum: Int32Array;
  /** Offsets from 1 January of each working day, ascending, length `total`. */
  readonly work: Int32Array;
  /** Whether the holidays came from an injected feed. */
  readonly fromFeed: boolean;
}

/** A resolved set of options. */
export interface _Ctx {
  readonly region: Region;
  readonly regionIdx: number;
  readonly feed: InjectedHolidays | null;
  /** Sorted, unique closure day numbers that would otherwise be working days; `null` when none. */
  readonly closures: Int32Array | null;
}

/** Largest |amount| accepted by the working-day and school-day functions (about 400 years). */
export const _MAX_AMOUNT = 100_000;

export const _DEFAULT_CTX: _Ctx = Object.freeze({ region: 'england-and-wales', regionIdx: 0, feed: null, closures: null });
const REGION_CTX: readonly _Ctx[] = Object.freeze(
  REGIONS.map((region, regionIdx) => Object.freeze({ region, regionIdx, feed: null, closures: null })),
);

const STATIC = new Map<number, _YearIndex>();
const BY_FEED = new WeakMap<object, Map<number, _YearIndex>>();

/** The holidays (day numbers) of a year in a context, and whether they came from the feed. */
function holidayDays(year: number, ctx: _Ctx): { days: number[]; fromFeed: boolean } {
  const list = ctx.feed?.divisions?.[ctx.region]?.[String(year)];
  if (Array.isArray(list) && list.length > 0) {
    const days: number[] = [];
    for (const h of list as readonly unknown[]) {
      const d = toDayNumberOrNull((h as { date?: unknown } | null)?.date);
      if (d !== null) days.push(d);
    }
    return { days, fromFeed: true };
  }
  return { days: _ruleHolidays(year, ctx.region).map((h) => h.day), fromFeed: false };
}

function buildYear(year: number, ctx: _Ctx): _YearIndex {
  const start = dayNumberOf(year, 1, 1);
  const len = isLeapYear(year) ? 366 : 365;
  const closed = new Uint8Array(len);
  const { days, fromFeed } = holidayDays(year, ctx);
  for (const d of days) {
    const off = d - start;
    if (off >= 0 && off < len) closed[off] = 1;
  }
  const cum = new Int32Array(len + 1);
  const work: number[] = [];
  let wd = weekdayOfDayNumber(start);
  let count = 0;
  for (let i = 0; i < len; i++) {
    cum[i] = count;
    if (wd !== 0 && wd !== 6 && closed[i] === 0) {
      work.push(i);
      count++;
    }
    wd = wd === 6 ? 0 : wd + 1;
  }
  cum[len] = count;
  return Object.freeze({ year, start, len, total: count, cum, work: Int32Array.from(work), fromFeed });
}

/** The working-day index of a year (1000–9999) in a context. */
export function _yearIndex(year: number, ctx: _Ctx): _YearIndex {
  const key = year * 4 + ctx.regionIdx;
  const feed = ctx.feed;
  if (feed === null) {
    let found = STATIC.get(key);
    if (found === undefined) {
      found = buildYear(year, ctx);
      STATIC.set(key, found);
    }
    return found;
  }
  if (!Object.isFrozen(feed) || !Object.isFrozen(feed.divisions)) return buildYear(year, ctx);
  let table = BY_FEED.get(feed);
  if (table === undefined) {
    table = new Map();
    BY_FEED.set(feed, table);
  }
  let found = table.get(key);
  if (found === undefined) {
    found = buildYear(year, ctx);
    table.set(key, found);
  }
  return found;
}

/** Whether a day is a working day, ignoring closures. */
export function _isBaseWorking(day: number, ctx: _Ctx): boolean {
  const idx = _yearIndex(yearOfDayNumber(day), ctx);
  const off = day - idx.start;
  return (idx.cum[off + 1] as number) - (idx.cum[off] as number) === 1;
}

/** Whether a day is a working day, closures included. */
export function _isWorking(day: number, ctx: _Ctx): boolean {
  if (!_isBaseWorking(day, ctx)) return false;
  return ctx.closures === null || !hasDay(ctx.closures, day);
}

const MIN_YEAR = 1000;
const MAX_YEAR = 9999;

/**
 * The n-th working day after `day` (n > 0) or the |n|-th before it (n < 0), ignoring closures;
 * `day` itself is never counted. `null` when the result would leave years 1000–9999.
 */
function addBase(day: number, n: number, ctx: _Ctx): number | null {
  let year = yearOfDayNumber(day);
  let idx = _yearIndex(year, ctx);
  const off = day - idx.start;
  if (n > 0) {
    const after = idx.total - (idx.cum[off + 1] as number);
    if (n <= after) return idx.start + (idx.work[(idx.cum[off + 1] as number) + n - 1] as number);
    let left = n - after;
    for (;;) {
      year++;
      if (year > MAX_YEAR) return null;
      idx = _yearIndex(year, ctx);
      if (left <= idx.total) return idx.start + (idx.work[left - 1] as number);
      left -= idx.total;
    }
  }
  const m = -n;
  const before = idx.cum[off] as number;
  if (m <= before) return idx.start + (idx.work[before - m] as number);
  let left = m - before;
  for (;;) {
    year--;
    if (year < MIN_YEAR) return null;
    idx = _yearIndex(year, ctx);
    if (left <= idx.total) return idx.start + (idx.work[idx.total - left] as number);
    left -= idx.total;
  }
}

/** Working days in [a, b) for a ≤ b, ignoring closures (b may be the day after 9999-12-31). */
function countBase(a: number, b: number, ctx: _Ctx): number {
  if (b <= a) return 0;
  const ya = yearOfDayNumber(a);
  const ia = _yearIndex(ya, ctx);
  const yb = b > MAX_DAY_NUMBER ? MAX_YEAR + 1 : yearOfDayNumber(b);
  const ca = ia.cum[a - ia.start] as number;
  if (ya === yb) return (ia.cum[b - ia.start] as number) - ca;
  let total = ia.total - ca;
  for (let y = ya + 1; y < yb; y++) total += _yearIndex(y, ctx).total;
  if (yb <= MAX_YEAR) {
    const ib = _yearIndex(yb, ctx);
    total += ib.cum[b - ib.start] as number;
  }
  return total;
}

/** Index of the first element ≥ x in a sorted array. */
function lowerBound(arr: Int32Array, x: number): number {
  let lo = 0;
  let hi = arr.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((arr[mid] as number) < x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

function hasDay(arr: Int32Array, x: number): boolean {
  const i = lowerBound(arr, x);
  return i < arr.length && arr[i] === x;
}

/** Closures in [a, b). */
function countClosures(arr: Int32Array, a: number, b: number): number {
  return lowerBound(arr, b) - lowerBound(arr, a);
}

/**
 * Adds `n` working days to `day` (the day itself is never counted; n = 0 returns it unchanged).
 * `null` when the result would leave years 1000–9999.
 */
export function _addWorking(day: number, n: number, ctx: _Ctx): number | null {
  if (n === 0) return day;
  const closures = ctx.closures;
  if (closures === null) return addBase(day, n, ctx);
  const want = n > 0 ? n : -n;
  let k = want;
  for (;;) {
    const t = addBase(day, n > 0 ? k : -k, ctx);
    if (t === null) return null;
    const c = n > 0 ? countClosures(closures, day + 1, t + 1) : countClosures(closures, t, day);
    if (k - c >= want) return t;
    k = want + c;
  }
}

/**
 * Working days from `start` to `end`: the start is not counted and the end is; negative when
 * `end` is earlier (then `end` is counted and `start` is not, walking backwards).
 */
export function _countWorking(start: number, end: number, ctx: _Ctx): number {
  if (end === start) return 0;
  const closures = ctx.closures;
  if (end > start) {
    const base = countBase(start + 1, end + 1, ctx);
    return closures === null ? base : base - countClosures(closures, start + 1, end + 1);
  }
  const base = countBase(end, start, ctx);
  return -(closures === null ? base : base - countClosures(closures, end, start));
}

/** What {@link _resolveOptions} returns. */
export interface _Resolved {
  readonly ctx: _Ctx | null;
  readonly findings: Finding[];
}

const FAST: _Resolved = Object.freeze({ ctx: _DEFAULT_CTX, findings: [] as Finding[] });

/** Whether a value looks like an injected feed. */
export function _isFeed(value: unknown): value is InjectedHolidays {
  if (value === null || typeof value !== 'object') return false;
  const v = value as { kind?: unknown; divisions?: unknown };
  return v.kind === 'injected-holidays' && v.divisions !== null && typeof v.divisions === 'object';
}

/**
 * Validates working-day options (region, closures, injected holidays). `ctx` is `null` when they
 * are unusable; the findings say why.
 */
export function _resolveOptions(options: unknown, base: readonly PathSegment[] = ['options']): _Resolved {
  if (options === undefined || options === null) return FAST;
  if (typeof options !== 'object' || Array.isArray(options)) {
    return { ctx: null, findings: [finding('DEADLINE-OPTIONS-INVALID', 'error', 'The options must be an object.', [...base])] };
  }
  const o = options as { region?: unknown; closures?: unknown; holidays?: unknown };
  const findings: Finding[] = [];
  let regionIdx = 0;
  if (o.region !== undefined) {
    regionIdx = REGIONS.indexOf(o.region as Region);
    if (regionIdx < 0) {
      findings.push(
        finding('DEADLINE-REGION-UNKNOWN', 'error', 'The region must be one of: "england-and-wales", "scotland", "northern-ireland".', [...base, 'region']),
      );
    }
  }
  let feed: InjectedHolidays | null = null;
  if (o.holidays !== undefined) {
    if (_isFeed(o.holidays)) feed = o.holidays;
    else {
      findings.push(
        finding('DEADLINE-OPTIONS-INVALID', 'error', 'The holidays option must be the data returned by bankHolidaysFromGovUk.', [...base, 'holidays']),
      );
    }
  }
  const days: number[] = [];
  if (o.closures !== undefined) {
    if (!Array.isArray(o.closures)) {
      findings.push(finding('DEADLINE-OPTIONS-INVALID', 'error', 'The closures option must be an array of dates.', [...base, 'closures']));
    } else {
      (o.closures as readonly unknown[]).forEach((c, i) => {
        const d = toDayNumberOrNull(c);
        if (d === null) {
          findings.push(finding('DEADLINE-CLOSURE-INVALID', 'error', 'Each closure must be a real date written YYYY-MM-DD.', [...base, 'closures', i]));
        } else days.push(d);
      });
    }
  }
  if (findings.length > 0) return { ctx: null, findings };
  const region = REGIONS[regionIdx] as Region;
  if (feed === null && days.length === 0) return { ctx: REGION_CTX[regionIdx] as _Ctx, findings };
  const baseCtx: _Ctx = { region, regionIdx, feed, closures: null };
  let closures: Int32Array | null = null;
  if (days.length > 0) {
    days.sort((a, b) => a - b);
    const kept: number[] = [];
    for (const d of days) {
      if (kept[kept.length - 1] !== d && _isBaseWorking(d, baseCtx)) kept.push(d);
    }
    if (kept.length > 0) closures = Int32Array.from(kept);
  }
  return { ctx: { region, regionIdx, feed, closures }, findings };
}

/**
 * Info and warning findings for the years a computation touched whose holidays come from the
 * rules only: after {@link _CONFIRMED_TO} they are provisional, before 1995 unverified.
 */
export function _coverageFindings(fromDay: number, toDay: number, ctx: _Ctx): Finding[] {
  const lo = Math.max(MIN_DAY_NUMBER, Math.min(fromDay, toDay));
  const hi = Math.min(MAX_DAY_NUMBER, Math.max(fromDay, toDay));
  const y0 = yearOfDayNumber(lo);
  const y1 = yearOfDayNumber(hi);
  const provisional: number[] = [];
  const unverified: number[] = [];
  for (let y = y0; y <= y1; y++) {
    if (y > _CONFIRMED_TO || y < _VERIFIED_FROM) {
      if (_yearIndex(y, ctx).fromFeed) continue;
      if (y > _CONFIRMED_TO) provisional.push(y);
      else unverified.push(y);
    }
  }
  const out: Finding[] = [];
  if (unverified.length > 0) out.push(_unverifiedFinding(unverified[0] as number, unverified[unverified.length - 1] as number));
  if (provisional.length > 0) out.push(_provisionalFinding(provisional[0] as number, provisional[provisional.length - 1] as number));
  return out;
}

function span(from: number, to: number): string {
  return from === to ? String(from) : `${from}–${to}`;
}

/** The finding for rule-made holidays after the last confirmed year. */
export function _provisionalFinding(from: number, to: number): Finding {
  return finding(
    'DEADLINE-BANK-HOLIDAYS-PROVISIONAL',
    'info',
    `Bank holidays for ${span(from, to)} come from the rules only and are provisional: the built-in table was checked to ${_CONFIRMED_TO}, and a later proclamation may add or move a day. Inject the GOV.UK feed for official dates.`,
    undefined,
    _RULES_SOURCE,
  );
}

/** The finding for rule-made holidays before 1995. */
export function _unverifiedFinding(from: number, to: number): Finding {
  return finding(
    'DEADLINE-BANK-HOLIDAYS-UNVERIFIED',
    'warning',
    `Bank holidays for ${span(from, to)} apply today's rules: one-off changes before ${_VERIFIED_FROM} are not in the built-in table.`,
    undefined,
    _RULES_SOURCE,
  );
}

/** A date-argument finding. */
export function _dateFinding(path: readonly PathSegment[]): Finding {
  return finding('DEADLINE-DATE-INVALID', 'error', `\`${String(path[path.length - 1])}\` must be a real date written YYYY-MM-DD.`, path);
}

/**
 * The start and end dates of a count as day numbers (`null` when invalid), with a finding for
 * each invalid one (paths `start` and `end`).
 */
export function _readSpan(start: unknown, end: unknown, findings: Finding[]): readonly [number | null, number | null] {
  const a = toDayNumberOrNull(start);
  const b = toDayNumberOrNull(end);
  if (a === null) findings.push(_dateFinding(['start']));
  if (b === null) findings.push(_dateFinding(['end']));
  return [a, b];
}

/** Validates an amount of days: a safe integer within ±{@link _MAX_AMOUNT}. */
export function _amountFindings(amount: unknown, path: readonly PathSegment[]): Finding[] {
  if (typeof amount !== 'number' || !Number.isInteger(amount)) {
    return [finding('DEADLINE-AMOUNT-INVALID', 'error', `\`${String(path[path.length - 1])}\` must be a whole number of days.`, path)];
  }
  if (amount > _MAX_AMOUNT || amount < -_MAX_AMOUNT) {
    return [finding('DEADLINE-AMOUNT-RANGE', 'error', `\`${String(path[path.length - 1])}\` must be between -${_MAX_AMOUNT} and ${_MAX_AMOUNT}.`, path)];
  }
  return [];
}

/** The finding for a result outside years 1000–9999. */
export function _outOfRangeFinding(path: readonly PathSegment[]): Finding {
  return finding('DEADLINE-RESULT-OUT-OF-RANGE', 'error', 'The result would fall outside the years 1000–9999.', path);
}
