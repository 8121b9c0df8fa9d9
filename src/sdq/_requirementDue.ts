import type { SdqInformant, Term } from '../core/enums';
import { addCalendarDays, addCalendarMonths, isoDateOf, isoParts, type IsoDate } from '../core/isoDate';
import { termOfDate } from '../deadlines/termOfDate';
import type { Policy } from '../policy/schema';

/*
 * When one informant's next SDQ is due under each of the policy's frequencies
 * (`policy.sdq.frequency.value`): annual, termly, or before each core PEP.
 */

/** What the due-date rules read, worked out once per call of sdqRequirement. */
export interface _DueContext {
  readonly frequency: Policy['sdq']['frequency']['value'];
  readonly onDate: IsoDate;
  /** The policy's termly deadline dates (`timescales.termlyDeadlines`). */
  readonly termlyDeadlines: Policy['timescales']['termlyDeadlines'];
  /** Core PEP dates given, distinct and sorted. */
  readonly corePeps: readonly IsoDate[];
  /** For the first core PEP date: how many months before it an SDQ still counts. */
  readonly firstWindowMonths: number;
}

/** PEPs a year for each `timescales.pepFrequency` (used when the policy sets no core PEP count). */
const PEPS_PER_YEAR: Readonly<Record<Policy['timescales']['pepFrequency']['value'], number>> = {
  termly: 3,
  'twice-yearly': 2,
  yearly: 1,
};

/**
 * Months before the first core PEP date in which an SDQ counts for it: 12 / core PEPs a year.
 * With `timescales.pepsPerYear: null` every PEP is core, so the PEPs a year come from
 * `timescales.pepFrequency` (termly 3, twice-yearly 2, yearly 1); with 0 core PEPs a year the
 * window is the year before.
 * @internal
 */
export function _firstWindowMonths(timescales: Policy['timescales']): number {
  const perYear = timescales.pepsPerYear === null ? PEPS_PER_YEAR[timescales.pepFrequency.value] : timescales.pepsPerYear.core;
  return perYear > 0 ? Math.max(1, Math.floor(12 / perYear)) : 12;
}

/** The date someone born on `dateOfBirth` reaches `age` (29 February birthdays fall on 1 March in common years, as ageOn counts). */
export function _birthday(dateOfBirth: IsoDate, age: number): IsoDate {
  const { year, month, day } = isoParts(dateOfBirth);
  return isoDateOf(year + age, month, day) ?? isoDateOf(year + age, 3, 1) ?? dateOfBirth;
}

/** The later of two dates. */
export const _maxDate = (a: IsoDate, b: IsoDate): IsoDate => (a > b ? a : b);

interface TermWindow {
  readonly academicYear: string;
  readonly term: Term;
  readonly start: IsoDate;
  /** Approximate end (last day of the window). */
  readonly end: IsoDate;
}

/** First and last MM-DD of each term's month window (termOfDate's months rule: autumn Sep–Dec, spring Jan–Mar, summer Apr–Aug). */
const MONTH_WINDOW: Readonly<Record<Term, readonly [string, string]>> = {
  autumn: ['09-01', '12-31'],
  spring: ['01-01', '03-31'],
  summer: ['04-01', '08-31'],
};

/** The term window containing a date: the term from termOfDate, its span from the months rule. */
function _termWindow(date: IsoDate): TermWindow {
  const { term, academicYear } = termOfDate(date) ?? { term: 'autumn' as Term, academicYear: '' };
  const [from, to] = MONTH_WINDOW[term];
  const { year } = isoParts(date);
  return { academicYear, term, start: `${year}-${from}`, end: `${year}-${to}` };
}

/** The policy's deadline for a term when it has one, else the end of the month window. */
function _termEnd(t: TermWindow, deadlines: _DueContext['termlyDeadlines']): IsoDate {
  const d = deadlines.find((x) => x.academicYear === t.academicYear && x.term === t.term);
  return d === undefined ? t.end : d.date;
}

/** Termly: by the end of the current term, or of the next term when this term's SDQ is done. */
function _termlyDue(ctx: _DueContext, starts: IsoDate, last: IsoDate | null): IsoDate {
  let term = _termWindow(_maxDate(ctx.onDate, starts));
  if (last !== null && last >= term.start) term = _termWindow(addCalendarDays(term.end, 1));
  return _termEnd(term, ctx.termlyDeadlines);
}

/** Before each core PEP: the first core PEP date from `from` on that no SDQ of this informant covers. */
function _beforeCorePepDue(ctx: _DueContext, starts: IsoDate, done: readonly IsoDate[]): IsoDate | null {
  const from = _maxDate(ctx.onDate, starts);
  const peps = ctx.corePeps;
  for (let i = 0; i < peps.length; i++) {
    const pep = peps[i] as IsoDate;
    if (pep < from) continue;
    const windowStart = i > 0 ? addCalendarDays(peps[i - 1] as IsoDate, 1) : addCalendarMonths(pep, -ctx.firstWindowMonths);
    if (!done.some((d) => d >= windowStart && d <= pep)) return pep;
  }
  return null;
}

/** The informant's latest completed SDQ, or `null`. */
export const _lastOf = (done: readonly IsoDate[]): IsoDate | null => (done.length > 0 ? (done[done.length - 1] ?? null) : null);

/**
 * The informant's next due date under the policy's frequency (before the child ages out is
 * checked by the caller), or `null` when no core PEP date is left to schedule against.
 * @internal
 */
export function _nextDue(ctx: _DueContext, starts: IsoDate, done: readonly IsoDate[]): IsoDate | null {
  const last = _lastOf(done);
  if (ctx.frequency === 'annual') return last === null ? starts : _maxDate(addCalendarMonths(last, 12), starts);
  if (ctx.frequency === 'termly') return _termlyDue(ctx, starts, last);
  return _beforeCorePepDue(ctx, starts, done);
}

/** The informants of each gated (frozen) policy, worked out once. */
const INFORMANTS = new WeakMap<Policy, readonly SdqInformant[]>();

/** The informants the policy asks for, each once, in the policy's order. */
export const _policyInformants = (policy: Policy): readonly SdqInformant[] => {
  let informants = INFORMANTS.get(policy);
  if (informants === undefined) {
    informants = Object.freeze([...new Set(policy.sdq.informants.value)]);
    INFORMANTS.set(policy, informants);
  }
  return informants;
};
