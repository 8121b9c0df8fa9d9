import type { Finding } from '../core/finding';
import type { NonNegotiableId, Policy, QaCriterionId } from '../policy/schema';
import { QA_CRITERION_IDS } from '../policy/schema';
import type { _DerivedFacts } from './_derive';
import { _hasText } from '../core/_text';
import type { Pep } from '../pep/schema';
import type { CriterionResult, GradeReport, NonNegotiableResult, PersonalisationCheck, QaGrade, QaRating } from './types';

/*
 * The Halton PEP QA grid (seed 003 Appendix C), applied to the findings of the rules. Every
 * judgement is decided by rule findings (the evidence an officer sees) or by structural facts
 * shared with the rules. The aggregation and the meaning of "personalised" are documented in
 * docs/rules.md ("How a PEP is graded").
 */

const NON_NEGOTIABLES: readonly { id: NonNegotiableId; label: string; codes: readonly string[] }[] = [
  {
    id: 'attendees-recorded',
    label: 'Attendees of the meeting recorded fully',
    codes: ['PEP-ATTENDEES-MISSING', 'PEP-ATTENDEE-NAME-MISSING', 'PEP-ATTENDEES-ROLE-MISSING', 'PEP-DT-NOT-PRESENT'],
  },
  { id: 'child-attended-or-invited', label: 'The child attended or was invited to the PEP', codes: ['PEP-CHILD-NOT-INVITED'] },
  {
    id: 'next-meeting-details',
    label: 'Date, venue and time of the next meeting',
    codes: ['PEP-NEXT-MEETING-MISSING', 'PEP-NEXT-MEETING-TIME-MISSING', 'PEP-NEXT-MEETING-VENUE-MISSING', 'PEP-DATES-NEXT-MEETING-NOT-AFTER'],
  },
];

const CRITERION_LABELS: Readonly<Record<QaCriterionId, string>> = {
  profile: 'Academic and pastoral profile (including alternative provision, exclusions and attendance)',
  'student-views': "The child's views recorded fully",
  semh: 'SEMH needs and interventions',
  'previous-targets': 'Previous targets reviewed and recorded',
  'academic-and-smart': 'Academic data recorded and targets SMART',
  'ppplus-linked': 'PP+ spending linked to SMART targets',
  contributors: 'Contributor comments recorded fully and in detail',
};
const CRITERION_ORDER: readonly QaCriterionId[] = QA_CRITERION_IDS;

const GRADE_RANK: Readonly<Record<Exclude<QaGrade, 'gold'>, number>> = { green: 0, amber: 1, red: 2 };
const GRADE_WORDS: Readonly<Record<QaGrade, string>> = {
  gold: 'Gold (outstanding)',
  green: 'Green (good)',
  amber: 'Amber (requires improvement)',
  red: 'Red (inadequate)',
};

/** Findings indexed by code, for the grid. */
type ByCode = ReadonlyMap<string, readonly Finding[]>;

function indexByCode(findings: readonly Finding[]): Map<string, Finding[]> {
  const map = new Map<string, Finding[]>();
  for (const f of findings) {
    const list = map.get(f.code);
    if (list) list.push(f);
    else map.set(f.code, [f]);
  }
  return map;
}

function pick(byCode: ByCode, codes: readonly string[]): Finding[] {
  const out: Finding[] = [];
  for (const code of codes) out.push(...(byCode.get(code) ?? []));
  return out;
}

/**
 * "Most or all" missing is Red, "some" is Amber, none is Green (the grid's wording for the profile,
 * SEMH and non-negotiable rows): failed > half → red, 0 < failed ≤ half → amber.
 */
function byShareFailed(failed: number, total: number): 'green' | 'amber' | 'red' {
  if (failed === 0) return 'green';
  return failed * 2 > total ? 'red' : 'amber';
}

/** A criterion rated by how many of its elements (each a set of rule codes) failed. */
function elementsCriterion(id: QaCriterionId, elements: readonly (readonly string[])[], byCode: ByCode): CriterionResult {
  let failed = 0;
  const findings: Finding[] = [];
  for (const codes of elements) {
    const hit = pick(byCode, codes);
    if (hit.length > 0) failed += 1;
    findings.push(...hit);
  }
  return { id, label: CRITERION_LABELS[id], rating: byShareFailed(failed, elements.length), findings };
}

function profile(pep: Pep, d: _DerivedFacts, policy: Policy, byCode: ByCode): CriterionResult {
  const elements: (readonly string[])[] = [['PEP-ATTENDANCE-MISSING'], ['PEP-SEN-STATUS-MISSING'], ['PEP-EDUCATION-HOURS-MISSING']];
  if (pep.phase === 'school-age') elements.push(['PEP-EXCLUSIONS-MISSING'], ['PEP-ALTERNATIVE-PROVISION-NOT-RECORDED']);
  if (pep.phase === 'early-years') {
    elements.push(['PEP-EY-SECTION-MISSING', 'PEP-EY-EYPP-NOT-RECORDED', 'PEP-EY-KEY-PERSON-NOT-RECORDED', 'PEP-EY-FUNDED-HOURS-MISSING']);
  }
  if (pep.phase === 'post-16') {
    elements.push(['PEP-POST16-SECTION-MISSING', 'PEP-POST16-DESTINATION-MISSING'], ['PEP-POST16-CAREERS-GUIDANCE-NOT-RECORDED', 'PEP-POST16-BURSARY-NOT-RECORDED']);
  }
  const transitionDue = pep.kind === 'transition' || ((d.yearGroup === '6' || d.yearGroup === '11') && d.term !== 'autumn');
  if (transitionDue) elements.push(['PEP-TRANSITION-MISSING']);
  if (pep.sen?.status === 'ehcp' && policy.timescales.alignWithEhcpAnnualReview.value) elements.push(['PEP-EHCP-REVIEW-DATE-MISSING']);
  return elementsCriterion('profile', elements, byCode);
}

function studentViews(byCode: ByCode): CriterionResult {
  const red = pick(byCode, ['PEP-CHILD-VIEWS-MISSING']);
  const amber = pick(byCode, ['PEP-CHILD-VIEWS-HOW-GATHERED-MISSING', 'PEP-CHILD-VIEWS-BRIEF']);
  const rating = red.length > 0 ? 'red' : amber.length > 0 ? 'amber' : 'green';
  return { id: 'student-views', label: CRITERION_LABELS['student-views'], rating, findings: [...red, ...amber] };
}

function semh(d: _DerivedFacts, policy: Policy, byCode: ByCode): CriterionResult {
  if (d.semhSignals.size === 0) return { id: 'semh', label: CRITERION_LABELS.semh, rating: 'not-applicable', findings: [] };
  const elements: (readonly string[])[] = [['PEP-SEMH-NEEDS-MISSING'], ['PEP-SEMH-INTERVENTIONS-MISSING']];
  if (d.sdqAtMeeting.required) elements.push(['PEP-SDQ-MISSING', 'PEP-SDQ-OUT-OF-DATE']);
  if (policy.sdq.concernNeedsSemhTarget.value && d.sdqConcern) elements.push(['PEP-SDQ-CONCERN-NO-SEMH-TARGET']);
  return elementsCriterion('semh', elements, byCode);
}

function previousTargets(pep: Pep, byCode: ByCode): CriterionResult {
  const label = CRITERION_LABELS['previous-targets'];
  if (pep.kind === 'initial') return { id: 'previous-targets', label, rating: 'not-applicable', findings: [] };
  const red = pick(byCode, ['PEP-PREVIOUS-TARGETS-MISSING']);
  const amber = pick(byCode, ['PEP-PREVIOUS-TARGET-NOT-EVIDENCED']);
  const rating = red.length > 0 ? 'red' : amber.length > 0 ? 'amber' : 'green';
  return { id: 'previous-targets', label, rating, findings: [...red, ...amber] };
}

function academicAndSmart(pep: Pep, d: _DerivedFacts, byCode: ByCode): CriterionResult {
  const dataMissing = pick(byCode, ['PEP-ATTAINMENT-MISSING', 'PEP-PROGRESS-MISSING']);
  const dataPartial = pick(byCode, ['PEP-ATTAINMENT-INCOMPLETE']);
  const targetsMissing = pick(byCode, ['PEP-TARGETS-MISSING']);
  const notSmart = pick(byCode, ['PEP-TARGET-NOT-SMART']);
  const set = pick(byCode, ['PEP-TARGETS-TOO-FEW', 'PEP-TARGETS-NO-ACADEMIC', 'PEP-TARGETS-UNBALANCED', 'PEP-TARGET-DUPLICATE', 'PEP-TARGET-ID-DUPLICATE']);
  const allSmart = pep.targets.length > 0 && d.smartPass.every(Boolean);
  let rating: 'green' | 'amber' | 'red';
  // Grid: Red = most or all academic data missing and targets missing or not SMART; Amber = some
  // data and targets not SMART; Green = all data recorded and SMART targets recorded.
  if (targetsMissing.length > 0 || (dataMissing.length > 0 && !allSmart)) rating = 'red';
  else if (dataMissing.length === 0 && dataPartial.length === 0 && allSmart && set.length === 0) rating = 'green';
  else rating = 'amber';
  return {
    id: 'academic-and-smart',
    label: CRITERION_LABELS['academic-and-smart'],
    rating,
    findings: [...dataMissing, ...dataPartial, ...targetsMissing, ...notSmart, ...set],
  };
}

function ppPlusLinked(pep: Pep, d: _DerivedFacts, byCode: ByCode): CriterionResult {
  const label = CRITERION_LABELS['ppplus-linked'];
  const requests = pep.ppPlus?.requests ?? [];
  if (requests.length === 0) return { id: 'ppplus-linked', label, rating: 'not-applicable', findings: [] };
  const passing = new Set<string>();
  pep.targets.forEach((t, i) => {
    if (d.smartPass[i]) passing.add(t.id);
  });
  let linked = 0;
  for (const r of requests) {
    const allKnown = r.targetIds.length > 0 && r.targetIds.every((id) => d.targetIds.has(id));
    if (allKnown && r.targetIds.some((id) => passing.has(id))) linked += 1;
  }
  // Grid: Green = directly linked; Amber = "in the main" linked (more than half); Red = does not link.
  const rating = linked === requests.length ? 'green' : linked * 2 > requests.length ? 'amber' : 'red';
  const findings = pick(byCode, ['PEP-PPPLUS-REQUEST-UNLINKED', 'PEP-PPPLUS-TARGET-UNKNOWN', 'PEP-PPPLUS-TARGET-NOT-SMART']);
  return { id: 'ppplus-linked', label, rating, findings };
}

function contributors(pep: Pep, byCode: ByCode): CriterionResult {
  const missing = pick(byCode, ['PEP-CARER-VIEWS-MISSING', 'PEP-SOCIAL-WORKER-VIEWS-MISSING', 'PEP-DT-VIEWS-MISSING']);
  const brief = pick(byCode, ['PEP-CONTRIBUTION-BRIEF']);
  const anyOther = (pep.views.others ?? []).some((o) => _hasText(o.text));
  // Grid: Red = no contributor comments recorded; Amber = some missing or lacking detail.
  const rating = missing.length === 3 && !anyOther ? 'red' : missing.length + brief.length > 0 ? 'amber' : 'green';
  return { id: 'contributors', label: CRITERION_LABELS.contributors, rating, findings: [...missing, ...brief] };
}

function personalisation(pep: Pep, d: _DerivedFacts, byCode: ByCode): PersonalisationCheck[] {
  const targets = pep.targets;
  const some = targets.length > 0;
  return [
    {
      id: 'child-voice',
      label: "The child's views are in their own words, in detail, with how they were gathered",
      met: pick(byCode, ['PEP-CHILD-VIEWS-MISSING', 'PEP-CHILD-VIEWS-BRIEF', 'PEP-CHILD-VIEWS-HOW-GATHERED-MISSING']).length === 0,
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
      met: some && d.targetSet.reports.every((r) => r.rating === 'outstanding'),
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

/**
 * Grades a parsed PEP on the Halton grid from the main-stage rule findings.
 * @param pep - The parsed PEP.
 * @param d - The derived facts.
 * @param policy - The policy (its `qa.*` lists switch non-negotiables and criteria on or off).
 * @param findings - The main-stage rule findings.
 * @returns The grade report.
 */
export function _grade(pep: Pep, d: _DerivedFacts, policy: Policy, findings: readonly Finding[]): GradeReport {
  const byCode = indexByCode(findings);
  const nnOn = new Set(policy.qa.nonNegotiables.value);
  const nonNegotiables: NonNegotiableResult[] = NON_NEGOTIABLES.filter((n) => nnOn.has(n.id)).map((n) => {
    const hit = pick(byCode, n.codes);
    return { id: n.id, label: n.label, met: hit.length === 0, findings: hit };
  });
  const criteriaOn = new Set(policy.qa.criteria.value);
  const criteria: CriterionResult[] = [];
  for (const id of CRITERION_ORDER) {
    if (!criteriaOn.has(id)) continue;
    if (id === 'profile') criteria.push(profile(pep, d, policy, byCode));
    else if (id === 'student-views') criteria.push(studentViews(byCode));
    else if (id === 'semh') criteria.push(semh(d, policy, byCode));
    else if (id === 'previous-targets') criteria.push(previousTargets(pep, byCode));
    else if (id === 'academic-and-smart') criteria.push(academicAndSmart(pep, d, byCode));
    else if (id === 'ppplus-linked') criteria.push(ppPlusLinked(pep, d, byCode));
    else criteria.push(contributors(pep, byCode));
  }

  // Non-negotiables: all met → Green column; some not met → Amber; most or all not met → Red.
  const unmet = nonNegotiables.filter((n) => !n.met).length;
  const nnLevel = byShareFailed(unmet, nonNegotiables.length);
  // Criteria: every applicable one green → Green; most red → Red; otherwise Amber.
  const applicable = criteria.filter((c) => c.rating !== 'not-applicable');
  const reds = applicable.filter((c) => c.rating === 'red').length;
  const allGreen = applicable.every((c) => c.rating === 'green');
  const criteriaLevel = allGreen ? 'green' : reds * 2 > applicable.length ? 'red' : 'amber';
  const level = worst(nnLevel, criteriaLevel);

  const checks = personalisation(pep, d, byCode);
  const personalised = checks.every((c) => c.met);
  const grade: QaGrade = level === 'green' && personalised ? 'gold' : level;

  const minimum = Math.max(1, policy.targets.minimumCount.value);
  const robustPlan = pep.targets.length >= minimum && d.smartPass.every(Boolean);

  return {
    ok: true,
    grade,
    nonNegotiables,
    criteria,
    personalised: { met: personalised, checks },
    targets: d.targetSet.reports,
    robustPlan,
    summary: summarise(grade, nonNegotiables, criteria, checks),
  };
}
