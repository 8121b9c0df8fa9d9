import { _guarded } from '../core/_guarded';
import type { Policy } from '../policy/schema';
import { _allocation } from './schedule/allocation';
import { _careReviews } from './schedule/careReviews';
import { _scheduleContext } from './schedule/context';
import { _distribution } from './schedule/distribution';
import { _ehcpReview } from './schedule/ehcpReview';
import { _exclusionProvision } from './schedule/exclusionProvision';
import { _finishSchedule } from './schedule/finish';
import { _initialPep } from './schedule/initialPep';
import { _readScheduleInput } from './schedule/input';
import { _reminders } from './schedule/reminders';
import { _schoolPlace } from './schedule/schoolPlace';
import { _sdqDue } from './schedule/sdqDue';
import { _submission } from './schedule/submission';
import { _termlyPeps } from './schedule/termlyPeps';
import { _transitionPeps } from './schedule/transitionPeps';
import { _transitions } from './schedule/transitions';
import type { _ScheduleContext, _ScheduleEntry, PepSchedule } from './schedule/types';

export type {
  PepSchedule,
  PepScheduleInput,
  PepScheduleMeeting,
  PlacementChange,
  ScheduleItem,
  ScheduleItemKind,
  ScheduleStatus,
  SchoolPlaceNeed,
  ScheduleSuspension,
} from './schedule/types';

/**
 * Every dated obligation for one looked-after child under a council policy, each
 * `{ kind, due, basis, status }` judged against an explicit `today`:
 *
 * - `initial-pep` (`policy.timescales.initiatePep` from entering care) and `initial-pep-complete`
 *   (`completeInitialPep`), done by the initial PEP meeting / its submission date (the meeting
 *   marked `kind: 'initial'`, else the first meeting held since entering care);
 * - `first-care-review` (20 working days, CPPCR 2010 reg 33(1)) and the `care-review` chain
 *   (3 months, then every 6 months, calendar months clamped), chained from the actual last review
 *   when `careReviews` gives it, from the due date otherwise, until the first one due after today;
 * - `termly-pep` for each term after the one the initial PEP falls in, up to the first term ending
 *   after today, while the child's year group is in a phase the policy runs PEPs for: due on the
 *   policy's `termlyDeadlines` date for that term, else the end of the term in `calendar`, else an
 *   approximation (the last working day on or before 20 December, 31 March, 20 July); a meeting
 *   counts for the term `termOfDate` gives its date (the calendar's term, else the months);
 * - after each meeting: `submission` and `distribution` (the policy value; distribution falls back
 *   to the NAVSH practice default of 5 working days, flagged); before each planned meeting:
 *   `allocation` and `reminder` items;
 * - `sdq-due` from `sdqRequirement` (pep-rules/sdq), `placement-change-review` for each school or
 *   care placement change (due within the policy's PEP initiation timescale), and
 *   `ehcp-annual-review-pep` (a PEP in the same term as the EHCP annual review) when the policy aligns them;
 * - `school-place` for each time without a school place (`schoolPlaces`, within `secureSchoolPlace`,
 *   done by `securedOn`), `suspension-provision` for each suspension that reaches school day
 *   `suspensionProvisionFromDay` (`suspensions`, done by `provisionFrom`, lapsing on its last day),
 *   and `transition-pep` for each of the policy's `transitionPeps` (a year group's term, due as that
 *   term's termly PEP, done by a meeting in the term, from `notBefore` when a week is set).
 *
 * School-day timescales need `calendar`; without one (or beyond it) they are counted as working
 * days, which can only make a deadline earlier, and `DEADLINE-SCHEDULE-CALENDAR-MISSING` /
 * `-CALENDAR-NOT-COVERED` says so. Status: `done` when the input shows it done, else `overdue`
 * when due before today, `due-soon` when due within `dueSoonWorkingDays` (default 10) working
 * days, else `upcoming`. Bad input (invalid dates, entering care before birth) gives findings and
 * no items, never a throw. The policy passes the gate once: a preset or a `definePolicy` result is
 * trusted as it is; another object must hold every section of a policy and is checked once
 * (`DEADLINE-POLICY-*`). Each obligation lives in its own file under `src/pep/schedule/`.
 * @param input - `{ enteredCare, dateOfBirth, today, meetings?, careReviews?, sdqs?, placementChanges?, ehcpAnnualReview?, schoolPlaces?, suspensions?, calendar?, holidays?, dueSoonWorkingDays? }`.
 * @param policy - A council `Policy` (e.g. `policies.miltonKeynes`).
 * @returns `{ items, findings }`.
 * @example
 * import { pepSchedule } from 'pep-rules/rules';
 * import { policies } from 'pep-rules/policy';
 * const s = pepSchedule({ enteredCare: '2024-12-02', dateOfBirth: '2014-05-01', today: '2024-12-09' }, policies.england);
 * s.items.slice(0, 2).map((i) => [i.kind, i.due, i.status]);
 * //=> [['initial-pep', '2024-12-16', 'due-soon'], ['initial-pep-complete', '2025-01-02', 'upcoming']]
 */
export function pepSchedule(input: unknown, policy: Policy): PepSchedule {
  return _guarded(unguardedPepSchedule, [input, policy]);
}

function unguardedPepSchedule(input: unknown, policy: Policy): PepSchedule {
  const read = _readScheduleInput(input, policy);
  if (!read.ok) return { items: [], findings: read.findings };
  const built = _scheduleContext(read.data, read.policy);
  if (!built.ok) return { items: [], findings: built.findings };
  return _finishSchedule([...built.warnings.map((finding) => ({ finding })), ...obligations(built.context)], built.context);
}

/** Every obligation's entries, in the order their findings and notes are reported. */
function obligations(ctx: _ScheduleContext): _ScheduleEntry[] {
  return [
    ..._initialPep(ctx),
    ..._careReviews(ctx),
    ..._termlyPeps(ctx),
    ...ctx.distribution.notes,
    ...ctx.inCare.flatMap((m) => [..._submission(ctx, m), ..._distribution(ctx, m)]),
    ...ctx.planned.flatMap((m) => [..._allocation(ctx, m), ..._reminders(ctx, m)]),
    ..._sdqDue(ctx),
    ..._transitions(ctx),
    ..._ehcpReview(ctx),
    ..._schoolPlace(ctx),
    ..._exclusionProvision(ctx),
    ..._transitionPeps(ctx),
  ];
}
