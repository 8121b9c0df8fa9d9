import { describe, expect, it } from 'vitest';
import { REGIONS } from '../../src/core/enums';
import { addWorkingDays } from '../../src/deadlines/addWorkingDays';
import { bankHolidays, bankHolidaysChecked, isBankHoliday } from '../../src/deadlines/bankHolidays';
import { bankHolidaysFromGovUk } from '../../src/deadlines/bankHolidaysFromGovUk';
import fixture from './fixtures/gov-uk-bank-holidays-2018-2027.json';

const FEED_SOURCE = 'GOV.UK bank holidays feed, https://www.gov.uk/bank-holidays.json (injected by the host)';

function loaded() {
  const r = bankHolidaysFromGovUk(fixture);
  if (!r.success) throw new Error('fixture feed rejected');
  return r.data;
}

describe('bankHolidaysFromGovUk: a valid feed', () => {
  it('accepts the fixture (typographic apostrophes, notes, bunting) with no issues', () => {
    const r = bankHolidaysFromGovUk(fixture);
    expect(r.success && r.issues).toEqual([]);
  });

  it('accepts the raw JSON text as well as the parsed object', () => {
    const r = bankHolidaysFromGovUk(JSON.stringify(fixture));
    expect(r.success && r.data.divisions.scotland?.['2026']?.[5]).toEqual({ date: '2026-06-15', name: 'Bank holiday for Scotland at the FIFA World Cup' });
  });

  it('names substitute days from the notes field', () => {
    expect(bankHolidays(2022, 'england-and-wales', { holidays: loaded() }).at(-1)).toEqual({ date: '2022-12-27', name: 'Christmas Day (substitute day)' });
  });

  it('reports the feed as the origin for the years it covers', () => {
    const r = bankHolidaysChecked(2026, 'northern-ireland', { holidays: loaded() });
    expect(r.ok && [r.origin, r.provisional, r.source, r.findings]).toEqual(['gov-uk-feed', false, FEED_SOURCE, []]);
  });
});

describe('bankHolidaysFromGovUk: the feed wins for the years it covers', () => {
  const proclaimed = {
    'england-and-wales': {
      division: 'england-and-wales',
      events: [
        { title: 'New Year’s Day', date: '2028-01-03', notes: 'Substitute day', bunting: true },
        { title: 'Extra bank holiday', date: '2028-03-10', notes: 'Extra bank holiday', bunting: true },
      ],
    },
  };

  it('uses only the feed’s days for a covered year, even when the rules would add more', () => {
    const r = bankHolidaysFromGovUk(proclaimed);
    if (!r.success) throw new Error('rejected');
    expect(bankHolidays(2028, 'england-and-wales', { holidays: r.data })).toEqual([
      { date: '2028-01-03', name: 'New Year’s Day (substitute day)' },
      { date: '2028-03-10', name: 'Extra bank holiday' },
    ]);
    expect(isBankHoliday('2028-03-10', 'england-and-wales', { holidays: r.data })).toBe(true);
    expect(addWorkingDays('2028-03-09', 1, { holidays: r.data })).toBe('2028-03-13');
  });

  it('leaves other years and other divisions to the rules', () => {
    const r = bankHolidaysFromGovUk(proclaimed);
    if (!r.success) throw new Error('rejected');
    expect(bankHolidays(2029, 'england-and-wales', { holidays: r.data })).toEqual(bankHolidays(2029));
    expect(bankHolidays(2028, 'scotland', { holidays: r.data })).toEqual(bankHolidays(2028, 'scotland'));
  });

  it('does not leak into calls without the feed (no shared cache pollution)', () => {
    const r = bankHolidaysFromGovUk(proclaimed);
    if (!r.success) throw new Error('rejected');
    expect(addWorkingDays('2028-03-09', 1, { holidays: r.data })).toBe('2028-03-13');
    expect(addWorkingDays('2028-03-09', 1)).toBe('2028-03-10');
    expect(isBankHoliday('2028-03-10')).toBe(false);
  });

  it('agrees with the built-in rules for every year and division of the fixture', () => {
    const data = loaded();
    for (const region of REGIONS) {
      for (let year = 2018; year <= 2027; year++) {
        expect(bankHolidays(year, region, { holidays: data }).map((h) => h.date)).toEqual(bankHolidays(year, region).map((h) => h.date));
      }
    }
  });
});

describe('bankHolidaysFromGovUk: a bad feed gives findings, never a throw', () => {
  it('refuses text that is not JSON', () => {
    expect(bankHolidaysFromGovUk('{"england-and-wales":')).toEqual({
      success: false,
      issues: [{ code: 'DEADLINE-FEED-JSON', severity: 'error', message: 'The feed is not valid JSON.', path: [], source: FEED_SOURCE }],
    });
  });

  it('points at a bad date and a missing title', () => {
    const r = bankHolidaysFromGovUk({
      scotland: { division: 'scotland', events: [{ title: 'St Andrew’s Day', date: '2025-11-31', notes: '' }, { date: '2025-12-25', notes: '' }] },
    });
    expect(r).toEqual({
      success: false,
      issues: [
        {
          code: 'DEADLINE-FEED-DATE',
          severity: 'error',
          message: '`scotland.events[0].date` must be a real date written YYYY-MM-DD.',
          path: ['scotland', 'events', 0, 'date'],
          source: FEED_SOURCE,
        },
        {
          code: 'DEADLINE-FEED-REQUIRED',
          severity: 'error',
          message: '`scotland.events[1].title` is required.',
          path: ['scotland', 'events', 1, 'title'],
          source: FEED_SOURCE,
        },
      ],
    });
  });

  it('refuses a division filed under the wrong key', () => {
    expect(bankHolidaysFromGovUk({ scotland: { division: 'northern-ireland', events: [] } })).toEqual({
      success: false,
      issues: [
        {
          code: 'DEADLINE-FEED-DIVISION-MISMATCH',
          severity: 'error',
          message: 'The entry under "scotland" names division "northern-ireland".',
          path: ['scotland', 'division'],
          source: FEED_SOURCE,
        },
      ],
    });
  });

  it('refuses a feed with no division at all', () => {
    expect(bankHolidaysFromGovUk({ wales: { division: 'wales', events: [] } })).toEqual({
      success: false,
      issues: [
        {
          code: 'DEADLINE-FEED-EMPTY',
          severity: 'error',
          message: 'The feed has none of the divisions england-and-wales, scotland or northern-ireland.',
          path: [],
          source: FEED_SOURCE,
        },
      ],
    });
  });

  it('refuses non-objects', () => {
    expect(bankHolidaysFromGovUk(null)).toEqual({
      success: false,
      issues: [{ code: 'DEADLINE-FEED-TYPE', severity: 'error', message: 'The document must be an object.', path: [], source: FEED_SOURCE }],
    });
  });

  it('keeps the first of two events on one date and warns', () => {
    const r = bankHolidaysFromGovUk({
      'england-and-wales': {
        division: 'england-and-wales',
        events: [
          { title: 'Christmas Day', date: '2025-12-25', notes: '', bunting: true },
          { title: 'Christmas Day', date: '2025-12-25', notes: '', bunting: true },
        ],
      },
    });
    expect(r.success && r.issues).toEqual([
      {
        code: 'DEADLINE-FEED-DUPLICATE-DATE',
        severity: 'warning',
        message: 'Event 1 repeats a date already listed; it is ignored.',
        path: ['england-and-wales', 'events', 1, 'date'],
        source: FEED_SOURCE,
      },
    ]);
  });

  it('returns frozen data that later code cannot alter', () => {
    const data = loaded();
    expect(Object.isFrozen(data)).toBe(true);
    expect(Object.isFrozen(data.divisions['england-and-wales']?.['2025'])).toBe(true);
  });
});
