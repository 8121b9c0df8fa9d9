import type { Finding } from '../core/finding';
import { _hasText } from '../core/_text';
import { _planTargetComplete } from '../pep/_planTarget';
import type { Pep } from '../pep/schema';
import { NON_NEGOTIABLE_IDS, QA_CRITERION_IDS, type NonNegotiableId, type Policy, type QaCriterionId } from '../policy/schema';
import type { _QaParts } from './_qaParts';
import type { QaElements, RuleContext } from './defineRule';
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

/**
 * "Most or all" missing is Red, "some" is Amber, none is Green (the grid's wording for the profile,
 * SEMH and non-negotiable rows): failed > half → red, 0 < failed ≤ half → amber.
 */
function byShareFailed(failed: number, total: number): 'green' | 'amber' | 'red' {
  if (failed === 0) return 'green';
  return failed * 2 > total ? 'red' : 'amber';
}

/** A criterion rated by how many of its expected parts have findings ("most or all" / "some" / none). */
function partsCriterion<C extends 'profile' | 'semh'>(id: C, order: readonly QaElements[C][], parts: _QaParts): CriterionResult {
  const expected = parts.expected(id, order);
  let failed = 0;
  const findings: Finding[] = [];
  for (const element of expected) {
    const hit = parts.part(id, element);
    if (hit.length > 0) failed += 1;
    for (const f of hit) findings.push(f);
  }
  return { id, label: CRITERION_LABELS[id], rating: byShareFailed(failed, expected.length), findings };
}

const PROFILE_PARTS: readonly QaElements['profile'][] = [
  'attendance', 'sen-status', 'education-hours', 'exclusions', 'alternative-provision', 'early-years',
  'post-16-destination', 'post-16-guidance', 'transition', 'ehcp-review',
];
const SEMH_PARTS: readonly QaElements['semh'][] = ['needs', 'interventions', 'sdq', 'semh-target'];
const CONTRIBUTOR_PARTS: readonly QaElements['contributors'][] = ['missing', 'detail'];
const SMART_PARTS: readonly QaElements['academic-and-smart'][] = ['data-missing', 'data-partial', 'targets-missing', 'not-smart', 'set'];

/** Red when the red part has findings, amber when only the amber parts do, else green. */
function redAmber<C extends 'student-views' | 'previous-targets' | 'contributors'>(
  id: C,
  red: QaElements[C],
  amber: QaElements[C],
  parts: _QaParts,
): CriterionResult {
  const redHits = parts.part(id, red);
  const amberHits = parts.part(id, amber);
  const rating = redHits.length > 0 ? 'red' : amberHits.length > 0 ? 'amber' : 'green';
  return { id, label: CRITERION_LABELS[id], rating, findings: parts.findings(id, [red, amber]) };
}

function semh(ctx: RuleContext, parts: _QaParts): CriterionResult {
  if (ctx.facts.semhSignals.length === 0) return { id: 'semh', label: CRITERION_LABELS.semh, rating: 'not-applicable', findings: [] };
  return partsCriterion('semh', SEMH_PARTS, parts);
}

function previousTargets(pep: Pep, parts: _QaParts): CriterionResult {
  if (pep.kind === 'initial') return { id: 'previous-targets', label: CRITERION_LABELS['previous-targets'], rating: 'not-applicable', findings: [] };
  return redAmber('previous-targets', 'missing', 'evidence', parts);
}

function academicAndSmart(pep: Pep, ctx: RuleContext, parts: _QaParts): CriterionResult {
  const id = 'academic-and-smart';
  const dataMissing = parts.part(id, 'data-missing').length > 0;
  const dataPartial = parts.part(id, 'data-partial').length > 0;
  const targetsMissing = parts.part(id, 'targets-missing').length > 0;
  const setProblems = parts.part(id, 'set').length > 0;
  const allSmart = pep.targets.length > 0 && ctx.smartPass.every(Boolean);
  let rating: 'green' | 'amber' | 'red';
  // Grid: Red = most or all academic data missing and targets missing or not SMART; Amber = some
  // data and targets not SMART; Green = all data recorded and SMART targets recorded.
  if (targetsMissing || (dataMissing && !allSmart)) rating = 'red';
  else if (!dataMissing && !dataPartial && allSmart && !setProblems) rating = 'green';
  else rating = 'amber';
  const findings = parts.findings(id, SMART_PARTS);
  return { id, label: CRITERION_LABELS[id], rating, findings };
}

function ppPlusLinked(pep: Pep, ctx: RuleContext, parts: _QaParts): CriterionResult {
  const label = CRITERION_LABELS['ppplus-linked'];
  const requests = pep.ppPlus?.requests ?? [];
  if (requests.length === 0) return { id: 'ppplus-linked', label, rating: 'not-applicable', findings: [] };
  const passing = new Set<string>();
  pep.targets.forEach((t, i) => {
    if (ctx.smartPass[i]) passing.add(t.id);
  });
  const known = new Set(ctx.facts.targetIds);
  let linked = 0;
  for (const r of requests) {
    const allKnown = r.targetIds.length > 0 && r.targetIds.every((id) => known.has(id));
    if (allKnown && r.targetIds.some((id) => passing.has(id))) linked += 1;
  }
  // Grid: Green = directly linked; Amber = "in the main" linked (more than half); Red = does not link.
  const rating = linked === requests.length ? 'green' : linked * 2 > requests.length ? 'amber' : 'red';
  return { id: 'ppplus-linked', label, rating, findings: parts.findings('ppplus-linked', ['link']) };
}

function contributors(pep: Pep, parts: _QaParts): CriterionResult {
  const missingRuns = parts.part('contributors', 'missing');
  const brief = parts.part('contributors', 'detail');
  const anyOther = (pep.views.others ?? []).some((o) => _hasText(o.text));
  // Grid: Red = no contributor comments recorded (carer, social worker and designated teacher all
  // missing, and no one else's); Amber = some missing or lacking detail.
  const rating = missingRuns.length === 3 && !anyOther ? 'red' : missingRuns.length + brief.length > 0 ? 'amber' : 'green';
  return { id: 'contributors', label: CRITERION_LABELS.contributors, rating, findings: parts.findings('contributors', CONTRIBUTOR_PARTS) };
}

function personalisation(pep: Pep, ctx: RuleContext, parts: _QaParts): PersonalisationCheck[] {
  const targets = pep.targets;
  const some = targets.length > 0;
  return [
    {
      id: 'child-voice',
      label: "The child's views are in their own words, in detail, with how they were gathered",
      met: parts.part('student-views', 'missing').length === 0 && parts.part('student-views', 'detail').length === 0,
    },
    { id: 'aspirations', label: "The child's aspirations are recorded", met: _hasText(pep.aspirations) },
    { id: 'targets-baselined', label: 'Every target starts from a recorded baseline', met: some && targets.every((t) => _hasText(t.baseline)) },
    {
      id: 'targets-fully-planned',
      label: 'Every target has actions, a responsible adult, a deadline and an expected outcome (the Halton target table)',
      met:
        some &&
        targets.every((t) => _hasText(t.actions) && _hasText(t.responsible) && _hasText(t.deadline) && _hasText(t.expectedOutcome)),
    },
    {
      id: 'targets-smart',
      label: 'Every target meets all five SMART criteria (Halton: 5/5 outstanding)',
      met: some && ctx.targets.reports.every((r) => r.rating === 'outstanding'),
    },
  ];
}

function worst(a: Exclude<QaGrade, 'gold'>, b: Exclude<QaGrade, 'gold'>): Exclude<QaGrade, 'gold'> {
  return GRADE_RANK[a] >= GRADE_RANK[b] ? a : b;
}

function summarise(
  grade: QaGrade,
  nonNegotiables: readonly NonNegotiableResult[],
  criteria: readonly CriterionResult[],
  personal: readonly PersonalisationCheck[],
): string {
  const parts: string[] = [`Grade: ${GRADE_WORDS[grade]}.`];
  const unmet = nonNegotiables.filter((n) => !n.met).map((n) => n.id);
  parts.push(
    `Non-negotiables: ${nonNegotiables.length - unmet.length} of ${nonNegotiables.length} met` +
      (unmet.length > 0 ? ` (not met: ${unmet.join(', ')}).` : '.'),
  );
  const of = (rating: QaRating): string[] => criteria.filter((c) => c.rating === rating).map((c) => c.id);
  const counts = (['green', 'amber', 'red', 'not-applicable'] as const)
    .map((r) => {
      const ids = of(r);
      const name = r === 'not-applicable' ? 'not applicable' : r;
      return ids.length === 0 ? null : r === 'green' ? `${ids.length} green` : `${ids.length} ${name} (${ids.join(', ')})`;
    })
    .filter((s): s is string => s !== null);
  if (criteria.length > 0) parts.push(`Criteria: ${counts.join('; ')}.`);
  if (grade === 'green') {
    const missing = personal.filter((p) => !p.met).map((p) => p.id);
    parts.push(`Not Gold: personalisation checks not met: ${missing.join(', ')}.`);
  }
  if (grade === 'gold') parts.push('Consistently green throughout and personalised.');
  return parts.join(' ');
}

/** The grid rows a policy uses, in the grid's order: worked out once per (gated, frozen) policy. */
interface InUse {
  readonly nonNegotiables: readonly NonNegotiableId[];
  readonly criteria: readonly QaCriterionId[];
}
const IN_USE = new WeakMap<Policy, InUse>();

function inUse(policy: Policy): InUse {
  let rows = IN_USE.get(policy);
  if (rows === undefined) {
    const nn = new Set(policy.qa.nonNegotiables.value);
    const on = new Set(policy.qa.criteria.value);
    rows = { nonNegotiables: NON_NEGOTIABLE_IDS.filter((id) => nn.has(id)), criteria: QA_CRITERION_IDS.filter((id) => on.has(id)) };
    IN_USE.set(policy, rows);
  }
  return rows;
}

/** Non-negotiables in use: met when no rule feeding them has a finding. */
function nonNegotiables(ids: readonly NonNegotiableId[], parts: _QaParts): NonNegotiableResult[] {
  const out: NonNegotiableResult[] = [];
  for (const id of ids) {
    const hit = parts.nonNegotiable(id);
    out.push({ id, label: NON_NEGOTIABLE_LABELS[id], met: hit.length === 0, findings: hit });
  }
  return out;
}

function criterion(id: QaCriterionId, pep: Pep, ctx: RuleContext, parts: _QaParts): CriterionResult {
  switch (id) {
    case 'profile':
      return partsCriterion('profile', PROFILE_PARTS, parts);
    case 'student-views':
      return redAmber('student-views', 'missing', 'detail', parts);
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
  const nnLevel = byShareFailed(nn.filter((n) => !n.met).length, nn.length);
  // Criteria: every applicable one green → Green; most red → Red; otherwise Amber.
  const applicable = criteria.filter((c) => c.rating !== 'not-applicable');
  const reds = applicable.filter((c) => c.rating === 'red').length;
  const allGreen = applicable.every((c) => c.rating === 'green');
  return worst(nnLevel, allGreen ? 'green' : reds * 2 > applicable.length ? 'red' : 'amber');
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
  const nn = nonNegotiables(rows.nonNegotiables, parts);
  const criteria: CriterionResult[] = [];
  for (const id of rows.criteria) criteria.push(criterion(id, pep, ctx, parts));
  const checks = personalisation(pep, ctx, parts);
  const personalised = checks.every((c) => c.met);
  const base = level(nn, criteria);
  const grade: QaGrade = base === 'green' && personalised ? 'gold' : base;
  const minimum = Math.max(1, policy.targets.minimumCount.value);
  // Robust (Barnet, The PEP Meeting): at least the minimum number of targets, each SMART, each with
  // the person responsible and the timescale agreed; the PP+ gate reads the same _planTargetComplete.
  const robustPlan = pep.targets.length >= minimum && ctx.smartPass.every(Boolean) && pep.targets.every(_planTargetComplete);
  return {
    ok: true,
    grade,
    nonNegotiables: nn,
    criteria,
    personalised: { met: personalised, checks },
    targets: ctx.targets.reports,
    robustPlan,
    summary: summarise(grade, nn, criteria, checks),
  };
}
