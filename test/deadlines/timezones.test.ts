import { afterAll, describe, expect, it, vi } from 'vitest';

/*
 * DESIGN.md: results are identical under TZ=UTC, Europe/London, America/Los_Angeles and
 * Pacific/Kiritimati. Each zone gets a fresh copy of the module (vi.resetModules), so no cache
 * built in one zone can hide a bug in another.
 */
const ZONES = ['UTC', 'Europe/London', 'America/Los_Angeles', 'Pacific/Kiritimati', 'Australia/Lord_Howe'];
const original = process.env['TZ'];

async function battery() {
  const d = await import('../../src/deadlines/index');
  const { policies } = await import('../../src/policy/index');
  const cal = d.createSchoolCalendar({
    terms: [
      { term: 'autumn', start: '2024-09-02', end: '2024-12-20', halfTerms: [{ start: '2024-10-28', end: '2024-11-01' }] },
      { term: 'spring', start: '2025-01-06', end: '2025-04-04', halfTerms: [{ start: '2025-02-17', end: '2025-02-21' }] },
      { term: 'summer', start: '2025-04-22', end: '2025-07-22' },
    ],
  });
  if (!cal.ok) throw new Error('calendar rejected');
  return {
    // Around the 2024 and 2025 clock changes (31 March / 27 October 2024, 30 March / 26 October 2025).
    adds: ['2024-03-29', '2024-03-31', '2024-10-25', '2024-10-27', '2025-03-28', '2025-10-24', '2024-12-20', '2024-02-28'].flatMap((s) =>
      [-30, -1, 1, 3, 20, 250].map((n) => d.addWorkingDays(s, n)),
    ),
    between: d.workingDaysBetween('2024-03-01', '2025-11-01'),
    holidays: [2024, 2025, 2026].flatMap((y) => (['england-and-wales', 'scotland', 'northern-ireland'] as const).flatMap((r) => d.bankHolidays(y, r))),
    school: [d.addSchoolDays('2024-10-14', 20, cal.calendar), d.schoolDaysBetween('2024-09-01', '2025-08-31', cal.calendar), d.termOf('2025-03-30', cal.calendar)],
    years: [d.academicYearOf('2025-08-31'), d.ncYearGroup('2014-08-31', '2025-09-01'), d.financialYearOf('2025-03-31'), d.easterSunday(2025)],
    schedule: (await import('../../src/pep/index')).pepSchedule(
      { enteredCare: '2024-10-14', dateOfBirth: '2015-03-02', today: '2025-03-30', calendar: cal.calendar, meetings: [{ date: '2024-10-24' }] },
      policies.halton,
    ),
  };
}

describe('deadlines give identical results in every time zone', () => {
  afterAll(() => {
    if (original === undefined) delete process.env['TZ'];
    else process.env['TZ'] = original;
  });

  it('computes the same battery under each zone', async () => {
    const results: unknown[] = [];
    const offsets: number[] = [];
    for (const zone of ZONES) {
      process.env['TZ'] = zone;
      vi.resetModules();
      offsets.push(new Date(2025, 0, 1).getTimezoneOffset());
      results.push(await battery());
    }
    // The zone switch really happened (UTC 0, London 0 in January, LA +480, Kiritimati -840, Lord Howe -660).
    expect(offsets).toEqual([0, 0, 480, -840, -660]);
    for (const r of results.slice(1)) expect(r).toEqual(results[0]);
    expect((results[0] as { adds: unknown[] }).adds.every((x) => typeof x === 'string')).toBe(true);
  });
});
