import type { CodeInfo } from '../core/finding';

const LIB = 'pep-rules';
const CAPS = "The council's PP+ policy (for example Milton Keynes Virtual School, Designated Teacher Handbook 2024/25, Pupil Premium Plus: up to £950 per core PEP and £1,900 a financial year)";
const YEAR = 'DfE pupil premium conditions of grant: the financial year runs 1 April to 31 March, with no carry-forward; The Virtual School Handbook (NAVSH, 2014), managing PP+';
const USE = "DfE pupil premium conditions of grant: PP+ is for the child's educational needs as described in the PEP";
const LINKED = 'Halton Virtual School PEP Policy 2023-24, Appendix C PEP QA Criteria (PP+ spending directly linked to SMART targets)';
const COSTED = 'Barnet Virtual School PEP Guidance, Pupil Premium Plus (allocated against a fully costed request)';
const WITHHELD = 'Barnet Virtual School PEP Guidance, Pupil Premium Plus (withheld without a robust action plan); the council\'s minimum QA grade';
const GRADE = 'Halton Virtual School PEP Policy 2023-24, Process (following completion of a satisfactory PEP, the amount of PPG requested for the term will be released); the council\'s minimum QA grade';
const VOICES = 'Halton Virtual School PEP Policy 2023-24, Process (PEPs without the voice of the child/young person, social worker and carer are returned before requested PPG funding is issued)';
const NOT_FOR = 'Bolton Virtual School PEP guidance 2021/22, Frequency Asked Questions; Halton Virtual School PEP Policy 2023-24, Frequently Asked Questions (not for administration tasks, clothing or transport costs)';

/**
 * The finding codes of the funding module (`checkPpPlusRequest`, `totalLedgerByFinancialYear`),
 * with severity, meaning and source. The eligibility codes of `ppPlusEligibility` are in
 * `PEP_CODES` (the PEP facts step works eligibility out). `docs/codes.md` is generated from this
 * and the other modules' catalogues (`npm run codes`).
 * @example
 * import { FUNDING_CODES } from 'pep-rules/funding';
 * FUNDING_CODES['PPPLUS-CAP-PER-PEP'].severity;
 * //=> 'info'
 */
export const FUNDING_CODES = {
  'PPPLUS-ABOVE-GRANT-RATE': { severity: 'info', meaning: "This year's payments for the child would total more than the national PP+ rate per child; the grant is pooled, so this is allowed but worth knowing.", source: 'DfE pupil premium rates by financial year' },
  'PPPLUS-CAP-INSTALMENT': { severity: 'info', meaning: "The request was reduced to what is left of the policy's instalment for this part of the year.", source: 'Bolton Virtual School PEP guidance 2021/22, Pupil Premium (£750 April to August, £1,045 September to March)' },
  'PPPLUS-CAP-PER-FINANCIAL-YEAR': { severity: 'info', meaning: "The request was reduced to what is left of the policy's cap for the financial year.", source: CAPS },
  'PPPLUS-CAP-PER-PEP': { severity: 'info', meaning: "The request was reduced to the policy's cap per PEP.", source: CAPS },
  'PPPLUS-CAP-PER-TERM': { severity: 'info', meaning: "The request was reduced to what is left of the policy's cap for the term.", source: 'Barnet Virtual School PEP Guidance, Pupil Premium Plus (allocated termly)' },
  'PPPLUS-CATEGORY-DISALLOWED': { severity: 'error', meaning: "The request's category names something the council does not fund from PP+ (for example administration, clothing or transport), read through the policy's spending vocabulary ('clothing' and 'uniform' name clothing-uniform).", source: NOT_FOR },
  'PPPLUS-CATEGORY-INVALID': { severity: 'error', meaning: 'The request\'s spending category is not text.', source: LIB },
  'PPPLUS-CATEGORY-MISSING': { severity: 'info', meaning: "The request has no spending category, so it cannot be checked against the categories the council does not fund.", source: 'Bolton Virtual School PEP guidance 2021/22, Pupil Premium (not for administration, clothing or transport)' },
  'PPPLUS-CATEGORY-UNKNOWN': { severity: 'warning', meaning: "The request's category is not in the policy's spending vocabulary, so it cannot be checked against the categories the council does not fund.", source: NOT_FOR },
  'PPPLUS-COSTING-DATE-INVALID': { severity: 'warning', meaning: 'A line of the cost breakdown has a date that is not a real date; it was ignored.', source: LIB },
  'PPPLUS-COSTING-INVALID': { severity: 'error', meaning: 'The cost breakdown is not a list of items with amounts (an error when the policy requires costed requests).', source: COSTED },
  'PPPLUS-COSTING-LINE-INCOMPLETE': { severity: 'error', meaning: 'A cost line gives a quantity without a unit cost, or a unit cost without a quantity.', source: COSTED },
  'PPPLUS-COSTING-LINE-MISMATCH': { severity: 'error', meaning: 'A cost line\'s quantity times unit cost does not equal its amount, to the penny.', source: COSTED },
  'PPPLUS-COSTING-MISMATCH': { severity: 'error', meaning: 'The cost breakdown does not add up to the amount requested, to the penny.', source: COSTED },
  'PPPLUS-COSTING-QUANTITY-INVALID': { severity: 'error', meaning: 'A quantity in the costing is not a positive number with at most two decimal places.', source: COSTED },
  'PPPLUS-DESCRIPTION-DISALLOWED': { severity: 'warning', meaning: "Words of the request's description name a category the council does not fund from PP+ (a taxi is transport), whatever its category says; a person should check it.", source: NOT_FOR },
  'PPPLUS-ELIGIBLE-FLAG-DIFFERS': { severity: 'warning', meaning: "The PEP's PP+ eligible flag disagrees with the eligibility worked out for the meeting date.", source: 'DfE pupil premium conditions of grant for local authorities, eligibility' },
  'PPPLUS-INPUT-INVALID': { severity: 'error', meaning: 'The PP+ check was not given a PEP with its requests.', source: LIB },
  'PPPLUS-LEDGER-DATE-INVALID': { severity: 'error', meaning: 'A payment already made has no real date, so it was not counted.', source: LIB },
  'PPPLUS-LEDGER-ENTRY-INVALID': { severity: 'error', meaning: 'A payment already made is not a record with a date and an amount, so it was not counted.', source: LIB },
  'PPPLUS-LEDGER-FIELD-INVALID': { severity: 'warning', meaning: "A payment's PEP or setting reference is empty or not text; it was ignored.", source: LIB },
  'PPPLUS-LEDGER-FINANCIAL-YEAR-INVALID': { severity: 'error', meaning: "A payment's financial year is not written like 2024-25; the payment was counted by its date.", source: YEAR },
  'PPPLUS-LEDGER-INVALID': { severity: 'error', meaning: 'The payments already made are not a list, so they were ignored.', source: LIB },
  'PPPLUS-LEDGER-NEGATIVE-TOTAL': { severity: 'warning', meaning: 'Refunds in a financial year add up to more than the payments made in it; a refund belongs to the year of its payment.', source: YEAR },
  'PPPLUS-LEDGER-OTHER-SETTING': { severity: 'info', meaning: "A payment this year went to another school or setting; it still counts toward the child's caps for the year.", source: 'Milton Keynes Virtual School, Designated Teacher Handbook 2024/25, Pupil Premium Plus (administered through the financial year, across settings)' },
  'PPPLUS-LEDGER-OTHER-YEARS': { severity: 'info', meaning: "Some payments are dated in other financial years and do not reduce this year's caps.", source: YEAR },
  'PPPLUS-LEDGER-WRONG-FINANCIAL-YEAR': { severity: 'error', meaning: 'A payment claims a financial year other than the one its date falls in; it was counted in the year of its date.', source: YEAR },
  'PPPLUS-MEETING-DATE-INVALID': { severity: 'error', meaning: 'The PEP meeting date is missing or not a real date, so no financial year can be charged.', source: YEAR },
  'PPPLUS-NO-INSTALMENT-WINDOW': { severity: 'error', meaning: "The meeting date falls in none of the policy's instalment periods, so no payment can be scheduled.", source: 'Bolton Virtual School PEP guidance 2021/22, Pupil Premium (£750 April to August, £1,045 September to March)' },
  'PPPLUS-NO-REQUESTS': { severity: 'info', meaning: 'The PEP makes no PP+ requests.', source: LIB },
  'PPPLUS-NOT-CORE-PEP': { severity: 'error', meaning: 'The council pays PP+ only through core PEPs, and this PEP is not a core PEP.', source: 'Milton Keynes Virtual School, Designated Teacher Handbook 2024/25, Pupil Premium Plus (up to £950 per core PEP)' },
  'PPPLUS-NOT-ELIGIBLE': { severity: 'error', meaning: 'The child is not funded through the virtual school on the meeting date; the eligibility findings say why.', source: 'DfE pupil premium conditions of grant for local authorities, eligibility' },
  'PPPLUS-PAYMENT-STRADDLES-YEAR-END': { severity: 'warning', meaning: "A payment for this PEP is dated in a different financial year from the meeting, so it counts toward that year's caps.", source: YEAR },
  'PPPLUS-PEP-INVALID': { severity: 'error', meaning: 'The PP+ check has no PEP, or the PEP is not a record.', source: LIB },
  'PPPLUS-QA-GRADE-MISSING': { severity: 'error', meaning: 'PP+ is withheld: the council releases it only for a PEP of a given quality grade, and no grade was supplied.', source: GRADE },
  'PPPLUS-QA-INVALID': { severity: 'error', meaning: 'The quality assurance result given to the PP+ check is not a grade with a robust-plan judgement; it was ignored.', source: LIB },
  'PPPLUS-RATE-NOT-CONFIRMED': { severity: 'info', meaning: 'The national PP+ rate for this financial year is not yet known to the library; the host system should supply it.', source: 'DfE pupil premium rates by financial year' },
  'PPPLUS-REQUEST-DUPLICATE': { severity: 'error', meaning: 'A request repeats an earlier request in this PEP; it was not counted twice.', source: USE },
  'PPPLUS-REQUEST-INVALID': { severity: 'error', meaning: 'A request is not a record with target links, a description and an amount.', source: LIB },
  'PPPLUS-REQUEST-NO-TARGET': { severity: 'error', meaning: 'A request is not linked to any PEP target, and the council requires each request to be linked to a SMART target.', source: LINKED },
  'PPPLUS-REQUEST-NOT-COSTED': { severity: 'error', meaning: 'A request is not costed: it needs a breakdown, or a quantity and unit cost, that adds up to the amount.', source: COSTED },
  'PPPLUS-REQUEST-STRADDLES-YEAR-END': { severity: 'warning', meaning: 'A request has costs dated in another financial year from the meeting; PP+ cannot be carried from one financial year to the next (information only where the council allows carry-forward).', source: YEAR },
  'PPPLUS-REQUEST-TARGET-MISSING': { severity: 'error', meaning: 'A request names a target that is not among the PEP targets (a warning where the council does not require linked targets).', source: LINKED },
  'PPPLUS-REQUEST-TARGETS-INVALID': { severity: 'warning', meaning: "A request's target links are not a list of target ids; they were ignored.", source: LIB },
  'PPPLUS-REQUESTS-INVALID': { severity: 'error', meaning: 'The PP+ requests are not a list.', source: LIB },
  'PPPLUS-WITHHELD-NO-ROBUST-PLAN': { severity: 'error', meaning: 'PP+ is withheld: the action plan is not robust (too few targets with a responsible person and a deadline).', source: WITHHELD },
  'PPPLUS-WITHHELD-QA-GRADE': { severity: 'error', meaning: "PP+ is withheld: the PEP's quality grade is below the council's minimum.", source: GRADE },
  'PPPLUS-WITHHELD-SECTIONS-MISSING': { severity: 'error', meaning: 'PP+ is withheld: the PEP lacks sections the council requires before any funding is released (for example the views of the child, social worker and carer); it is returned to be completed.', source: VOICES },
} as const satisfies Record<string, CodeInfo>;

/** A finding code of the funding module: a key of {@link FUNDING_CODES}. */
export type FundingCode = keyof typeof FUNDING_CODES;
