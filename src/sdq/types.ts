/**
 * Types of the SDQ module (`pep-rules/sdq`). Facts: (SDQ scoring documents, sdqinfo.org).
 */
import type { SdqInformant } from '../core/enums';
import type { Finding } from '../core/finding';
import type { IsoDate } from '../core/isoDate';

/** Questionnaire version by age: `'4-17'` (P4-17, T4-17, S11-17) or `'2-4'` (P2-4, T2-4). */
export type SdqAgeBand = '4-17' | '2-4';

/** One tick as printed on the form: 0 not true, 1 somewhat true, 2 certainly true; `null` unanswered. */
export type SdqItemValue = 0 | 1 | 2 | null;

/** One impact-supplement answer as printed: 0–3 in the order on the form; `null` unanswered. */
export type SdqImpactValue = 0 | 1 | 2 | 3 | null;

/**
 * The impact supplement on the back of the extended SDQ, each answer coded 0–3 in the order printed.
 * `difficulties` is the gate question (0 = No, 1 = minor, 2 = definite, 3 = severe).
 * Parent and self-report forms score `distress`, `homeLife`, `friendships`, `classroomLearning`
 * and `leisure` (0–10); the teacher form scores `distress`, `peerRelations` and
 * `classroomLearning` (0–6). `friendships` and `peerRelations` are the same official variable
 * (`impfrie`), so either name is accepted for any informant.
 */
export interface SdqImpactAnswers {
  /** Gate: overall difficulties (0 = No, 1 = Yes minor, 2 = Yes definite, 3 = Yes severe). */
  readonly difficulties?: SdqImpactValue;
  /** Upset or distressed (0 not at all, 1 only a little, 2 quite a lot, 3 a great deal). */
  readonly distress?: SdqImpactValue;
  /** Interference with home life (parent and self forms only). */
  readonly homeLife?: SdqImpactValue;
  /** Interference with friendships (parent and self forms; the teacher form's `peerRelations`). */
  readonly friendships?: SdqImpactValue;
  /** Interference with classroom learning. */
  readonly classroomLearning?: SdqImpactValue;
  /** Interference with leisure activities (parent and self forms only). */
  readonly leisure?: SdqImpactValue;
  /** Interference with peer relationships (teacher form; the parent form's `friendships`). */
  readonly peerRelations?: SdqImpactValue;
}

/** What {@link scoreSdq} takes: one completed questionnaire. */
export interface SdqInput {
  /** Who completed it: `'parent'` (carers use this version), `'teacher'` or `'self'` (11–17). */
  readonly informant: SdqInformant;
  /** Version by age, default `'4-17'`. There is no self-report for 2–4. */
  readonly ageBand?: SdqAgeBand;
  /** The 25 ticks in questionnaire order, as ticked (before reverse scoring). */
  readonly items: readonly SdqItemValue[];
  /** The impact supplement, when the two-sided form was used. */
  readonly impact?: SdqImpactAnswers | null;
}

/** Options for {@link scoreSdq}. */
export interface ScoreSdqOptions {
  /**
   * Total difficulties at or above this raises the concern flag. Pass
   * `policy.sdq.concernThreshold.totalDifficulties`. Default 17 (DfE SSDA903 convention).
   */
  readonly concernThreshold?: number;
  /** Where the threshold comes from (pass `policy.sdq.concernThreshold.source`). */
  readonly concernThresholdSource?: string;
}

/** The five SDQ scales. */
export type SdqScale = 'emotional' | 'conduct' | 'hyperactivity' | 'peer' | 'prosocial';

/** Every measure that has bands: the five scales, the total (`'total'`) and impact. */
export type SdqBandedMeasure = SdqScale | 'total' | 'impact';

/** Four-band labels for the difficulty scales, total and impact (higher is worse). */
export type SdqFourBandLabel = 'close-to-average' | 'slightly-raised' | 'high' | 'very-high';

/** Four-band labels for the prosocial scale (lower is worse). */
export type SdqProsocialFourBandLabel = 'close-to-average' | 'slightly-lowered' | 'low' | 'very-low';

/** Original three-band labels (prosocial too: a low prosocial score is 'abnormal'). */
export type SdqThreeBandLabel = 'normal' | 'borderline' | 'abnormal';

/** The two band schemes. */
export type SdqBandScheme = 'four-band' | 'three-band';

/**
 * A banded score with the rule that produced it: the band, the score range of that band in the
 * informant's table, the table's source, and whether the table is provisional (2–4 versions).
 */
export interface SdqBand<L extends string = string> {
  readonly band: L;
  /** Inclusive score range of this band, e.g. `[17, 40]`. */
  readonly range: readonly [number, number];
  /** Where the cut-points come from. */
  readonly source: string;
  /** `true` when the source calls the cut-points provisional (2–4 year versions). */
  readonly provisional: boolean;
}

/** Four-band results per measure; `null` when the score is missing or no verified table exists. */
export interface SdqFourBands {
  readonly emotional: SdqBand<SdqFourBandLabel> | null;
  readonly conduct: SdqBand<SdqFourBandLabel> | null;
  readonly hyperactivity: SdqBand<SdqFourBandLabel> | null;
  readonly peer: SdqBand<SdqFourBandLabel> | null;
  readonly prosocial: SdqBand<SdqProsocialFourBandLabel> | null;
  readonly total: SdqBand<SdqFourBandLabel> | null;
  readonly impact: SdqBand<SdqFourBandLabel> | null;
}

/** Three-band results per measure; `null` when the score is missing or no verified table exists. */
export interface SdqThreeBands {
  readonly emotional: SdqBand<SdqThreeBandLabel> | null;
  readonly conduct: SdqBand<SdqThreeBandLabel> | null;
  readonly hyperactivity: SdqBand<SdqThreeBandLabel> | null;
  readonly peer: SdqBand<SdqThreeBandLabel> | null;
  readonly prosocial: SdqBand<SdqThreeBandLabel> | null;
  readonly total: SdqBand<SdqThreeBandLabel> | null;
  readonly impact: SdqBand<SdqThreeBandLabel> | null;
}

/** Scale scores 0–10, `null` when fewer than 3 of the scale's 5 items were answered. */
export interface SdqScales {
  readonly emotional: number | null;
  readonly conduct: number | null;
  readonly hyperactivity: number | null;
  readonly peer: number | null;
  readonly prosocial: number | null;
}

/** The council concern check on total difficulties. */
export interface SdqConcern {
  /** Total difficulties at or above this is a concern. */
  readonly threshold: number;
  /** `true` at or above the threshold, `false` below, `null` when the total is missing. */
  readonly flagged: boolean | null;
  /** Where the threshold comes from. */
  readonly source: string;
}

/** A scored SDQ. */
export interface SdqScored {
  readonly ok: true;
  readonly informant: SdqInformant;
  readonly ageBand: SdqAgeBand;
  readonly scales: SdqScales;
  /** emotional + conduct + hyperactivity + peer (0–40); `null` if any of the four is missing. */
  readonly totalDifficulties: number | null;
  /** conduct + hyperactivity (0–20); not banded. */
  readonly externalising: number | null;
  /** emotional + peer (0–20); not banded. */
  readonly internalising: number | null;
  /** Impact score (parent, self 0–10; teacher 0–6); `null` when no supplement was answered. */
  readonly impact: number | null;
  readonly bands: { readonly fourBand: SdqFourBands; readonly threeBand: SdqThreeBands };
  readonly concern: SdqConcern;
  /** Prorating, missing scores, impact notes, provisional bands and the concern flag. */
  readonly warnings: readonly Finding[];
}

/** An SDQ that could not be scored. */
export interface SdqNotScored {
  readonly ok: false;
  readonly issues: readonly Finding[];
}

/** What {@link scoreSdq} returns. */
export type SdqResult = SdqScored | SdqNotScored;

/** The measures {@link compareSdq} compares (score names as in {@link SdqScored}). */
export type SdqCompareMeasure =
  | SdqScale
  | 'totalDifficulties'
  | 'externalising'
  | 'internalising'
  | 'impact';

/** Which way something moved: a lower difficulty (or higher prosocial) score is an improvement. */
export type SdqMovement = 'improved' | 'worsened' | 'unchanged';

/** A band movement between two SDQs in one scheme. */
export interface SdqBandMove {
  /** Band before (`null`: score missing or no table). */
  readonly before: string | null;
  /** Band after. */
  readonly after: string | null;
  /** `null` when either band is missing. */
  readonly movement: SdqMovement | null;
}

/** A four-band movement, with the flag for entering the high or very high bands. */
export interface SdqFourBandMove extends SdqBandMove {
  /** Moved from close to average / slightly raised (lowered) into high / very high (low / very low). */
  readonly intoHigh: boolean;
}

/** The change on one measure between two SDQs. */
export interface SdqMeasureChange {
  readonly before: number | null;
  readonly after: number | null;
  /** `after − before`, `null` when either is missing. */
  readonly change: number | null;
  /** Direction of the change (prosocial: higher is better), `null` when either is missing. */
  readonly direction: SdqMovement | null;
  /** Four-band movement; `null` for externalising and internalising (not banded). */
  readonly fourBand: SdqFourBandMove | null;
  /** Three-band movement; `null` for externalising and internalising (not banded). */
  readonly threeBand: SdqBandMove | null;
}

/** Changes per measure. */
export type SdqChanges = { readonly [K in SdqCompareMeasure]: SdqMeasureChange };

/** What {@link compareSdq} returns. */
export type SdqComparison =
  | {
      readonly ok: true;
      /** Same informant on both: the scores are comparable like for like. */
      readonly likeForLike: boolean;
      readonly informants: { readonly before: SdqInformant; readonly after: SdqInformant };
      readonly changes: SdqChanges;
      /** Measures that moved into high / very high (prosocial: low / very low), four-band. */
      readonly movedIntoHigh: readonly SdqCompareMeasure[];
      /** `true` when any measure moved into high or very high. */
      readonly flagged: boolean;
      readonly findings: readonly Finding[];
    }
  | { readonly ok: false; readonly issues: readonly Finding[] };

/** One SDQ already completed, for {@link sdqRequirement}. */
export interface SdqCompleted {
  readonly informant: SdqInformant;
  readonly completedOn: IsoDate;
}

/** What {@link sdqRequirement} takes. */
export interface SdqRequirementInput {
  readonly dateOfBirth: IsoDate;
  /** Start of the current period of care. */
  readonly enteredCare: IsoDate;
  /** The date to judge on ("today", always an argument). */
  readonly onDate: IsoDate;
  /** SDQs already completed (any informant). */
  readonly sdqs?: readonly SdqCompleted[];
  /** Planned or held core PEP dates (used when the policy asks for an SDQ before each core PEP). */
  readonly corePepDates?: readonly IsoDate[];
}

/** When one informant's next SDQ is due. */
export interface SdqInformantDue {
  readonly informant: SdqInformant;
  /** The latest SDQ by this informant on or before the date, if any. */
  readonly lastCompletedOn: IsoDate | null;
  /** Due date (`null`: nothing to schedule, e.g. no core PEP date given or the child ages out first). */
  readonly due: IsoDate | null;
}

/** What {@link sdqRequirement} returns. */
export interface SdqRequirement {
  /** The child falls within the policy's age range and months in care on the date. */
  readonly required: boolean;
  /** Who completes it (from the policy), also given while the duty has not started yet; empty once it never applies again. */
  readonly informants: readonly SdqInformant[];
  /** The earliest due date over the informants (may be in the past: overdue), or `null`. */
  readonly nextDue: IsoDate | null;
  /** The rule applied, with its policy source. */
  readonly basis: string;
  /** Due date per informant. */
  readonly dueByInformant: readonly SdqInformantDue[];
  readonly findings: readonly Finding[];
}
