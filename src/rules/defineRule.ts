import type { PepKind, Phase } from '../core/enums';
import type { PathSegment, Severity } from '../core/finding';
import type { IsoDate } from '../core/isoDate';
import type { PepFacts } from '../pep/facts';
import type { Pep } from '../pep/schema';
import type { NonNegotiableId, Policy, QaCriterionId } from '../policy/schema';
import type { TargetSetReport } from '../smart/types';

/**
 * Structural values a rule hands to its message: codes, counts, roles, thresholds. Never names,
 * dates of birth, UPNs or free text from the PEP.
 */
export type RuleParams = Readonly<Record<string, string | number>>;

/** Where a rule found a problem, and the structural values its message needs. */
export interface RuleHit<P extends RuleParams = RuleParams> {
  readonly path?: readonly PathSegment[];
  readonly params?: P;
}

/** Which PEPs a rule applies to; an omitted list means every phase (or kind). */
export interface RuleAppliesTo {
  readonly phases?: readonly Phase[];
  readonly kinds?: readonly PepKind[];
}

/** What every rule's `check` receives besides the PEP. */
export interface RuleContext {
  readonly policy: Policy;
  /** "Today"; rules that need it are skipped without it. */
  readonly today?: IsoDate;
  /** The PEP's facts, derived once (derivePepFacts) and read by every rule and by the QA grid. */
  readonly facts: PepFacts;
  /** The SMART check of the target set, run once per PEP. */
  readonly targets: TargetSetReport;
  /** Per target: it misses no more SMART criteria than `policy.targets.smartPassScore` allows. */
  readonly smartPass: readonly boolean[];
}

/**
 * The parts of each QA criterion (Halton Virtual School PEP Policy 2023-24, Appendix C, the PEP QA
 * grid) that rules feed. The grid rates a criterion from which of its parts have findings.
 */
export interface QaElements {
  readonly profile:
    | 'attendance'
    | 'sen-status'
    | 'education-hours'
    | 'exclusions'
    | 'alternative-provision'
    | 'early-years'
    | 'post-16-destination'
    | 'post-16-guidance'
    | 'transition'
    | 'ehcp-review';
  readonly 'student-views': 'missing' | 'detail';
  readonly semh: 'needs' | 'interventions' | 'sdq' | 'semh-target';
  readonly 'previous-targets': 'missing' | 'evidence';
  readonly 'academic-and-smart': 'data-missing' | 'data-partial' | 'targets-missing' | 'not-smart' | 'set';
  readonly 'ppplus-linked': 'link';
  readonly contributors: 'missing' | 'detail';
}

/**
 * What a rule's findings count towards in the QA grid: a non-negotiable, or one part of a criterion.
 * `countsWhen` says when the part is expected of this PEP at all (default: whenever the rule applies).
 */
export type RuleQaRole =
  | { readonly nonNegotiable: NonNegotiableId }
  | {
      [C in QaCriterionId]: {
        readonly criterion: C;
        readonly element: QaElements[C];
        readonly countsWhen?: (pep: Pep, ctx: RuleContext) => boolean;
      };
    }[QaCriterionId];

/** The public description of a rule, as listed in `rules` and the README table. */
export interface RuleInfo {
  /** Stable code, `PEP-…`, never renamed or reused. */
  readonly code: string;
  readonly severity: Severity;
  readonly description: string;
  /** Seed file and section, or the statute, the rule comes from. */
  readonly source: string;
  readonly appliesTo: RuleAppliesTo;
}

/** A rule as written in `src/rules/checks/<name>.ts`. */
export interface RuleDefinition<P extends RuleParams = RuleParams> extends RuleInfo {
  /** The finding's message, built from the hit's params only. */
  message(params: P): string;
  /** The rule compares with `today` and is skipped (with an info finding) without it. */
  readonly needsToday?: boolean;
  /** What the rule's findings count towards in the QA grid; the grid is built from these. */
  readonly qa?: RuleQaRole;
  /** `'engine'`: raised by the engine itself, never by `check`. */
  readonly raisedBy?: 'engine';
  /** Returns only where the problem is; the engine adds code, severity, message and source. */
  check(pep: Pep, ctx: RuleContext): readonly RuleHit<P>[];
}

/** A registered rule (frozen). */
export type Rule = Readonly<RuleDefinition<RuleParams>>;

/** No hits: the rule passes. */
export const _PASS: readonly never[] = Object.freeze([]);

/**
 * Declares one rule: a stable code, severity, the PEPs it applies to, a description, its source
 * and a `check` that returns only locations and structural params (after the SSDA903 validator's
 * one-rule-per-file registry). The engine turns each hit into a `Finding`.
 * @param definition - The rule.
 * @returns The frozen rule, for `registry.ts`.
 * @example
 * import { rules } from 'pep-rules/rules';
 * rules.find((rule) => rule.code === 'PEP-NEXT-MEETING-MISSING')?.appliesTo;
 * //=> {}
 */
export function defineRule<P extends RuleParams = RuleParams>(definition: RuleDefinition<P>): Rule {
  const appliesTo: RuleAppliesTo = Object.freeze({
    ...(definition.appliesTo.phases ? { phases: Object.freeze([...definition.appliesTo.phases]) } : {}),
    ...(definition.appliesTo.kinds ? { kinds: Object.freeze([...definition.appliesTo.kinds]) } : {}),
  });
  return Object.freeze({ ...definition, appliesTo }) as unknown as Rule;
}
