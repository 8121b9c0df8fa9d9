import { _guarded } from '../core/_guarded';
import type { Finding } from '../core/finding';
import { _isRecord } from '../core/guards';
import { isIsoDate, type IsoDate } from '../core/isoDate';
import { addWorkingDays } from '../deadlines/addWorkingDays';
import type { SchoolCalendar } from '../deadlines/createSchoolCalendar';
import { pepSchedule, type PepScheduleMeeting, type PlacementChange, type ScheduleItem, type ScheduleItemKind, type SchoolPlaceNeed } from '../pep/pepSchedule';
import { _pepScheduleBase } from '../pep/schedule/fromPep';
import type { Pep } from '../pep/schema';
import { england } from '../policy/presets/england';
import type { Policy } from '../policy/schema';
import { _assessedPep, PEP_LIFECYCLE, PEP_ROLES, pepLifecycle, type PepLifecycleEvent, type PepLifecycleState, type PepRole } from './lifecycle';
import type { AssessPepResult } from './types';

const HANDBOOK = 'The Virtual School Handbook (NAVSH, 2014)';
const HALTON = 'Halton Virtual School PEP Policy 2023-24';
const BARNET = 'Barnet Virtual School PEP Guidance';
const MK = 'Milton Keynes Virtual School, Designated Teacher Handbook 2024/25';
const BOLTON = 'Bolton Virtual School PEP guidance 2021/22';

/** How urgent an action is on `today`: as a schedule item, or `open` when no document sets a date. */
export type PepActionStatus = 'overdue' | 'due-soon' | 'upcoming' | 'open';

/** One thing one person must do next. */
export interface PepAction {
  readonly role: PepRole;
  /** A stable action code, e.g. `'submit-pep'`, `'secure-school-place'` (`PEP_ACTIONS`). */
  readonly action: string;
  /** When it is due, or null when no document sets a date (`status: 'open'`). */
  readonly due: IsoDate | null;
  readonly status: PepActionStatus;
  /** The rule and its source: the schedule item's basis, or the lifecycle stage's source; then who acts and why. */
  readonly basis: string;
  /** The schedule item it comes from, or `'lifecycle'`. */
  readonly from: ScheduleItemKind | 'lifecycle';
  /** For `amend-and-resubmit-pep`: the codes (and paths) of what is missing. */
  readonly missing?: PepLifecycleState['missing'];
  /** Why `due` is null where the documents were searched for a date and set none (`quality-assure-pep`, `release-ppplus`). */
  readonly reason?: string;
}

/** Options of {@link nextPepActions}: the same policy, today and calendar as the assessment, and what the host knows besides the PEP. */
export interface NextPepActionsOptions {
  /** The council policy the PEP was assessed under; default `policies.england`. */
  readonly policy?: Policy;
  /** Default: the `today` the assessment was made with. Without one, only lifecycle actions (all `open`). */
  readonly today?: IsoDate;
  readonly calendar?: SchoolCalendar;
  /** The host's lifecycle records (`pepLifecycle`). */
  readonly events?: readonly PepLifecycleEvent[];
  /** The child's other PEP meetings (held or planned), so earlier terms are not asked for again; the PEP's own meeting and its `nextMeeting` are added. */
  readonly meetings?: readonly PepScheduleMeeting[];
  readonly careReviews?: readonly IsoDate[];
  readonly placementChanges?: readonly PlacementChange[];
  /** Times the child was without a school place. */
  readonly schoolPlaces?: readonly SchoolPlaceNeed[];
  /** Window for `'due-soon'`, in working days. Default 10. */
  readonly dueSoonWorkingDays?: number;
}

/** What {@link nextPepActions} returns. */
export interface NextPepActions {
  /** Where the PEP is (`pepLifecycle`); null when the assessment has no PEP. */
  readonly lifecycle: PepLifecycleState | null;
  /** Sorted by due date (undated last), then role, then action. */
  readonly actions: readonly PepAction[];
  /** The schedule's findings about the dates given (`DEADLINE-SCHEDULE-*`, `DEADLINE-POLICY-*`). */
  readonly findings: readonly Finding[];
}

/** Who does each schedule item, as an action, and the sentence that gives them the duty. */
const FROM_SCHEDULE: Readonly<Record<ScheduleItemKind, readonly [PepRole, string, string]>> = Object.freeze({
  'initial-pep': ['social-worker', 'initiate-initial-pep', `${HANDBOOK}, Appendix 2, Initiating the PEP (the social worker should take the lead to "initiate a PEP, as part of the Care Plan")`],
  'initial-pep-complete': ['social-worker', 'complete-initial-pep', `${HANDBOOK}, Appendix 2, Initiating the PEP (the social worker ensures the PEP "is available for the first statutory review meeting")`],
  'first-care-review': ['social-worker', 'update-pep-for-care-review', `${HANDBOOK}, Appendix 2, Reviewing the PEP (the social worker ensures the educational information "is up-to-date and recorded in the review record before the statutory review meeting")`],
  'care-review': ['social-worker', 'update-pep-for-care-review', `${HANDBOOK}, Appendix 2, Reviewing the PEP (the social worker ensures the educational information "is up-to-date and recorded in the review record before the statutory review meeting")`],
  'termly-pep': ['social-worker', 'arrange-pep-meeting', `${BARNET}, 3. Roles and Responsibilities, The role of the Social Worker ("arranges a date with the education provider and anybody else who needs to be invited")`],
  submission: ['designated-teacher', 'submit-pep', `${MK}, 5. PEPs ("Following the PEP meeting you will need to select submit"); ${BOLTON}, Post-PEP ("Designated Teacher will return the completed PEP")`],
  distribution: ['virtual-school', 'distribute-pep', `${MK}, 5. PEPs ("You will receive a copy of the PEP after it has been quality assured by the Virtual School"); ${HALTON}, Process (the Virtual School uploads the PEP; social care sends carers a copy)`],
  allocation: ['virtual-school', 'allocate-pep', `${MK}, 5. PEPs, Preparing for the PEP ("The PEP will be allocated to the Designated Teacher two weeks ahead of the meeting")`],
  reminder: ['virtual-school', 'send-pep-reminder', `${BARNET}, 3. Roles and Responsibilities, The role of the Social Worker ("Emails will be sent 4 weeks, 2 weeks, 1 week and 2 days before the PEP")`],
  'sdq-due': ['social-worker', 'arrange-sdq', 'DfE SSDA903 guide (the local authority collects an SDQ for each child looked after 12 months, aged 4 to 16)'],
  'placement-change-review': ['social-worker', 'review-pep-after-placement-change', `${BOLTON}, How often should a PEP meeting take place? ("additional PEP meetings should be held when there is a change of school or school placement")`],
  'ehcp-annual-review-pep': ['social-worker', 'link-pep-with-ehcp-review', `${HANDBOOK}, Appendix 2, Reviewing the PEP (the social worker ensures "that the PEP review is linked with the annual review")`],
  'school-place': ['virtual-school', 'secure-school-place', `${HANDBOOK}, 2e Placement decisions ("The VSH has primary responsibility for ensuring that there is suitable education in place for all children looked after")`],
  'suspension-provision': ['designated-teacher', 'arrange-full-time-provision', `${HANDBOOK}, 3e(i) 6th day/1st day provision ("Schools must provide a full-time offer of learning")`],
  'transition-pep': ['social-worker', 'arrange-transition-pep', `${BARNET}, 3. Roles and Responsibilities, The role of the Social Worker (arranges the PEP meeting); 6. Supporting Transitions (the secondary school, virtual school and foster carer share concerns at the Year 6 summer PEP)`],
});

/** Before a planned meeting: who prepares, and the sentence that asks them to. */
const BEFORE_MEETING: readonly (readonly [PepRole, string, string])[] = Object.freeze([
  ['designated-teacher', 'gather-child-views', `${HALTON}, Process ("It is essential that the Designated Teacher meets with the child/young person prior to the meeting to obtain their wishes and feelings")`],
  ['carer', 'attend-pep-meeting', `${HALTON}, Process ("their participation in the process is vital and every effort should be made to encourage them to attend")`],
]);

const SIGN_OFF = `${BARNET}, Each participant has their own accountabilities and sign off button`;

/**
 * Why the virtual school's QA and the PP+ release have no date: none of the five documents sets a
 * time for them after submission, except Barnet's termly release (dated by {@link termlyRelease}).
 */
const UNDATED: Readonly<Record<string, string>> = Object.freeze({
  'quality-assure-pep': `No document sets a time for the virtual school's QA of a submitted PEP: ${HALTON}, Process ("The Virtual School runs regular reports to monitor which PEPs have been completed"); ${BARNET}, The role of Barnet Virtual School ("Quality assure the completed PEPs on a termly basis"); ${MK}, Additional areas to note for completing the PEP ("Once submitted the PEP will be reviewed"); ${HANDBOOK}, iv) The quality of PEPs ("it is the duty of the VSH to quality assure the PEP")`,
  'release-ppplus': `No document sets a time for releasing PP+ after QA unless it is released termly (${BARNET}: "The PPG will normally be sent at the beginning of the term following the term that the PEP took place"): ${HALTON}, Process ("Following completion of a satisfactory PEP, the amount of PPG requested for the term will be released"); ${MK}, 6. Pupil Premium Plus Funding (approved by the VSH/DVSH); ${BOLTON}, Frequency Asked Questions (instalments on a payment calendar, not a time after the PEP: "schools should see these amounts in July", "usually received around December")`,
});

/** The first day (MM-DD) of each term by the months, when no school calendar has the term (as `termOfDate`: autumn September, spring January, summer April). */
const TERM_FIRST_DAY = { autumn: '09-01', spring: '01-01', summer: '04-01' } as const;

/**
 * When a termly release goes out: at the beginning of the term after the PEP's (${BARNET}, What is
 * Pupil Premium funding?), the first day of the funding check's `release.paidIn` term in the school
 * calendar, else by the months. Null unless the assessment's PP+ check released termly.
 */
function termlyRelease(assessment: AssessPepResult, calendar: SchoolCalendar | undefined): { due: IsoDate; basis: string } | null {
  const funding: unknown = (assessment as { funding?: unknown }).funding;
  const release = _isRecord(funding) && _isRecord(funding.release) ? funding.release : null;
  if (release === null || release.timing !== 'termly' || typeof release.paidIn !== 'string' || typeof release.source !== 'string') return null;
  const m = /^(autumn|spring|summer) ((\d{4})\/\d{2})$/.exec(release.paidIn);
  if (m === null) return null;
  const [, term, academicYear, startYear] = m as unknown as [string, keyof typeof TERM_FIRST_DAY, string, string];
  const terms = _isRecord(calendar) && Array.isArray(calendar.terms) ? calendar.terms : [];
  const starts = terms.filter((t) => t.term === term && t.academicYear === academicYear).map((t) => t.start).sort();
  const year = term === 'autumn' ? Number(startYear) : Number(startYear) + 1;
  const due = (starts[0] ?? `${year}-${TERM_FIRST_DAY[term]}`) as IsoDate;
  const how = starts[0] !== undefined ? 'its first day in the school calendar' : `approximated as ${due}, the first day of the term's months (no school calendar has the term)`;
  return { due, basis: `${release.source.replace(/\.$/, '')}. Released at the beginning of the ${release.paidIn} term, the term after the PEP's: ${how}` };
}

/**
 * Every action code `nextPepActions` can give, with who does it: the schedule's, the lifecycle's
 * and the preparation for a planned meeting. Frozen data, for hosts that map codes to their own words.
 * @example
 * import { PEP_ACTIONS } from 'pep-rules/rules';
 * PEP_ACTIONS.find((a) => a.action === 'secure-school-place')?.role;
 * //=> 'virtual-school'
 */
export const PEP_ACTIONS: readonly { readonly action: string; readonly role: PepRole }[] = Object.freeze(
  [
    ...Object.values(FROM_SCHEDULE).map(([role, action]) => ({ role, action })),
    ...BEFORE_MEETING.map(([role, action]) => ({ role, action })),
    { role: 'designated-teacher' as const, action: 'sign-off-pep' },
    { role: 'social-worker' as const, action: 'sign-off-pep' },
    ...PEP_LIFECYCLE.flatMap((s) => s.actors.map((role) => ({ role, action: s.action }))),
  ]
    .filter((a, i, all) => all.findIndex((b) => b.action === a.action && b.role === a.role) === i)
    .map((a) => Object.freeze(a)),
);

/** The schedule input for the child of this PEP: the PEP's own dates and what the host adds. */
function scheduleInput(pep: Pep, today: IsoDate, opts: NextPepActionsOptions): Record<string, unknown> {
  const others = Array.isArray(opts.meetings) ? opts.meetings : [];
  const own = { date: pep.meeting.date, kind: pep.kind, ...(pep.core !== undefined ? { core: pep.core } : {}), ...(pep.signOff?.submitted !== undefined ? { submittedOn: pep.signOff.submitted } : {}) };
  const known = (date: IsoDate): boolean => others.some((m) => _isRecord(m) && m.date === date);
  const next = pep.nextMeeting?.date;
  const meetings = [...others, ...(known(own.date) ? [] : [own]), ...(next !== undefined && next > today && next > own.date && !known(next) ? [{ date: next }] : [])];
  return {
    // The child's dates, SDQs, suspensions (with `provisionFrom` when an export records it) and EHCP review.
    ..._pepScheduleBase(pep),
    today,
    meetings,
    ...(opts.careReviews !== undefined ? { careReviews: opts.careReviews } : {}),
    ...(opts.placementChanges !== undefined ? { placementChanges: opts.placementChanges } : {}),
    ...(opts.schoolPlaces !== undefined ? { schoolPlaces: opts.schoolPlaces } : {}),
    ...(opts.calendar !== undefined ? { calendar: opts.calendar } : {}),
    ...(opts.dueSoonWorkingDays !== undefined ? { dueSoonWorkingDays: opts.dueSoonWorkingDays } : {}),
  };
}

/** Duties that stay owed until done (an SDQ, a school place, provision while the suspension lasts), whatever meeting came after. */
const OWED_UNTIL_DONE: ReadonlySet<ScheduleItemKind> = new Set(['sdq-due', 'school-place', 'suspension-provision']);

/**
 * The schedule's open items as actions: not done, not lapsed, and, except duties owed until done,
 * not due before this PEP's meeting when it is held (a past term's PEP or a past care review is
 * history, reported by the schedule as late, not something to do next).
 */
function scheduleActions(items: readonly ScheduleItem[], pep: Pep, today: IsoDate): PepAction[] {
  const held = pep.meeting.date <= today ? pep.meeting.date : null;
  const past = (i: ScheduleItem): boolean => held !== null && i.due < held && !OWED_UNTIL_DONE.has(i.kind);
  return items
    .filter((i) => i.status !== 'done' && !(i.lapsesOn !== undefined && i.lapsesOn < today) && !past(i))
    .map((i) => {
      const [role, action, who] = FROM_SCHEDULE[i.kind];
      return { role, action, due: i.due, status: i.status as PepActionStatus, basis: `${i.basis.replace(/\.$/, '')}. Who: ${who}`, from: i.kind };
    });
}

/** The status of a dated action on `today`, as the schedule judges its items (without the working-day window). */
function statusOn(due: IsoDate, today: IsoDate, soon: IsoDate): PepActionStatus {
  return due < today ? 'overdue' : due <= soon ? 'due-soon' : 'upcoming';
}

/** What the lifecycle stage asks for now, and the preparation for a meeting still to come. */
function lifecycleActions(
  state: PepLifecycleState,
  pep: Pep,
  today: IsoDate | null,
  submissionDue: IsoDate | null,
  soon: IsoDate | null,
  release: { due: IsoDate; basis: string } | null,
): PepAction[] {
  const stage = PEP_LIFECYCLE.find((s) => s.stage === state.stage)!;
  const dated = (due: IsoDate | null): { due: IsoDate | null; status: PepActionStatus } =>
    due === null || today === null || soon === null ? { due: null, status: 'open' } : { due, status: statusOn(due, today, soon) };
  const out: PepAction[] = [];
  const planned = today !== null && pep.meeting.date > today;
  if (state.stage === 'draft' && planned) {
    for (const [role, action, why] of BEFORE_MEETING) out.push({ role, action, ...dated(pep.meeting.date), basis: `Before the PEP meeting: ${why}`, from: 'lifecycle' });
    return out;
  }
  if (state.stage === 'draft') {
    if (!state.signedOff.designatedTeacher) out.push({ role: 'designated-teacher', action: 'sign-off-pep', ...dated(submissionDue), basis: SIGN_OFF, from: 'lifecycle' });
    if (!state.signedOff.socialWorker) out.push({ role: 'social-worker', action: 'sign-off-pep', ...dated(submissionDue), basis: SIGN_OFF, from: 'lifecycle' });
    if (submissionDue === null) out.push({ role: 'designated-teacher', action: stage.action, due: null, status: 'open', basis: stage.source, from: 'lifecycle' });
    return out;
  }
  if (state.stage === 'quality-assured' && (state.ppPlus === null || state.ppPlus.allowed <= 0)) return out;
  const missing = state.stage === 'returned' ? { missing: state.missing } : {};
  const termly = stage.action === 'release-ppplus' ? release : null;
  for (const role of stage.actors) {
    if (termly !== null) {
      // Dated on `today` like every lifecycle action (without one, open).
      out.push({ role, action: stage.action, ...dated(termly.due), basis: `${stage.source}; ${termly.basis}`, from: 'lifecycle' });
      continue;
    }
    const reason = UNDATED[stage.action];
    out.push({ role, action: stage.action, due: null, status: 'open', basis: stage.source, from: 'lifecycle', ...missing, ...(reason !== undefined ? { reason } : {}) });
  }
  return out;
}

const ROLE_ORDER = (r: PepRole): number => PEP_ROLES.indexOf(r);

function byDue(a: PepAction, b: PepAction): number {
  if (a.due !== b.due) return a.due === null ? 1 : b.due === null ? -1 : a.due < b.due ? -1 : 1;
  return ROLE_ORDER(a.role) - ROLE_ORDER(b.role) || (a.action < b.action ? -1 : a.action > b.action ? 1 : 0) || (a.from < b.from ? -1 : a.from > b.from ? 1 : 0);
}

/**
 * What each person must do next for a child's PEP, and by when: the designated teacher, the social
 * worker, the virtual school, and the carer where a document gives them something. Actions come from
 * the child's schedule (`pepSchedule`: initial PEP, care reviews, termly and transition PEPs,
 * submission, school place, full-time education from the sixth day of a suspension, …), from this
 * PEP's dates and what the host adds (other meetings, care reviews, placement changes, times without
 * a school place), and from where the PEP is in its lifecycle (`pepLifecycle`: sign-offs, the virtual
 * school's QA, amendments, PP+ release). Each action is `{ role, action, due, status, basis }`, the
 * basis citing the document; sorted by due date (actions no document dates last, `status: 'open'`).
 * No document sets a time for the virtual school's QA of a submitted PEP, nor for releasing PP+
 * after it, except a termly release ("normally sent at the beginning of the term following the term
 * that the PEP took place", Barnet): that is dated on the first day of the next term (school
 * calendar, else the months); the others are undated with a `reason` saying so.
 * Deterministic, never throws, no names. Hosts call it to drive reminders.
 * @param assessment - What `assessPep` returned for the PEP.
 * @param options - The policy and `today` the PEP was assessed with, a calendar, and the host's records.
 * @returns `{ lifecycle, actions, findings }`.
 * @example
 * import { assessPep, nextPepActions } from 'pep-rules/rules';
 * const pep = {
 *   schemaVersion: 1, id: 'p1', phase: 'school-age', kind: 'termly', meeting: { date: '2025-01-20' },
 *   attendees: [], child: { id: 'c1', forename: 'A', surname: 'B', dateOfBirth: '2014-01-10', enteredCare: '2023-05-02' },
 *   education: { setting: { name: 'School' } }, views: {}, targets: [],
 *   exclusions: { suspensions: [{ startDate: '2025-01-27', days: 10 }] },
 * };
 * const next = nextPepActions(assessPep(pep, { today: '2025-01-28' }));
 * next.actions.filter((a) => a.role === 'designated-teacher').map((a) => [a.action, a.due, a.status]);
 * //=> [['arrange-full-time-provision', '2025-02-03', 'due-soon'], ['sign-off-pep', null, 'open'], ['submit-pep', null, 'open']]
 */
export function nextPepActions(assessment: AssessPepResult, options?: NextPepActionsOptions): NextPepActions {
  return _guarded(unguardedNextPepActions, [assessment, options]);
}

function unguardedNextPepActions(assessment: AssessPepResult, options?: NextPepActionsOptions): NextPepActions {
  const opts: NextPepActionsOptions = _isRecord(options) ? options : {};
  const pep = _assessedPep(assessment);
  if (pep === null) return { lifecycle: null, actions: [], findings: [] };
  const given = opts.today ?? (_isRecord(assessment.facts) ? assessment.facts.today : null);
  const today = isIsoDate(given) ? given : null;
  const lifecycle = pepLifecycle(assessment, opts.events, today ?? undefined);
  if (lifecycle === null) return { lifecycle: null, actions: [], findings: [] };
  let items: readonly ScheduleItem[] = [];
  let findings: readonly Finding[] = [];
  if (today !== null) {
    const schedule = pepSchedule(scheduleInput(pep, today, opts), opts.policy ?? england);
    items = schedule.items;
    findings = schedule.findings;
  }
  const submission = items.find((i) => i.kind === 'submission' && i.due >= pep.meeting.date && i.status !== 'done');
  const policy = opts.policy ?? england;
  const window = typeof opts.dueSoonWorkingDays === 'number' ? opts.dueSoonWorkingDays : 10;
  const soon = today === null ? null : (addWorkingDays(today, window, { region: _isRecord(policy) ? policy.region : 'england-and-wales' }) ?? today);
  const actions = [
    ...(today === null ? [] : scheduleActions(items, pep, today)),
    ...lifecycleActions(lifecycle, pep, today, lifecycle.stage === 'draft' ? (submission?.due ?? null) : null, soon, termlyRelease(assessment, opts.calendar)),
  ];
  return { lifecycle, actions: actions.sort(byDue), findings };
}
