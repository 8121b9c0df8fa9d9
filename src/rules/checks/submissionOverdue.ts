import { defineRule, _PASS } from '../defineRule';
import { _submissionDeadline } from './_submissionDeadline';
import { _BOLTON, _HALTON, _MK } from './_sources';

type Params = { n: number; unit: string; note: string };

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
  description: "The PEP has no submission date and today is past the policy's submission window (policy.timescales.submissionAfterMeeting).",
  source: `The council's submission window: ${_MK}, §5 PEPs step 11; ${_HALTON}, Information and Guidance; ${_BOLTON}, Process`,
  message: (p) => `The PEP is not recorded as submitted and more than ${p.n} ${p.unit} have passed since the meeting${p.note}.`,
  check: (pep, ctx) => {
    if (pep.signOff?.submitted || ctx.today === undefined) return _PASS;
    const deadline = _submissionDeadline(pep.meeting.date, ctx);
    if (deadline === null || ctx.today <= deadline.date) return _PASS;
    const note = deadline.approximated ? ' (school days counted as working days: no school calendar covering the meeting)' : '';
    return [{ path: ['signOff', 'submitted'], params: { n: deadline.n, unit: deadline.unit.replace('-', ' '), note } }];
  },
});
