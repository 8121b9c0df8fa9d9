import { QA_GRADES, type QaGrade } from '../core/enums';
import { finding, type Finding, type PathSegment } from '../core/finding';
import { _isRecord } from '../core/guards';
import { _hasText } from '../core/_text';
import { _planTargetComplete } from '../pep/_planTarget';
import { _get } from '../pep/_ppGet';
import type { _PpPolicy } from '../pep/_ppPolicy';
import { _ppPlusEligibilityGated, type PpPlusEligibility } from '../pep/ppPlusEligibility';
import type { Policy, PpPlusSectionId } from '../policy/schema';
import type { _PepInput, _Run } from './_input';
import { _SRC_FORMAT, _SRC_PEP_USE } from './_sources';
import type { PpPlusCapKind } from './_types';

/** The QA judgement as read from the `qa` hook (bad values reported and left out). */
interface Qa {
  grade?: QaGrade;
  robustPlan?: boolean;
}

/** Stops the whole PEP's funding: a finding, a capsApplied entry (with the sections missing, if any), and the run blocked. */
function gate(run: _Run, kind: PpPlusCapKind, code: string, message: string, path: PathSegment[], source: string, missing?: PpPlusSectionId[]): void {
  run.findings.push(finding(code, 'error', message, path, source));
  run.capsApplied.push({ kind, code, limit: null, alreadyPaid: null, available: 0, source, ...(missing === undefined ? {} : { missingSections: missing }) });
  run.blocked ??= kind;
}

/** Where each section a policy can require is recorded in a PEP (`views.<who>.text`). */
const SECTION_VIEWS: Readonly<Record<PpPlusSectionId, string>> = {
  'child-views': 'child',
  'social-worker-views': 'socialWorker',
  'carer-views': 'carer',
  'designated-teacher-views': 'designatedTeacher',
};


/**
 * Eligibility on the meeting date (with the already-gated policy), its problems added to the
 * findings under `pep`, and a PEP `ppPlus.eligible` flag that disagrees with it.
 * @param pep - The PEP's fields.
 * @param gated - The gated policy.
 * @param findings - Where findings go.
 * @param known - Eligibility already worked out for this PEP's child on its meeting date (the PEP's facts).
 * @returns The eligibility, or `null` without a usable PEP and meeting date.
 * @internal
 */
export function _eligibilityStep(pep: _PepInput, gated: _PpPolicy, findings: Finding[], known?: PpPlusEligibility): PpPlusEligibility | null {
  if (!pep.isRecord || pep.meetingDate === null) return null;
  const eligibility = known ?? _ppPlusEligibilityGated(_get(pep.raw, 'child'), pep.meetingDate, gated);
  for (const r of eligibility.reasons) {
    if (r.severity !== 'info' && r.code !== 'PPPLUS-POLICY-INVALID') findings.push({ ...r, path: ['pep', ...(r.path ?? [])] });
  }
  const flag = _get(_get(pep.raw, 'ppPlus'), 'eligible');
  if (typeof flag === 'boolean' && flag !== (eligibility.route === 'virtual-school')) {
    const message = `The PEP's eligible flag disagrees with eligibility worked out for the meeting date (route ${eligibility.route}).`;
    const source = eligibility.reasons[eligibility.reasons.length - 1]?.source ?? _SRC_PEP_USE;
    findings.push(finding('PPPLUS-ELIGIBLE-FLAG-DIFFERS', 'warning', message, ['pep', 'ppPlus', 'eligible'], source));
  }
  return eligibility;
}

/**
 * The whole-PEP rules, checked only when something is asked for: eligible through the virtual
 * school, a core PEP (`capCorePepsOnly`), the sections the policy requires (`requiredSections`), a
 * robust plan (`withholdWithoutRobustPlan`), at least `minimumQaGrade`. A failed rule withholds everything.
 * @param run - The run.
 * @param acceptedPence - Pence asked for by the requests not rejected.
 * @param pep - The PEP's fields.
 * @param eligibility - From {@link _eligibilityStep}.
 * @param qaRaw - The input's `qa` hook, unchecked.
 * @internal
 */
export function _applyGates(run: _Run, acceptedPence: number, pep: _PepInput, eligibility: PpPlusEligibility | null, qaRaw: unknown): void {
  if (acceptedPence <= 0 || !pep.isRecord || pep.fy === null) return;
  // Each gate stops funding through gate(run, …): no closure per PEP.
  eligibilityGate(eligibility, run);
  corePepGate(run.policy, _get(pep.raw, 'core'), run);
  sectionsGate(run.policy, _get(pep.raw, 'views'), run);
  const qa = readQa(qaRaw, run.findings);
  robustPlanGate(run.policy, qa, _get(pep.raw, 'targets'), run);
  qaGradeGate(run.policy, qa, run);
}

function eligibilityGate(eligibility: PpPlusEligibility | null, run: _Run): void {
  if (eligibility === null || eligibility.route === 'virtual-school') return;
  const last = eligibility.reasons.filter((r) => r.code.startsWith('PPPLUS-') && r.code !== 'PPPLUS-POLICY-INVALID').pop();
  const message = `The child is not funded through the virtual school on the meeting date (route ${eligibility.route}); see the eligibility reasons.`;
  gate(run, 'not-eligible', 'PPPLUS-NOT-ELIGIBLE', message, ['pep', 'child'], last?.source ?? _SRC_PEP_USE);
}

function corePepGate(policy: Policy, core: unknown, run: _Run): void {
  const rule = policy.ppPlus.capCorePepsOnly;
  if (!rule.value || core === true) return;
  const message =
    core === false
      ? 'This policy pays PP+ only through core PEPs, and this PEP is not a core PEP.'
      : 'This policy pays PP+ only through core PEPs, and this PEP is not marked as one (core: true).';
  gate(run, 'core-peps-only', 'PPPLUS-NOT-CORE-PEP', message, ['pep', 'core'], rule.source);
}

/** The sections the policy requires before any release (`requiredSections`): a PEP without them is returned. */
function sectionsGate(policy: Policy, views: unknown, run: _Run): void {
  const rule = policy.ppPlus.requiredSections;
  // A loop, and a list only when a section is missing (most PEPs have them all).
  const sections = rule.value;
  let missing: (typeof sections)[number][] | null = null;
  for (let i = 0; i < sections.length; i++) {
    const text = _get(_get(views, SECTION_VIEWS[sections[i]!]), 'text');
    if (!_hasText(typeof text === 'string' ? text : undefined)) (missing ??= []).push(sections[i]!);
  }
  if (missing === null) return;
  const message = `PP+ is withheld: the PEP is returned until these sections are completed: ${missing.join(', ')}.`;
  gate(run, 'sections-missing', 'PPPLUS-WITHHELD-SECTIONS-MISSING', message, ['pep', 'views'], rule.source, missing);
}

function robustPlanGate(policy: Policy, qa: Qa, targets: unknown, run: _Run): void {
  const rule = policy.ppPlus.withholdWithoutRobustPlan;
  const minimum = policy.targets.minimumCount;
  if (!rule.value || (qa.robustPlan ?? simpleRobustPlan(targets, minimum.value))) return;
  const judged = qa.robustPlan !== undefined;
  const message = judged
    ? 'PP+ is withheld: the QA judged the action plan not robust.'
    : `PP+ is withheld: the action plan is not robust (fewer than ${Math.max(1, minimum.value)} targets with text, responsible person and deadline).`;
  gate(run, 'withheld', 'PPPLUS-WITHHELD-NO-ROBUST-PLAN', message, judged ? ['qa', 'robustPlan'] : ['pep', 'targets'], `${rule.source}; ${minimum.source}`);
}

function qaGradeGate(policy: Policy, qa: Qa, run: _Run): void {
  const min = policy.ppPlus.minimumQaGrade;
  if (min === null) return;
  if (qa.grade === undefined) {
    const message = `PP+ is withheld: the policy needs a QA grade of ${min.value} or better and no grade was supplied (qa.grade).`;
    gate(run, 'withheld', 'PPPLUS-QA-GRADE-MISSING', message, ['qa', 'grade'], min.source);
  } else if (QA_GRADES.indexOf(qa.grade) > QA_GRADES.indexOf(min.value)) {
    gate(run, 'withheld', 'PPPLUS-WITHHELD-QA-GRADE', `PP+ is withheld: the PEP's QA grade ${qa.grade} is below the policy's minimum ${min.value}.`, ['qa', 'grade'], min.source);
  }
}

/** At least `minimum` (and at least one) targets, each with text, a responsible person and a deadline. */
function simpleRobustPlan(targets: unknown, minimum: number): boolean {
  const list = Array.isArray(targets) ? (targets as unknown[]) : [];
  return list.filter(_planTargetComplete).length >= Math.max(1, minimum);
}

function readQa(raw: unknown, findings: Finding[]): Qa {
  if (raw === undefined || raw === null) return {};
  const invalid = (message: string, path: PathSegment[]): void => {
    findings.push(finding('PPPLUS-QA-INVALID', 'error', message, path, _SRC_FORMAT));
  };
  if (!_isRecord(raw)) {
    invalid('qa must be an object { grade?, robustPlan? }; it was ignored.', ['qa']);
    return {};
  }
  const out: Qa = {};
  const grade = _get(raw, 'grade');
  if ((QA_GRADES as readonly unknown[]).includes(grade)) out.grade = grade as QaGrade;
  else if (grade !== undefined) invalid(`qa.grade must be one of ${QA_GRADES.join(', ')}; it was ignored.`, ['qa', 'grade']);
  const robust = _get(raw, 'robustPlan');
  if (typeof robust === 'boolean') out.robustPlan = robust;
  else if (robust !== undefined) invalid('qa.robustPlan must be true or false; it was ignored.', ['qa', 'robustPlan']);
  return out;
}
