import type { Finding } from '../core/finding';
import type { IsoDate } from '../core/isoDate';
import type { SchoolCalendar } from '../deadlines/createSchoolCalendar';
import type { NonNegotiableId, Policy, QaCriterionId } from '../policy/schema';
import type { PpPlusRequestCheck } from '../funding/index';
import type { PepFacts } from '../pep/facts';
import type { SmartReport, TargetSetReport } from '../smart/index';
import type { Pep } from '../pep/schema';

import type { QaGrade } from '../core/enums';
export type { QaGrade };

/** How one QA criterion is rated. */
export type QaRating = 'green' | 'amber' | 'red' | 'not-applicable';

/** Options for {@link validatePep}, {@link gradePep} and {@link assessPep}. */
export interface ValidatePepOptions {
  /** Council policy; default `policies.england`. */
  readonly policy?: Policy;
  /** "Today", `'YYYY-MM-DD'`. Rules that compare with today (overdue next meeting, stale SDQ) are skipped without it. */
  readonly today?: IsoDate;
  /**
   * The school's calendar, for policies that count in school days (Halton, Bolton: submission within
   * 10 school days). Without it school days are counted as working days (see docs/rules.md).
   */
  readonly calendar?: SchoolCalendar;
  /**
   * How much explanation to build: `'full'` (the default) gives every finding's message and source and
   * each SMART criterion's evidence and advice; `'codes'` (bulk CI runs) gives the same codes,
   * severities, paths, ratings and grade, with every finding's `message` `''`, no `source`, and no
   * SMART `evidence` (empty) or `advice`; rule messages are then never built.
   */
  readonly detail?: 'full' | 'codes';
  /**
   * Bounded output: when one code is found more than this many times in a PEP (default 50), its
   * findings become one finding with `count` and the first `paths` (see `collapseRepeatedFindings`).
   * `Infinity` keeps every finding.
   */
  readonly findingsPerCode?: number;
  /**
   * A per-record limit (default 500, after `findingsPerCode`): beyond it the first findings are kept
   * (errors first) and one `FINDINGS-LIMIT-REACHED` info finding counts the rest. `Infinity` keeps all.
   */
  readonly maxFindings?: number;
}

/** Options for {@link gradePep}. */
export type GradePepOptions = ValidatePepOptions;
/** Options for {@link assessPep}. */
export type AssessPepOptions = ValidatePepOptions;

/** What {@link validatePep} returns. */
export interface ValidatePepResult {
  /** `true` when no finding is an error. */
  readonly valid: boolean;
  /** The parsed PEP, when the schema accepted it. */
  readonly pep?: Pep;
  /** Schema findings, or every rule's findings, errors first. */
  readonly findings: readonly Finding[];
}

/** One non-negotiable of the QA grid, with the findings that decided it. */
export interface NonNegotiableResult {
  readonly id: NonNegotiableId;
  readonly label: string;
  readonly met: boolean;
  readonly findings: readonly Finding[];
}

/** One criterion of the QA grid, with the findings that decided it. */
export interface CriterionResult {
  readonly id: QaCriterionId;
  readonly label: string;
  readonly rating: QaRating;
  readonly findings: readonly Finding[];
}

/** One concrete check of "personalised" (needed for Gold). */
export interface PersonalisationCheck {
  readonly id: 'child-voice' | 'aspirations' | 'targets-baselined' | 'targets-fully-planned' | 'targets-smart';
  readonly label: string;
  readonly met: boolean;
}

/** A graded PEP. */
export interface GradeReport {
  readonly ok: true;
  readonly grade: QaGrade;
  /** The non-negotiables the policy uses, in grid order. */
  readonly nonNegotiables: readonly NonNegotiableResult[];
  /** The criteria the policy uses, in grid order. */
  readonly criteria: readonly CriterionResult[];
  /** The Gold checks: every one must be met (on top of a Green PEP). */
  readonly personalised: { readonly met: boolean; readonly checks: readonly PersonalisationCheck[] };
  /** The SMART report of each target, in the PEP's order. */
  readonly targets: readonly SmartReport[];
  /** The action plan is robust (used for the PP+ hook): enough targets, each passing the SMART check. */
  readonly robustPlan: boolean;
  /** Plain English, no personal data. */
  readonly summary: string;
}

/** What {@link gradePep} returns: a report, or the schema's findings and no grade. */
export type GradePepResult = GradeReport | { readonly ok: false; readonly findings: readonly Finding[] };

/**
 * What {@link assessPep} returns: one flat result from one pass. `pep`, `facts`, `targets` and
 * `grade` are `null` when the data is not a PEP (or the policy is not valid): `findings` says why.
 */
export interface AssessPepResult {
  /** `true` when no finding is an error. */
  readonly valid: boolean;
  /** The parsed PEP. */
  readonly pep: Pep | null;
  /** What every judgement was made from: age, year group, term, time in care, SDQ duties, SEMH, schedule… */
  readonly facts: PepFacts | null;
  /** Every finding (schema, rules, PP+ funding), errors first. */
  readonly findings: readonly Finding[];
  /** The SMART check of the target set (one report per target). */
  readonly targets: TargetSetReport | null;
  /** The QA grade (Halton grid). */
  readonly grade: GradeReport | null;
  /** The PP+ request check, made after grading; `null` when the PEP requests no PP+. */
  readonly funding: PpPlusRequestCheck | null;
}
