import { _deepFreeze, _mergePolicy } from '../_merge';
import { _trustPolicy } from '../gate';
import type { Policy, PolicyOverrides } from '../schema';
import { england } from './england';

const MK = 'Milton Keynes Virtual School, Designated Teacher Handbook 2024/25';

/**
 * Milton Keynes Virtual School (Designated Teacher Handbook 2024/25, Milton Keynes DT Handbook 2024/25): 2 core PEPs and
 * 1 review PEP a year, DT submits within 5 working days, PP+ up to £950 per core PEP and
 * £1,900 per financial year, teacher SDQ before each core PEP.
 * @example
 * import { policies } from 'pep-rules/policy';
 * policies.miltonKeynes.ppPlus.perPepCap?.pounds;
 * //=> 950
 */
// Trusted where it is defined (our own data, checked against the schema by the policy tests).
export const miltonKeynes: Policy = /* @__PURE__ */ _trustPolicy(
  /* @__PURE__ */ _deepFreeze(
    /* @__PURE__ */ _mergePolicy<Policy>(england, {
  id: 'miltonKeynes',
  name: 'Milton Keynes Virtual School',
  version: '2024/25',
  effectiveFrom: '2024-09-01',
  source: MK,
  timescales: {
    submissionAfterMeeting: { n: 5, unit: 'working-days', source: `${MK}, §5 PEPs, step 11` },
    allocationBeforeMeeting: { n: 2, unit: 'weeks', source: `${MK}, §5 PEPs (PEP allocated to the DT 2 weeks before the meeting)` },
    pepsPerYear: { core: 2, review: 1, source: `${MK}, §5 PEPs (2 core PEPs and 1 review PEP per academic year)` },
  },
  sdq: {
    frequency: { value: 'before-each-core-pep', source: `${MK}, Appendix 3 (Teacher SDQ in advance of each Core PEP)` },
    informants: { value: ['teacher'], source: `${MK}, §5 PEPs and Appendix 3` },
    requiredFor: { minAge: 4, maxAge: 16, minMonthsInCare: 12, source: `${MK}, §5 PEPs (aged 4–16, in care 12 months or more)` },
    concernThreshold: { totalDifficulties: 17, source: `${MK}, Appendix 3 (scores of 17 and above for follow-up)` },
    duties: [
      {
        informant: 'parent',
        frequency: 'annual',
        minAge: 4,
        maxAge: 16,
        minMonthsInCare: 12,
        pepKinds: null,
        from: null,
        source: `${MK}, Appendix 3, Context (in care for a year or longer and aged between 4 and 16: an SDQ completed by their carers; after one year in care and annually thereafter)`,
      },
      {
        informant: 'teacher',
        frequency: 'before-each-core-pep',
        minAge: 4,
        maxAge: 16,
        minMonthsInCare: 12,
        pepKinds: null,
        from: null,
        source: `${MK}, §5 PEPs (aged between 4-16 and in care for 12 months or more, the DT completes an SDQ ahead of the PEP meeting); Appendix 3 (the Teacher SDQ must be completed in advance of each Core PEP)`,
      },
    ],
  },
  ppPlus: {
    allocationBasis: { value: 'per-core-pep', source: `${MK}, §6 Pupil Premium Plus Funding (requested twice per financial year via the Core PEP)` },
    perPepCap: { pounds: 950, source: `${MK}, §5 step 8 and §6 (up to £950 per Core PEP)` },
    capCorePepsOnly: { value: true, source: `${MK}, §6 (PP+ requested via the Core PEP process)` },
    release: { timing: 'on-pep', source: `${MK}, §6 Pupil Premium Plus Funding (up to £950 will be paid per Core PEP, approved by the VSH/DVSH when the request and the PEP meet the criteria)` },
    perFinancialYearCap: { pounds: 1900, source: `${MK}, §5 step 8 (£1900 available across the financial year)` },
    requireCosting: { value: true, source: `${MK}, §5 step 8 (a full breakdown of how the funding should be used)` },
    eligibleYearGroups: {
      value: ['R', '1', '2', '3', '4', '5', '6', '7', '8', '9', '10', '11'],
      source: `${MK}, §5 step 8 (reception to year 11)`,
    },
  },
  targets: {
    deadlineByNextPep: {
      value: true,
      source: `${MK}, Appendix 1, What are SMART targets? (Time-bound: "Will this target be achieved in time for the next PEP meeting?"; termly PEP targets are smaller steps)`,
    },
  },
} satisfies PolicyOverrides),
  ),
);
