import { defineRule, _PASS } from '../defineRule';
import { _CONSISTENCY } from './_sources';

/**
 * A PEP meeting cannot be held before the child entered care (the PEP is part of the care plan).
 * @example
 * import { rules } from 'pep-rules/rules';
 * rules.find((rule) => rule.code === 'PEP-DATES-MEETING-BEFORE-CARE')?.severity;
 * //=> 'error'
 */
export const datesMeetingBeforeCare = defineRule({
  code: 'PEP-DATES-MEETING-BEFORE-CARE',
  severity: 'error',
  appliesTo: {},
  description: 'The PEP meeting date is before the date the child entered care.',
  source: `${_CONSISTENCY}; Care Planning, Placement and Case Review (England) Regulations 2010, reg 5(b)(ii) (the PEP is part of the care plan)`,
  message: () => 'The PEP meeting date is before the date the child entered care.',
  check: (pep) => (pep.meeting.date < pep.child.enteredCare ? [{ path: ['meeting', 'date'] }] : _PASS),
});
