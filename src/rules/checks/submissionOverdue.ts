import { defineRule, _PASS } from '../defineRule';
import { _submissionDeadline } from './_submissionDeadline';
import { _BOLTON, _HALTON, _MK } from './_sources';

type Params = { n: number; unit: string; from: string; note: string };

/**
 * A PEP not yet submitted is past the policy's submission window today (needs `today`; skipped without it).
 * @example
 * import { rules } from 'pep-rules/rules';
 * rules.find((rule) => rule.code === 'PEP-SUBMISSION-OVERDUE')?.severity;
 * //=> 'warning'
 */
export const submissionOverdue = defineRule<Params>({
  code: 'PEP-SUBMISSION-OVERDUE',
  severity: 'warning',
  appliesTo: {},
  needsToday: true,
  description:
    "The PEP has no submission date and today is past the policy's submission window (policy.timescales.submissionAfterMeeting; for an initial PEP under initialPepSubmittedBy 'complete-initial-pep', completeInitialPep from entering care).",
  source: `The council's submission window: ${_MK}, §5 PEPs step 11; ${_HALTON}, Information and Guidance; ${_BOLTON}, Process`,
  message: (p) => `The PEP is not recorded as submitted and more than ${p.n} ${p.unit} have passed since ${p.from}${p.note}.`,
  check: (pep, ctx) => {
    if (pep.signOff?.submitted || ctx.today === undefined) return _PASS;
    const deadline = _submissionDeadline(ctx);
    if (deadline === null || ctx.today <= deadline.date) return _PASS;
    const covering = deadline.from === 'the meeting' ? 'the meeting' : 'those dates';
    const note = deadline.approximated ? ` (school days counted as working days: no school calendar covering ${covering})` : '';
    return [{ path: ['signOff', 'submitted'], params: { n: deadline.n, unit: deadline.unit.replace('-', ' '), from: deadline.from, note } }];
  },
});
