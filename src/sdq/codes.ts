import type { CodeInfo } from '../core/finding';

const LIB = 'pep-rules';
const SCORING = 'Youthinmind SDQ scoring guidance (sdqinfo.org), scoring the SDQ';
const IMPACT = 'Youthinmind SDQ scoring guidance (sdqinfo.org), the impact supplement';
const BANDS = 'Youthinmind SDQ scoring guidance (sdqinfo.org), cut-points for the bands';
const DUTY = 'DfE SSDA903 return, SDQ for children aged 4 to 16 in care for 12 months or more';
const MK_SDQ = 'Milton Keynes Virtual School, Designated Teacher Handbook 2024/25, PEPs (teacher SDQ before each core PEP)';

/**
 * The finding codes of the SDQ module (`scoreSdq`, `compareSdq`, `sdqRequirement`), with severity,
 * meaning and source. `docs/codes.md` is generated from this and the other modules' catalogues
 * (`npm run codes`).
 * @example
 * import { SDQ_CODES } from 'pep-rules/sdq';
 * SDQ_CODES['SDQ-ITEM-OUT-OF-RANGE'].severity;
 * //=> 'error'
 */
export const SDQ_CODES = {
  'SDQ-AGE-BAND-INVALID': { severity: 'error', meaning: "The SDQ version is neither the 4–17 nor the 2–4 year old form.", source: SCORING },
  'SDQ-AGE-BAND-NO-SELF-REPORT': { severity: 'error', meaning: 'A self-report SDQ is given for a 2–4 year old; there is no such form.', source: SCORING },
  'SDQ-BANDS-PROVISIONAL': { severity: 'info', meaning: 'The bands for this SDQ form are provisional, so treat them with care.', source: BANDS },
  'SDQ-BANDS-UNAVAILABLE': { severity: 'info', meaning: 'There are no verified bands for this SDQ form, so the scores are given without bands.', source: BANDS },
  'SDQ-COMPARE-INFORMANT-DIFFERS': {
    severity: 'warning',
    meaning: 'The two SDQs were filled in by different people (for example carer then teacher), so the change in score is not like for like.',
    source: SCORING,
  },
  'SDQ-COMPARE-INPUT-INVALID': { severity: 'error', meaning: 'One of the two SDQ results being compared has no valid informant or form.', source: LIB },
  'SDQ-COMPARE-INPUT-TYPE': { severity: 'error', meaning: 'One of the two things being compared is not a scored SDQ result.', source: LIB },
  'SDQ-COMPARE-INTO-HIGH': { severity: 'warning', meaning: 'A score moved into the high or very high band between the two SDQs.', source: BANDS },
  'SDQ-COMPARE-NOT-SCORED': { severity: 'error', meaning: 'One of the two SDQs could not be scored, so they cannot be compared.', source: LIB },
  'SDQ-COMPARE-VERSION-DIFFERS': { severity: 'info', meaning: 'The two SDQs are different versions of the form (2–4 and 4–17); scores compare, bands differ.', source: BANDS },
  'SDQ-CONCERN-THRESHOLD': {
    severity: 'warning',
    meaning: 'The total difficulties score is at or above the level of concern (17 nationally, or the council\'s own threshold).',
    source: 'DfE SSDA903 return, SDQ total difficulties of 17 or more is a cause for concern',
  },
  'SDQ-IMPACT-CONFLICT': { severity: 'error', meaning: 'Two impact answers for the same question (friendships and peer relations) disagree.', source: IMPACT },
  'SDQ-IMPACT-DIFFICULTIES-MISSING': { severity: 'info', meaning: 'The "any difficulties?" question is unanswered; impact was scored from the other answers.', source: IMPACT },
  'SDQ-IMPACT-FIELD-UNKNOWN': { severity: 'warning', meaning: 'An impact answer is not part of the impact supplement and was ignored.', source: IMPACT },
  'SDQ-IMPACT-GATED': { severity: 'info', meaning: 'The "any difficulties?" question was answered No, so impact is 0 and the other impact answers were not counted.', source: IMPACT },
  'SDQ-IMPACT-MISSING': { severity: 'warning', meaning: 'Difficulties were reported but no impact question was answered, so impact is not scored.', source: IMPACT },
  'SDQ-IMPACT-NOT-INTEGER': { severity: 'error', meaning: 'An impact answer is not a whole number; answers are 0 to 3.', source: IMPACT },
  'SDQ-IMPACT-NOT-ON-FORM': { severity: 'warning', meaning: 'An impact answer is not on the teacher form and was not scored.', source: IMPACT },
  'SDQ-IMPACT-NUMERIC-STRING': { severity: 'error', meaning: 'An impact answer was sent as text instead of a number; it is not converted, to expose export bugs.', source: LIB },
  'SDQ-IMPACT-OUT-OF-RANGE': { severity: 'error', meaning: 'An impact answer is outside 0 to 3.', source: IMPACT },
  'SDQ-IMPACT-PARTIAL': { severity: 'info', meaning: 'Only some impact questions were answered; the unanswered ones count as 0.', source: IMPACT },
  'SDQ-IMPACT-TYPE': { severity: 'error', meaning: 'The impact answers are not a set of answers, or one answer is neither a number nor blank.', source: IMPACT },
  'SDQ-INFORMANT-MISSING': { severity: 'error', meaning: 'The SDQ does not say who filled it in (carer, teacher or the child).', source: SCORING },
  'SDQ-INFORMANT-UNKNOWN': { severity: 'error', meaning: 'The person who filled in the SDQ is not carer (parent), teacher or the child (self).', source: SCORING },
  'SDQ-INPUT-TYPE': { severity: 'error', meaning: 'The SDQ is not a record of answers, so it cannot be scored.', source: LIB },
  'SDQ-ITEM-NOT-INTEGER': { severity: 'error', meaning: 'A question answer is not a whole number; answers are 0, 1 or 2.', source: SCORING },
  'SDQ-ITEM-NUMERIC-STRING': { severity: 'error', meaning: 'A question answer was sent as text instead of a number; it is not converted, to expose export bugs.', source: LIB },
  'SDQ-ITEM-OUT-OF-RANGE': { severity: 'error', meaning: 'A question answer is outside 0 to 2.', source: SCORING },
  'SDQ-ITEM-TYPE': { severity: 'error', meaning: 'A question answer is neither a number nor blank.', source: SCORING },
  'SDQ-ITEMS-COUNT': { severity: 'error', meaning: 'The SDQ does not have exactly 25 question answers.', source: SCORING },
  'SDQ-ITEMS-MISSING': { severity: 'error', meaning: 'The 25 question answers are missing.', source: SCORING },
  'SDQ-ITEMS-TYPE': { severity: 'error', meaning: 'The question answers are not a list.', source: SCORING },
  'SDQ-OPTION-CONCERN-THRESHOLD': { severity: 'error', meaning: 'The level of concern given is not a whole number from 0 to 40.', source: LIB },
  'SDQ-OPTIONS-TYPE': { severity: 'error', meaning: 'The scoring options are not a set of settings.', source: LIB },
  'SDQ-REQUIREMENT-CORE-PEP-DATE-INVALID': { severity: 'warning', meaning: 'A core PEP date is not a real date; it was ignored when working out when the SDQ is due.', source: LIB },
  'SDQ-REQUIREMENT-CORE-PEPS-TYPE': { severity: 'warning', meaning: 'The core PEP dates are not a list; they were ignored.', source: LIB },
  'SDQ-REQUIREMENT-DATE-INVALID': { severity: 'error', meaning: 'The date of birth, date entered care or date judged on is missing or not a real date, so the SDQ duty is not decided.', source: LIB },
  'SDQ-REQUIREMENT-INPUT-TYPE': { severity: 'error', meaning: 'The child\'s details for the SDQ duty are not a record, so the duty is not decided.', source: LIB },
  'SDQ-REQUIREMENT-NO-CORE-PEP-DATE': {
    severity: 'info',
    meaning: 'The policy wants an SDQ before each core PEP, but no upcoming core PEP date was given, so no due date is set.',
    source: MK_SDQ,
  },
  'SDQ-REQUIREMENT-OVERDUE': { severity: 'warning', meaning: 'An SDQ the child needs is overdue on the date judged.', source: DUTY },
  'SDQ-REQUIREMENT-POLICY-DEFAULT': { severity: 'info', meaning: 'The policy does not say who needs an SDQ or how often, so the national default was used.', source: DUTY },
  'SDQ-REQUIREMENT-SDQ-AFTER-DATE': { severity: 'warning', meaning: 'A completed SDQ is dated after the date judged; it was ignored.', source: LIB },
  'SDQ-REQUIREMENT-SDQ-INVALID': { severity: 'warning', meaning: 'A completed SDQ lacks who filled it in or a real completion date; it was ignored.', source: LIB },
  'SDQ-REQUIREMENT-SDQS-TYPE': { severity: 'warning', meaning: 'The completed SDQs are not a list; they were ignored.', source: LIB },
  'SDQ-REQUIREMENT-SELF-REPORT-AGE': { severity: 'info', meaning: 'The self-report SDQ is for ages 11 to 17, and the child leaves the SDQ age range before 11.', source: 'Youthinmind SDQ guidance (sdqinfo.org), self-report version for ages 11 to 17' },
  'SDQ-SCALE-MISSING': { severity: 'warning', meaning: 'A scale has fewer than 3 of its 5 questions answered, so it is not scored.', source: SCORING },
  'SDQ-SCALE-PRORATED': { severity: 'info', meaning: 'A scale has 3 or 4 of its 5 questions answered, so its score is scaled up from those answered.', source: SCORING },
  'SDQ-TOTAL-MISSING': { severity: 'warning', meaning: 'The total difficulties score is not given because a difficulty scale could not be scored (the total is never scaled up).', source: SCORING },
} as const satisfies Record<string, CodeInfo>;

/** A finding code of the SDQ module: a key of {@link SDQ_CODES}. */
export type SdqCode = keyof typeof SDQ_CODES;
