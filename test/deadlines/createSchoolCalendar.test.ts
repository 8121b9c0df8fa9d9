import { describe, expect, it } from 'vitest';
import { createSchoolCalendar } from '../../src/deadlines/createSchoolCalendar';
import { calendarInputs, calendars } from './_calendars';

const SOURCE = 'Education Act 2002 s32 (term dates are set by the local authority, governing body or academy trust, so a school calendar is data: terms, half-terms, INSET and closure days)';

describe('createSchoolCalendar: the example calendars', () => {
  it('marks every example as an example in its note', () => {
    for (const input of Object.values(calendarInputs)) expect(input.note.startsWith('EXAMPLE ONLY.')).toBe(true);
  });

  it('loads each with no findings', () => {
    for (const input of Object.values(calendarInputs)) expect(createSchoolCalendar(input)).toMatchObject({ ok: true, findings: [] });
  });

  it('gives 190 pupil days in each example year (195 teacher days less 5 INSET days)', () => {
    for (const calendar of Object.values(calendars)) {
      expect(calendar.schoolDayNumbers).toHaveLength(190);
      expect(calendar.terms.reduce((n, t) => n + t.insetDays.length, 0)).toBe(5);
    }
  });

  it('counts each term of England 2025/26, leaving out Early May (4 May) and the half-terms', () => {
    expect(calendars.england.terms.map((t) => [t.term, t.academicYear, t.schoolDays])).toEqual([
      ['autumn', '2025/26', 72],
      ['spring', '2025/26', 54],
      ['summer', '2025/26', 64],
    ]);
  });

  it('covers whole academic years, 1 September to 31 August', () => {
    expect(calendars.halton.covers).toEqual({ start: '2024-09-01', end: '2025-08-31' });
    expect(calendars.bolton.region).toBe('england-and-wales');
  });

  it('is frozen data', () => {
    expect(Object.isFrozen(calendars.halton)).toBe(true);
    expect(Object.isFrozen(calendars.halton.terms[0])).toBe(true);
  });

  it('sorts terms given out of order', () => {
    const r = createSchoolCalendar({ terms: [...calendarInputs.england.terms].reverse() });
    expect(r.ok && r.calendar.terms.map((t) => t.term)).toEqual(['autumn', 'spring', 'summer']);
  });
});

describe('createSchoolCalendar: closures and regions', () => {
  it('removes closure days from the school days', () => {
    const r = createSchoolCalendar({ ...calendarInputs.england, closures: ['2026-05-07', '2026-08-10'] });
    expect(r.ok && [r.calendar.schoolDayNumbers.length, r.calendar.closures]).toEqual([189, ['2026-05-07', '2026-08-10']]);
  });

  it('uses the region’s bank holidays: Easter Monday is a school day in a Scottish calendar', () => {
    const terms = [{ term: 'summer' as const, start: '2025-04-14', end: '2025-07-04' }];
    const ew = createSchoolCalendar({ terms });
    const sc = createSchoolCalendar({ terms, region: 'scotland' });
    expect(ew.ok && sc.ok && sc.calendar.schoolDayNumbers.length - ew.calendar.schoolDayNumbers.length).toBe(1);
  });
});

describe('createSchoolCalendar: findings', () => {
  it('refuses a term that ends before it starts', () => {
    expect(createSchoolCalendar({ terms: [{ term: 'autumn', start: '2025-12-19', end: '2025-09-01' }] })).toEqual({
      ok: false,
      calendar: null,
      findings: [
        { code: 'DEADLINE-CALENDAR-TERM-END-BEFORE-START', severity: 'error', message: 'Term 0 ends before it starts.', path: ['terms', 0, 'end'], source: SOURCE },
      ],
    });
  });

  it('refuses overlapping terms, pointing at the later one', () => {
    expect(
      createSchoolCalendar({
        terms: [
          { term: 'spring', start: '2026-01-05', end: '2026-03-27' },
          { term: 'autumn', start: '2025-09-01', end: '2026-01-06' },
        ],
      }),
    ).toEqual({
      ok: false,
      calendar: null,
      findings: [{ code: 'DEADLINE-CALENDAR-TERM-OVERLAP', severity: 'error', message: 'Term 0 overlaps term 1.', path: ['terms', 0, 'start'], source: SOURCE }],
    });
  });

  it('refuses impossible and wrongly written dates and an unknown term name', () => {
    expect(createSchoolCalendar({ terms: [{ term: 'michaelmas', start: '2025-02-30', end: '19/12/2025' }] })).toEqual({
      ok: false,
      calendar: null,
      findings: [
        { code: 'DEADLINE-CALENDAR-VALUE', severity: 'error', message: '`terms[0].term` must be one of: "autumn", "spring", "summer".', path: ['terms', 0, 'term'], source: SOURCE },
        { code: 'DEADLINE-CALENDAR-DATE', severity: 'error', message: '`terms[0].start` must be a real date written YYYY-MM-DD.', path: ['terms', 0, 'start'], source: SOURCE },
        { code: 'DEADLINE-CALENDAR-DATE', severity: 'error', message: '`terms[0].end` must be a real date written YYYY-MM-DD.', path: ['terms', 0, 'end'], source: SOURCE },
      ],
    });
  });

  it('refuses no terms, a non-object and an unknown region', () => {
    expect(createSchoolCalendar({ terms: [] }).findings).toEqual([
      { code: 'DEADLINE-CALENDAR-RANGE', severity: 'error', message: '`terms` is too small: minimum 1 item.', path: ['terms'], source: SOURCE },
    ]);
    expect(createSchoolCalendar('2025/26').findings).toEqual([
      { code: 'DEADLINE-CALENDAR-TYPE', severity: 'error', message: 'The document must be an object.', path: [], source: SOURCE },
    ]);
    expect(createSchoolCalendar({ ...calendarInputs.england, region: 'wales' }).findings).toEqual([
      {
        code: 'DEADLINE-CALENDAR-VALUE',
        severity: 'error',
        message: '`region` must be one of: "england-and-wales", "scotland", "northern-ireland".',
        path: ['region'],
        source: SOURCE,
      },
    ]);
  });

  it('refuses a term running past 31 August and a term longer than a year', () => {
    expect(createSchoolCalendar({ terms: [{ term: 'summer', start: '2026-04-13', end: '2026-09-02' }] }).findings).toEqual([
      {
        code: 'DEADLINE-CALENDAR-TERM-CROSSES-YEARS',
        severity: 'error',
        message: 'Term 0 runs past 31 August into the next academic year.',
        path: ['terms', 0, 'end'],
        source: SOURCE,
      },
    ]);
    expect(createSchoolCalendar({ terms: [{ term: 'autumn', start: '2025-09-01', end: '2027-08-31' }] }).findings).toEqual([
      { code: 'DEADLINE-CALENDAR-TERM-TOO-LONG', severity: 'error', message: 'Term 0 is longer than a year.', path: ['terms', 0, 'end'], source: SOURCE },
    ]);
  });

  it('refuses a half-term that ends before it starts, and warns about one outside its term', () => {
    const bad = createSchoolCalendar({
      terms: [{ term: 'autumn', start: '2025-09-01', end: '2025-12-19', halfTerms: [{ start: '2025-10-31', end: '2025-10-27' }] }],
    });
    expect(bad.findings).toEqual([
      {
        code: 'DEADLINE-CALENDAR-HALF-TERM-END-BEFORE-START',
        severity: 'error',
        message: 'Half-term 0 of term 0 ends before it starts.',
        path: ['terms', 0, 'halfTerms', 0, 'end'],
        source: SOURCE,
      },
    ]);
    const outside = createSchoolCalendar({
      terms: [
        {
          term: 'autumn',
          start: '2025-09-01',
          end: '2025-12-19',
          halfTerms: [{ start: '2025-12-15', end: '2026-01-02' }],
          insetDays: ['2025-08-29'],
        },
        { term: 'spring', start: '2026-01-05', end: '2026-03-27' },
        { term: 'summer', start: '2026-04-13', end: '2026-07-21' },
      ],
    });
    expect(outside.ok).toBe(true);
    expect(outside.findings).toEqual([
      {
        code: 'DEADLINE-CALENDAR-HALF-TERM-OUTSIDE-TERM',
        severity: 'warning',
        message: 'Half-term 0 of term 0 is not inside the term; the days outside it change nothing.',
        path: ['terms', 0, 'halfTerms', 0],
        source: SOURCE,
      },
      {
        code: 'DEADLINE-CALENDAR-INSET-OUTSIDE-TERM',
        severity: 'warning',
        message: 'INSET day 0 of term 0 is not inside the term; it changes nothing.',
        path: ['terms', 0, 'insetDays', 0],
        source: SOURCE,
      },
    ]);
  });

  it('notes an academic year with a term missing, and provisional bank holidays after 2027', () => {
    const r = createSchoolCalendar({ terms: [{ term: 'autumn', start: '2027-09-01', end: '2027-12-17' }] });
    expect(r.ok && r.findings).toEqual([
      {
        code: 'DEADLINE-CALENDAR-TERM-MISSING',
        severity: 'info',
        message: 'Academic year 2027/28 has no spring or summer term: no school days are counted there.',
        path: ['terms'],
        source: SOURCE,
      },
      {
        code: 'DEADLINE-BANK-HOLIDAYS-PROVISIONAL',
        severity: 'info',
        message:
          'Bank holidays for 2028 come from the rules only and are provisional: the built-in table was checked to 2027, and a later proclamation may add or move a day. Inject the GOV.UK feed for official dates.',
        source:
          'Banking and Financial Dealings Act 1971 Sch 1, annual proclamations, St Andrew’s Day Bank Holiday (Scotland) Act 2007; one-off Royal Proclamations 1995–2026 (GOV.UK bank holidays)',
      },
    ]);
  });
});
