import type { PepKind, Phase } from '../core/enums';
import type { Finding, PathSegment, Severity } from '../core/finding';
import type { IsoDate } from '../core/isoDate';
import type { Policy } from '../policy/schema';
import type { _DerivedFacts } from './_derive';
import type { QaGrade } from './types';
import type { Pep } from '../pep/schema';

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

/** A finding from another module (e.g. `checkPpPlusRequest`), passed through unchanged. */
export interface RulePassThrough {
  readonly passThrough: Finding;
}

/** Which PEPs a rule applies to; an omitted list means every phase (or kind). */
export interface RuleAppliesTo {
  readonly phases?: readonly Phase[];
  readonly kinds?: readonly PepKind[];
}

/** The QA judgement handed to rules that run after grading (the PP+ funding hook). */
export interface RuleQa {
  readonly grade: QaGrade;
  readonly robustPlan: boolean;
}

/** What every rule's `check` receives besides the PEP. */
export interface RuleContext {
  readonly policy: Policy;
  /** "Today"; rules that need it are skipped without it. */
  readonly today?: IsoDate;
  /** Facts computed once per PEP and shared by every rule and by gradePep. */
  readonly derived: _DerivedFacts;
  /** Set only for rules with `stage: 'after-grade'`. */
  readonly qa?: RuleQa;
}

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
  /** `'after-grade'`: runs once the QA grade is known (it receives `ctx.qa`). Default `'main'`. */
  readonly stage?: 'main' | 'after-grade';
  /** `'engine'`: raised by the engine itself, never by `check`. */
  readonly raisedBy?: 'engine';
  /** Returns only where the problem is; the engine adds code, severity, message and source. */
  check(pep: Pep, ctx: RuleContext): readonly (RuleHit<P> | RulePassThrough)[];
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
