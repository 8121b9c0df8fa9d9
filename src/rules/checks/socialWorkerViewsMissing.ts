import { defineRule, _PASS } from '../defineRule';
import { _hasText } from '../../core/_text';
import { _HALTON } from './_sources';

/**
 * The social worker's contribution is recorded (Halton returns PEPs without it).
 * @example
 * import { rules } from 'pep-rules/rules';
 * rules.find((rule) => rule.code === 'PEP-SOCIAL-WORKER-VIEWS-MISSING')?.severity;
 * //=> 'warning'
 */
export const socialWorkerViewsMissing = defineRule({
  code: 'PEP-SOCIAL-WORKER-VIEWS-MISSING',
  severity: 'warning',
  appliesTo: {},
  qa: { criterion: 'contributors', element: 'missing' },
  description: "The social worker's contribution is not recorded.",
  source: `${_HALTON}, Process (it is essential that PEPs include the voice of the social worker and carer; PEPs without them are returned before PP+ is issued)`,
  message: () => "The social worker's contribution is not recorded.",
  check: (pep) => (_hasText(pep.views.socialWorker?.text) ? _PASS : [{ path: ['views', 'socialWorker', 'text'] }]),
});
