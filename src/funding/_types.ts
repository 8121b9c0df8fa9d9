import type { QaGrade } from '../core/enums';
import type { Finding } from '../core/finding';
import type { IsoDate } from '../core/isoDate';
import type { FinancialYear } from '../deadlines/financialYearOf';
import type { PpPlusEligibility } from '../pep/ppPlusEligibility';
import type { PpPlusReleaseTiming, PpPlusSectionId } from '../policy/schema';
import type { PpPlusLedgerEntry } from './totalLedgerByFinancialYear';

/*
 * The public types of checkPpPlusRequest (re-exported from there), kept apart so that the steps
 * (requests, gates, caps, allocation) can use them without importing the function that composes them.
 */

/** A QA grade, best first: gold, green, amber, red (an alias of `QaGrade`, the one definition in core). */
export type PpPlusQaGrade = QaGrade;

/**
 * The QA judgement of the PEP, filled by the rules module (`gradePep`) when a host has it.
 * Without `robustPlan`, the funding module judges the action plan itself (see checkPpPlusRequest).
 */
export interface PpPlusQaHook {
  readonly grade?: PpPlusQaGrade;
  readonly robustPlan?: boolean;
}

/** One PP+ request, as in a PEP's `ppPlus.requests` (pounds, at most 2 decimal places). */
export interface PpPlusRequestItem {
  readonly targetIds: readonly string[];
  readonly description: string;
  readonly category?: string;
  readonly amount: number;
  /** Costing lines: `amount` each, optionally `quantity × unitCost`, optionally the `date` the cost falls on. */
  readonly breakdown?: readonly { readonly item: string; readonly amount: number; readonly quantity?: number; readonly unitCost?: number; readonly date?: IsoDate }[];
  /** Request-level costing, instead of a breakdown. */
  readonly quantity?: number;
  readonly unitCost?: number;
}

/** The input of checkPpPlusRequest. */
export interface PpPlusRequestInput {
  /** The PEP (interchange format v1, or anything with `id`, `core`, `meeting.date`, `child`, `targets`, `education`). */
  readonly pep: unknown;
  /** The requests to check; default `pep.ppPlus.requests`. */
  readonly requests?: readonly PpPlusRequestItem[] | unknown;
  /** Payments already made for this child (any setting, any year). */
  readonly ledger?: readonly PpPlusLedgerEntry[] | unknown;
  /** QA judgement from the rules module. */
  readonly qa?: PpPlusQaHook | unknown;
}

/** What limited the allowance. */
export type PpPlusCapKind =
  | 'per-pep-cap'
  | 'per-financial-year-cap'
  | 'instalment-window'
  | 'per-term-cap'
  | 'not-eligible'
  | 'core-peps-only'
  | 'withheld'
  | 'sections-missing'
  | 'no-instalment-window'
  | 'unreadable';

/** A cap or rule that reduced the allowance (pounds). */
export interface PpPlusCapApplied {
  readonly kind: PpPlusCapKind;
  /** The finding code that explains it. */
  readonly code: string;
  /** The instalment window's or term's label, when there is one. */
  readonly label?: string;
  /** The cap in pounds; `null` for a rule that stops funding outright. */
  readonly limit: number | null;
  /** Payments from the ledger counted against the cap, pounds; `null` for a rule. */
  readonly alreadyPaid: number | null;
  /** What the cap leaves, pounds (never below 0). */
  readonly available: number;
  readonly source: string;
  /** For `'sections-missing'`: the sections the returned PEP must have completed before any release (`policy.ppPlus.requiredSections`). */
  readonly missingSections?: readonly PpPlusSectionId[];
}

/**
 * When the allowed PP+ goes out (`policy.ppPlus.release`): on the PEP's approval; termly, for the
 * PEP's term and sent at the start of the next; or in the instalment window holding the meeting date.
 */
export interface PpPlusRelease {
  readonly timing: PpPlusReleaseTiming;
  /** What the payment is for: the PEP's term (`'autumn 2024/25'`) when termly, the instalment window's label, else `null`. */
  readonly period: string | null;
  /** When termly: the term the payment is sent in (the one after the PEP's term); else `null`. */
  readonly paidIn: string | null;
  readonly source: string;
}

/** The outcome for one request. */
export interface PpPlusRequestLine {
  /** Position in the requests list. */
  readonly index: number;
  /** Pounds asked for; `null` when the amount could not be read. */
  readonly requested: number | null;
  /** Pounds allowed. */
  readonly allowed: number;
  /**
   * `'allowed'` in full; `'reduced'` by a cap (possibly to 0); `'rejected'` for a problem with this
   * request; `'withheld'` because a rule stopped the whole PEP's funding.
   */
  readonly status: 'allowed' | 'reduced' | 'rejected' | 'withheld';
  /** Codes of the findings about this request. */
  readonly codes: string[];
}

/** The result of checkPpPlusRequest. */
export interface PpPlusRequestCheck {
  /** Pounds asked for: the sum of every request whose amount could be read. */
  readonly requested: number;
  /** Pounds that may be paid: never more than `requested` or any cap. */
  readonly allowed: number;
  /** `requested` in integer pence. */
  readonly requestedPence: number;
  /** `allowed` in integer pence. */
  readonly allowedPence: number;
  /** The financial year of the PEP meeting; `null` without a valid meeting date. */
  readonly financialYear: FinancialYear | null;
  /** Every cap or rule that reduced the allowance, with its source. */
  readonly capsApplied: PpPlusCapApplied[];
  /** One line per request, in order. */
  readonly requests: PpPlusRequestLine[];
  /** Eligibility on the meeting date; `null` when the PEP has no usable child or meeting date. */
  readonly eligibility: PpPlusEligibility | null;
  /** When the allowed amount is released; `null` when nothing is allowed. */
  readonly release: PpPlusRelease | null;
  readonly findings: Finding[];
}
