import { defineRule, _PASS } from '../defineRule';
import { _submissionDeadline } from './_submissionDeadline';
import { _BOLTON, _HALTON, _MK } from './_sources';

type Params = { n: number; unit: string; note: string };

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
    "The PEP was submitted after the policy's window from the meeting (policy.timescales.submissionAfterMeeting: Milton Keynes 5 working days, Halton and Bolton 10 school days).",
  source: `The council's submission window: ${_MK}, §5 PEPs step 11; ${_HALTON}, Information and Guidance; ${_BOLTON}, Process`,
  message: (p) => `The PEP was submitted more than ${p.n} ${p.unit} after the meeting${p.note}.`,
  check: (pep, ctx) => {
    const submitted = pep.signOff?.submitted;
    if (!submitted || submitted < pep.meeting.date) return _PASS;
    const deadline = _submissionDeadline(pep.meeting.date, ctx);
    if (deadline === null || submitted <= deadline.date) return _PASS;
    const note = deadline.approximated ? ' (school days counted as working days: no school calendar covering the meeting)' : '';
    return [{ path: ['signOff', 'submitted'], params: { n: deadline.n, unit: deadline.unit.replace('-', ' '), note } }];
  },
});
