import { _deepFreeze, _mergePolicy } from '../_merge';
import { _trustPolicy } from '../gate';
import type { Policy, PolicyOverrides } from '../schema';
import { england } from './england';

const HALTON = 'Halton Virtual School PEP Policy 2023-24 (updated January 2025)';

/**
 * Halton Virtual School (PEP Policy 2023-24, updated January 2025, Halton PEP Policy 2023-24): PEP initiated within
 * 10 school days and completed within 20 school days of entering care, submitted within 10 school
 * days of the meeting, termly deadline dates for 2024/25, at least one academic target, one PEP a
 * year aligned with the EHCP annual review, and the PEP QA grid.
 * @example
 * import { policies } from 'pep-rules/policy';
 * policies.halton.timescales.submissionAfterMeeting?.unit;
 * //=> 'school-days'
 */
// Trusted where it is defined (our own data, checked against the schema by the policy tests).
export const halton: Policy = /* @__PURE__ */ _trustPolicy(
  /* @__PURE__ */ _deepFreeze(
    /* @__PURE__ */ _mergePolicy<Policy>(england, {
  id: 'halton',
  name: 'Halton Virtual School',
  version: '2023-24 (updated January 2025)',
  effectiveFrom: '2024-09-01',
  source: HALTON,
  timescales: {
    initiatePep: { n: 10, unit: 'school-days', source: `${HALTON}, Information and Guidance (initiated within 10 school days)` },
    completeInitialPep: { n: 20, unit: 'school-days', source: `${HALTON}, Information and Guidance (completed within 20 school days)` },
    submissionAfterMeeting: { n: 10, unit: 'school-days', source: `${HALTON}, Information and Guidance (submitted within 10 school days of the meeting)` },
    termlyDeadlines: [
      { academicYear: '2024/25', term: 'autumn', date: '2024-11-08', source: `${HALTON}, PEP deadline dates` },
      { academicYear: '2024/25', term: 'spring', date: '2025-02-28', source: `${HALTON}, PEP deadline dates` },
      { academicYear: '2024/25', term: 'summer', date: '2025-06-27', source: `${HALTON}, PEP deadline dates` },
    ],
    reviewOnPlacementChange: { value: true, source: `${HALTON}, Information and Guidance (review whenever a school or care placement changes)` },
    alignWithEhcpAnnualReview: { value: true, source: `${HALTON}, Process (one PEP per year should coincide with the EHCP Annual Review)` },
    initialPepSubmittedBy: {
      value: 'complete-initial-pep',
      source: `${HALTON}, Information and Guidance (initiated within 10 school days and completed within 20 school days; following the initial PEP, termly PEPs should be completed and submitted within 10 school days of the meeting)`,
    },
  },
  pep: {
    phases: { value: ['early-years', 'school-age', 'post-16'], source: `${HALTON}, Process (all PEP documents from Early Years (aged 3) to Post-16)` },
    ageRange: {
      startAge: 3,
      startAt: 'birthday',
      endAge: null,
      source: `${HALTON}, Process (all PEP documents from Early Years (aged 3) to Post-16); Personal Education Plans (the PEP (Early Years to age 18))`,
    },
    aspirationsFromYearGroup: {
      value: 'N1',
      source: `${HALTON}, During the PEP Meeting ("The following should always be part of the PEP": "Long term plans and aspirations"), for every PEP from Early Years (aged 3, Process)`,
    },
  },
  targets: {
    academicTargetRequired: { value: true, source: `${HALTON}, SMART targets (PEP targets should always include at least one academic target)` },
    balanceRequired: {
      value: true,
      source: `${HALTON}, Appendix B, Smart Targets (targets should present a balance of academic and personal development targets)`,
    },
    smartPassScore: { value: 4, source: `${HALTON}, Appendix C QA of SMART Targets (5/5 outstanding, 4/5 good)` },
  },
  qa: {
    nonNegotiables: {
      value: ['attendees-recorded', 'child-attended-or-invited', 'next-meeting-details'],
      source: `${HALTON}, Appendix C PEP QA Criteria (Non-negotiables)`,
    },
    criteria: {
      value: ['profile', 'student-views', 'semh', 'previous-targets', 'academic-and-smart', 'ppplus-linked', 'contributors'],
      source: `${HALTON}, Appendix C PEP QA Criteria`,
    },
  },
  ppPlus: {
    requireTargetLink: { value: true, source: `${HALTON}, Appendix C PEP QA Criteria (PP+ spending directly linked to SMART targets)` },
    requireCosting: { value: true, source: `${HALTON}, Process (requests for PPG funding are fully costed)` },
    // "Satisfactory" is not a grade of the QA grid: read as the grid's Amber/RI or better (Red/Inadequate is withheld).
    minimumQaGrade: {
      value: 'amber',
      source: `${HALTON}, Process (following completion of a satisfactory PEP, the amount of PPG requested for the term will be released); Appendix C PEP QA Criteria (Gold/Outstanding, Green/Good, Amber/RI, Red/Inadequate)`,
    },
    requiredSections: {
      value: ['child-views', 'social-worker-views', 'carer-views'],
      source: `${HALTON}, Process (PEPs must include the voice of the child/young person, social worker and carer; without these sections the form is returned before requested PPG funding is issued)`,
    },
    release: { timing: 'on-pep', source: `${HALTON}, Process (following completion of a satisfactory PEP, the amount of PPG requested for the term will be released to the school)` },
    disallowedCategories: {
      value: ['administration', 'clothing-uniform', 'transport'],
      source: `${HALTON}, FAQ (PPG cannot be spent on administration tasks, clothing or transport costs)`,
    },
  },
} satisfies PolicyOverrides),
  ),
);
