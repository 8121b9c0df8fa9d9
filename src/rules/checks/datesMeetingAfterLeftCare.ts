import { defineRule, _PASS } from '../defineRule';
import { _CONSISTENCY } from './_sources';

/**
 * A PEP meeting after the child left care is flagged (previously looked-after children have no PEP).
 * @example
 * import { rules } from 'pep-rules/rules';
 * rules.find((rule) => rule.code === 'PEP-DATES-MEETING-AFTER-LEFT-CARE')?.severity;
 * //=> 'warning'
 */
export const datesMeetingAfterLeftCare = defineRule({
  code: 'PEP-DATES-MEETING-AFTER-LEFT-CARE',
  severity: 'warning',
  appliesTo: {},
  description: 'The PEP meeting is after the date the child left care (previously looked-after children have no PEP).',
  source: `${_CONSISTENCY}; domain/statutory.md §1.3 (PLAC have no PEP)`,
  message: () => 'The PEP meeting is after the date the child left care.',
  check: (pep) => (pep.child.leftCare && pep.meeting.date > pep.child.leftCare ? [{ path: ['meeting', 'date'] }] : _PASS),
});
