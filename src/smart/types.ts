/**
 * Types of the SMART module (`pep-rules/smart`). How each criterion is judged: docs/smart.md.
 */
import type { TargetArea, Term } from '../core/enums';
import type { Finding } from '../core/finding';
import type { IsoDate } from '../core/isoDate';
import type { SchoolCalendar } from '../deadlines/createSchoolCalendar';
import type { Policy } from '../policy/schema';
import type { PepFacts } from '../pep/facts';
import type { Pep } from '../pep/schema';

/**
 * One target as the Halton target table records it (Halton PEP Policy 2023-24, Appendix B: what / how / who / when /
 * expected outcome / PP+). A PEP's `targets[n]` fits as it is.
 */
export interface TargetInput {
  /** The target itself ("Target (What)"). */
  readonly text: string;
  /** The target's id in the PEP; links PP+ requests (`ppPlus.requests[n].targetIds`) to it. */
  readonly id?: string | undefined;
  /** "Specific Action (How)": the support adults will give. */
  readonly actions?: string | undefined;
  /** "Responsibility (Who)". */
  readonly responsible?: string | undefined;
  /** "Timescale (When)": a date or phrase such as `'24/07/2020'`, `'End of term'`, `'2025-03-31'`. */
  readonly deadline?: string | undefined;
  /** "Expected outcome (What will it look like)": often where the measure is written. */
  readonly expectedOutcome?: string | undefined;
  /** The starting point the target is measured from, e.g. `'71% attendance'`. */
  readonly baseline?: string | undefined;
  /** The area of need the target addresses. */
  readonly area?: TargetArea | undefined;
}

/** What a target is judged against. Every field is optional. */
export interface SmartContext {
  /** Date of the PEP meeting: partial dates ("by 31st October", "Feb half term") resolve against it. */
  readonly meetingDate?: IsoDate | undefined;
  /**
   * A school calendar (from `createSchoolCalendar`): term deadlines get their `date` from it, and the
   * meeting's term is `termOfDate(meetingDate, calendar)`.
   */
  readonly calendar?: SchoolCalendar | undefined;
  /** Date of the next PEP review: resolves "by the next PEP" for the achievable check. */
  readonly nextReviewDate?: IsoDate | undefined;
  /** The whole PEP: achievable and relevant are judged only when it is given. */
  readonly pep?: Pep | undefined;
  /**
   * The PEP's facts (`derivePepFacts`, or `assessPep`'s `facts`), with `pep`: the needs a target is
   * judged relevant to (latest SDQ, attendance, SEN, SEMH, suspensions) are read from them instead of
   * being worked out again, so SMART and the rules judge from the same facts.
   */
  readonly facts?: PepFacts | undefined;
  /**
   * Council policy (from `definePolicy` or `policies`), read once through the policy gate. Default
   * `policies.england`; a value that is not a policy gives `SMART-CONTEXT-INVALID` and the default.
   */
  readonly policy?: Policy | undefined;
  /**
   * How much explanation to build: `'full'` (the default) gives each criterion's evidence and advice and
   * each finding's message and source; `'codes'` (bulk runs) gives the same judgements, scores, ratings,
   * deadlines, areas, duplicates and finding codes, severities and paths, with every criterion's
   * `evidence` empty and no `advice`, and every finding's `message` `''` and no `source`: those are then
   * never built. Any other value gives `SMART-CONTEXT-INVALID` and full detail. docs/smart.md, "Levels of detail".
   * @example
   * import { checkTargetSet } from 'pep-rules/smart';
   * const set = checkTargetSet(['Ben will be happier.'], { meetingDate: '2025-01-15', detail: 'codes' });
   * [set.reports[0]?.specific, set.reports[0]?.rating, set.findings[0]];
   * //=> [{ met: false, evidence: [], confidence: 'high' }, 'requires-improvement', { code: 'SMART-NOT-SPECIFIC', severity: 'warning', message: '', path: [0] }]
   */
  readonly detail?: 'full' | 'codes' | undefined;
}

/**
 * How sure a judgement is: `'high'` when the words that decided it are clear; `'low'` when it rests on a
 * reading a person might not share (an observable capability with no figure, a deadline inferred from a
 * year group, one particular word among broad ones). docs/smart.md lists when each criterion is low.
 */
export type SmartConfidence = 'high' | 'low';

/** The names of the five SMART criteria, as keys of {@link SmartReport}. */
export type SmartCriterionName = 'specific' | 'measurable' | 'achievable' | 'relevant' | 'timeBound';

/** One SMART criterion's judgement. */
export interface SmartCriterion {
  /** `true` met, `false` not met, `null` cannot be judged (achievable and relevant without a PEP). */
  readonly met: boolean | null;
  /**
   * How sure `met` is, for a judged criterion (`met` `true` or `false`); absent when `met` is `null`
   * (nothing was judged). `checkSmartTarget` and `checkTargetSet` always set it on judged criteria.
   */
  readonly confidence?: SmartConfidence;
  /** The spans of the target that decided it (at most 8, each at most 120 characters). */
  readonly evidence: readonly string[];
  /**
   * Plain advice on how to meet the criterion, or, when it is met with low confidence, what to add to make
   * it certain ("Add how often: …"); absent when it is met with high confidence.
   */
  readonly advice?: string;
}

/**
 * A deadline extracted from a target, resolved against the meeting date.
 * - `date`: a calendar date (`'by 31st October'`, `'24/07/2020'`, `'by Easter'`, `'by March'` = 31 March).
 * - `term`: a term or half-term (`'end of Summer term'`, `'Feb half term'`, `'in Spring 2'`); `date` only
 *   when a school calendar is given.
 * - `relative`: days from the meeting (`'within 6 weeks'` = 42).
 * - `next-review`: the next PEP (`'by the next PEP'`).
 * - `academic-year-end`: the end of the school year (`'by the end of Year 10'`); `date` only when a school calendar is
 *   given and the year is the meeting's.
 */
export type Deadline =
  | {
      readonly kind: 'date';
      readonly date: IsoDate;
      /** `true` when the day is a moving feast's from a table (Ramadan, Eid), which the moon's sighting may move by a day. */
      readonly approximate?: true;
    }
  | {
      readonly kind: 'term';
      readonly term: Term;
      readonly part: 'end' | 'half-term' | 'first-half' | 'second-half';
      readonly date?: IsoDate;
    }
  | { readonly kind: 'relative'; readonly days: number }
  | { readonly kind: 'next-review' }
  | {
      readonly kind: 'academic-year-end';
      /** `true` when the point is inferred from school time (a year group, key stage, phase or leaving point), not stated. */
      readonly approximate?: true;
      /** The summer term's last day, when a school calendar is given and the year is the meeting's (never with `approximate`). */
      readonly date?: IsoDate;
    };

/** The Halton SMART rating (Halton PEP Policy 2023-24, Appendix C "QA of SMART Targets"). */
export type SmartRating = 'outstanding' | 'good' | 'requires-improvement';

/** The report of {@link checkSmartTarget}. */
export interface SmartReport {
  readonly specific: SmartCriterion;
  readonly measurable: SmartCriterion;
  readonly achievable: SmartCriterion;
  readonly relevant: SmartCriterion;
  readonly timeBound: SmartCriterion;
  /** Criteria met. */
  readonly score: number;
  /** Criteria judged (5 with a PEP, 3 without: achievable and relevant are then `null`). */
  readonly outOf: number;
  /** The criteria not judged (`met: null`), in SMART order: the rating counts only the others. */
  readonly notJudged: readonly SmartCriterionName[];
  /** Over the judged criteria only: all met, outstanding; one missed, good; more, requires improvement. */
  readonly rating: SmartRating;
  /** The deadline, or `null` when none was found. */
  readonly deadline: Deadline | null;
  /** The area the target addresses: the given `area`, else inferred from the text, else `null`. */
  readonly area: TargetArea | null;
  readonly findings: readonly Finding[];
}

/** The report of {@link checkTargetSet}. */
export interface TargetSetReport {
  /** One report per target, in input order. */
  readonly reports: readonly SmartReport[];
  /** Targets counted (every array element, including unusable ones). */
  readonly count: number;
  /** Targets whose score reaches `policy.targets.smartPassScore` (Halton: 4 of 5). */
  readonly passing: number;
  /** Targets by area (given or inferred; `null` area is counted as `'unknown'`). */
  readonly areas: Readonly<Partial<Record<TargetArea | 'unknown', number>>>;
  /** Groups of indexes whose texts are the same once case, spacing and punctuation are ignored. */
  readonly duplicates: readonly (readonly number[])[];
  /** Set-level findings (`SMART-SET-*`) followed by each target's findings, with paths `[index, …]`. */
  readonly findings: readonly Finding[];
}
