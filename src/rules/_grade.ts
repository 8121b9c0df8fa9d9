import type { Finding } from '../core/finding';
import { _hasText } from '../core/_text';
import { _planTargetsComplete } from '../pep/_planTarget';
import type { Pep } from '../pep/schema';
import { NON_NEGOTIABLE_IDS, QA_CRITERION_IDS, type NonNegotiableId, type Policy, type QaCriterionId } from '../policy/schema';
import { _nonNegotiableIndex, _partIndex, _partIndices, type _QaParts } from './_qaParts';
import type { RuleContext } from './defineRule';
import type { CriterionResult, GradeReport, NonNegotiableResult, PersonalisationCheck, QaGrade, QaRating } from './types';

/*
 * The Halton PEP QA grid (Halton PEP Policy 2023-24 Appendix C), applied to the findings of the rules. Every
 * judgement is decided by rule findings (the evidence an officer sees) or by structural facts
 * shared with the rules. The aggregation and the meaning of "personalised" are documented in
 * docs/rules.md ("How a PEP is graded").
 */

const NON_NEGOTIABLE_LABELS: Readonly<Record<NonNegotiableId, string>> = {
  'attendees-recorded': 'Attendees of the meeting recorded fully',
  'child-attended-or-invited': 'The child attended or was invited to the PEP',
  'next-meeting-details': 'Date, venue and time of the next meeting',
};

const CRITERION_LABELS: Readonly<Record<QaCriterionId, string>> = {
  profile: 'Academic and pastoral profile (including alternative provision, exclusions and attendance)',
  'student-views': "The child's views recorded fully",
  semh: 'SEMH needs and interventions',
  'previous-targets': 'Previous targets reviewed and recorded',
  'academic-and-smart': 'Academic data recorded and targets SMART',
  'ppplus-linked': 'PP+ spending linked to SMART targets',
  contributors: 'Contributor comments recorded fully and in detail',
};

const GRADE_RANK: Readonly<Record<Exclude<QaGrade, 'gold'>, number>> = { green: 0, amber: 1, red: 2 };
const GRADE_WORDS: Readonly<Record<QaGrade, string>> = {
  gold: 'Gold (outstanding)',
  green: 'Green (good)',
  amber: 'Amber (requires improvement)',
  red: 'Red (inadequate)',
};

/*
 * A criterion or non-negotiable without findings is the same for every PEP: one frozen result each
 * (with a frozen empty list), shared. Results with findings are made per PEP.
 */
const NO_FINDINGS: readonly Finding[] = Object.freeze([]);
const RATING_NAMES: readonly QaRating[] = ['green', 'amber', 'red', 'not-applicable'];
// Per criterion, one row per rating in RATING_NAMES order (read by ratingIndex: no lookup by a rating name).
const QUIET_CRITERIA = Object.freeze(
  Object.fromEntries(
    QA_CRITERION_IDS.map((id) => [
      id,
      Object.freeze(RATING_NAMES.map((rating) => Object.freeze({ id, label: CRITERION_LABELS[id], rating, findings: NO_FINDINGS as Finding[] }))),
    ]),
  ),
) as unknown as Readonly<Record<QaCriterionId, readonly CriterionResult[]>>;

/** A rating's place in RATING_NAMES (green, amber, red, not-applicable), by comparison rather than a keyed lookup. */
function ratingIndex(rating: QaRating): number {
  return rating === 'green' ? 0 : rating === 'amber' ? 1 : rating === 'red' ? 2 : 3;
}
const MET_NON_NEGOTIABLES = new Map<NonNegotiableId, NonNegotiableResult>(
  NON_NEGOTIABLE_IDS.map((id) => [id, Object.freeze({ id, label: NON_NEGOTIABLE_LABELS[id], met: true, findings: NO_FINDINGS as Finding[] })]),
);

/** A criterion's result: the shared one when it has no findings. */
function criterionResult(id: QaCriterionId, rating: QaRating, findings: readonly Finding[]): CriterionResult {
  if (findings.length === 0) return QUIET_CRITERIA[id][ratingIndex(rating)]!;
  return { id, label: CRITERION_LABELS[id], rating, findings: findings as Finding[] };
}

/**
 * "Most or all" missing is Red, "some" is Amber, none is Green (the grid's wording for the profile,
 * SEMH and non-negotiable rows): failed > half → red, 0 < failed ≤ half → amber.
 */
function byShareFailed(failed: number, total: number): 'green' | 'amber' | 'red' {
  if (failed === 0) return 'green';
  return failed * 2 > total ? 'red' : 'amber';
}

/** A criterion rated by how many of its expected parts have findings ("most or all" / "some" / none). */
function partsCriterion(id: 'profile' | 'semh', order: readonly number[], parts: _QaParts): CriterionResult {
  let failed = 0;
  let expected = 0;
  const findings: Finding[] = [];
  for (let k = 0; k < order.length; k++) {
    const part = order[k]!;
    if (!parts.expected(part)) continue;
    expected += 1;
    const hit = parts.part(part);
    if (hit.length > 0) failed += 1;
    for (let j = 0; j < hit.length; j++) findings.push(hit[j]!);
  }
  return criterionResult(id, byShareFailed(failed, expected), findings);
}

// The grid's parts as numbers, worked out once (see _qaParts).
const PROFILE_PARTS = _partIndices('profile', [
  'attendance', 'sen-status', 'education-hours', 'exclusions', 'alternative-provision', 'early-years',
  'post-16-destination', 'post-16-guidance', 'transition', 'ehcp-review',
]);
const SEMH_PARTS = _partIndices('semh', ['needs', 'interventions', 'sdq', 'semh-target']);
const CONTRIBUTOR_PARTS = _partIndices('contributors', ['missing', 'detail']);
const SMART_PARTS = _partIndices('academic-and-smart', ['data-missing', 'data-partial', 'targets-missing', 'not-smart', 'set']);
const STUDENT_VIEWS_PARTS = _partIndices('student-views', ['missing', 'detail']);
const PREVIOUS_TARGETS_PARTS = _partIndices('previous-targets', ['missing', 'evidence']);
const PPPLUS_PARTS = _partIndices('ppplus-linked', ['link']);
const DATA_MISSING = _partIndex('academic-and-smart', 'data-missing');
const DATA_PARTIAL = _partIndex('academic-and-smart', 'data-partial');
const TARGETS_MISSING = _partIndex('academic-and-smart', 'targets-missing');
const SET_PROBLEMS = _partIndex('academic-and-smart', 'set');
const CONTRIBUTORS_MISSING = CONTRIBUTOR_PARTS[0]!;
const CONTRIBUTORS_DETAIL = CONTRIBUTOR_PARTS[1]!;
const VIEWS_MISSING = STUDENT_VIEWS_PARTS[0]!;
const VIEWS_DETAIL = STUDENT_VIEWS_PARTS[1]!;
const NON_NEGOTIABLE_PART: Readonly<Record<NonNegotiableId, number>> = Object.freeze(
  Object.fromEntries(NON_NEGOTIABLE_IDS.map((id) => [id, _nonNegotiableIndex(id)])) as Record<NonNegotiableId, number>,
);

/** Red when the red part (first of the two) has findings, amber when only the amber part does, else green. */
function redAmber(id: 'student-views' | 'previous-targets' | 'contributors', redThenAmber: readonly number[], parts: _QaParts): CriterionResult {
  const rating = parts.part(redThenAmber[0]!).length > 0 ? 'red' : parts.part(redThenAmber[1]!).length > 0 ? 'amber' : 'green';
  return criterionResult(id, rating, parts.findings(redThenAmber));
}

function semh(ctx: RuleContext, parts: _QaParts): CriterionResult {
  if (ctx.facts.semhSignals.length === 0) return criterionResult('semh', 'not-applicable', NO_FINDINGS);
  return partsCriterion('semh', SEMH_PARTS, parts);
}

function previousTargets(pep: Pep, parts: _QaParts): CriterionResult {
  if (pep.kind === 'initial') return criterionResult('previous-targets', 'not-applicable', NO_FINDINGS);
  return redAmber('previous-targets', PREVIOUS_TARGETS_PARTS, parts);
}

/** Every target passes the policy's SMART score (`true` for none). */
function everyPasses(smartPass: readonly boolean[]): boolean {
  for (let i = 0; i < smartPass.length; i++) if (!smartPass[i]) return false;
  return true;
}

function academicAndSmart(pep: Pep, ctx: RuleContext, parts: _QaParts): CriterionResult {
  const id = 'academic-and-smart';
  const dataMissing = parts.part(DATA_MISSING).length > 0;
  const dataPartial = parts.part(DATA_PARTIAL).length > 0;
  const targetsMissing = parts.part(TARGETS_MISSING).length > 0;
  const setProblems = parts.part(SET_PROBLEMS).length > 0;
  const allSmart = pep.targets.length > 0 && everyPasses(ctx.smartPass);
  let rating: 'green' | 'amber' | 'red';
  // Grid: Red = most or all academic data missing and targets missing or not SMART; Amber = some
  // data and targets not SMART; Green = all data recorded and SMART targets recorded.
  if (targetsMissing || (dataMissing && !allSmart)) rating = 'red';
  else if (!dataMissing && !dataPartial && allSmart && !setProblems) rating = 'green';
  else rating = 'amber';
  const findings = parts.findings(SMART_PARTS);
  return criterionResult(id, rating, findings);
}

/** Some target with this id passes the policy's SMART score. */
function passes(pep: Pep, ctx: RuleContext, id: string): boolean {
  const targets = pep.targets;
  for (let i = 0; i < targets.length; i++) if (ctx.smartPass[i] && targets[i]!.id === id) return true;
  return false;
}

function ppPlusLinked(pep: Pep, ctx: RuleContext, parts: _QaParts): CriterionResult {
  const requests = pep.ppPlus?.requests;
  if (requests === undefined || requests.length === 0) return criterionResult('ppplus-linked', 'not-applicable', NO_FINDINGS);
  // A PEP has a handful of targets: ids are looked up in its own lists (no Set or closure per PEP).
  const known = ctx.facts.targetIds;
  let linked = 0;
  for (let q = 0; q < requests.length; q++) {
    const ids = requests[q]!.targetIds;
    let allKnown = ids.length > 0;
    let anyPassing = false;
    for (let j = 0; j < ids.length && allKnown; j++) {
      if (!known.includes(ids[j]!)) allKnown = false;
      else if (!anyPassing && passes(pep, ctx, ids[j]!)) anyPassing = true;
    }
    if (allKnown && anyPassing) linked += 1;
  }
  // Grid: Green = directly linked; Amber = "in the main" linked (more than half); Red = does not link.
  const rating = linked === requests.length ? 'green' : linked * 2 > requests.length ? 'amber' : 'red';
  return criterionResult('ppplus-linked', rating, parts.findings(PPPLUS_PARTS));
}

function contributors(pep: Pep, parts: _QaParts): CriterionResult {
  const missingRuns = parts.part(CONTRIBUTORS_MISSING);
  const brief = parts.part(CONTRIBUTORS_DETAIL);
  const others = pep.views.others;
  let anyOther = false;
  // A loop: no closure or empty list per PEP.
  if (others !== undefined) for (let i = 0; i < others.length && !anyOther; i++) anyOther = _hasText(others[i]!.text);
  // Grid: Red = no contributor comments recorded (carer, social worker and designated teacher all
  // missing, and no one else's); Amber = some missing or lacking detail.
  const rating = missingRuns.length === 3 && !anyOther ? 'red' : missingRuns.length + brief.length > 0 ? 'amber' : 'green';
  return criterionResult('contributors', rating, parts.findings(CONTRIBUTOR_PARTS));
}

/** The five personalisation checks, met and not met, shared by every grade (frozen). */
function checkPair(id: PersonalisationCheck['id'], label: string): readonly [PersonalisationCheck, PersonalisationCheck] {
  return [Object.freeze({ id, label, met: false }), Object.freeze({ id, label, met: true })];
}
const CHILD_VOICE = checkPair('child-voice', "The child's views are in their own words, in detail, with how they were gathered");
const ASPIRATIONS = checkPair('aspirations', "The child's aspirations are recorded");
const BASELINED = checkPair('targets-baselined', 'Every target starts from a recorded baseline');
const FULLY_PLANNED = checkPair(
  'targets-fully-planned',
  'Every target has actions, a responsible adult, a deadline and an expected outcome (the Halton target table)',
);
const ALL_SMART = checkPair('targets-smart', 'Every target meets all five SMART criteria (Halton: 5/5 outstanding)');

function personalisation(pep: Pep, ctx: RuleContext, parts: _QaParts): PersonalisationCheck[] {
  const targets = pep.targets;
  const some = targets.length > 0;
  let baselined = some;
  let planned = some;
  for (let i = 0; i < targets.length && (baselined || planned); i++) {
    const t = targets[i]!;
    if (baselined && !_hasText(t.baseline)) baselined = false;
    if (planned && !(_hasText(t.actions) && _hasText(t.responsible) && _hasText(t.deadline) && _hasText(t.expectedOutcome))) planned = false;
  }
  let smart = some;
  const reports = ctx.targets.reports;
  for (let i = 0; i < reports.length && smart; i++) if (reports[i]!.rating !== 'outstanding') smart = false;
  const voice = parts.part(VIEWS_MISSING).length === 0 && parts.part(VIEWS_DETAIL).length === 0;
  return [CHILD_VOICE[+voice]!, ASPIRATIONS[+_hasText(pep.aspirations)]!, BASELINED[+baselined]!, FULLY_PLANNED[+planned]!, ALL_SMART[+smart]!];
}

function worst(a: Exclude<QaGrade, 'gold'>, b: Exclude<QaGrade, 'gold'>): Exclude<QaGrade, 'gold'> {
  return GRADE_RANK[a] >= GRADE_RANK[b] ? a : b;
}

const RATINGS: readonly QaRating[] = ['green', 'amber', 'red', 'not-applicable'];

/** "n green" or "n amber (a, b)" for the criteria with this rating; '' for none. */
function countOf(criteria: readonly CriterionResult[], rating: QaRating): string {
  let n = 0;
  let ids = '';
  for (let i = 0; i < criteria.length; i++) {
    const c = criteria[i]!;
    if (c.rating !== rating) continue;
    ids = n === 0 ? c.id : `${ids}, ${c.id}`;
    n += 1;
  }
  if (n === 0) return '';
  if (rating === 'green') return `${n} green`;
  return `${n} ${rating === 'not-applicable' ? 'not applicable' : rating} (${ids})`;
}

function summarise(
  grade: QaGrade,
  nonNegotiables: readonly NonNegotiableResult[],
  criteria: readonly CriterionResult[],
  personal: readonly PersonalisationCheck[],
): string {
  let unmetCount = 0;
  let unmet = '';
  for (let i = 0; i < nonNegotiables.length; i++) {
    const n = nonNegotiables[i]!;
    if (n.met) continue;
    unmet = unmetCount === 0 ? n.id : `${unmet}, ${n.id}`;
    unmetCount += 1;
  }
  let text = `Grade: ${GRADE_WORDS[grade]}. Non-negotiables: ${nonNegotiables.length - unmetCount} of ${nonNegotiables.length} met`;
  text += unmetCount > 0 ? ` (not met: ${unmet}).` : '.';
  if (criteria.length > 0) {
    let counts = '';
    for (const rating of RATINGS) {
      const count = countOf(criteria, rating);
      if (count !== '') counts = counts === '' ? count : `${counts}; ${count}`;
    }
    text += ` Criteria: ${counts}.`;
  }
  if (grade === 'green') {
    let missing = '';
    for (const p of personal) if (!p.met) missing = missing === '' ? p.id : `${missing}, ${p.id}`;
    text += ` Not Gold: personalisation checks not met: ${missing}.`;
  }
  if (grade === 'gold') text += ' Consistently green throughout and personalised.';
  return text;
}

/*
 * The summary depends only on the grade, which rows are met or rated how, and which personalisation
 * checks are met: a few dozen texts in practice, each made once per policy's rows and shared.
 */
const SUMMARIES = new WeakMap<InUse, Map<number, string>>();
const SUMMARIES_KEPT = 4096;
const GRADE_INDEX: Readonly<Record<QaGrade, number>> = { gold: 0, green: 1, amber: 2, red: 3 };

function sharedSummary(
  rows: InUse,
  grade: QaGrade,
  nn: readonly NonNegotiableResult[],
  criteria: readonly CriterionResult[],
  personal: readonly PersonalisationCheck[],
): string {
  // One number in mixed radix (the rows are fixed per policy): at most 4 × 2^3 × 4^7 × 2^5 values.
  let key = GRADE_INDEX[grade];
  for (let i = 0; i < nn.length; i++) key = key * 2 + (nn[i]!.met ? 1 : 0);
  for (let i = 0; i < criteria.length; i++) key = key * 4 + ratingIndex(criteria[i]!.rating);
  for (let i = 0; i < personal.length; i++) key = key * 2 + (personal[i]!.met ? 1 : 0);
  let byKey = SUMMARIES.get(rows);
  if (byKey === undefined) SUMMARIES.set(rows, (byKey = new Map()));
  let text = byKey.get(key);
  if (text === undefined) {
    text = summarise(grade, nn, criteria, personal);
    if (byKey.size < SUMMARIES_KEPT) byKey.set(key, text);
  }
  return text;
}

/** The grid rows a policy uses, in the grid's order: worked out once per (gated, frozen) policy. */
interface InUse {
  readonly nonNegotiables: readonly NonNegotiableId[];
  /** For each non-negotiable in use, in the same order: its grid part, and its shared row when met. */
  readonly nnParts: readonly number[];
  readonly nnMet: readonly NonNegotiableResult[];
  readonly criteria: readonly QaCriterionId[];
}
const IN_USE = new WeakMap<Policy, InUse>();

function inUse(policy: Policy): InUse {
  let rows = IN_USE.get(policy);
  if (rows === undefined) {
    const nn = new Set(policy.qa.nonNegotiables.value);
    const on = new Set(policy.qa.criteria.value);
    const nonNegotiables = NON_NEGOTIABLE_IDS.filter((id) => nn.has(id));
    rows = {
      nonNegotiables,
      nnParts: nonNegotiables.map((id) => NON_NEGOTIABLE_PART[id]),
      nnMet: nonNegotiables.map((id) => MET_NON_NEGOTIABLES.get(id)!),
      criteria: QA_CRITERION_IDS.filter((id) => on.has(id)),
    };
    IN_USE.set(policy, rows);
  }
  return rows;
}

/** Non-negotiables in use: met when no rule feeding them has a finding. */
function nonNegotiables(rows: InUse, parts: _QaParts): NonNegotiableResult[] {
  const out: NonNegotiableResult[] = [];
  const ids = rows.nonNegotiables;
  for (let i = 0; i < ids.length; i++) {
    // The part's findings are copied only for a row that is not met (a met row is shared).
    const hit = parts.part(rows.nnParts[i]!);
    out.push(hit.length === 0 ? rows.nnMet[i]! : { id: ids[i]!, label: rows.nnMet[i]!.label, met: false, findings: parts.nonNegotiable(rows.nnParts[i]!) });
  }
  return out;
}

function criterion(id: QaCriterionId, pep: Pep, ctx: RuleContext, parts: _QaParts): CriterionResult {
  switch (id) {
    case 'profile':
      return partsCriterion('profile', PROFILE_PARTS, parts);
    case 'student-views':
      return redAmber('student-views', STUDENT_VIEWS_PARTS, parts);
    case 'semh':
      return semh(ctx, parts);
    case 'previous-targets':
      return previousTargets(pep, parts);
    case 'academic-and-smart':
      return academicAndSmart(pep, ctx, parts);
    case 'ppplus-linked':
      return ppPlusLinked(pep, ctx, parts);
    case 'contributors':
      return contributors(pep, parts);
  }
}

/** The overall level before Gold: the worse of the non-negotiables' and the criteria's columns. */
function level(nn: readonly NonNegotiableResult[], criteria: readonly CriterionResult[]): Exclude<QaGrade, 'gold'> {
  // Non-negotiables: all met → Green column; some not met → Amber; most or all not met → Red.
  let unmet = 0;
  for (let i = 0; i < nn.length; i++) if (!nn[i]!.met) unmet += 1;
  const nnLevel = byShareFailed(unmet, nn.length);
  // Criteria: every applicable one green → Green; most red → Red; otherwise Amber.
  let applicable = 0;
  let reds = 0;
  let allGreen = true;
  for (let i = 0; i < criteria.length; i++) {
    const rating = criteria[i]!.rating;
    if (rating === 'not-applicable') continue;
    applicable += 1;
    if (rating === 'red') reds += 1;
    if (rating !== 'green') allGreen = false;
  }
  return worst(nnLevel, allGreen ? 'green' : reds * 2 > applicable ? 'red' : 'amber');
}

/**
 * Grades a parsed PEP on the Halton grid from its rules' findings, each counted where its rule
 * declares it feeds (Halton Virtual School PEP Policy 2023-24, Appendix C).
 * @param pep - The parsed PEP.
 * @param ctx - Its rule context (policy, facts, SMART reports).
 * @param parts - The rule findings sorted into the grid.
 * @returns The grade report.
 */
export function _grade(pep: Pep, ctx: RuleContext, parts: _QaParts): GradeReport {
  const { policy } = ctx;
  const rows = inUse(policy);
  const nn = nonNegotiables(rows, parts);
  const criteria: CriterionResult[] = [];
  for (const id of rows.criteria) criteria.push(criterion(id, pep, ctx, parts));
  const checks = personalisation(pep, ctx, parts);
  let personalised = true;
  for (let i = 0; i < checks.length; i++) if (!checks[i]!.met) personalised = false;
  const base = level(nn, criteria);
  const grade: QaGrade = base === 'green' && personalised ? 'gold' : base;
  const minimum = Math.max(1, policy.targets.minimumCount.value);
  // Robust (Barnet, The PEP Meeting): at least the minimum number of targets, each SMART, each with
  // the person responsible and the timescale agreed; the PP+ gate reads the same _planTargetComplete (_planTargetsComplete: its form for parsed targets).
  const robustPlan = pep.targets.length >= minimum && everyPasses(ctx.smartPass) && _planTargetsComplete(pep.targets);
  return {
    ok: true,
    grade,
    nonNegotiables: nn,
    criteria,
    personalised: { met: personalised, checks },
    targets: ctx.targets.reports,
    robustPlan,
    summary: sharedSummary(rows, grade, nn, criteria, checks),
  };
}
