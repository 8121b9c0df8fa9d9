import { defineRule, _PASS } from '../defineRule';
import { _submissionDeadline } from './_submissionDeadline';
import { _BOLTON, _HALTON, _MK } from './_sources';

type Params = { n: number; unit: string; from: string; note: string };

/**
 * The PEP was submitted within the policy's window after the meeting (`policy.timescales.submissionAfterMeeting`).
 * @example
 * import { rules } from 'pep-rules/rules';
 * rules.find((rule) => rule.code === 'PEP-SUBMISSION-LATE')?.severity;
 * //=> 'warning'
 */
export const submissionLate = defineRule<Params>({
  code: 'PEP-SUBMISSION-LATE',
  severity: 'warning',
  appliesTo: {},
  description:
    "The PEP was submitted after the policy's window from the meeting (policy.timescales.submissionAfterMeeting: Milton Keynes 5 working days, Halton and Bolton 10 school days), or an initial PEP the policy times from entering care after that window (policy.timescales.completeInitialPep with initialPepSubmittedBy 'complete-initial-pep': Halton 20 school days).",
  source: `The council's submission window: ${_MK}, §5 PEPs step 11; ${_HALTON}, Information and Guidance; ${_BOLTON}, Process`,
  message: (p) => `The PEP was submitted more than ${p.n} ${p.unit} after ${p.from}${p.note}.`,
  check: (pep, ctx) => {
    const submitted = pep.signOff?.submitted;
    if (!submitted || submitted < pep.meeting.date) return _PASS;
    const deadline = _submissionDeadline(ctx);
    if (deadline === null || submitted <= deadline.date) return _PASS;
    const covering = deadline.from === 'the meeting' ? 'the meeting' : 'those dates';
    const note = deadline.approximated ? ` (school days counted as working days: no school calendar covering ${covering})` : '';
    return [{ path: ['signOff', 'submitted'], params: { n: deadline.n, unit: deadline.unit.replace('-', ' '), from: deadline.from, note } }];
  },
});
