import { _guarded } from '../core/_guarded';
import type { QaGrade } from '../core/enums';
import { QA_GRADES } from '../core/enums';
import type { PathSegment } from '../core/finding';
import { _isRecord } from '../core/guards';
import { isIsoDate, type IsoDate } from '../core/isoDate';
import { _isParsedPep, parsePep } from '../pep/parsePep';
import type { Pep } from '../pep/schema';
import type { AssessPepResult } from './types';

const MK = 'Milton Keynes Virtual School, Designated Teacher Handbook 2024/25';
const HALTON = 'Halton Virtual School PEP Policy 2023-24';
const BARNET = 'Barnet Virtual School PEP Guidance';
const HANDBOOK = 'The Virtual School Handbook (NAVSH, 2014)';

/** The stages of a PEP, in order: written, sent to the virtual school, sent back, judged, funded. */
export const PEP_LIFECYCLE_STAGES = Object.freeze(['draft', 'submitted', 'returned', 'quality-assured', 'ppplus-released'] as const);
/** A stage of a PEP's lifecycle. */
export type PepLifecycleStage = (typeof PEP_LIFECYCLE_STAGES)[number];

/** The people a PEP gives work to, in the order actions are listed on one day. */
export const PEP_ROLES = Object.freeze(['designated-teacher', 'social-worker', 'virtual-school', 'carer', 'child'] as const);
/** Someone a PEP gives work to. */
export type PepRole = (typeof PEP_ROLES)[number];

/** One stage of the lifecycle: who acts while the PEP is there, what they do, where it can go next, and the source. */
export interface PepLifecycleStageInfo {
  readonly stage: PepLifecycleStage;
  readonly label: string;
  /** Who acts while the PEP is at this stage. */
  readonly actors: readonly PepRole[];
  /** What they do (an action code of `nextPepActions`). */
  readonly action: string;
  /** The stages the PEP can move to from here. */
  readonly next: readonly PepLifecycleStage[];
  readonly source: string;
}

/**
 * The PEP lifecycle as data: draft → submitted → returned for amendment (and submitted again) →
 * quality-assured (with a grade) → PP+ released, each stage with who acts and the document that says so.
 * @example
 * import { PEP_LIFECYCLE } from 'pep-rules/rules';
 * PEP_LIFECYCLE.map((s) => [s.stage, s.actors.join('+')]);
 * //=> [['draft', 'designated-teacher+social-worker'], ['submitted', 'virtual-school'], ['returned', 'designated-teacher+social-worker'], ['quality-assured', 'virtual-school'], ['ppplus-released', 'designated-teacher']]
 */
export const PEP_LIFECYCLE: readonly PepLifecycleStageInfo[] = Object.freeze(
  [
    {
      stage: 'draft',
      label: 'Being written: completed before and after the meeting, signed off and submitted',
      actors: ['designated-teacher', 'social-worker'],
      action: 'submit-pep',
      next: ['submitted'],
      source: `${MK}, 5. PEPs ("Following the PEP meeting you will need to select submit to fully complete your section"); ${HALTON}, Process (the Designated Teacher completes the PEP "prior to and following the PEP meeting"); ${BARNET}, Each participant has their own accountabilities and sign off button`,
    },
    {
      stage: 'submitted',
      label: 'Submitted: the virtual school checks and quality-assures it',
      actors: ['virtual-school'],
      action: 'quality-assure-pep',
      next: ['returned', 'quality-assured'],
      source: `${HALTON}, Process ("The Virtual School will initially QA the PEP document to check all sections have been completed appropriately"); ${MK}, 5. PEPs, Additional areas to note for completing the PEP (once submitted the PEP will be reviewed by the Virtual School Head or Deputy)`,
    },
    {
      stage: 'returned',
      label: 'Returned for amendment: what is missing is supplied and the PEP submitted again',
      actors: ['designated-teacher', 'social-worker'],
      action: 'amend-and-resubmit-pep',
      next: ['submitted'],
      source: `${HALTON}, Process ("the Designated Teacher or social worker will be asked to supply additional information or make amendments"; a PEP without the voices of the child, social worker and carer "will be returned for this information to be supplied before requested PPG funding is issued")`,
    },
    {
      stage: 'quality-assured',
      label: 'Quality-assured and graded: the PP+ requested is released for a satisfactory PEP',
      actors: ['virtual-school'],
      action: 'release-ppplus',
      next: ['ppplus-released'],
      source: `${HALTON}, Process ("Following completion of a satisfactory PEP, the amount of PPG requested for the term will be released to the school"); ${MK}, 5. PEPs, Additional areas to note for completing the PEP (the approval process for Pupil Premium Plus is also undertaken at this point)`,
    },
    {
      stage: 'ppplus-released',
      label: 'PP+ released: the school spends it as the PEP says',
      actors: ['designated-teacher'],
      action: 'spend-ppplus-as-planned',
      next: [],
      source: `${HALTON}, Process (released "to be spent as indicated on the PEP"); ${HANDBOOK}, Appendix 2, Implementing the PEP ("ensuring any actions regarding the spending of the Pupil Premium Plus are taken promptly")`,
    },
  ].map((s) => Object.freeze({ ...s, actors: Object.freeze(s.actors), next: Object.freeze(s.next) })) as PepLifecycleStageInfo[],
);

/** Something a host knows happened to the PEP (from its own records); it overrides what the assessment shows. */
export interface PepLifecycleEvent {
  readonly stage: PepLifecycleStage;
  readonly date: IsoDate;
  /** The grade the virtual school gave (`quality-assured`). */
  readonly grade?: QaGrade;
  /** What the virtual school asked for (`returned`): finding codes or section names. */
  readonly missing?: readonly string[];
}

/** Where a PEP is in its lifecycle, and why. */
export interface PepLifecycleState {
  readonly stage: PepLifecycleStage;
  /** The day it got there (submission, event), or null for a draft. */
  readonly since: IsoDate | null;
  /** `'assessment'`: worked out from the PEP; `'event'`: the host's latest event. */
  readonly from: 'assessment' | 'event';
  /** The virtual school's grade (event), else the library's grade of the PEP (QA grid), or null. */
  readonly grade: QaGrade | null;
  /** What must be supplied when returned: the event's list, else each error finding's code and path. */
  readonly missing: readonly { readonly code: string; readonly path?: readonly PathSegment[] }[];
  /** Who has signed the PEP off. */
  readonly signedOff: { readonly designatedTeacher: boolean; readonly socialWorker: boolean };
  /** PP+ requested and allowed by the policy (pounds), or null when the PEP requests none. */
  readonly ppPlus: { readonly requested: number; readonly allowed: number } | null;
  /** Events given that were not `{ stage, date }` with a known stage and a real date (ignored). */
  readonly ignoredEvents: number;
}

/**
 * The PEP of an assessment, as a PEP: the parsed one `assessPep` gave, or (from a copy, say one read
 * back from JSON) what `parsePep` makes of it; null when there is none or it is not a PEP.
 * @internal
 */
export function _assessedPep(assessment: unknown): Pep | null {
  if (!_isRecord(assessment) || !_isRecord(assessment.pep)) return null;
  if (_isParsedPep(assessment.pep)) return assessment.pep;
  const parsed = parsePep(assessment.pep);
  return parsed.ok ? parsed.data : null;
}

function readEvents(events: unknown): { valid: PepLifecycleEvent[]; ignored: number } {
  if (!Array.isArray(events)) return { valid: [], ignored: events === undefined ? 0 : 1 };
  const valid: PepLifecycleEvent[] = [];
  for (const e of events as unknown[]) {
    const ok = _isRecord(e) && (PEP_LIFECYCLE_STAGES as readonly unknown[]).includes(e.stage) && isIsoDate(e.date);
    if (ok) valid.push(e as unknown as PepLifecycleEvent);
  }
  // Stable: the latest date wins, and on one date the later event in the list.
  valid.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  return { valid, ignored: events.length - valid.length };
}

function eventState(e: PepLifecycleEvent, base: Omit<PepLifecycleState, 'stage' | 'since' | 'from' | 'missing'>): PepLifecycleState {
  const grade = (QA_GRADES as readonly unknown[]).includes(e.grade) ? (e.grade as QaGrade) : base.grade;
  const missing = Array.isArray(e.missing) ? e.missing.filter((m): m is string => typeof m === 'string').map((code) => ({ code })) : [];
  return { ...base, stage: e.stage, since: e.date, from: 'event', grade, missing };
}

/**
 * Where a PEP is in its lifecycle, worked out from an `assessPep` result: a `draft` until it is
 * submitted (`signOff.submitted`, on or before `today` when one is given); once submitted,
 * `returned` while any finding is an error (each one is what must be supplied; PP+ is not issued
 * before, as Halton's policy says), else `submitted` (the virtual school's QA is next; `grade` is the
 * library's QA grade, offered as its proposal). A host's events override it: the latest event wins
 * unless the PEP was submitted again after it. Quality-assured and PP+ released are only known from
 * events (the library cannot see them happen). Never throws; null when the assessment has no PEP.
 * @param assessment - What `assessPep` returned.
 * @param events - The host's records: `[{ stage, date, grade?, missing? }]`.
 * @param today - Submissions dated after it do not count yet.
 * @returns The state, or null.
 * @example
 * import { assessPep, pepLifecycle } from 'pep-rules/rules';
 * const pep = {
 *   schemaVersion: 1, id: 'p1', phase: 'school-age', kind: 'termly', meeting: { date: '2025-01-20' },
 *   attendees: [], child: { id: 'c1', forename: 'A', surname: 'B', dateOfBirth: '2014-01-10', enteredCare: '2023-05-02' },
 *   education: { setting: { name: 'School' } }, views: {}, targets: [], signOff: { submitted: '2025-01-24' },
 * };
 * const a = assessPep(pep, { today: '2025-01-28' });
 * const sent = pepLifecycle(a, [], '2025-01-28');
 * const judged = pepLifecycle(a, [{ stage: 'quality-assured', date: '2025-01-30', grade: 'green' }]);
 * [sent?.stage, sent?.missing.some((m) => m.code === 'PEP-ATTAINMENT-MISSING'), judged?.stage, judged?.grade, pepLifecycle(assessPep('not a PEP'))];
 * //=> ['returned', true, 'quality-assured', 'green', null]
 */
export function pepLifecycle(assessment: AssessPepResult, events?: readonly PepLifecycleEvent[], today?: IsoDate): PepLifecycleState | null {
  return _guarded(unguardedPepLifecycle, [assessment, events, today]);
}

function unguardedPepLifecycle(assessment: AssessPepResult, events?: readonly PepLifecycleEvent[], today?: IsoDate): PepLifecycleState | null {
  const pep = _assessedPep(assessment);
  if (pep === null) return null;
  const findings = (Array.isArray(assessment.findings) ? assessment.findings : []).filter((f) => _isRecord(f) && typeof f.code === 'string');
  const submittedOn = pep.signOff?.submitted;
  const submitted = isIsoDate(submittedOn) && (!isIsoDate(today) || submittedOn <= today) ? submittedOn : null;
  const funding = _isRecord(assessment.funding) ? assessment.funding : null;
  const { valid, ignored } = readEvents(events);
  const base = {
    grade: _isRecord(assessment.grade) && (QA_GRADES as readonly unknown[]).includes(assessment.grade.grade) ? assessment.grade.grade : null,
    signedOff: { designatedTeacher: pep.signOff?.designatedTeacher !== undefined, socialWorker: pep.signOff?.socialWorker !== undefined },
    ppPlus: funding !== null && typeof funding.requested === 'number' && typeof funding.allowed === 'number' ? { requested: funding.requested, allowed: funding.allowed } : null,
    ignoredEvents: ignored,
  };
  const last = valid[valid.length - 1];
  if (last !== undefined && (submitted === null || last.date >= submitted)) return eventState(last, base);
  if (submitted === null) return { ...base, stage: 'draft', since: null, from: 'assessment', missing: [] };
  const errors = findings.filter((f) => f.severity === 'error');
  const missing = errors.map((f) => (f.path === undefined ? { code: f.code } : { code: f.code, path: f.path }));
  return { ...base, stage: errors.length > 0 ? 'returned' : 'submitted', since: submitted, from: 'assessment', missing };
}
