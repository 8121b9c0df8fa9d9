/**
 * Shared vocabularies used by the PEP schema, policies and rules. Each is a frozen tuple so it
 * can drive both a TypeScript union and a zod enum.
 */

/** Bank-holiday regions, as the GOV.UK feed divides them (Wales uses England and Wales). */
export const REGIONS = /* @__PURE__ */ Object.freeze(['england-and-wales', 'scotland', 'northern-ireland'] as const);
/** A bank-holiday region. */
export type Region = (typeof REGIONS)[number];

/** The three PEP phases (Barnet PEP Guidance: Early Years, Year 1–11, Post 16). */
export const PHASES = /* @__PURE__ */ Object.freeze(['early-years', 'school-age', 'post-16'] as const);
/** A PEP phase. */
export type Phase = (typeof PHASES)[number];

/** Kinds of PEP meeting. */
export const PEP_KINDS = /* @__PURE__ */ Object.freeze(['initial', 'termly', 'review', 'transition', 'placement-change'] as const);
/** A kind of PEP. */
export type PepKind = (typeof PEP_KINDS)[number];

/** School terms. */
export const TERMS = /* @__PURE__ */ Object.freeze(['autumn', 'spring', 'summer'] as const);
/** A school term. */
export type Term = (typeof TERMS)[number];

/**
 * PEP quality grades, best first (Halton Virtual School PEP Policy 2023-24, Appendix C: Gold /
 * Outstanding, Green / Good, Amber / Requires improvement, Red / Inadequate). The one definition:
 * the QA grid, PP+ gates, policies and the cohort report all use it.
 */
export const QA_GRADES = /* @__PURE__ */ Object.freeze(['gold', 'green', 'amber', 'red'] as const);
/** A PEP quality grade. */
export type QaGrade = (typeof QA_GRADES)[number];

/** Roles of people at a PEP meeting. */
export const ATTENDEE_ROLES = /* @__PURE__ */ Object.freeze([
  'designated-teacher',
  'social-worker',
  'carer',
  'child',
  'virtual-school',
  'parent',
  'iro',
  'senco',
  'teacher',
  'other',
] as const);
/** An attendee's role. */
export type AttendeeRole = (typeof ATTENDEE_ROLES)[number];

/** National curriculum year groups: nursery 1 and 2, reception, then Years 1 to 13. */
export const YEAR_GROUPS = /* @__PURE__ */ Object.freeze([
  'N1', 'N2', 'R', '1', '2', '3', '4', '5', '6', '7', '8', '9', '10', '11', '12', '13',
] as const);
/** A national curriculum year group. */
export type YearGroup = (typeof YEAR_GROUPS)[number];

/** Areas a PEP target can address (Bolton's target bank areas of need, Bolton PEP guidance 2021/22, plus post-16). */
export const TARGET_AREAS = /* @__PURE__ */ Object.freeze([
  'academic',
  'semh',
  'attendance',
  'communication',
  'sensory-physical',
  'independence',
  'post-16',
  'other',
] as const);
/** A target area. */
export type TargetArea = (typeof TARGET_AREAS)[number];

/** Outcomes recorded for a previous target (Barnet's five-point scale sits beside it, Barnet PEP Guidance). */
export const TARGET_OUTCOMES = /* @__PURE__ */ Object.freeze(['achieved', 'partly-achieved', 'not-achieved'] as const);
/** A previous target's outcome. */
export type TargetOutcome = (typeof TARGET_OUTCOMES)[number];

/** Progress against expectations, as recorded in attainment tables. */
export const PROGRESS_LEVELS = /* @__PURE__ */ Object.freeze(['far-below', 'below', 'in-line', 'above', 'far-above'] as const);
/** A progress judgement. */
export type ProgressLevel = (typeof PROGRESS_LEVELS)[number];

/** SEN status. */
export const SEN_STATUSES = /* @__PURE__ */ Object.freeze(['none', 'sen-support', 'ehcp'] as const);
/** A SEN status. */
export type SenStatus = (typeof SEN_STATUSES)[number];

/** SDQ informants. */
export const SDQ_INFORMANTS = /* @__PURE__ */ Object.freeze(['parent', 'teacher', 'self'] as const);
/** An SDQ informant: parent (or carer), teacher, or the young person (self-report, 11–17). */
export type SdqInformant = (typeof SDQ_INFORMANTS)[number];

/** Routes by which a child left care and is "previously looked after" (PP+ conditions of grant). */
export const PREVIOUSLY_LOOKED_AFTER_ROUTES = /* @__PURE__ */ Object.freeze([
  'adoption',
  'special-guardianship',
  'child-arrangements',
  'adopted-from-abroad',
] as const);
/** A previously-looked-after route. */
export type PreviouslyLookedAfterRoute = (typeof PREVIOUSLY_LOOKED_AFTER_ROUTES)[number];

/**
 * SSDA903 legal status codes (DfE children looked after return), with short descriptions.
 * Source: DfE SSDA903 guide, legal status code set.
 */
export const LEGAL_STATUS_CODES = /* @__PURE__ */ Object.freeze({
  C1: 'Interim care order',
  C2: 'Full care order',
  D1: 'Freeing order granted',
  E1: 'Placement order granted',
  J1: 'Remanded to local authority accommodation or youth detention accommodation',
  J2: 'Placed in local authority accommodation under PACE',
  J3: 'Sentenced to a youth rehabilitation order with residence or intensive fostering requirement',
  L1: 'Under police protection and in local authority accommodation',
  L2: 'Emergency protection order',
  L3: 'Under child assessment order and in local authority accommodation',
  V2: 'Single period of accommodation under section 20 (Children Act 1989)',
  V3: 'Accommodated under an agreed series of short-term breaks, when individual episodes are recorded',
  V4: 'Accommodated under an agreed series of short-term breaks, when agreements are recorded',
} as const);
/** An SSDA903 legal status code. */
export type LegalStatusCode = keyof typeof LEGAL_STATUS_CODES;
/** The SSDA903 legal status codes as a tuple. */
export const LEGAL_STATUS_CODE_LIST = /* @__PURE__ */ Object.freeze(/* @__PURE__ */ Object.keys(LEGAL_STATUS_CODES) as LegalStatusCode[]);
