import { finding, type Finding } from '../../core/finding';
import { fromDayNumber, type IsoDate, toDayNumberOrNull } from '../../core/isoDate';
import type { Policy, PolicyDuration } from '../../policy/schema';
import type { _DurationEnv } from '../../deadlines/_addDuration';
import { _readCalendar } from '../../deadlines/_schoolDays';
import { _addWorking, _resolveOptions } from '../../deadlines/_workingDays';
import { _birthday, _episodeChecks, _SOURCE_INPUT } from './checks';
import { _due } from './due';
import type { _ScheduleData } from './input';
import type { _ScheduleContext, _ScheduleMeeting } from './types';

const DUE_SOON_DEFAULT = 10;
const NAVSH_DISTRIBUTION: PolicyDuration = Object.freeze({
  n: 5,
  unit: 'working-days' as const,
  source:
    'practice default, not statutory: The Virtual School Handbook (NAVSH, 2014) Appendix 2 (all participants receive the updated PEP within 5 working days); the policy sets no figure',
});
const PRACTICE_DEFAULT = finding(
  'DEADLINE-SCHEDULE-PRACTICE-DEFAULT',
  'info',
  'The policy sets no timescale for distributing the updated PEP; the NAVSH practice default of 5 working days was used.',
  undefined,
  NAVSH_DISTRIBUTION.source,
);

/** What {@link _scheduleContext} answers: the context and the warnings about the input, or why there is none. @internal */
export type _BuiltContext =
  | { readonly ok: true; readonly context: _ScheduleContext; readonly warnings: readonly Finding[] }
  | { readonly ok: false; readonly findings: readonly Finding[] };

/**
 * Builds the context every obligation reads, once, from input that passed the schema and a gated
 * policy: the episode checks, working days for the policy's region (and any injected feed), the
 * school calendar, the due-soon window, this episode's meetings and care reviews (earlier ones, and
 * reviews dated after today, are ignored with a warning) and the initial PEP's due dates.
 * @internal
 */
export function _scheduleContext(data: _ScheduleData, policy: Policy): _BuiltContext {
  const { enteredCare, dateOfBirth, today } = data;
  const invalid = _episodeChecks(enteredCare, dateOfBirth, today);
  if (invalid.length > 0) return { ok: false, findings: invalid };
  const resolved = _resolveOptions({ region: policy.region, ...(data.holidays ? { holidays: data.holidays } : {}) });
  if (resolved.ctx === null) return { ok: false, findings: resolved.findings };
  const env: _DurationEnv = { ctx: resolved.ctx, calendar: data.calendar ? _readCalendar(data.calendar) : null };
  const todayDay = toDayNumberOrNull(today) as number;
  const soon = fromDayNumber(_addWorking(todayDay, data.dueSoonWorkingDays ?? DUE_SOON_DEFAULT, env.ctx) ?? todayDay);
  const warnings: Finding[] = [];
  const inCare = meetingsInCare(data, warnings);
  const reviews = reviewsHeld(data, warnings);
  const held = inCare.filter((m) => m.date <= today);
  const ts = policy.timescales;
  const context: _ScheduleContext = {
    policy,
    timescales: ts,
    enteredCare,
    dateOfBirth,
    today,
    adult: _birthday(dateOfBirth, 18),
    soon,
    env,
    inCare,
    held,
    planned: inCare.filter((m) => m.date > today),
    reviews,
    sdqs: data.sdqs ?? [],
    placementChanges: data.placementChanges ?? [],
    ehcpAnnualReview: data.ehcpAnnualReview ?? null,
    schoolPlaces: data.schoolPlaces ?? [],
    suspensions: data.suspensions ?? [],
    initialMeeting: held.find((m) => m.kind === 'initial') ?? (inCare.some((m) => m.kind === 'initial') ? undefined : held[0]),
    initiate: _due(env, ts.initiatePep, enteredCare),
    complete: ts.completeInitialPep === null ? null : _due(env, ts.completeInitialPep, enteredCare),
    distribution:
      ts.distributionAfterMeeting !== null
        ? { duration: ts.distributionAfterMeeting, notes: [] }
        : { duration: NAVSH_DISTRIBUTION, notes: inCare.length > 0 ? [{ note: PRACTICE_DEFAULT }] : [] },
  };
  return { ok: true, context, warnings };
}

/** Meetings of this care episode, by date (then input order); earlier ones give a warning. */
function meetingsInCare(data: _ScheduleData, warnings: Finding[]): _ScheduleMeeting[] {
  const meetings = (data.meetings ?? []).map((m, index) => ({ ...m, index }));
  for (const m of meetings) {
    if (m.date < data.enteredCare) {
      const message = `Meeting ${m.index} is before the child entered care; it is ignored.`;
      warnings.push(finding('DEADLINE-SCHEDULE-MEETING-BEFORE-CARE', 'warning', message, ['meetings', m.index, 'date'], _SOURCE_INPUT));
    }
  }
  return meetings
    .filter((m) => m.date >= data.enteredCare)
    .sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : a.index - b.index));
}

/** Care reviews held in this episode, sorted; earlier ones and ones after today give a warning. */
function reviewsHeld(data: _ScheduleData, warnings: Finding[]): IsoDate[] {
  const reviews: IsoDate[] = [];
  (data.careReviews ?? []).forEach((d, i) => {
    if (d < data.enteredCare) {
      warnings.push(
        finding('DEADLINE-SCHEDULE-REVIEW-BEFORE-CARE', 'warning', `Care review ${i} is before the child entered care; it is ignored.`, ['careReviews', i], _SOURCE_INPUT),
      );
    } else if (d > data.today) {
      warnings.push(
        finding('DEADLINE-SCHEDULE-REVIEW-AFTER-TODAY', 'warning', `Care review ${i} is dated after today; only held reviews count.`, ['careReviews', i], _SOURCE_INPUT),
      );
    } else reviews.push(d);
  });
  return reviews.sort();
}
