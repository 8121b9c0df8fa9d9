import * as z from 'zod/mini';
import { _zodIssuesToFindings } from '../../src/core/_zodIssues';
import { REGIONS, TERMS } from '../../src/core/enums';
import type { Finding } from '../../src/core/finding';
import { _isFeed } from '../../src/deadlines/_workingDays';
import type { InjectedHolidays } from '../../src/deadlines/types';

/*
 * The zod schemas createSchoolCalendar and bankHolidaysFromGovUk validated their input with before
 * the deadlines entry dropped zod, copied verbatim. Kept only here, as the oracle the hand-written
 * readers (src/deadlines/_readCalendarInput.ts, _readGovUkFeed.ts) must agree with exactly.
 */

const RangeSchema = z.object({ start: z.iso.date(), end: z.iso.date() });
const TermSchema = z.object({
  term: z.enum(TERMS),
  start: z.iso.date(),
  end: z.iso.date(),
  halfTerms: z.optional(z.array(RangeSchema).check(z.maxLength(12))),
  insetDays: z.optional(z.array(z.iso.date()).check(z.maxLength(60))),
});
const InputSchema = z.object({
  terms: z.array(TermSchema).check(z.minLength(1), z.maxLength(300)),
  closures: z.optional(z.array(z.iso.date()).check(z.maxLength(10_000))),
  region: z.optional(z.enum(REGIONS)),
  holidays: z.optional(z.custom<InjectedHolidays>((v) => _isFeed(v), { message: 'must be the data returned by bankHolidaysFromGovUk' })),
});

const EventSchema = z.object({
  title: z.string().check(z.minLength(1)),
  date: z.iso.date(),
  notes: z.optional(z.string()),
  bunting: z.optional(z.boolean()),
});

const DivisionSchema = z.object({
  division: z.enum(REGIONS),
  events: z.array(EventSchema),
});

const FeedSchema = z.object({
  'england-and-wales': z.optional(DivisionSchema),
  scotland: z.optional(DivisionSchema),
  'northern-ireland': z.optional(DivisionSchema),
});

/** What the old code got from zod: the parsed data, or the findings `_zodIssuesToFindings` made of the issues. */
export type OracleResult = { readonly ok: true; readonly data: unknown } | { readonly ok: false; readonly findings: Finding[] };

function run(schema: z.ZodMiniType, input: unknown, prefix: string, source: string): OracleResult {
  const parsed = schema.safeParse(input);
  return parsed.success ? { ok: true, data: parsed.data } : { ok: false, findings: _zodIssuesToFindings(parsed.error.issues, input, prefix, source) };
}

/** The old createSchoolCalendar input check. */
export const oracleCalendar = (input: unknown, source: string): OracleResult => run(InputSchema, input, 'DEADLINE-CALENDAR', source);

/** The old bankHolidaysFromGovUk input check (on the parsed feed). */
export const oracleFeed = (input: unknown, source: string): OracleResult => run(FeedSchema, input, 'DEADLINE-FEED', source);
