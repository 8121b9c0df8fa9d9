import { defineRule, _PASS } from '../defineRule';
import { _NAVSH } from './_sources';

/**
 * A post-16 PEP records the young person's destination (education, employment, training, apprenticeship or NEET).
 * @example
 * import { rules } from 'pep-rules/rules';
 * rules.find((rule) => rule.code === 'PEP-POST16-DESTINATION-MISSING')?.severity;
 * //=> 'warning'
 */
export const post16DestinationMissing = defineRule({
  code: 'PEP-POST16-DESTINATION-MISSING',
  severity: 'warning',
  appliesTo: { phases: ['post-16'] },
  qa: { criterion: 'profile', element: 'post-16-destination' },
  description: "The post-16 section does not record the young person's destination (or records it as unknown).",
  source: `${_NAVSH}, ix) Supporting transition to adulthood; cohort data: destination pathway`,
  message: () => "The post-16 section does not record the young person's destination.",
  check: (pep) =>
    pep.post16 && (pep.post16.destination === undefined || pep.post16.destination === 'unknown')
      ? [{ path: ['post16', 'destination'] }]
      : _PASS,
});
