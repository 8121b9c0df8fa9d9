import { defineRule, _PASS } from '../defineRule';
import { _CONSISTENCY, _STAT_GUIDANCE } from './_sources';

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
  source: `${_CONSISTENCY}; ${_STAT_GUIDANCE} (previously looked-after children have no PEP)`,
  message: () => 'The PEP meeting is after the date the child left care.',
  check: (pep) => (pep.child.leftCare && pep.meeting.date > pep.child.leftCare ? [{ path: ['meeting', 'date'] }] : _PASS),
});
