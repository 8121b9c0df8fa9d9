import { _deepFreeze } from '../_merge';
import { _trustPolicy } from '../gate';
import type { Policy } from '../schema';

const CPPCR = 'Care Planning, Placement and Case Review (England) Regulations 2010';
const STAT_GUIDANCE = 'DfE statutory guidance, Promoting the education of looked-after children and previously looked-after children (February 2018)';
const SSDA903 = 'DfE SSDA903 guide, validation rule 186';
const COG = 'DfE pupil premium conditions of grant for local authorities';
const HANDBOOK = 'The Virtual School Handbook (NAVSH, 2014)';
const EXCLUDED_PUPILS = 'Education (Provision of Full-Time Education for Excluded Pupils) (England) Regulations 2007 (SI 2007/1870), regs 3 to 5';
const NAVSH = 'The Virtual School Handbook (NAVSH, 2014)';
const HEALTH = 'Promoting the health and well-being of looked-after children (2015)';

/** The England preset's values; exported frozen and trusted as {@link england}. */
/** The statutory timescales (the preset's largest part), built on first use like the rest. */
function englandTimescales(): Policy['timescales'] {
  return {
    initiatePep: {
      n: 10,
      unit: 'working-days',
      source: `${CPPCR}, reg 4(2) (care plan within 10 working days of first placement; the PEP is part of it, reg 5(b)(ii)); DCSF statutory guidance, Promoting the educational achievement of looked after children (2010), as reproduced in The Virtual School Handbook (NAVSH, 2014), Appendix 2`,
    },
    completeInitialPep: {
      n: 20,
      unit: 'working-days',
      source: `${STAT_GUIDANCE}: PEP available for the first statutory review (${CPPCR}, reg 33(1)); The Virtual School Handbook (NAVSH, 2014), Appendix 2`,
    },
    firstCareReview: { n: 20, unit: 'working-days', source: `${CPPCR}, reg 33(1)` },
    secondCareReview: { n: 3, unit: 'months', source: `${CPPCR}, reg 33(2)` },
    laterCareReviews: { n: 6, unit: 'months', source: `${CPPCR}, reg 33(2)` },
    submissionAfterMeeting: null,
    distributionAfterMeeting: null,
    allocationBeforeMeeting: null,
    remindersBeforeMeeting: [],
    pepFrequency: { value: 'termly', source: `${STAT_GUIDANCE} (PEP reviewed each school term)` },
    pepsPerYear: null,
    termlyDeadlines: [],
    secureSchoolPlace: {
      n: 20,
      unit: 'school-days',
      source: `practice default, not statutory: ${HANDBOOK}, 2e(i) Emergency care placements ("an undertaking to secure a suitable new education placement within 20 school days")`,
    },
    suspensionProvisionFromDay: {
      day: 6,
      source: `${EXCLUDED_PUPILS}; ${HANDBOOK}, 3e(i) 6th day/1st day provision ("Schools must provide a full-time offer of learning to children from the 6th day of a fixed term exclusion")`,
    },
    transitionPeps: [
      {
        yearGroup: '6',
        term: 'summer',
        move: 'primary-to-secondary',
        purpose: 'transition-pep',
        notBeforeWeek: null,
        source: `${HANDBOOK}, Appendix 2, Effective and high quality PEPs ("ensure effective transition ... primary to secondary school"); the last term before the move is the library's reading`,
      },
      {
        yearGroup: '11',
        term: 'summer',
        move: 'year-11-to-post-16',
        purpose: 'transition-pep',
        notBeforeWeek: null,
        source: `${HANDBOOK}, 1a Age range of children on roll ("the transition of children ... from Year 11 to post-16 education, employment or training"); the last term before the move is the library's reading`,
      },
    ],
    reviewOnPlacementChange: { value: true, source: `${CPPCR}, reg 32(2), reg 33(3) (no significant change to the care plan before a review)` },
    alignWithEhcpAnnualReview: {
      value: true,
      source: `${NAVSH}, Appendix 2 – The personal education planning cycle, Reviewing the PEP (ensure, where a child has a statement of special educational needs, that the PEP review is linked with the annual review of the statement; now the EHCP)`,
    },
    initialPepSubmittedBy: { value: 'submission-after-meeting', source: 'No national rule: the statutory guidance sets no separate submission window for the initial PEP' },
  };
}

/**
 * The default spending vocabulary: the categories the documents name, with the words that name them
 * (whole words, any case; a phrase is words in a row). No category is disallowed here: that is a
 * council choice (`disallowedCategories`).
 */
function englandSpendCategories(): Policy['ppPlus']['categories'] {
  return {
    value: [
      { id: 'administration', words: ['admin', 'administrative'] },
      { id: 'clothing-uniform', words: ['clothing', 'clothes', 'uniform', 'shoes', 'footwear', 'coat', 'blazer', 'pe kit'] },
      { id: 'transport', words: ['taxi', 'travel', 'bus', 'buses', 'bus pass', 'train fare', 'fare', 'mileage', 'fuel', 'petrol'] },
      { id: 'tuition', words: ['tutor', 'tutoring', 'one-to-one tuition', '1:1 tuition'] },
      { id: 'staff-support', words: ['teaching assistant', 'ta', '1:1 support', 'key worker', 'key person', 'support staff'] },
      { id: 'semh-support', words: ['semh', 'wellbeing', 'well-being', 'emotional support', 'elsa', 'counselling', 'therapy', 'thrive', 'mentor', 'mentoring'] },
      { id: 'equipment', words: ['laptop', 'resources', 'books', 'stationery'] },
      { id: 'enrichment', words: ['club', 'after school', 'extra-curricular'] },
    ],
    source:
      'Bolton Virtual School PEP guidance 2021/22, Frequency Asked Questions, and Halton Virtual School PEP Policy 2023-24, Frequently Asked Questions (administration tasks, clothing or transport costs); ' +
      'Halton Virtual School PEP Policy 2023-24, Appendix B (1:1 tuition, funding for TA time, funding for 1.1 support, breakfast club); ' +
      'Barnet Virtual School PEP Guidance (one-to-one tuition; provision of a laptop); ' +
      'Milton Keynes Virtual School, Designated Teacher Handbook 2024/25, §6 (wellbeing and emotional support); ' +
      'The Virtual School Handbook (NAVSH, 2014), Buying Equipment with Pupil Premium Plus (mentoring, after school study support); ' +
      'the other words (uniform, taxi, travel and the like) are the library\'s reading of those categories',
  };
}

/** The statutory SDQ duty (the carer's annual SDQ) and the national thresholds. */
function englandSdq(): Policy['sdq'] {
  return {
    requiredFor: { minAge: 4, maxAge: 16, minMonthsInCare: 12, source: SSDA903 },
    frequency: { value: 'annual', source: `${SSDA903}; Promoting the health and well-being of looked-after children (2015)` },
    informants: { value: ['parent'], source: `${SSDA903} (main carer completes the parent/carer version)` },
    concernThreshold: { totalDifficulties: 17, source: 'DfE SDQ metric definition (LG Inform 2135): 17+ cause for concern' },
    bandScheme: { value: 'three-band', source: 'DfE SDQ metric definition (LG Inform 2135): 0–13 normal, 14–16 borderline, 17–40 concern' },
    concernNeedsSemhTarget: { value: false, source: 'No national rule; a council choice (for example Bolton Virtual School PEP guidance 2021/22)' },
    duties: [
      {
        informant: 'parent',
        frequency: 'annual',
        minAge: 4,
        maxAge: 16,
        minMonthsInCare: 12,
        pepKinds: null,
        from: null,
        source: `${SSDA903} (aged 4 to 16, looked after 12 months, the main carer's form); ${HEALTH} (at least once a year); ${NAVSH}, g) Emotional health & well-being`,
      },
    ],
  };
}

/** The preset's values, built on first use: a bundle that never reads the preset drops them. */
function englandValues(): Policy {
  return {
    id: 'england',
    name: 'England statutory defaults',
    version: '2025.1',
    effectiveFrom: null,
    source: `${CPPCR}; ${STAT_GUIDANCE}; DfE pupil premium conditions of grant for local authorities; DfE SSDA903 guide`,
    region: 'england-and-wales',
    timescales: englandTimescales(),
    pep: {
      phases: {
        value: ['early-years', 'school-age', 'post-16'],
        source: `${CPPCR}, reg 5 (no lower age limit); ${STAT_GUIDANCE} (early years to 18)`,
      },
      ageRange: {
        startAge: null,
        startAt: 'birthday',
        endAge: null,
        source: `${CPPCR}, reg 5 (every looked-after child's care plan includes a PEP: no lower age limit); Children Act 1989 s105(1) (a child is a person under 18)`,
      },
      fullTimeHoursPerWeek: {
        value: 23,
        source: `${HANDBOOK}, c) Education Placement, i) Principles underlying placement choice ("educational provision should mean a full-time place (generally taken to be 23-25 hours depending on age)"): the lower figure`,
      },
      aspirationsFromYearGroup: {
        value: '7',
        source: `${HANDBOOK}, Appendix 2 – The personal education planning cycle ("For children from the lower secondary age onwards it should also set out the longer term aspirations of the child in relation to future education, employment or training"): lower secondary is read as Year 7`,
      },
    },
    sdq: englandSdq(),
    ppPlus: {
      eligibleYearGroups: {
        value: ['R', '1', '2', '3', '4', '5', '6', '7', '8', '9', '10', '11'],
        source: `${COG}: Reception to Year 11 (aged 4 to 15 at 31 August)`,
      },
      allocationBasis: { value: 'per-request', source: `${COG}: the VSH decides how much to pass on; no national schedule` },
      perPepCap: null,
      capCorePepsOnly: { value: false, source: `${COG}: no national per-PEP rule` },
      perFinancialYearCap: null,
      perTermCap: null,
      instalments: [],
      disallowedCategories: { value: [], source: `${COG}: no national list of disallowed spending` },
      requireTargetLink: { value: true, source: `${COG}: used for the child's educational needs as described in the PEP` },
      requireCosting: { value: false, source: `${COG}: no national costing rule` },
      withholdWithoutRobustPlan: { value: false, source: `${COG}: no national withholding rule` },
      minimumQaGrade: null,
      noCarryForward: { value: true, source: `${COG}: centrally held PP+ cannot be carried into the next financial year` },
      requiredSections: { value: [], source: `${COG}: no national list of PEP sections to complete before PP+ is released` },
      // null: when PP+ is released follows allocationBasis and instalments (per request, on the PEP, here).
      release: null,
      categories: englandSpendCategories(),
    },
    targets: {
      minimumCount: { value: 1, source: `${STAT_GUIDANCE}: the PEP sets SMART targets` },
      academicTargetRequired: { value: false, source: 'No national rule; a council choice (for example Halton Virtual School PEP Policy 2023-24)' },
      balanceRequired: { value: false, source: 'No national rule; a council choice' },
      smartPassScore: { value: 4, source: 'Halton Virtual School PEP Policy 2023-24, Appendix C QA of SMART Targets (4/5 = good), used as the library default' },
      baselineRequired: { value: false, source: 'No national rule; a council choice (for example Barnet Virtual School PEP Guidance, 5. Setting SMART Outcomes)' },
      deadlineByNextPep: { value: false, source: 'No national rule; a council choice (for example Milton Keynes Virtual School, Designated Teacher Handbook 2024/25, Appendix 1)' },
    },
    qa: {
      nonNegotiables: {
        value: ['attendees-recorded', 'child-attended-or-invited', 'next-meeting-details'],
        source: 'Halton Virtual School PEP Policy 2023-24, Appendix C PEP QA Criteria (used as the library default grid)',
      },
      criteria: {
        value: ['profile', 'student-views', 'semh', 'previous-targets', 'academic-and-smart', 'ppplus-linked', 'contributors'],
        source: 'Halton Virtual School PEP Policy 2023-24, Appendix C PEP QA Criteria (used as the library default grid)',
      },
    },
    attendance: {
      concernBelowPercent: {
        value: 90,
        source: 'DfE persistent absence measure: missing 10% or more of possible sessions',
      },
    },
  };
}

/**
 * Statutory defaults for England: law, statutory guidance and DfE grant and data rules only.
 * No caps, instalments or disallowed categories (those are council choices). Frozen and trusted
 * where it is defined, because it is the gate's one fallback and modules import it directly.
 * @example
 * import { policies } from 'pep-rules/policy';
 * policies.england.timescales.firstCareReview;
 * //=> { n: 20, unit: 'working-days', source: 'Care Planning, Placement and Case Review (England) Regulations 2010, reg 33(1)' }
 */
export const england: Policy = /* @__PURE__ */ _trustPolicy(/* @__PURE__ */ _deepFreeze(/* @__PURE__ */ englandValues()));
