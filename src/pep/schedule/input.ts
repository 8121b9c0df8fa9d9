import * as z from 'zod/mini';
import { _zodIssuesToFindings } from '../../core/_zodIssues';
import { PEP_KINDS, SDQ_INFORMANTS } from '../../core/enums';
import { finding, type Finding } from '../../core/finding';
import { toDayNumberOrNull } from '../../core/isoDate';
import { _resolvePolicy } from '../../policy/definePolicy';
import type { Policy } from '../../policy/schema';
import { _readCalendar } from '../../deadlines/_schoolDays';
import { _isFeed } from '../../deadlines/_workingDays';
import type { SchoolCalendar } from '../../deadlines/createSchoolCalendar';
import type { InjectedHolidays } from '../../deadlines/types';
import { _careBeforeBirth, _SOURCE_INPUT } from './checks';

const Day = z.iso.date();
const maybe = z.nullish;
const InputSchema = z.object({
  enteredCare: Day,
  dateOfBirth: Day,
  today: Day,
  meetings: maybe(
    z
      .array(
        z.object({
          date: Day,
          kind: maybe(z.enum(PEP_KINDS)),
          core: maybe(z.boolean()),
          allocatedOn: maybe(Day),
          submittedOn: maybe(Day),
          distributedOn: maybe(Day),
        }),
      )
      .check(z.maxLength(1000)),
  ),
  careReviews: maybe(z.array(Day).check(z.maxLength(500))),
  sdqs: maybe(z.array(z.object({ informant: z.enum(SDQ_INFORMANTS), completedOn: Day })).check(z.maxLength(1000))),
  placementChanges: maybe(z.array(z.object({ date: Day, kind: z.enum(['school', 'care']) })).check(z.maxLength(500))),
  ehcpAnnualReview: maybe(Day),
  schoolPlaces: maybe(z.array(z.object({ from: Day, securedOn: maybe(Day) })).check(z.maxLength(100))),
  suspensions: maybe(
    z.array(z.object({ startDate: Day, days: z.number().check(z.positive(), z.maximum(45)), provisionFrom: maybe(Day) })).check(z.maxLength(500)),
  ),
  calendar: maybe(
    z.custom<SchoolCalendar>((v) => _readCalendar(v) !== null, {
      message: 'must be the calendar returned by createSchoolCalendar',
      params: { code: 'CALENDAR-INVALID' },
    }),
  ),
  holidays: maybe(
    z.custom<InjectedHolidays>((v) => _isFeed(v), {
      message: 'must be the data returned by bankHolidaysFromGovUk',
      params: { code: 'HOLIDAYS-INVALID' },
    }),
  ),
  dueSoonWorkingDays: maybe(z.int().check(z.minimum(0), z.maximum(260))),
});

/** The input of `pepSchedule` once it has passed the schema. @internal */
export type _ScheduleData = z.infer<typeof InputSchema>;

/** What {@link _readScheduleInput} answers. @internal */
export type _ReadInput =
  | { readonly ok: true; readonly data: _ScheduleData; readonly policy: Policy }
  | { readonly ok: false; readonly findings: readonly Finding[] };

/**
 * Reads the input once (the schema, with `DEADLINE-SCHEDULE-*` codes) and passes the policy through
 * the gate once. When either is unusable, also says whether the child entered care before birth
 * (when both dates can be read), so a host sees every problem at once.
 * @internal
 */
export function _readScheduleInput(input: unknown, policy: unknown): _ReadInput {
  const parsed = InputSchema.safeParse(input);
  const gated = gateSchedulePolicy(policy);
  if (parsed.success && gated.ok) return { ok: true, data: parsed.data, policy: gated.policy };
  const findings: Finding[] = [];
  if (!parsed.success) findings.push(..._zodIssuesToFindings(parsed.error.issues, input, 'DEADLINE-SCHEDULE', _SOURCE_INPUT));
  if (!gated.ok) findings.push(...gated.findings);
  const raw = (input ?? {}) as { enteredCare?: unknown; dateOfBirth?: unknown };
  if (toDayNumberOrNull(raw.enteredCare) !== null && toDayNumberOrNull(raw.dateOfBirth) !== null) {
    findings.push(..._careBeforeBirth(raw.enteredCare as string, raw.dateOfBirth as string));
  }
  return { ok: false, findings };
}

/**
 * The policy gate, once: a trusted policy (presets, definePolicy) passes in O(1); anything else is
 * checked once by `_resolvePolicy`. The schedule takes a whole policy, not overrides: an object the
 * gate would complete from the england preset is refused for each section it lacks, as before the
 * gate. Gate codes keep the schedule's `DEADLINE-POLICY-` prefix (`POLICY-X` → `DEADLINE-POLICY-X`;
 * `POLICY-NOT-OBJECT` → `DEADLINE-POLICY-TYPE`, `POLICY-UNKNOWN-KEY` → `DEADLINE-POLICY-KEYS`, the
 * codes these problems always had here) and `source: 'policy'`.
 */
function gateSchedulePolicy(policy: unknown): { ok: true; policy: Policy } | { ok: false; findings: Finding[] } {
  const gate = _resolvePolicy(policy);
  if (!gate.ok) return { ok: false, findings: gate.findings.map(asScheduleFinding) };
  if (gate.policy === policy || policy === undefined) return { ok: true, policy: gate.policy };
  const given = policy as Record<string, unknown>;
  const missing = Object.keys(gate.policy).filter((key) => given[key] === undefined);
  if (missing.length === 0) return { ok: true, policy: gate.policy };
  return { ok: false, findings: missing.map((key) => finding('DEADLINE-POLICY-REQUIRED', 'error', `\`${key}\` is required.`, [key], 'policy')) };
}

/** Gate codes whose problem the schedule always reported under another name. */
const OLD_CODES: Readonly<Record<string, string>> = { 'POLICY-NOT-OBJECT': 'DEADLINE-POLICY-TYPE', 'POLICY-UNKNOWN-KEY': 'DEADLINE-POLICY-KEYS' };

function asScheduleFinding(f: Finding): Finding {
  return finding(OLD_CODES[f.code] ?? `DEADLINE-${f.code}`, f.severity, f.message, f.path, 'policy');
}
