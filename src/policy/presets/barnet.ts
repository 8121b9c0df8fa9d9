import { _deepFreeze, _mergePolicy } from '../_merge';
import { _trustPolicy } from '../gate';
import type { Policy, PolicyOverrides } from '../schema';
import { england } from './england';

const BARNET = 'Barnet Virtual School PEP Guidance';
const TRANSITION = `${BARNET}, 6. Supporting Transitions, Supporting transitions to a secondary setting (Transition PEP Process)`;

/**
 * Barnet Virtual School (PEP Guidance, Barnet PEP Guidance): PEP within 10 days of entering care and ready for
 * the first review at 20 working days, reminders 4 weeks / 2 weeks / 1 week / 2 days before the
 * meeting, an action plan with at least three outcomes, PP+ allocated termly against a fully
 * costed request and withheld without a robust action plan.
 * @example
 * import { policies } from 'pep-rules/policy';
 * policies.barnet.targets.minimumCount.value;
 * //=> 3
 */
// Trusted where it is defined (our own data, checked against the schema by the policy tests).
export const barnet: Policy = /* @__PURE__ */ _trustPolicy(
  /* @__PURE__ */ _deepFreeze(
    /* @__PURE__ */ _mergePolicy<Policy>(england, {
  id: 'barnet',
  name: 'Barnet Virtual School',
  version: '2023/24',
  effectiveFrom: null,
  source: BARNET,
  timescales: {
    // Seed 002 says "within the first 10 days of Care" beside "10 working days" for the care plan: read as working days.
    initiatePep: { n: 10, unit: 'working-days', source: `${BARNET}, §2 What is the Statutory Time Frame for a PEP?` },
    completeInitialPep: { n: 20, unit: 'working-days', source: `${BARNET}, §2 (available for the first statutory review, after 20 working days)` },
    // "Good practice to complete the PEP within 10 days of the meeting": unit unstated, read as working days.
    submissionAfterMeeting: { n: 10, unit: 'working-days', source: `${BARNET}, §3 The role of the Social Worker (complete the PEP within 10 days of the meeting)` },
    remindersBeforeMeeting: [
      { n: 4, unit: 'weeks', source: `${BARNET}, §3 The role of the Social Worker (emails 4 weeks before)` },
      { n: 2, unit: 'weeks', source: `${BARNET}, §3 (emails 2 weeks before)` },
      { n: 1, unit: 'weeks', source: `${BARNET}, §3 (emails 1 week before)` },
      { n: 2, unit: 'calendar-days', source: `${BARNET}, §3 (emails 2 days before)` },
    ],
    transitionPeps: [
      { yearGroup: '6', term: 'spring', move: 'primary-to-secondary', purpose: 'identify-needs', notBeforeWeek: null, source: `${TRANSITION}: "Arrange Year 6 Spring Term PEP and begin to identify transition needs"` },
      { yearGroup: '6', term: 'summer', move: 'primary-to-secondary', purpose: 'transition-pep', notBeforeWeek: null, source: `${TRANSITION}: "Lead a Transition PEP Year 6 Summer Term"` },
      {
        yearGroup: '7',
        term: 'autumn',
        move: 'primary-to-secondary',
        purpose: 'settling-in',
        notBeforeWeek: 5,
        source: `${BARNET}, Your checklist for supporting transitions to a secondary setting: "Date for Autumn Term PEP to be set for the fifth week onwards"`,
      },
      {
        yearGroup: '11',
        term: 'summer',
        move: 'year-11-to-post-16',
        purpose: 'transition-pep',
        notBeforeWeek: null,
        source: `The Virtual School Handbook (NAVSH, 2014), 1a Age range of children on roll ("the transition of children ... from Year 11 to post-16 education, employment or training"), as in the england preset (Barnet's guidance gives no Year 11 timeline)`,
      },
    ],
  },
  pep: {
    phases: { value: ['early-years', 'school-age', 'post-16'], source: `${BARNET}, §1 (Early Years, Year 1 – Year 11, Post 16)` },
    // "if in education provision": the schedule cannot know; a 3-year-old without a setting is still scheduled.
    ageRange: {
      startAge: 3,
      startAt: 'birthday',
      endAge: null,
      source: `${BARNET}, Introduction (a statutory requirement for LAC from a child of 3 years if in education provision up to the age of 18)`,
    },
  },
  ppPlus: {
    allocationBasis: { value: 'termly', source: `${BARNET}, What is Pupil Premium funding? (allocated termly against a request with a breakdown of costs)` },
    requireCosting: { value: true, source: `${BARNET}, What is Pupil Premium funding? (a breakdown of costs); Allocation of Pupil Premium Funding (the cost of support)` },
    withholdWithoutRobustPlan: { value: true, source: `${BARNET}, Allocation of Pupil Premium Funding (only to meet needs identified in a high-quality PEP)` },
    release: {
      timing: 'termly',
      source: `${BARNET}, What is Pupil Premium funding? (Pupil Premium will be allocated termly; the PPG will normally be sent at the beginning of the term following the term that the PEP took place)`,
    },
    eligibleYearGroups: {
      value: ['R', '1', '2', '3', '4', '5', '6', '7', '8', '9', '10', '11'],
      source: `${BARNET}, What is Pupil Premium funding? (eligible as soon as they enter care, Reception to Year 11)`,
    },
  },
  targets: {
    minimumCount: { value: 3, source: `${BARNET}, The PEP Meeting (a robust Action Plan with at least three outcomes)` },
    baselineRequired: {
      value: true,
      source: `${BARNET}, 5. Setting SMART Outcomes ("Make sure you use a baseline for the outcome so you can measure it"); Allocation of Pupil Premium Funding ("The PEP Action Plan should show the baseline data, targets for improvement, expected outcomes and the cost of support")`,
    },
  },
} satisfies PolicyOverrides),
  ),
);
