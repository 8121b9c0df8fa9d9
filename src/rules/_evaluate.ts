import { type Finding } from '../core/finding';
import { _guarded } from '../core/_guarded';
import { collapseRepeatedFindings, limitFindings, type CollapsedFinding } from '../core/collapse';
import { _isRecord } from '../core/guards';
import { isIsoDate, type IsoDate } from '../core/isoDate';
import type { SchoolCalendar } from '../deadlines/createSchoolCalendar';
import { _derivePepFacts } from '../pep/derivePepFacts';
import type { PepFacts } from '../pep/facts';
import { parsePep } from '../pep/parsePep';
import type { Pep } from '../pep/schema';
import { _resolvePolicy } from '../policy/definePolicy';
import type { Policy } from '../policy/schema';
import { checkTargetSet } from '../smart/checkTargetSet';
import type { SmartReport, TargetInput, TargetSetReport } from '../smart/types';
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
import type { AssessPepResult, GradeReport, ValidatePepOptions } from './types';

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
function bareGrade(g: GradeReport, reports: readonly SmartReport[]): GradeReport {
  // Every row already bare (the rules' findings at this detail) and the same reports: the grade itself, no copies.
  if (g.targets === reports && g.nonNegotiables.every(rowIsBare) && g.criteria.every(rowIsBare)) return g;
  return {
    ...g,
    // A row whose findings are already bare is kept as it is (rows without findings are shared and frozen).
    nonNegotiables: g.nonNegotiables.map((n) => (n.findings.every(isBare) ? n : { ...n, findings: bareAll(n.findings) })),
    criteria: g.criteria.map((c) => (c.findings.every(isBare) ? c : { ...c, findings: bareAll(c.findings) })),
    targets: reports,
  };
}
function rowIsBare(row: { readonly findings: readonly Finding[] }): boolean {
  return row.findings.every(isBare);
}
/** The funding check made for this PEP (its own), its findings and eligibility reasons made bare in place. */
function bareFunding(f: PpPlusRequestCheck | null): PpPlusRequestCheck | null {
  if (f === null) return null;
  const own = f as { -readonly [K in keyof PpPlusRequestCheck]: PpPlusRequestCheck[K] };
  own.findings = bareAll(f.findings);
  own.eligibility = f.eligibility === null ? null : bareEligibility(f.eligibility);
  return f;
}

/** The assessment at `detail: 'codes'`: the same result without messages, sources or SMART evidence (SMART's reports are already bare). */
function codesOnly(r: AssessPepResult): AssessPepResult {
  // The result was made for this call (by assess, or a copy with bounded findings): its parts are set in place.
  const own = r as { -readonly [K in keyof AssessPepResult]: AssessPepResult[K] };
  own.findings = bareAll(r.findings);
  if (r.targets === null || r.grade === null || r.facts === null) return r;
  own.facts = bareFacts(r.facts);
  own.grade = bareGrade(r.grade, r.targets.reports);
  own.funding = bareFunding(r.funding);
  return r;
}

/** The SMART check of the target set, once per PEP, and which targets pass the policy's score. */
function smartCheck(pep: Pep, facts: PepFacts, policy: Policy, calendar: SchoolCalendar | null, codes: boolean): { targets: TargetSetReport; smartPass: boolean[] } {
  // A parsed target is a TargetInput (its optional fields are never explicitly undefined after JSON).
  // At detail 'codes' SMART builds no evidence, advice or messages (nothing to strip afterwards).
  const targets = checkTargetSet(pep.targets as readonly TargetInput[], {
    meetingDate: pep.meeting.date,
    pep,
    facts,
    policy,
    detail: codes ? 'codes' : 'full',
    ...(pep.nextMeeting?.date ? { nextReviewDate: pep.nextMeeting.date } : {}),
    ...(calendar !== null ? { calendar } : {}),
  });
  // A target passes when it misses (met: false) no more criteria than the pass score allows out of
  // five (Halton 4 of 5: one miss); unjudged criteria are not misses.
  const allowedMisses = 5 - policy.targets.smartPassScore.value;
  return { targets, smartPass: targets.reports.map((r) => r.outOf - r.score <= allowedMisses && r.score > 0) };
}

function readToday(value: unknown, early: Finding[]): IsoDate | undefined {
  if (value === undefined) return undefined;
  if (isIsoDate(value)) return value;
  early.push(_raise(todayInvalid, {}));
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
  if (!parsed.ok) return failed(limitFindings(collapseRepeatedFindings(parsed.findings, opts.findingsPerCode), opts.maxFindings), codes);
  const result = assess(parsed.data, policy, opts, withFunding, codes);
  const bounded = limitFindings(collapseRepeatedFindings(result.findings, opts.findingsPerCode), opts.maxFindings);
  const out = bounded === result.findings ? result : { ...result, findings: bounded };
  return codes ? codesOnly(out) : out;
}

/**
 * The findings of the three steps in one list, errors first, then warnings, then info, each in the
 * order given (what `sortFindings` gives for findings the library built, without sorting pairs).
 */
function bySeverity(early: readonly Finding[], rules: readonly Finding[], funding: readonly Finding[] | undefined): Finding[] {
  // One pass per severity over the three short lists: one array, no lists in between.
  const out: Finding[] = [];
  const last = funding ?? NO_FINDINGS;
  for (const severity of SEVERITY_ORDER) {
    ofSeverity(early, severity, out);
    ofSeverity(rules, severity, out);
    ofSeverity(last, severity, out);
  }
  return out;
}
const SEVERITY_ORDER: readonly Finding['severity'][] = ['error', 'warning', 'info'];
function ofSeverity(list: readonly Finding[], severity: Finding['severity'], out: Finding[]): void {
  for (let i = 0; i < list.length; i++) if (list[i]!.severity === severity) out.push(list[i]!);
}
const NO_FINDINGS: readonly Finding[] = Object.freeze([]);

/** Everything after the gate and the schema, for a parsed PEP. */
function assess(pep: Pep, policy: Policy, opts: Partial<ValidatePepOptions>, withFunding: boolean, codes: boolean): AssessPepResult {
  const early: Finding[] = [];
  const today = readToday(opts.today, early);
  const calendar = _isRecord(opts.calendar) ? (opts.calendar as unknown as SchoolCalendar) : null;
  try {
    const facts = _derivePepFacts(pep, policy, today ?? null, calendar);
    const { targets, smartPass } = smartCheck(pep, facts, policy, calendar, codes);
    const ctx: RuleContext = today !== undefined ? { policy, facts, targets, smartPass, today } : { policy, facts, targets, smartPass };
    const { findings, runs } = _runRules(_RULES, pep, ctx, codes);
    const grade = _grade(pep, ctx, _qaParts(_RULES, runs, pep, ctx));
    const funding = withFunding ? _fundingStep(pep, policy, facts, grade) : null;
    const all = bySeverity(early, findings, funding?.findings);
    return { valid: all.length === 0 || all[0]!.severity !== 'error', pep, facts, findings: all, targets, grade, funding: funding?.check ?? null };
  } catch {
    // Each rule is guarded by the engine; this catches a bug in the facts, the SMART check or the grid.
    return failed([...early, _raise(ruleFailed, { code: 'shared facts or grade' })], codes);
  }
}
