import * as z from 'zod/mini';
import { QA_GRADES, PEP_KINDS, PHASES, SDQ_INFORMANTS, TERMS, YEAR_GROUPS, REGIONS } from '../core/enums';

// zod/mini (not the classic chained API) keeps consumers' bundles small. Every object is strict:
// an unknown key (a typo such as `perTermcap`) is an error, never silently ignored.
/**
 * A citation: the council document and section, or the statute, that a policy value comes from. Empty is
 * `POLICY-REQUIRED`; blank (spaces only) is `POLICY-SOURCE-MISSING`, as a missing citation is.
 */
const Source = z.string().check(
  z.minLength(1, { abort: true }),
  z.refine((v: string) => v.trim() !== '', {
    message: 'is blank: cite the council document and section, or the statute, the value comes from',
    params: { code: 'SOURCE-MISSING' },
  }),
  // Not blank, in every regex engine: a character outside JavaScript's whitespace (what trim()
  // removes), listed out because `\S` differs between engines (Python's counts U+001C-U+001F and
  // U+0085 as space, but not U+FEFF).
  z.meta({ pattern: '[^\\t\\n\\v\\f\\r \\u00a0\\u1680\\u2000-\\u200a\\u2028\\u2029\\u202f\\u205f\\u3000\\ufeff]' }),
);
/*
 * Patterns mean the same in every regex engine a JSON Schema host may use (ECMAScript for ajv,
 * Python's `re` for jsonschema): `[0-9]`, never `\d`, and no `$` left to pass a trailing newline
 * (Python's `$` matches before one): a fixed-length pattern carries its length, a variable-length
 * one a `not` pattern rejecting any character outside its class (docs/json-schema.md).
 */
// A real calendar date YYYY-MM-DD, leap years included: zod's own date pattern with digits as [0-9]
// and without year 0000, which Python's date type (and so jsonschema's format checker) refuses.
const ISO_DATE =
  /^(?:(?:[0-9]{2}(?:[2468][048]|[13579][26]|0[48])|(?:0[48]|[2468][048]|[13579][26])00)-02-29|(?:[1-9][0-9]{3}|0[1-9][0-9]{2}|00[1-9][0-9]|000[1-9])-(?:(?:0[13578]|1[02])-(?:0[1-9]|[12][0-9]|3[01])|(?:0[469]|11)-(?:0[1-9]|[12][0-9]|30)|02-(?:0[1-9]|1[0-9]|2[0-8])))$/;
const IsoDateString = z.stringFormat('date', ISO_DATE).check(z.meta({ minLength: 10, maxLength: 10 }));
const intBetween = (min: number, max: number) => z.int().check(z.minimum(min), z.maximum(max));
const between = (min: number, max: number) => z.number().check(z.minimum(min), z.maximum(max));
const nonEmpty = () => z.string().check(z.minLength(1));
/** Pounds, 0 to 1,000,000, at most two decimal places (a refinement JSON Schema cannot state portably). */
const pounds = () =>
  between(0, 1_000_000).check(
    z.refine((v: number) => Math.round(v * 100) / 100 === v, { message: 'must have at most two decimal places' }),
  );
const twoDigits = (n: number) => String(n).padStart(2, '0');
/** The JSON Schema's academic-year pattern: two consecutive years (2024/25, 2099/00), as the refinement below checks. */
const CONSECUTIVE_YEARS = `^[0-9]{2}(?:${Array.from({ length: 100 }, (_, n) => `${twoDigits(n)}/${twoDigits((n + 1) % 100)}`).join('|')})$`;

/** Units a policy duration can be written in. Keep the unit: never a bare number of days. */
export const DURATION_UNITS = Object.freeze(['working-days', 'school-days', 'calendar-days', 'weeks', 'months'] as const);

/** A duration with its unit and source, e.g. `{ n: 10, unit: 'working-days', source: 'CPPCR 2010 reg 4(2)' }`. */
export const DurationSchema = z.strictObject({
  n: intBetween(0, 3660),
  unit: z.enum(DURATION_UNITS),
  source: Source,
});

/** An amount of money in pounds (at most 2 decimal places) with its source. */
export const MoneySchema = z.strictObject({
  pounds: pounds(),
  source: Source,
});

/** A whole number with its source. */
export const CountSchema = z.strictObject({ value: intBetween(0, 1000), source: Source });

/** A yes/no rule with its source. */
export const SwitchSchema = z.strictObject({ value: z.boolean(), source: Source });

/** A percentage with its source. */
export const PercentSchema = z.strictObject({ value: between(0, 100), source: Source });

const TermlyDeadline = z.strictObject({
  academicYear: z.string().check(
    z.regex(/^[0-9]{4}\/[0-9]{2}$/, { message: "an academic year written '2024/25'", abort: true }),
    z.refine((v: string) => Number(v.slice(5)) === (Number(v.slice(0, 4)) + 1) % 100, {
      message: "must name two consecutive years, written '2024/25'",
      params: { code: 'FORMAT' },
    }),
    z.meta({ minLength: 7, maxLength: 7, pattern: CONSECUTIVE_YEARS }),
  ),
  term: z.enum(TERMS),
  date: IsoDateString,
  source: Source,
});

const Instalment = z.strictObject({
  label: nonEmpty(),
  /** First month of the window, 1-12 (April = 4). */
  fromMonth: intBetween(1, 12),
  /** Last month of the window, 1-12; may wrap past December (September-March = 9 to 3). */
  toMonth: intBetween(1, 12),
  pounds: pounds(),
  source: Source,
});

const QA_CRITERIA = [
  'profile',
  'student-views',
  'semh',
  'previous-targets',
  'academic-and-smart',
  'ppplus-linked',
  'contributors',
] as const;

const NON_NEGOTIABLES = ['attendees-recorded', 'child-attended-or-invited', 'next-meeting-details'] as const;

/** How often an SDQ is due (see `sdqRequirement`). */
export const SDQ_FREQUENCIES = Object.freeze(['annual', 'before-each-core-pep', 'termly'] as const);

const INITIAL_SUBMISSION = ['submission-after-meeting', 'complete-initial-pep'] as const;

/**
 * When PEPs start and end: `startAge` (`null`: no lower age, as the law sets none), counted from
 * that birthday (`startAt: 'birthday'`) or from the start of the term after it
 * (`'term-after-birthday'`); `endAge`: no PEP from that birthday (`null`: until care ends at 18).
 */
const PepAgeRange = z.strictObject({
  startAge: z.nullable(intBetween(0, 18)),
  startAt: z.enum(['birthday', 'term-after-birthday']),
  endAge: z.nullable(intBetween(1, 25)),
  source: Source,
});

/** One SDQ duty: an informant, how often, for which ages and time in care, from when, at which PEPs. */
const SdqDuty = z.strictObject({
  informant: z.enum(SDQ_INFORMANTS),
  frequency: z.enum(SDQ_FREQUENCIES),
  /** Ages, inclusive, on the date. */
  minAge: intBetween(0, 18),
  maxAge: intBetween(0, 18),
  /** Calendar months in care before the duty starts (0: from entering care). */
  minMonthsInCare: intBetween(0, 120),
  /** The PEP kinds that must carry it (`null`: any PEP). */
  pepKinds: z.nullable(z.array(z.enum(PEP_KINDS)).check(z.minLength(1))),
  /** The date the duty took effect (`null`: always). */
  from: z.nullable(IsoDateString),
  source: Source,
});

/** What a transition PEP prepares the child for: the move to secondary school, or from Year 11 to post-16 education, employment or training. */
export const TRANSITION_MOVES = Object.freeze(['primary-to-secondary', 'year-11-to-post-16'] as const);
/** What a PEP of a transition timeline is for: identify transition needs, the transition PEP itself, or settling in after the move. */
export const TRANSITION_PURPOSES = Object.freeze(['identify-needs', 'transition-pep', 'settling-in'] as const);

/** A PEP with a transition focus in one term of one year group (`timescales.transitionPeps`). */
const TransitionPep = z.strictObject({
  yearGroup: z.enum(YEAR_GROUPS),
  term: z.enum(TERMS),
  move: z.enum(TRANSITION_MOVES),
  purpose: z.enum(TRANSITION_PURPOSES),
  /** Held from this week of the term onwards (`null`: any time in the term). */
  notBeforeWeek: z.nullable(intBetween(1, 16)),
  source: Source,
});

/** The QA criteria a policy can switch on or off (Halton Virtual School PEP Policy 2023-24, Appendix C, PEP QA grid). */
export const QA_CRITERION_IDS = Object.freeze(QA_CRITERIA);
/** The non-negotiables a policy can require (Halton Virtual School PEP Policy 2023-24, Appendix C, PEP QA grid). */
export const NON_NEGOTIABLE_IDS = Object.freeze(NON_NEGOTIABLES);

/** Sections of a PEP a policy can require before any PP+ is released: the recorded views (`views.<who>.text`). */
const PP_PLUS_SECTIONS = ['child-views', 'social-worker-views', 'carer-views', 'designated-teacher-views'] as const;

/** When PP+ is released: once the PEP is approved, termly, or in instalment windows (`ppPlus.release.timing`). */
const RELEASE_TIMINGS = ['on-pep', 'termly', 'instalments'] as const;

/** A spending category and the words or phrases that name it (matched as whole words, in any case). */
const SpendCategory = z.strictObject({
  id: z.string().check(
    z.regex(/^[a-z][a-z0-9-]*$/, { message: 'a lower-case identifier such as "clothing-uniform"' }),
    z.maxLength(60),
    z.meta({ not: { pattern: '[^a-z0-9-]' } }),
  ),
  // A word needs a letter or digit to match anything: an ASCII one, so JSON Schema hosts check the same pattern.
  words: z.array(z.string().check(z.minLength(1), z.maxLength(60), z.regex(/[A-Za-z0-9]/, { message: 'a word with a letter or digit (A-Z, 0-9); without one it matches nothing' }))).check(z.maxLength(100)),
});

/** Tokens of a vocabulary entry: runs of letters and digits, lower-cased (as the funding module reads request text). */
const vocabularyKey = (s: string): string => (s.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []).join(' ');

type PpPlusShape = {
  allocationBasis: { value: string };
  instalments: readonly unknown[];
  release: { timing: (typeof RELEASE_TIMINGS)[number] } | null;
  categories: { value: readonly { id: string; words: readonly string[] }[] };
};
type Issue = (message: string, path: (string | number)[]) => void;

/** Release timing agrees with the older fields; nothing a policy sets is left unread (see `ppPlus.release`). */
function checkRelease(pp: PpPlusShape, issue: Issue): void {
  const timing = pp.release?.timing;
  if (timing === undefined) return;
  if (timing === 'instalments' && pp.instalments.length === 0) issue("says 'instalments' but no instalment windows are given in ppPlus.instalments", ['release', 'timing']);
  if (timing !== 'instalments' && pp.instalments.length > 0) issue(`are given but release.timing is '${timing}', so they would be ignored: set release.timing to 'instalments' or clear the windows`, ['instalments']);
  const basis = pp.allocationBasis.value;
  if ((basis === 'termly' || basis === 'instalments') && basis !== timing) issue(`says '${basis}' but release.timing is '${timing}': set release.timing (the older allocationBasis only describes)`, ['allocationBasis', 'value']);
}

/** Each category id once; each word names one category (a word with no letter or digit is refused by its pattern). */
function checkVocabulary(pp: PpPlusShape, issue: Issue): void {
  const owner = new Map<string, string>();
  pp.categories.value.forEach((c, i) => {
    [c.id, ...c.words].forEach((w, j) => {
      const key = vocabularyKey(w);
      const at = j === 0 ? ['categories', 'value', i, 'id'] : ['categories', 'value', i, 'words', j - 1];
      if (key === '') return;
      if (owner.has(key) && owner.get(key) !== c.id) issue('already names another category; each word names one category', at);
      else if (j === 0 && owner.get(key) === c.id) issue('is a category id given twice', at);
      else owner.set(key, c.id);
    });
  });
}

/** The cross-field rules of `ppPlus` (release timing, vocabulary), as POLICY-INVALID at the field. */
const ppPlusRules = z.superRefine((pp: PpPlusShape, ctx) => {
  const issue: Issue = (message, path) => ctx.addIssue({ code: 'custom', message, path, params: { code: 'INVALID' } });
  checkRelease(pp, issue);
  checkVocabulary(pp, issue);
});

/** The zod schema of a council `Policy`. Every number carries its `source`. */
export const PolicySchema = z.strictObject({
  id: z.string().check(
    z.regex(/^[a-z][a-zA-Z0-9-]*$/, { message: 'an identifier such as "miltonKeynes" or "my-council"' }),
    z.maxLength(100),
    z.meta({ not: { pattern: '[^a-zA-Z0-9-]' } }),
  ),
  name: nonEmpty(),
  version: nonEmpty(),
  effectiveFrom: z.nullable(IsoDateString),
  source: Source,
  region: z.enum(REGIONS),
  timescales: z.strictObject({
    /** PEP initiated after becoming looked after. */
    initiatePep: DurationSchema,
    /** Initial PEP completed after becoming looked after (null when the policy sets no separate figure). */
    completeInitialPep: z.nullable(DurationSchema),
    /** First care-plan review after becoming looked after (the PEP must be available for it). */
    firstCareReview: DurationSchema,
    /** Second review after the first. */
    secondCareReview: DurationSchema,
    /** Interval between later reviews. */
    laterCareReviews: DurationSchema,
    /** The designated teacher submits the PEP after the meeting. */
    submissionAfterMeeting: z.nullable(DurationSchema),
    /** The updated PEP reaches every participant after the meeting. */
    distributionAfterMeeting: z.nullable(DurationSchema),
    /** The PEP is allocated to the designated teacher before the meeting. */
    allocationBeforeMeeting: z.nullable(DurationSchema),
    /** Reminders before a meeting. */
    remindersBeforeMeeting: z.array(DurationSchema),
    /** How often a PEP is reviewed. */
    pepFrequency: z.strictObject({ value: z.enum(['termly', 'twice-yearly', 'yearly']), source: Source }),
    /** Core and review PEPs in a year (null when every PEP is the same kind). */
    pepsPerYear: z.nullable(z.strictObject({ core: intBetween(0, 6), review: intBetween(0, 6), source: Source })),
    /** Termly deadline dates by academic year. */
    termlyDeadlines: z.array(TermlyDeadline),
    /** A review is due when the school or care placement changes. */
    reviewOnPlacementChange: SwitchSchema,
    /** One PEP a year coincides with the EHCP annual review. */
    alignWithEhcpAnnualReview: SwitchSchema,
    /** A school place is secured within this time of the child being without one (`null` or absent: no figure). */
    secureSchoolPlace: z.optional(z.nullable(DurationSchema)),
    /** Full-time education is provided from this school day of a suspension (`null` or absent: no rule). */
    suspensionProvisionFromDay: z.optional(z.nullable(z.strictObject({ day: intBetween(1, 45), source: Source }))),
    /** PEPs with a transition focus, by year group and term (absent: none). */
    transitionPeps: z.optional(z.array(TransitionPep).check(z.maxLength(20))),
    /**
     * Which deadline the initial PEP is submitted by: `'submission-after-meeting'` (the same window
     * from the meeting as every later PEP) or `'complete-initial-pep'` (`completeInitialPep` from
     * entering care; `submissionAfterMeeting` then applies to the PEPs after the initial one).
     */
    initialPepSubmittedBy: z.strictObject({ value: z.enum(INITIAL_SUBMISSION), source: Source }),
  }),
  pep: z.strictObject({
    /** Phases the virtual school runs PEPs for. */
    phases: z.strictObject({ value: z.array(z.enum(PHASES)).check(z.minLength(1)), source: Source }),
    /** The ages the virtual school runs PEPs for: no termly PEP is due before `start` or from the `endAge` birthday. */
    ageRange: PepAgeRange,
    /** Weekly hours below which school-age education is not full-time (`null` or absent: no threshold). */
    fullTimeHoursPerWeek: z.optional(z.nullable(z.strictObject({ value: between(1, 60), source: Source }))),
    /** The PEP records the child's longer term aspirations from this year group on (`null` or absent: not asked). */
    aspirationsFromYearGroup: z.optional(z.nullable(z.strictObject({ value: z.enum(YEAR_GROUPS), source: Source }))),
  }),
  sdq: z.strictObject({
    /** Who needs an SDQ: age range inclusive on the date, and months in care. */
    requiredFor: z.strictObject({
      minAge: intBetween(0, 18),
      maxAge: intBetween(0, 18),
      minMonthsInCare: intBetween(0, 120),
      source: Source,
    }),
    /** How often an SDQ is due. */
    frequency: z.strictObject({ value: z.enum(SDQ_FREQUENCIES), source: Source }),
    /** Informants whose SDQ the PEP should carry. */
    informants: z.strictObject({ value: z.array(z.enum(SDQ_INFORMANTS)), source: Source }),
    /** Total difficulties at or above this is a concern. */
    concernThreshold: z.strictObject({ totalDifficulties: intBetween(0, 40), source: Source }),
    /** Which band scheme the council reports. */
    bandScheme: z.strictObject({ value: z.enum(['four-band', 'three-band']), source: Source }),
    /** A concern-level SDQ must be answered by a SEMH target. */
    concernNeedsSemhTarget: SwitchSchema,
    /**
     * Who completes an SDQ, how often, for which ages and time in care, and for which PEPs: one duty
     * per informant and rule. `requiredFor`, `frequency` and `informants` are the older single rule
     * (deprecated): a policy that changes them and not `duties` has its duties made from them.
     */
    duties: z.array(SdqDuty).check(z.maxLength(20)),
  }),
  ppPlus: z.strictObject({
    /** Year groups the virtual school funds. */
    eligibleYearGroups: z.strictObject({ value: z.array(z.enum(YEAR_GROUPS)), source: Source }),
    /** How funding is allocated. */
    allocationBasis: z.strictObject({
      value: z.enum(['per-request', 'per-core-pep', 'termly', 'instalments']),
      source: Source,
    }),
    /** Cap per PEP (per core PEP when `capCorePepsOnly`). */
    perPepCap: z.nullable(MoneySchema),
    /** Only core PEPs may request funding. */
    capCorePepsOnly: SwitchSchema,
    /** Cap per financial year (1 April - 31 March). */
    perFinancialYearCap: z.nullable(MoneySchema),
    /** Cap per term. */
    perTermCap: z.nullable(MoneySchema),
    /** Payment windows within the financial year. */
    instalments: z.array(Instalment),
    /** Spending categories PP+ may not fund. */
    disallowedCategories: z.strictObject({ value: z.array(nonEmpty()), source: Source }),
    /** Each request must name an existing SMART target. */
    requireTargetLink: SwitchSchema,
    /** Each request must be fully costed (a breakdown that adds up). */
    requireCosting: SwitchSchema,
    /** Funding is withheld when the PEP has no robust action plan. */
    withholdWithoutRobustPlan: SwitchSchema,
    /** Funding is withheld below this QA grade (null: no grade condition). */
    minimumQaGrade: z.nullable(z.strictObject({ value: z.enum(QA_GRADES), source: Source })),
    /** Centrally held funds cannot be carried into the next financial year. */
    noCarryForward: SwitchSchema,
    /** Sections that must be complete before any PP+ is released: a PEP without them is returned (`PPPLUS-WITHHELD-SECTIONS-MISSING`). */
    requiredSections: z.strictObject({ value: z.array(z.enum(PP_PLUS_SECTIONS)), source: Source }),
    /**
     * When PP+ is released: `'on-pep'` (once the PEP is approved), `'termly'` (for the PEP's term, sent at
     * the start of the next term) or `'instalments'` (the window of `instalments` holding the meeting date).
     * `null`: worked out from the older fields, as before: windows in `instalments` -> instalments;
     * `allocationBasis` termly -> termly; otherwise on-pep. A timing that contradicts them is an error.
     */
    release: z.nullable(z.strictObject({ timing: z.enum(RELEASE_TIMINGS), source: Source })),
    /**
     * The spending vocabulary: categories with the words that name them. A request's category or
     * description is matched on whole words; `disallowedCategories` names categories of it.
     */
    categories: z.strictObject({ value: z.array(SpendCategory).check(z.maxLength(100)), source: Source }),
  }).check(ppPlusRules),
  targets: z.strictObject({
    /** Fewest targets an action plan may have. */
    minimumCount: CountSchema,
    /** At least one academic target. */
    academicTargetRequired: SwitchSchema,
    /** Both academic and personal (non-academic) targets. */
    balanceRequired: SwitchSchema,
    /** SMART criteria that must be met for a target to pass (out of 5 judged). */
    smartPassScore: CountSchema,
    /** Each target records its baseline (absent: not required). */
    baselineRequired: z.optional(SwitchSchema),
    /** Each target's deadline falls on or before the next PEP meeting (absent: not required). */
    deadlineByNextPep: z.optional(SwitchSchema),
  }),
  qa: z.strictObject({
    /** Non-negotiables in use. */
    nonNegotiables: z.strictObject({ value: z.array(z.enum(NON_NEGOTIABLES)), source: Source }),
    /** Criteria in use. */
    criteria: z.strictObject({ value: z.array(z.enum(QA_CRITERIA)), source: Source }),
  }),
  attendance: z.strictObject({
    /** Attendance below this percentage is a concern. */
    concernBelowPercent: PercentSchema,
  }),
});

/** A council policy: every council-specific number, with its source. */
export type Policy = z.infer<typeof PolicySchema>;
/** A duration with unit and source. */
export type PolicyDuration = z.infer<typeof DurationSchema>;
/** A duration unit. */
export type DurationUnit = (typeof DURATION_UNITS)[number];
/** A QA criterion id. */
export type QaCriterionId = (typeof QA_CRITERIA)[number];
/** A non-negotiable id. */
export type NonNegotiableId = (typeof NON_NEGOTIABLES)[number];
/** What a transition PEP prepares the child for. */
export type TransitionMove = (typeof TRANSITION_MOVES)[number];
/** What a PEP of a transition timeline is for. */
export type TransitionPurpose = (typeof TRANSITION_PURPOSES)[number];
/** One transition PEP of a policy (`policy.timescales.transitionPeps`). */
export type PolicyTransitionPep = z.infer<typeof TransitionPep>;
/** One SDQ duty of a policy (`policy.sdq.duties`). */
export type PolicySdqDuty = z.infer<typeof SdqDuty>;
/** When a policy's PEPs start and end (`policy.pep.ageRange`). */
export type PolicyPepAgeRange = z.infer<typeof PepAgeRange>;

/** A section a policy can require before PP+ is released (Halton Virtual School PEP Policy 2023-24, Process: the voices of the child, social worker and carer). */
export type PpPlusSectionId = (typeof PP_PLUS_SECTIONS)[number];
/** When PP+ is released. */
export type PpPlusReleaseTiming = (typeof RELEASE_TIMINGS)[number];

/** Deep-partial overrides for {@link definePolicy}: arrays replace, objects merge. */
export type PolicyOverrides = DeepPartial<Policy>;
/** What `definePolicy` takes: a council's values over a base policy (the same as {@link PolicyOverrides}). */
export type PolicyInput = PolicyOverrides;
type DeepPartial<T> = T extends readonly (infer U)[]
  ? readonly U[]
  : T extends object
    ? { [K in keyof T]?: DeepPartial<T[K]> | null }
    : T;
