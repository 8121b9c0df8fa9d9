import { describe, expect, it } from 'vitest';
import { termOf } from '../../src/deadlines/termOf';
import { calendars } from './_calendars';

const { halton, bolton } = calendars;

describe('termOf', () => {
  it('finds the term of a school day', () => {
    expect(termOf('2024-11-08', halton)).toEqual({
      term: 'autumn',
      academicYear: '2024/25',
      start: '2024-09-02',
      end: '2024-12-20',
      inHalfTerm: false,
      schoolDay: true,
    });
  });

  it('counts a half-term day as inside its term, but not a school day', () => {
    expect(termOf('2025-02-18', halton)).toMatchObject({ term: 'spring', inHalfTerm: true, schoolDay: false });
  });

  it('marks INSET days and term-time bank holidays as not school days', () => {
    expect(termOf('2024-09-02', halton)).toMatchObject({ term: 'autumn', schoolDay: false });
    expect(termOf('2022-05-02', bolton)).toMatchObject({ term: 'summer', schoolDay: false });
  });

  it('is null in the holidays between terms and for bad input', () => {
    expect(termOf('2024-12-25', halton)).toBeNull();
    expect(termOf('2025-04-10', halton)).toBeNull();
    expect(termOf('2025-13-01', halton)).toBeNull();
    expect(termOf('2024-11-08', { kind: 'school-calendar' } as never)).toBeNull();
  });
});
