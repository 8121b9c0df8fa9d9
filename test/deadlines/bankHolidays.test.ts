import { describe, expect, it } from 'vitest';
import { REGIONS } from '../../src/core/enums';
import { BANK_HOLIDAYS_CONFIRMED_TO, bankHolidays, bankHolidaysChecked, isBankHoliday } from '../../src/deadlines/bankHolidays';
import feed from './fixtures/gov-uk-bank-holidays-2018-2027.json';

const RULES_SOURCE =
  'Banking and Financial Dealings Act 1971 Sch 1, annual proclamations, St Andrew’s Day Bank Holiday (Scotland) Act 2007; one-off Royal Proclamations 1995–2026 (GOV.UK bank holidays)';
const dates = (year: number, region?: string) => bankHolidays(year, region).map((h) => h.date);

describe('bankHolidays: regular rules', () => {
  it('gives 8 days in England and Wales, 9 in Scotland and 10 in Northern Ireland in a normal year (2025)', () => {
    expect(dates(2025)).toEqual(['2025-01-01', '2025-04-18', '2025-04-21', '2025-05-05', '2025-05-26', '2025-08-25', '2025-12-25', '2025-12-26']);
    expect(dates(2025, 'scotland')).toEqual([
      '2025-01-01', '2025-01-02', '2025-04-18', '2025-05-05', '2025-05-26', '2025-08-04', '2025-12-01', '2025-12-25', '2025-12-26',
    ]);
    expect(dates(2025, 'northern-ireland')).toEqual([
      '2025-01-01', '2025-03-17', '2025-04-18', '2025-04-21', '2025-05-05', '2025-05-26', '2025-07-14', '2025-08-25', '2025-12-25', '2025-12-26',
    ]);
  });

  it('defaults to England and Wales (Wales has no separate list)', () => {
    expect(bankHolidays(2024)).toEqual(bankHolidays(2024, 'england-and-wales'));
  });

  it('has no Easter Monday in Scotland and a first-Monday summer holiday there', () => {
    expect(isBankHoliday('2024-04-01', 'scotland')).toBe(false);
    expect(isBankHoliday('2024-04-01')).toBe(true);
    expect(isBankHoliday('2024-08-05', 'scotland')).toBe(true);
    expect(isBankHoliday('2024-08-26', 'scotland')).toBe(false);
  });

  it('starts St Andrew’s Day in 2007, not 2006 (Act in force 16 January 2007)', () => {
    expect(dates(2006, 'scotland')).toHaveLength(8);
    expect(dates(2007, 'scotland')).toContain('2007-11-30');
    expect(dates(2007, 'scotland')).toHaveLength(9);
  });

  it('moves single fixed dates on a weekend to the Monday (St Patrick’s 2024, the Boyne 2025, St Andrew’s 2025, New Year 2022)', () => {
    expect(bankHolidays(2024, 'northern-ireland')[1]).toEqual({ date: '2024-03-18', name: 'St Patrick’s Day (substitute day)' });
    expect(bankHolidays(2025, 'northern-ireland')[6]).toEqual({ date: '2025-07-14', name: 'Battle of the Boyne (Orangemen’s Day) (substitute day)' });
    expect(bankHolidays(2025, 'scotland')[6]).toEqual({ date: '2025-12-01', name: 'St Andrew’s Day (substitute day)' });
    expect(bankHolidays(2022)[0]).toEqual({ date: '2022-01-03', name: 'New Year’s Day (substitute day)' });
  });
});

describe('bankHolidays: Christmas and New Year pairs', () => {
  it('2020, Christmas on a Friday: 25 and 28 December, Boxing Day substituted', () => {
    expect(bankHolidays(2020).slice(-2)).toEqual([
      { date: '2020-12-25', name: 'Christmas Day' },
      { date: '2020-12-28', name: 'Boxing Day (substitute day)' },
    ]);
  });

  it('2021, Christmas on a Saturday: 27 and 28 December, both substituted', () => {
    expect(bankHolidays(2021).slice(-2)).toEqual([
      { date: '2021-12-27', name: 'Christmas Day (substitute day)' },
      { date: '2021-12-28', name: 'Boxing Day (substitute day)' },
    ]);
  });

  it('2022, Christmas on a Sunday: Boxing Day on 26 December, Christmas Day substituted on the 27th', () => {
    expect(bankHolidays(2022).slice(-2)).toEqual([
      { date: '2022-12-26', name: 'Boxing Day' },
      { date: '2022-12-27', name: 'Christmas Day (substitute day)' },
    ]);
  });

  it('treats 1 and 2 January as a pair in Scotland (2021 Friday, 2022 Saturday, 2023 Sunday)', () => {
    expect(bankHolidays(2021, 'scotland').slice(0, 2)).toEqual([
      { date: '2021-01-01', name: 'New Year’s Day' },
      { date: '2021-01-04', name: '2nd January (substitute day)' },
    ]);
    expect(bankHolidays(2022, 'scotland').slice(0, 2)).toEqual([
      { date: '2022-01-03', name: 'New Year’s Day (substitute day)' },
      { date: '2022-01-04', name: '2nd January (substitute day)' },
    ]);
    expect(bankHolidays(2023, 'scotland').slice(0, 2)).toEqual([
      { date: '2023-01-02', name: '2nd January' },
      { date: '2023-01-03', name: 'New Year’s Day (substitute day)' },
    ]);
  });
});

describe('bankHolidays: one-off changes since 1995', () => {
  it('1995: Early May moved to 8 May for VE Day', () => {
    expect(dates(1995)).toContain('1995-05-08');
    expect(dates(1995)).not.toContain('1995-05-01');
  });

  it('1999: extra day on 31 December for the millennium', () => {
    expect(bankHolidays(1999).at(-1)).toEqual({ date: '1999-12-31', name: 'Millennium celebrations' });
  });

  it('2002: Golden Jubilee, Spring moved to Tuesday 4 June with an extra Monday', () => {
    expect(dates(2002)).toEqual(expect.arrayContaining(['2002-06-03', '2002-06-04']));
    expect(dates(2002)).not.toContain('2002-05-27');
  });

  it('2011 royal wedding and 2012 Diamond Jubilee', () => {
    expect(dates(2011)).toContain('2011-04-29');
    expect(dates(2012)).toEqual(expect.arrayContaining(['2012-06-04', '2012-06-05']));
    expect(dates(2012)).not.toContain('2012-05-28');
  });

  it('2020: Early May moved to Friday 8 May for the 75th VE Day anniversary', () => {
    expect(bankHolidays(2020)[3]).toEqual({ date: '2020-05-08', name: 'Early May bank holiday (VE day)' });
    expect(dates(2020)).not.toContain('2020-05-04');
  });

  it('2022: Platinum Jubilee (Thursday and Friday) and the state funeral, in all three regions', () => {
    for (const region of REGIONS) {
      expect(dates(2022, region)).toEqual(expect.arrayContaining(['2022-06-02', '2022-06-03', '2022-09-19']));
      expect(dates(2022, region)).not.toContain('2022-05-30');
    }
    expect(dates(2022)).toHaveLength(10);
  });

  it('2023: coronation on Monday 8 May, beside Early May on 1 May', () => {
    expect(bankHolidays(2023).slice(3, 5)).toEqual([
      { date: '2023-05-01', name: 'Early May bank holiday' },
      { date: '2023-05-08', name: 'Bank holiday for the coronation of King Charles III' },
    ]);
  });

  it('2026: the World Cup day on 15 June is Scotland only', () => {
    expect(isBankHoliday('2026-06-15', 'scotland')).toBe(true);
    expect(isBankHoliday('2026-06-15')).toBe(false);
    expect(isBankHoliday('2026-06-15', 'northern-ireland')).toBe(false);
  });

  it('2025 has no extra VE Day holiday (80th anniversary)', () => {
    expect(isBankHoliday('2025-05-08')).toBe(false);
  });
});

describe('bankHolidays agree with the GOV.UK feed fixture for 2018–2027', () => {
  for (const region of REGIONS) {
    for (let year = 2018; year <= 2027; year++) {
      it(`${region} ${year}`, () => {
        const fromFeed = feed[region].events.filter((e) => e.date.startsWith(`${year}-`)).map((e) => e.date);
        expect(dates(year, region)).toEqual(fromFeed);
      });
    }
  }

  it('marks substitute days where the feed notes them', () => {
    for (const region of REGIONS) {
      const subs = feed[region].events.filter((e) => e.notes === 'Substitute day').map((e) => e.date);
      const ours = [];
      for (let year = 2018; year <= 2027; year++) {
        ours.push(...bankHolidays(year, region).filter((h) => h.name.endsWith(' (substitute day)')).map((h) => h.date));
      }
      expect(ours).toEqual(subs);
    }
  });
});

describe('bankHolidaysChecked: provenance and provisional years', () => {
  it('says the built-in table is checked to 2027', () => {
    expect(BANK_HOLIDAYS_CONFIRMED_TO).toBe(2027);
    const r = bankHolidaysChecked(2027);
    expect(r).toEqual({ ok: true, year: 2027, region: 'england-and-wales', holidays: bankHolidays(2027), origin: 'rules', provisional: false, source: RULES_SOURCE, findings: [] });
  });

  it('flags years after 2027 as provisional, in the result and in a finding', () => {
    const r = bankHolidaysChecked(2028, 'scotland');
    expect(r.ok && [r.provisional, r.source]).toEqual([true, `${RULES_SOURCE}; provisional: checked to 2027`]);
    expect(r.findings).toEqual([
      {
        code: 'DEADLINE-BANK-HOLIDAYS-PROVISIONAL',
        severity: 'info',
        message:
          'Bank holidays for 2028 come from the rules only and are provisional: the built-in table was checked to 2027, and a later proclamation may add or move a day. Inject the GOV.UK feed for official dates.',
        source: RULES_SOURCE,
      },
    ]);
  });

  it('warns that years before 1995 miss earlier one-off changes', () => {
    expect(bankHolidaysChecked(1981).findings).toEqual([
      {
        code: 'DEADLINE-BANK-HOLIDAYS-UNVERIFIED',
        severity: 'warning',
        message: "Bank holidays for 1981 apply today's rules: one-off changes before 1995 are not in the built-in table.",
        source: RULES_SOURCE,
      },
    ]);
  });

  it('refuses a fractional year, an unknown region and bad options with findings', () => {
    expect(bankHolidaysChecked(2025.5, 'wales', { holidays: {} as never })).toEqual({
      ok: false,
      holidays: [],
      findings: [
        { code: 'DEADLINE-YEAR-INVALID', severity: 'error', message: '`year` must be a whole year from 1000 to 9999.', path: ['year'] },
        {
          code: 'DEADLINE-REGION-UNKNOWN',
          severity: 'error',
          message: 'The region must be one of: "england-and-wales", "scotland", "northern-ireland".',
          path: ['region'],
        },
        {
          code: 'DEADLINE-OPTIONS-INVALID',
          severity: 'error',
          message: 'The holidays option must be the data returned by bankHolidaysFromGovUk.',
          path: ['options', 'holidays'],
        },
      ],
    });
  });

  it('gives [] and null for unusable input in the simple functions', () => {
    expect(bankHolidays('2025')).toEqual([]);
    expect(bankHolidays(10000)).toEqual([]);
    expect(isBankHoliday('25/12/2025')).toBeNull();
    expect(isBankHoliday('2025-12-25', 'wales')).toBeNull();
    expect(isBankHoliday(20251225)).toBeNull();
  });

  it('returns a fresh array each time, so a caller cannot corrupt later results', () => {
    const a = bankHolidays(2025);
    a.pop();
    expect(bankHolidays(2025)).toHaveLength(8);
  });
});
