import { describe, expect, it } from 'vitest';
import { createSchoolCalendar, termOfDate } from '../../src/deadlines/index';

describe('termOfDate: the one term of a date', () => {
  it('by months without a calendar: autumn Sep–Dec, spring Jan–Mar, summer Apr–Aug', () => {
    expect(termOfDate('2025-09-01')).toEqual({ term: 'autumn', half: 1, academicYear: '2025/26', basis: 'months' });
    expect(termOfDate('2025-12-31')?.term).toBe('autumn');
    expect(termOfDate('2026-01-01')?.term).toBe('spring');
    expect(termOfDate('2026-03-31')?.term).toBe('spring');
    // The disagreement the facts step settles: 2 April 2026 is the summer term for every module.
    expect(termOfDate('2026-04-02')?.term).toBe('summer');
    expect(termOfDate('2026-08-31')).toEqual({ term: 'summer', half: 2, academicYear: '2025/26', basis: 'months' });
  });

  it('halves by months: second half from 1 November, 22 February, 1 June', () => {
    expect([termOfDate('2025-10-31')?.half, termOfDate('2025-11-01')?.half]).toEqual([1, 2]);
    expect([termOfDate('2026-02-21')?.half, termOfDate('2026-02-22')?.half]).toEqual([1, 2]);
    expect([termOfDate('2026-05-31')?.half, termOfDate('2026-06-01')?.half]).toEqual([1, 2]);
  });

  it('a school calendar decides for dates inside its terms, by its first half-term break', () => {
    const r = createSchoolCalendar({
      terms: [{ term: 'spring', start: '2026-01-05', end: '2026-04-02', halfTerms: [{ start: '2026-02-16', end: '2026-02-20' }] }],
    });
    if (!r.ok) throw new Error('calendar');
    expect(termOfDate('2026-02-13', r.calendar)).toEqual({ term: 'spring', half: 1, academicYear: '2025/26', basis: 'calendar' });
    expect(termOfDate('2026-02-16', r.calendar)?.half).toBe(2);
    // The calendar keeps 2 April in the spring term; after its last term the months decide again.
    expect(termOfDate('2026-04-02', r.calendar)?.term).toBe('spring');
    expect(termOfDate('2026-04-03', r.calendar)).toEqual({ term: 'summer', half: 1, academicYear: '2025/26', basis: 'months' });
  });

  it('a date in the holidays between two terms of the calendar belongs to the next term', () => {
    const r = createSchoolCalendar({
      terms: [
        { term: 'autumn', start: '2025-09-03', end: '2025-12-19' },
        { term: 'spring', start: '2026-01-05', end: '2026-03-27' },
        { term: 'summer', start: '2026-04-13', end: '2026-07-22' },
      ],
    });
    if (!r.ok) throw new Error('calendar');
    // Christmas holidays prepare for spring; Easter holidays (2 April 2026) for summer.
    expect(termOfDate('2025-12-29', r.calendar)).toEqual({ term: 'spring', half: 1, academicYear: '2025/26', basis: 'calendar' });
    expect(termOfDate('2026-04-02', r.calendar)).toEqual({ term: 'summer', half: 1, academicYear: '2025/26', basis: 'calendar' });
    // After the calendar's last term (and before its first) the months decide.
    expect(termOfDate('2026-08-10', r.calendar)?.basis).toBe('months');
    expect(termOfDate('2025-09-01', r.calendar)).toEqual({ term: 'autumn', half: 1, academicYear: '2025/26', basis: 'months' });
  });

  it('null for a value that is not a date', () => {
    expect(termOfDate('2026-02-30')).toBeNull();
    expect(termOfDate('x' as never)).toBeNull();
  });
});
