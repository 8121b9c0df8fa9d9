import { type Finding } from '../core/finding';
import { _guarded } from '../core/_guarded';
import { _collapseOwnFindings, _limitOwnFindings, type CollapsedFinding } from '../core/collapse';
import { _isRecord } from '../core/guards';
import { isIsoDate, type IsoDate } from '../core/isoDate';
import type { SchoolCalendar } from '../deadlines/createSchoolCalendar';
import { _derivePepFacts } from '../pep/derivePepFacts';
import type { PepFacts } from '../pep/facts';
import { parsePep } from '../pep/parsePep';
import { _pepView } from '../pep/_pepView';
import type { Pep } from '../pep/schema';
import { _resolvePolicy } from '../policy/definePolicy';
import type { Policy } from '../policy/schema';
import { checkTargetSet } from '../smart/checkTargetSet';
import type { SmartContext, TargetInput, TargetSetReport } from '../smart/types';
import type { PpPlusEligibility } from '../pep/ppPlusEligibility';
import type { SdqRequirement } from '../sdq/types';
import type { PpPlusRequestCheck } from '../funding/index';
import { _raise, _runRules } from './_engine';
import { _fundingStep } from './_funding';
import { _grade } from './_grade';
import { _qaParts } from './_qaParts';
import { policyInvalid } from './checks/policyInvalid';
import { ruleFailed } from './checks/ruleFailed';
import { todayInvalid } from './checks/todayInvalid';
import type { RuleContext } from './defineRule';
import { _RULES } from './registry';
import type { AssessPepResult, ValidatePepOptions } from './types';

const NOTHING: Omit<AssessPepResult, 'findings'> = Object.freeze({ valid: false, pep: null, facts: null, targets: null, grade: null, funding: null });

function failed(findings: readonly Finding[], codes: boolean): AssessPepResult {
  return { ...NOTHING, findings: codes ? bareAll(findings) : findings };
}

/*
 * detail: 'codes'. The engine builds rule findings without messages, and SMART builds its reports at
 * that detail (smartCheck: no evidence, advice or messages); what other layers built with their
 * explanations (funding, the facts' SDQ duty and PP+ reasons) is reduced here, by shallow copies: a
 * finding keeps code, severity and path (`message: ''`, no source). Nothing else changes.
 */
function bare(f: Finding): Finding {
  if (f.message === '' && f.source === undefined) return f;
  const b: Finding = f.path === undefined ? { code: f.code, severity: f.severity, message: '' } : { code: f.code, severity: f.severity, message: '', path: f.path };
  // A collapsed finding keeps its count and first places: they are codes-level facts, not explanation.
  return 'count' in f ? { ...b, count: (f as CollapsedFinding).count, paths: (f as CollapsedFinding).paths } as CollapsedFinding : b;
}
function isBare(f: Finding): boolean {
  return f.message === '' && f.source === undefined;
}
/** The findings bare: the list itself when every one already is (the rules' and SMART's at this detail), else a copy. */
function bareAll(list: readonly Finding[]): Finding[] {
  let i = 0;
  while (i < list.length && isBare(list[i]!)) i++;
  return i === list.length ? (list as Finding[]) : list.map(bare);
}
function bareEligibility(e: PpPlusEligibility): PpPlusEligibility {
  return e.reasons.every(isBare) ? e : { ...e, reasons: bareAll(e.reasons) };
}
function bareRequirement(r: SdqRequirement): SdqRequirement {
  return r.findings.every(isBare) ? r : { ...r, findings: bareAll(r.findings) };
}
/** The facts with bare SDQ duty findings and PP+ reasons: the facts themselves when nothing changes. */
function bareFacts(f: PepFacts): PepFacts {
  const atMeeting = bareRequirement(f.sdq.atMeeting);
  const atToday = f.sdq.atToday === null ? null : bareRequirement(f.sdq.atToday);
  const ppPlus = bareEligibility(f.ppPlus);
  if (atMeeting === f.sdq.atMeeting && atToday === f.sdq.atToday && ppPlus === f.ppPlus) return f;
  // The facts are this call's own (made for this PEP by _derivePepFacts, read by nothing once the result is
  // built): the bare parts are set in place instead of copying the whole record (same keys, same order).
  const own = f as { -readonly [K in keyof PepFacts]: PepFacts[K] };
  if (atMeeting !== f.sdq.atMeeting || atToday !== f.sdq.atToday) own.sdq = { ...f.sdq, atMeeting, atToday };
  own.ppPlus = ppPlus;
  return f;
}
/** The funding check made for this PEP (its own), its findings and eligibility reasons made bare in place. */
function bareFunding(f: PpPlusRequestCheck | null): PpPlusRequestCheck | null {
  if (f === null) return null;
  const own = f as { -readonly [K in keyof PpPlusRequestCheck]: PpPlusRequestCheck[K] };
  own.findings = bareAll(f.findings);
  own.eligibility = f.eligibility === null ? null : bareEligibility(f.eligibility);
  return f;
}

/**
 * The assessment at `detail: 'codes'`: the same result without messages, sources or SMART evidence (SMART's
 * reports are already bare). `assess`'s findings are already bare (the rules' and the early ones are built so,
 * the funding step re-points its own bare), and the grade's rows hold only rule findings: only findings the bounds
 * made (`bounded`: collapsed repeats, the limit's note), the facts and the funding check are made bare here.
 */
function codesOnly(r: AssessPepResult, bounded: boolean): AssessPepResult {
  // The result was made for this call (by assess, or a copy with bounded findings): its parts are set in place.
  const own = r as { -readonly [K in keyof AssessPepResult]: AssessPepResult[K] };
  if (bounded) own.findings = bareAll(r.findings);
  if (r.targets === null || r.grade === null || r.facts === null) return r;
  own.facts = bareFacts(r.facts);
  own.funding = bareFunding(r.funding);
  return r;
}

/** The SMART check of the target set, once per PEP, and which targets pass the policy's score. */
function smartCheck(pep: Pep, facts: PepFacts, policy: Policy, calendar: SchoolCalendar | null, codes: boolean): { targets: TargetSetReport; smartPass: boolean[] } {
  // A parsed target is a TargetInput (its optional fields are never explicitly undefined after JSON).
  // At detail 'codes' SMART builds no evidence, advice or messages (nothing to strip afterwards).
  // The context as one literal per case (no spread of optional parts into a new object per PEP).
  const nextReviewDate = pep.nextMeeting?.date;
  const detail = codes ? 'codes' : 'full';
  const meetingDate = pep.meeting.date;
  const context: SmartContext = nextReviewDate
    ? calendar !== null
      ? { meetingDate, pep, facts, policy, detail, nextReviewDate, calendar }
      : { meetingDate, pep, facts, policy, detail, nextReviewDate }
    : calendar !== null
      ? { meetingDate, pep, facts, policy, detail, calendar }
      : { meetingDate, pep, facts, policy, detail };
  const targets = checkTargetSet(pep.targets as readonly TargetInput[], context);
  // A target passes when it misses (met: false) no more criteria than the pass score allows out of
  // five (Halton 4 of 5: one miss); unjudged criteria are not misses.
  const allowedMisses = 5 - policy.targets.smartPassScore.value;
  const reports = targets.reports;
  const smartPass: boolean[] = [];
  for (let i = 0; i < reports.length; i++) smartPass.push(reports[i]!.outOf - reports[i]!.score <= allowedMisses && reports[i]!.score > 0);
  return { targets, smartPass };
}

function readToday(value: unknown, early: Finding[], codes: boolean): IsoDate | undefined {
  if (value === undefined) return undefined;
  if (isIsoDate(value)) return value;
  early.push(_raise(todayInvalid, {}, undefined, codes));
  return undefined;
}

/**
 * The one path for a PEP: policy through the gate, the PEP parsed once, its facts derived once,
 * its targets checked once, every rule run once, the QA grid built from the rules' declarations,
 * then (when asked) PP+ funding as a step after grading.
 * @param data - Anything.
 * @param options - Policy, today, calendar, detail.
 * @param withFunding - Run the funding step (false for gradePep, which returns only the grade).
 * @returns The flat assessment.
 */
export function _evaluate(data: unknown, options: ValidatePepOptions | undefined, withFunding: boolean): AssessPepResult {
  return _guarded(unguardedEvaluate, [data, options, withFunding]);
}

function unguardedEvaluate(data: unknown, options: ValidatePepOptions | undefined, withFunding: boolean): AssessPepResult {
  const opts: Partial<ValidatePepOptions> = _isRecord(options) ? options : {};
  const codes = opts.detail === 'codes';
  const gate = _resolvePolicy(opts.policy);
  if (!gate.ok) return failed([_raise(policyInvalid, {})], codes);
  const policy = gate.policy;
  const parsed = parsePep(data);
  // The findings lists are the library's own: bounded without the public functions' guard.
  if (!parsed.ok) return failed(_limitOwnFindings(_collapseOwnFindings(parsed.findings, opts.findingsPerCode), opts.maxFindings), codes);
  const result = assess(parsed.data, policy, opts, withFunding, codes);
  const bounded = _limitOwnFindings(_collapseOwnFindings(result.findings, opts.findingsPerCode), opts.maxFindings);
  if (bounded === result.findings) return codes ? codesOnly(result, false) : result;
  const out = { ...result, findings: bounded };
  return codes ? codesOnly(out, true) : out;
}

/**
 * The findings of the three steps in one list, errors first, then warnings, then info, each in the
 * order given (what `sortFindings` gives for findings the library built, without sorting pairs).
 */
function bySeverity(early: readonly Finding[], rules: readonly Finding[], funding: readonly Finding[] | undefined): Finding[] {
  // Each finding's severity is read once (findings come in many shapes, so each read is a slow lookup),
  // as a rank in a scratch list kept between calls; then one pass per rank: one array, no lists in between.
  const last = funding ?? NO_FINDINGS;
  const n = early.length + rules.length + last.length;
  if (RANKS.length < n) RANKS = new Uint8Array(2 * n);
  let k = 0;
  for (let i = 0; i < early.length; i++) RANKS[k++] = rankOf(early[i]!.severity);
  for (let i = 0; i < rules.length; i++) RANKS[k++] = rankOf(rules[i]!.severity);
  for (let i = 0; i < last.length; i++) RANKS[k++] = rankOf(last[i]!.severity);
  const out: Finding[] = [];
  for (let rank = 0; rank < 3; rank++) {
    k = 0;
    for (let i = 0; i < early.length; i++) if (RANKS[k++] === rank) out.push(early[i]!);
    for (let i = 0; i < rules.length; i++) if (RANKS[k++] === rank) out.push(rules[i]!);
    for (let i = 0; i < last.length; i++) if (RANKS[k++] === rank) out.push(last[i]!);
  }
  return out;
}
/** Error 0, warning 1, info 2 (a finding of any other severity is left out, as before). */
function rankOf(severity: Finding['severity']): number {
  return severity === 'error' ? 0 : severity === 'warning' ? 1 : severity === 'info' ? 2 : 3;
}
let RANKS = new Uint8Array(64);
const NO_FINDINGS: readonly Finding[] = Object.freeze([]);

/** Everything after the gate and the schema, for a parsed PEP. */
function assess(pep: Pep, policy: Policy, opts: Partial<ValidatePepOptions>, withFunding: boolean, codes: boolean): AssessPepResult {
  const early: Finding[] = [];
  const today = readToday(opts.today, early, codes);
  const calendar = _isRecord(opts.calendar) ? (opts.calendar as unknown as SchoolCalendar) : null;
  try {
    // The facts, the rules and the grid read the PEP's sections through one view of one shape (see
    // _pepView); SMART and funding get the PEP itself, and the result returns it.
    const view = _pepView(pep);
    const facts = _derivePepFacts(view, policy, today ?? null, calendar);
    const { targets, smartPass } = smartCheck(pep, facts, policy, calendar, codes);
    const ctx: RuleContext = today !== undefined ? { policy, facts, targets, smartPass, today } : { policy, facts, targets, smartPass };
    const { findings, runs } = _runRules(_RULES, view, ctx, codes);
    const grade = _grade(view, ctx, _qaParts(_RULES, runs, view, ctx));
    // At detail 'codes' the funding step re-points its findings bare, so every finding is.
    const funding = withFunding ? _fundingStep(pep, policy, facts, grade, codes) : null;
    const all = bySeverity(early, findings, funding === null ? undefined : funding.findings);
    return { valid: all.length === 0 || all[0]!.severity !== 'error', pep, facts, findings: all, targets, grade, funding: funding?.check ?? null };
  } catch {
    // Each rule is guarded by the engine; this catches a bug in the facts, the SMART check or the grid.
    return failed([...early, _raise(ruleFailed, { code: 'shared facts or grade' })], codes);
  }
}
