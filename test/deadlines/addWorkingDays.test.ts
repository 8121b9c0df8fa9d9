import { describe, expect, it } from 'vitest';
import { addWorkingDays, addWorkingDaysChecked } from '../../src/deadlines/addWorkingDays';
import { bankHolidays } from '../../src/deadlines/bankHolidays';
import { addCalendarDays, dayOfWeek } from '../../src/core/isoDate';

const RULES_SOURCE =
  'Banking and Financial Dealings Act 1971 Sch 1, annual proclamations, St Andrew’s Day Bank Holiday (Scotland) Act 2007; one-off Royal Proclamations 1995–2026 (GOV.UK bank holidays)';

/** Reference: step one calendar day at a time against the published holiday lists. */
function naive(date: string, n: number, region: 'england-and-wales' | 'scotland' | 'northern-ireland' = 'england-and-wales'): string {
  const holidays = new Set<string>();
  const isWorking = (d: string) => {
    const y = Number(d.slice(0, 4));
    if (!holidays.has(`${y}`)) {
      holidays.add(`${y}`);
      for (const h of bankHolidays(y, region)) holidays.add(h.date);
    }
    const wd = dayOfWeek(d);
    return wd !== 0 && wd !== 6 && !holidays.has(d);
  };
  let d = date;
  const step = n > 0 ? 1 : -1;
  for (let left = Math.abs(n); left > 0; ) {
    d = addCalendarDays(d, step);
    if (isWorking(d)) left--;
  }
  return d;
}

describe('addWorkingDays across Christmas and New Year', () => {
  it('skips the weekend, Christmas Day and Boxing Day (2024)', () => {
    expect(addWorkingDays('2024-12-20', 3)).toBe('2024-12-27');
  });

  it('skips the 2020 Boxing Day substitute on Monday 28 December', () => {
    expect(addWorkingDays('2020-12-24', 1)).toBe('2020-12-29');
  });

  it('skips both 2021 substitutes, Monday 27 and Tuesday 28 December', () => {
    expect(addWorkingDays('2021-12-24', 1)).toBe('2021-12-29');
  });

  it('skips Boxing Day and the 2022 Christmas substitute on Tuesday 27 December', () => {
    expect(addWorkingDays('2022-12-23', 1)).toBe('2022-12-28');
  });

  it('skips the New Year substitute in 2023, and in Scotland the 2 January too', () => {
    expect(addWorkingDays('2022-12-30', 1)).toBe('2023-01-03');
    expect(addWorkingDays('2022-12-30', 1, { region: 'scotland' })).toBe('2023-01-04');
  });

  it('crosses Christmas 2026 (Friday) with the Boxing Day substitute on Monday 28', () => {
    expect(addWorkingDays('2026-12-24', 1)).toBe('2026-12-29');
  });
});

describe('addWorkingDays across Easter', () => {
  it('skips Good Friday and Easter Monday in England and Wales (2025)', () => {
    expect(addWorkingDays('2025-04-17', 1)).toBe('2025-04-22');
  });

  it('counts Easter Monday as a working day in Scotland', () => {
    expect(addWorkingDays('2025-04-17', 1, { region: 'scotland' })).toBe('2025-04-21');
  });

  it('handles an early Easter in March (2024: Good Friday 29 March)', () => {
    expect(addWorkingDays('2024-03-28', 1)).toBe('2024-04-02');
  });
});

describe('addWorkingDays around the one-off holidays', () => {
  it('skips the Platinum Jubilee Thursday and Friday, and counts 30 May 2022 (Spring moved)', () => {
    expect(addWorkingDays('2022-06-01', 1)).toBe('2022-06-06');
    expect(addWorkingDays('2022-05-27', 1)).toBe('2022-05-30');
  });

  it('skips the state funeral on Monday 19 September 2022', () => {
    expect(addWorkingDays('2022-09-16', 1)).toBe('2022-09-20');
  });

  it('skips the coronation on Monday 8 May 2023 as well as Early May on the 1st', () => {
    expect(addWorkingDays('2023-04-28', 1)).toBe('2023-05-02');
    expect(addWorkingDays('2023-05-05', 1)).toBe('2023-05-09');
  });

  it('skips Scotland’s World Cup day on 15 June 2026 only in Scotland', () => {
    expect(addWorkingDays('2026-06-12', 1, { region: 'scotland' })).toBe('2026-06-16');
    expect(addWorkingDays('2026-06-12', 1)).toBe('2026-06-15');
  });

  it('skips the Northern Ireland Boyne substitute on Monday 14 July 2025', () => {
    expect(addWorkingDays('2025-07-11', 1, { region: 'northern-ireland' })).toBe('2025-07-15');
  });
});

describe('addWorkingDays: conventions', () => {
  it('never counts the start date; from a Saturday, day 1 is the Monday', () => {
    expect(addWorkingDays('2025-01-04', 1)).toBe('2025-01-06');
    expect(addWorkingDays('2025-01-04', 10)).toBe('2025-01-17');
  });

  it('counts back with a negative amount: −1 from a Saturday is the Friday', () => {
    expect(addWorkingDays('2025-01-04', -1)).toBe('2025-01-03');
    expect(addWorkingDays('2024-12-27', -3)).toBe('2024-12-20');
  });

  it('returns the date unchanged for 0, even on a weekend or holiday', () => {
    expect(addWorkingDays('2025-12-25', 0)).toBe('2025-12-25');
    expect(addWorkingDays('2025-01-04', -0)).toBe('2025-01-04');
  });

  it('handles leap days (29 February 2024 is a Thursday working day)', () => {
    expect(addWorkingDays('2024-02-28', 1)).toBe('2024-02-29');
    expect(addWorkingDays('2024-02-28', 2)).toBe('2024-03-01');
    expect(addWorkingDays('2023-02-28', 1)).toBe('2023-03-01');
  });

  it('adds 20 working days for the first care review (CPPCR reg 33(1)) across Christmas 2024', () => {
    expect(addWorkingDays('2024-12-02', 20)).toBe('2025-01-02');
  });

  it('skips closures on working days and ignores closures that fall on weekends or holidays', () => {
    expect(addWorkingDays('2025-03-07', 1, { closures: ['2025-03-10'] })).toBe('2025-03-11');
    expect(addWorkingDays('2025-03-07', 1, { closures: ['2025-03-08', '2025-04-18'] })).toBe('2025-03-10');
    expect(addWorkingDays('2025-03-12', -2, { closures: ['2025-03-10', '2025-03-10'] })).toBe('2025-03-07');
  });

  it('matches a day-by-day count over many years (2000 working days is about 8 years)', () => {
    for (const start of ['2025-03-03', '2019-12-24', '2022-06-01', '2030-02-28']) {
      for (const n of [1, 19, 20, 253, 2000, -1, -20, -2000]) {
        expect(addWorkingDays(start, n)).toBe(naive(start, n));
        expect(addWorkingDays(start, n, { region: 'scotland' })).toBe(naive(start, n, 'scotland'));
      }
    }
  });
});

describe('addWorkingDays: bad input gives null, and the Checked form says why', () => {
  it.each([
    ['2025-02-30', 'an impossible date'],
    ['31/01/2025', 'a British-order date'],
    [20250131, 'a number'],
    [null, 'null'],
    ['2025-1-31', 'a date without zero padding'],
  ])('refuses %s (%s)', (date, _why) => {
    expect(addWorkingDays(date, 5)).toBeNull();
    expect(addWorkingDaysChecked(date, 5)).toEqual({
      ok: false,
      date: null,
      findings: [{ code: 'DEADLINE-DATE-INVALID', severity: 'error', message: '`date` must be a real date written YYYY-MM-DD.', path: ['date'] }],
    });
  });

  it('refuses an amount that is not a whole number, or is too large', () => {
    expect(addWorkingDays('2025-01-06', 1.5)).toBeNull();
    expect(addWorkingDays('2025-01-06', '5')).toBeNull();
    expect(addWorkingDays('2025-01-06', Number.NaN)).toBeNull();
    expect(addWorkingDaysChecked('2025-01-06', 2.5).findings).toEqual([
      { code: 'DEADLINE-AMOUNT-INVALID', severity: 'error', message: '`amount` must be a whole number of days.', path: ['amount'] },
    ]);
    expect(addWorkingDaysChecked('2025-01-06', 100_001).findings).toEqual([
      { code: 'DEADLINE-AMOUNT-RANGE', severity: 'error', message: '`amount` must be between -100000 and 100000.', path: ['amount'] },
    ]);
  });

  it('refuses an unknown region, a bad closure and a fake feed, all reported together', () => {
    expect(addWorkingDaysChecked('2025-01-06', 1, { region: 'wales' as never, closures: ['2025-02-30'], holidays: { kind: 'x' } as never })).toEqual({
      ok: false,
      date: null,
      findings: [
        {
          code: 'DEADLINE-REGION-UNKNOWN',
          severity: 'error',
          message: 'The region must be one of: "england-and-wales", "scotland", "northern-ireland".',
          path: ['options', 'region'],
        },
        {
          code: 'DEADLINE-OPTIONS-INVALID',
          severity: 'error',
          message: 'The holidays option must be the data returned by bankHolidaysFromGovUk.',
          path: ['options', 'holidays'],
        },
        { code: 'DEADLINE-CLOSURE-INVALID', severity: 'error', message: 'Each closure must be a real date written YYYY-MM-DD.', path: ['options', 'closures', 0] },
      ],
    });
    expect(addWorkingDays('2025-01-06', 1, 'scotland' as never)).toBeNull();
  });

  it('refuses a result past 9999-12-31 instead of wrapping', () => {
    expect(addWorkingDaysChecked('9999-12-30', 5)).toEqual({
      ok: false,
      date: null,
      findings: [{ code: 'DEADLINE-RESULT-OUT-OF-RANGE', severity: 'error', message: 'The result would fall outside the years 1000–9999.', path: ['amount'] }],
    });
  });

  it('notes provisional bank holidays when the result reaches past 2027', () => {
    expect(addWorkingDaysChecked('2027-12-01', 40)).toEqual({
      ok: true,
      date: '2028-01-31',
      findings: [
        {
          code: 'DEADLINE-BANK-HOLIDAYS-PROVISIONAL',
          severity: 'info',
          message:
            'Bank holidays for 2028 come from the rules only and are provisional: the built-in table was checked to 2027, and a later proclamation may add or move a day. Inject the GOV.UK feed for official dates.',
          source: RULES_SOURCE,
        },
      ],
    });
    expect(addWorkingDaysChecked('2025-01-06', 5)).toEqual({ ok: true, date: '2025-01-13', findings: [] });
  });
});
