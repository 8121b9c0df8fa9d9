import { defineRule, _PASS } from '../defineRule';
import { _hasText } from '../../core/_text';
import { _HALTON } from './_sources';

/**
 * The carer's contribution is recorded (Halton returns PEPs without it).
 * @example
 * import { rules } from 'pep-rules/rules';
 * rules.find((rule) => rule.code === 'PEP-CARER-VIEWS-MISSING')?.severity;
 * //=> 'warning'
 */
export const carerViewsMissing = defineRule({
  code: 'PEP-CARER-VIEWS-MISSING',
  severity: 'warning',
  appliesTo: {},
  qa: { criterion: 'contributors', element: 'missing' },
  description: "The carer's contribution is not recorded.",
  source: `${_HALTON}, Process (it is essential that PEPs include the voice of the social worker and carer; PEPs without them are returned before PP+ is issued)`,
  message: () => "The carer's contribution is not recorded.",
  check: (pep) => (_hasText(pep.views.carer?.text) ? _PASS : [{ path: ['views', 'carer', 'text'] }]),
});
