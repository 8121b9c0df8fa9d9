import { defineRule, _PASS } from '../defineRule';
import { _CPPCR_SCH1 } from './_sources';

/**
 * The child's SEN status is recorded (none, SEN support or EHCP).
 * @example
 * import { rules } from 'pep-rules/rules';
 * rules.find((rule) => rule.code === 'PEP-SEN-STATUS-MISSING')?.severity;
 * //=> 'warning'
 */
export const senStatusMissing = defineRule({
  code: 'PEP-SEN-STATUS-MISSING',
  severity: 'warning',
  appliesTo: {},
  qa: { criterion: 'profile', element: 'sen-status' },
  description: "The child's special educational needs status is not recorded.",
  source: `${_CPPCR_SCH1} (any special educational needs)`,
  message: () => "The child's special educational needs status is not recorded.",
  check: (pep) => (pep.sen ? _PASS : [{ path: ['sen', 'status'] }]),
});
