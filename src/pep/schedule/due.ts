import { finding, type PathSegment } from '../../core/finding';
import type { IsoDate } from '../../core/isoDate';
import type { PolicyDuration } from '../../policy/schema';
import { _addDuration, type _DurationEnv } from '../../deadlines/_addDuration';
import type { _Due, _ScheduleDraft, _ScheduleEntry } from './types';

const UNIT_WORDS: Readonly<Record<PolicyDuration['unit'], [string, string]>> = Object.freeze({
  'working-days': ['working day', 'working days'],
  'school-days': ['school day', 'school days'],
  'calendar-days': ['day', 'days'],
  weeks: ['week', 'weeks'],
  months: ['month', 'months'],
});

/**
 * A policy duration in words: `'10 school days'`, `'1 week'`.
 * @internal
 */
export function _describe(d: PolicyDuration): string {
  const [one, many] = UNIT_WORDS[d.unit];
  return `${d.n} ${d.n === 1 ? one : many}`;
}

/**
 * The date `d` after (or, with `direction` −1, before) `from`. School days without a calendar, or
 * beyond it, are counted as working days (which can only make a deadline earlier): the basis
 * suffix and a note say so.
 * @internal
 */
export function _due(env: _DurationEnv, d: PolicyDuration, from: IsoDate, direction: 1 | -1 = 1): _Due {
  const r = _addDuration(from, d, env, direction);
  if (r.fallback === 'no-calendar') {
    const message =
      'A timescale is in school days but no school calendar was given: school days were counted as working days, which can only make the deadline earlier.';
    const note = finding('DEADLINE-SCHEDULE-CALENDAR-MISSING', 'warning', message, ['calendar'], d.source);
    return { date: r.date, suffix: '; school days counted as working days (no school calendar given)', notes: [{ note }] };
  }
  if (r.fallback === 'not-covered') {
    const message =
      'A school-day timescale runs outside the school calendar: those school days were counted as working days, which can only make the deadline earlier.';
    const note = finding('DEADLINE-SCHEDULE-CALENDAR-NOT-COVERED', 'warning', message, ['calendar'], d.source);
    return { date: r.date, suffix: '; school days counted as working days (outside the school calendar)', notes: [{ note }] };
  }
  return { date: r.date, suffix: '', notes: [] };
}

/**
 * An item entry; `evidence` is the input path that shows it done (for the late finding).
 * @internal
 */
export function _item(item: _ScheduleDraft, evidence: readonly PathSegment[] | null = null): _ScheduleEntry {
  return { item, evidence };
}

/**
 * A date from the input that counts as done: on or before today.
 * @internal
 */
export function _doneOn(today: IsoDate, date: IsoDate | null | undefined): IsoDate | undefined {
  return date !== null && date !== undefined && date <= today ? date : undefined;
}
