import { describe, expect, it } from 'vitest';
import { bankHolidaysFromGovUk } from '../../src/deadlines/bankHolidaysFromGovUk';
import { createSchoolCalendar } from '../../src/deadlines/createSchoolCalendar';

/*
 * Input checks of the two deadline functions that read outside data, pinned as examples. They were
 * zod schemas; the hand-written readers keep zod's findings exactly (readers.property.test.ts), odd
 * corners included, so a host sees the same codes, messages and paths as before.
 */

const CAL = 'Education Act 2002 s32 (term dates are set by the local authority, governing body or academy trust, so a school calendar is data: terms, half-terms, INSET and closure days)';
const FEED = 'GOV.UK bank holidays feed, https://www.gov.uk/bank-holidays.json (injected by the host)';
const cal = (code: string, message: string, path: (string | number)[]) => ({ code: `DEADLINE-CALENDAR-${code}`, severity: 'error', message, path, source: CAL });
const feed = (code: string, message: string, path: (string | number)[]) => ({ code: `DEADLINE-FEED-${code}`, severity: 'error', message, path, source: FEED });
const term = { term: 'autumn', start: '2025-09-01', end: '2025-12-19' };

describe('createSchoolCalendar: input checks', () => {
  it('reports each bad field of a term in the order of the fields, a missing one as required', () => {
    expect(createSchoolCalendar({ terms: [{ term: 'winter', start: 5, halfTerms: 'none', insetDays: ['2025-02-29'] }] }).findings).toEqual([
      cal('VALUE', '`terms[0].term` must be one of: "autumn", "spring", "summer".', ['terms', 0, 'term']),
      cal('TYPE', '`terms[0].start` must be a string.', ['terms', 0, 'start']),
      cal('REQUIRED', '`terms[0].end` is required.', ['terms', 0, 'end']),
      cal('TYPE', '`terms[0].halfTerms` must be an array.', ['terms', 0, 'halfTerms']),
      cal('DATE', '`terms[0].insetDays[0]` must be a real date written YYYY-MM-DD.', ['terms', 0, 'insetDays', 0]),
    ]);
  });

  it('refuses a document that is not an object, no terms, and holidays that are not an injected feed', () => {
    expect(createSchoolCalendar([]).findings).toEqual([cal('TYPE', 'The document must be an object.', [])]);
    expect(createSchoolCalendar({ terms: [], region: 'wales', holidays: {} }).findings).toEqual([
      cal('RANGE', '`terms` is too small: minimum 1 item.', ['terms']),
      cal('VALUE', '`region` must be one of: "england-and-wales", "scotland", "northern-ireland".', ['region']),
      cal('INVALID', '`holidays` must be the data returned by bankHolidaysFromGovUk.', ['holidays']),
    ]);
  });

  it('gives only the length finding for a list over its limit, without reading its items', () => {
    const halfTerms = Array.from({ length: 13 }, () => ({ start: 'x' }));
    expect(createSchoolCalendar({ terms: [{ ...term, halfTerms }] }).findings).toEqual([
      cal('RANGE', '`terms[0].halfTerms` is too large: maximum 12 items.', ['terms', 0, 'halfTerms']),
    ]);
  });

  it('measures a string given where a list belongs, after saying it is not a list', () => {
    expect(createSchoolCalendar({ terms: '' }).findings).toEqual([
      cal('TYPE', '`terms` must be an array.', ['terms']),
      cal('REQUIRED', '`terms` must not be empty.', ['terms']),
    ]);
  });

  it('ignores other keys and optional keys left undefined', () => {
    expect(createSchoolCalendar({ name: 'x', terms: [{ ...term, note: 1, halfTerms: undefined }], closures: undefined })).toMatchObject({ ok: true });
  });
});

describe('bankHolidaysFromGovUk: input checks', () => {
  it('reports bad events field by field', () => {
    const events = [{ title: '', date: '2026-02-29', notes: 1, bunting: 'yes' }, { date: '2026-12-25' }];
    expect(bankHolidaysFromGovUk({ scotland: { division: 'scotland', events } }).issues).toEqual([
      feed('REQUIRED', '`scotland.events[0].title` must not be empty.', ['scotland', 'events', 0, 'title']),
      feed('DATE', '`scotland.events[0].date` must be a real date written YYYY-MM-DD.', ['scotland', 'events', 0, 'date']),
      feed('TYPE', '`scotland.events[0].notes` must be a string.', ['scotland', 'events', 0, 'notes']),
      feed('TYPE', '`scotland.events[0].bunting` must be true or false.', ['scotland', 'events', 0, 'bunting']),
      feed('REQUIRED', '`scotland.events[1].title` is required.', ['scotland', 'events', 1, 'title']),
    ]);
  });

  it('reports a division that is not an object or names no known division', () => {
    expect(bankHolidaysFromGovUk({ 'england-and-wales': [], 'northern-ireland': { division: 'ni', events: {} } }).issues).toEqual([
      feed('TYPE', '`england-and-wales` must be an object.', ['england-and-wales']),
      feed('VALUE', '`northern-ireland.division` must be one of: "england-and-wales", "scotland", "northern-ireland".', ['northern-ireland', 'division']),
      feed('TYPE', '`northern-ireland.events` must be an array.', ['northern-ireland', 'events']),
    ]);
  });
});
