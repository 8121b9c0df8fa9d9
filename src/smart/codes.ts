import type { CodeInfo } from '../core/finding';

const LIB = 'pep-rules';
const QA = 'Halton Virtual School PEP Policy 2023-24, Appendix C QA of SMART Targets';
const MK = 'Milton Keynes Virtual School, Designated Teacher Handbook 2024/25, Appendix 1 (SMART targets)';
const TARGETS = 'Halton Virtual School PEP Policy 2023-24, Appendix B (PEP targets)';

/**
 * The finding codes of the SMART module (`checkSmartTarget`, `checkTargetSet`), with severity,
 * meaning and source. `docs/codes.md` is generated from this and the other modules' catalogues
 * (`npm run codes`).
 * @example
 * import { SMART_CODES } from 'pep-rules/smart';
 * SMART_CODES['SMART-NOT-MEASURABLE'].severity;
 * //=> 'warning'
 */
export const SMART_CODES = {
  'SMART-CONTEXT-INVALID': { severity: 'warning', meaning: 'The PEP or dates given as context for the target are not usable; they were ignored.', source: LIB },
  'SMART-DATE-IMPOSSIBLE': { severity: 'warning', meaning: 'The target gives a date that does not exist (such as 30 February or 31 April); it is not read as a deadline and not moved to another day.', source: LIB },
  'SMART-DEADLINE-AFTER-REVIEW': { severity: 'info', meaning: 'The target is due after the next PEP review, so it cannot be reviewed at the next meeting.', source: `${QA} (Time Bound)` },
  'SMART-DEADLINE-PAST': { severity: 'warning', meaning: 'The target is due before the meeting date (perhaps copied from an earlier PEP).', source: QA },
  'SMART-DEADLINE-UNRESOLVED': { severity: 'info', meaning: 'The deadline is written relative to the meeting (a day and month, a term or Easter); give the meeting date to turn it into a date.', source: QA },
  'SMART-DEADLINE-VAGUE': { severity: 'warning', meaning: 'The target gives only vague timing (such as ongoing, soon or over time), not a deadline.', source: MK },
  'SMART-INPUT-INVALID': { severity: 'error', meaning: 'The target is neither text nor a target row with text.', source: LIB },
  'SMART-NO-DEADLINE': { severity: 'warning', meaning: 'The target gives no date or point by which it will be achieved (not Time bound).', source: QA },
  'SMART-NOT-ACHIEVABLE': { severity: 'warning', meaning: "The target does not look Achievable in the time allowed, judged against the PEP's data.", source: QA },
  'SMART-NOT-MEASURABLE': { severity: 'warning', meaning: 'The target states no success measure (a figure, frequency, standard or one-off event), so it is not Measurable.', source: QA },
  'SMART-NOT-RELEVANT': { severity: 'warning', meaning: "The target's area matches no need identified in the PEP, so it is not Relevant.", source: QA },
  'SMART-NOT-SPECIFIC': { severity: 'warning', meaning: 'The target does not name a particular skill, behaviour or task the child will achieve, so it is not Specific.', source: QA },
  'SMART-SET-ATTENDANCE-TARGET-MISSING': { severity: 'warning', meaning: "Attendance is below the policy's level of concern but no target addresses attendance.", source: TARGETS },
  'SMART-SET-DUPLICATE': { severity: 'warning', meaning: 'Two targets have the same words (ignoring case, spacing and punctuation).', source: TARGETS },
  'SMART-SET-INVALID': { severity: 'error', meaning: 'The targets are not a list.', source: LIB },
  'SMART-SET-NO-ACADEMIC': { severity: 'error', meaning: 'The plan has no academic target, and the policy asks for at least one.', source: `${TARGETS} (at least one academic target)` },
  'SMART-SET-SEMH-TARGET-MISSING': {
    severity: 'warning',
    meaning: 'The latest SDQ is at a level of concern but no target addresses social, emotional and mental health (an error when the policy requires such a target).',
    source: 'Bolton Virtual School PEP guidance 2021/22, SDQs (a score of 17 or above is addressed in the targets)',
  },
  'SMART-SET-SEN-NEED-NOT-ADDRESSED': { severity: 'info', meaning: "No target addresses the child's primary special educational need.", source: `${TARGETS} (targets informed by the EHCP or SEN Support Plan)` },
  'SMART-SET-TOO-FEW': { severity: 'error', meaning: "The plan has fewer targets than the policy's minimum.", source: 'Barnet Virtual School PEP Guidance, The PEP Meeting (an action plan with at least three outcomes)' },
  'SMART-SET-UNBALANCED': { severity: 'warning', meaning: 'The targets are all academic or all personal, and the policy asks for a balance of both.', source: `${TARGETS} (a balance of academic and personal development targets)` },
  'SMART-TEXT-EMPTY': { severity: 'error', meaning: 'The target is empty once formatting and symbols are removed.', source: QA },
  'SMART-TEXT-PLACEHOLDER': { severity: 'error', meaning: 'The target is a placeholder (such as N/A, TBC or "see EHCP"), not a target.', source: QA },
  'SMART-TEXT-REPETITIVE': { severity: 'error', meaning: 'The target is one short phrase repeated many times, which looks like a copy-and-paste error.', source: LIB },
  'SMART-TEXT-TRUNCATED': { severity: 'warning', meaning: 'The target is very long; only its start was checked.', source: LIB },
} as const satisfies Record<string, CodeInfo>;

/** A finding code of the SMART module: a key of {@link SMART_CODES}. */
export type SmartCode = keyof typeof SMART_CODES;
