import { addCalendarDays, addCalendarMonths, fromDayNumber, toDayNumberOrNull, type IsoDate } from '../core/isoDate';
import { addSchoolDays } from '../deadlines/addSchoolDays';
import { _MAX_AMOUNT, _addWorking, _resolveOptions, type _Ctx } from '../deadlines/_workingDays';
import type { SchoolCalendar } from '../deadlines/createSchoolCalendar';
import type { Policy, PolicyDuration } from '../policy/schema';
import type { PepKind } from '../core/enums';
import type { SubmissionFact } from './facts';

/** `from` plus a policy duration in its own unit; school days without a covering calendar are working days (flagged). */
/** The working-day rules of a policy's region as addWorkingDays resolves `{ region }`, once per policy. */
const WORKING_CTX = new WeakMap<Policy, _Ctx | null>();

/** `addWorkingDays(from, n, { region: policy.region })`, with the options resolved once per policy. */
function working(from: IsoDate, n: number, policy: Policy): IsoDate | null {
  const day = toDayNumberOrNull(from);
  if (day === null || !Number.isInteger(n) || n > _MAX_AMOUNT || n < -_MAX_AMOUNT) return null;
  let ctx = WORKING_CTX.get(policy);
  if (ctx === undefined) WORKING_CTX.set(policy, (ctx = _resolveOptions(Object.freeze({ region: policy.region })).ctx));
  if (ctx === null) return null;
  const result = _addWorking(day, n, ctx);
  return result === null ? null : fromDayNumber(result);
}

function addDuration(from: IsoDate, d: PolicyDuration, policy: Policy, calendar: SchoolCalendar | null): { date: IsoDate | null; approximated: boolean } {
  switch (d.unit) {
    case 'working-days':
      return { date: working(from, d.n, policy), approximated: false };
    case 'school-days': {
      const date = calendar === null ? null : addSchoolDays(from, d.n, calendar);
      return date === null ? { date: working(from, d.n, policy), approximated: true } : { date, approximated: false };
    }
    case 'calendar-days':
      return { date: addCalendarDays(from, d.n), approximated: false };
    case 'weeks':
      return { date: addCalendarDays(from, 7 * d.n), approximated: false };
    case 'months':
      return { date: addCalendarMonths(from, d.n), approximated: false };
  }
}

/**
 * The date by which a PEP must be submitted: for an initial PEP under a policy that times it from
 * entering care (`timescales.initialPepSubmittedBy: 'complete-initial-pep'`, Halton), entering care
 * plus `completeInitialPep`; otherwise the meeting plus `submissionAfterMeeting`. School days need
 * the host's calendar; without one (or beyond it) they are counted as working days, never later
 * than the true deadline, and `approximated` says so. `null` when the policy sets no window.
 * @internal
 */
export function _submissionDue(
  pep: { readonly kind: PepKind; readonly meeting: { readonly date: IsoDate }; readonly child: { readonly enteredCare: IsoDate } },
  policy: Policy,
  calendar: SchoolCalendar | null,
): SubmissionFact | null {
  const ts = policy.timescales;
  const initial = pep.kind === 'initial' && ts.initialPepSubmittedBy.value === 'complete-initial-pep' && ts.completeInitialPep !== null;
  const window = initial ? ts.completeInitialPep : ts.submissionAfterMeeting;
  if (window === null) return null;
  const from = initial ? 'entered-care' : 'meeting';
  const { date, approximated } = addDuration(initial ? pep.child.enteredCare : pep.meeting.date, window, policy, calendar);
  if (date === null) return null;
  return { due: date, from, n: window.n, unit: window.unit, approximated };
}
