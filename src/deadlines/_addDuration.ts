import { addCalendarMonths, fromDayNumber, type IsoDate, toDayNumberOrNull } from '../core/isoDate';
import type { DurationUnit } from '../policy/schema';
import { _addSchool, type _Cal } from './_schoolDays';
import { _addWorking, type _Ctx } from './_workingDays';

/** Where {@link _addDuration} counts working days and school days. */
export interface _DurationEnv {
  readonly ctx: _Ctx;
  readonly calendar: _Cal | null;
}

/** What {@link _addDuration} returns. */
export interface _DurationResult {
  /** The date reached, `null` only outside years 1000–9999. */
  readonly date: IsoDate | null;
  /**
   * Set when school days had to be counted as working days: `'no-calendar'` (none given) or
   * `'not-covered'` (the calendar does not reach the dates).
   */
  readonly fallback: 'no-calendar' | 'not-covered' | null;
}

/**
 * Adds a policy duration to a date, forwards (`direction` 1) or backwards (−1), in its own unit:
 * working days (weekends and bank holidays excluded, start not counted), school days (from the
 * calendar; without one, or beyond it, counted as working days and flagged), calendar days,
 * weeks (7 days), or calendar months (clamped to the end of a shorter month).
 */
export function _addDuration(
  date: IsoDate,
  duration: { readonly n: number; readonly unit: DurationUnit },
  env: _DurationEnv,
  direction: 1 | -1 = 1,
): _DurationResult {
  const day = toDayNumberOrNull(date);
  if (day === null) return { date: null, fallback: null };
  const n = duration.n * direction;
  switch (duration.unit) {
    case 'working-days': {
      const r = _addWorking(day, n, env.ctx);
      return { date: r === null ? null : fromDayNumber(r), fallback: null };
    }
    case 'school-days': {
      const cal = env.calendar;
      if (cal !== null && day >= cal.from && day <= cal.to) {
        const r = _addSchool(cal, day, n);
        if (r !== null) return { date: fromDayNumber(r), fallback: null };
      }
      const r = _addWorking(day, n, env.ctx);
      return { date: r === null ? null : fromDayNumber(r), fallback: cal === null ? 'no-calendar' : 'not-covered' };
    }
    case 'calendar-days':
      return { date: inRange(day + n), fallback: null };
    case 'weeks':
      return { date: inRange(day + 7 * n), fallback: null };
    case 'months': {
      const r = addCalendarMonths(date, n);
      return { date: toDayNumberOrNull(r) === null ? null : r, fallback: null };
    }
  }
}

function inRange(day: number): IsoDate | null {
  const iso = fromDayNumber(day);
  return toDayNumberOrNull(iso) === null ? null : iso;
}
