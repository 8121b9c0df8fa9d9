import { _deepFreeze, _mergePolicy } from '../_merge';
import { _trustPolicy } from '../gate';
import type { Policy, PolicyOverrides } from '../schema';
import { england } from './england';

const BOLTON = 'Bolton Virtual School PEP guidance 2021/22';

/**
 * Bolton Virtual School (PEP guidance 2021/22, Bolton PEP guidance 2021/22): PEP within 10 working days of entering
 * care, DT returns the PEP within 10 school days, termly teacher SDQ with 17+ addressed in
 * targets, PP+ of £1,795 in two payments (£750 April–August, £1,045 September–March), no
 * spending on administration, clothing or transport.
 * @example
 * import { policies } from 'pep-rules/policy';
 * policies.bolton.ppPlus.instalments.map((i) => i.pounds);
 * //=> [750, 1045]
 */
// Trusted where it is defined (our own data, checked against the schema by the policy tests).
export const bolton: Policy = /* @__PURE__ */ _trustPolicy(
  /* @__PURE__ */ _deepFreeze(
    /* @__PURE__ */ _mergePolicy<Policy>(england, {
  id: 'bolton',
  name: 'Bolton Virtual School',
  version: '2021/22',
  effectiveFrom: '2021-09-01',
  source: BOLTON,
  timescales: {
    initiatePep: { n: 10, unit: 'working-days', source: `${BOLTON}, Information and Guidance (completed within 10 working days of a child being taken into care)` },
    completeInitialPep: { n: 10, unit: 'working-days', source: `${BOLTON}, Information and Guidance` },
    submissionAfterMeeting: { n: 10, unit: 'school-days', source: `${BOLTON}, Process (DT returns the completed PEP within 10 school days)` },
    termlyDeadlines: [
      { academicYear: '2021/22', term: 'autumn', date: '2021-12-17', source: `${BOLTON}, PEP deadline dates` },
      { academicYear: '2021/22', term: 'spring', date: '2022-03-25', source: `${BOLTON}, PEP deadline dates` },
      { academicYear: '2021/22', term: 'summer', date: '2022-07-15', source: `${BOLTON}, PEP deadline dates` },
    ],
    reviewOnPlacementChange: { value: true, source: `${BOLTON}, Information and Guidance (review when a school or care placement changes)` },
  },
  sdq: {
    requiredFor: {
      minAge: 4,
      maxAge: 17,
      minMonthsInCare: 0,
      source: `${BOLTON}, Strength and Difficulties Questionnaires (SDQs) (Teacher SDQ in the termly PEP from September 2021, no time-in-care condition; the questionnaire is for 4-17 year olds)`,
    },
    frequency: { value: 'termly', source: `${BOLTON}, SDQs (Teacher SDQ in the termly PEP from September 2021)` },
    informants: { value: ['teacher'], source: `${BOLTON}, SDQs` },
    concernThreshold: { totalDifficulties: 17, source: `${BOLTON}, SDQs (17 or above addressed within target setting)` },
    concernNeedsSemhTarget: { value: true, source: `${BOLTON}, SDQs (17 or above addressed within the Target Setting section)` },
    duties: [
      {
        informant: 'teacher',
        frequency: 'termly',
        minAge: 4,
        maxAge: 17,
        minMonthsInCare: 0,
        pepKinds: ['termly'],
        from: '2021-09-01',
        source: `${BOLTON}, Strength and Difficulties Questionnaires (SDQs) (from September 2021 the Virtual School will be including Teacher SDQ into the termly PEP document; no time-in-care condition; the questionnaire is for 4-17 year olds, Youthinmind)`,
      },
    ],
  },
  targets: {
    balanceRequired: {
      value: true,
      source: `${BOLTON}, smart targets, Step-by-step guide to defining measurable planned outcomes (targets should present a balance of academic and personal development targets)`,
    },
  },
  ppPlus: {
    allocationBasis: { value: 'instalments', source: `${BOLTON}, Pupil Premium (two payments)` },
    perFinancialYearCap: { pounds: 1795, source: `${BOLTON}, Pupil Premium (total sent to school £1,795)` },
    instalments: [
      { label: 'April to August', fromMonth: 4, toMonth: 8, pounds: 750, source: `${BOLTON}, Pupil Premium (April to August = £750, paid about July)` },
      { label: 'September to March', fromMonth: 9, toMonth: 3, pounds: 1045, source: `${BOLTON}, Pupil Premium (Sept to March = £1,045, paid about December)` },
    ],
    disallowedCategories: {
      value: ['administration', 'clothing-uniform', 'transport'],
      source: `${BOLTON}, Pupil Premium (cannot be spent on administration tasks, clothing or transport costs)`,
    },
    requireTargetLink: { value: true, source: `${BOLTON}, Pupil Premium (spend clearly linked to SMART targets)` },
  },
} satisfies PolicyOverrides),
  ),
);
