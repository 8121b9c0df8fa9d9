import { defineRule, _PASS } from '../defineRule';
import { _BARNET, _NAVSH } from './_sources';

/**
 * A post-16 PEP has its post-16 section (destination, course, careers guidance, bursary, pathway plan).
 * @example
 * import { rules } from 'pep-rules/rules';
 * rules.find((rule) => rule.code === 'PEP-POST16-SECTION-MISSING')?.appliesTo;
 * //=> { phases: ['post-16'] }
 */
export const post16SectionMissing = defineRule({
  code: 'PEP-POST16-SECTION-MISSING',
  severity: 'warning',
  appliesTo: { phases: ['post-16'] },
  qa: { criterion: 'profile', element: 'post-16-destination' },
  description: 'A post-16 PEP has no post-16 section (destination, careers guidance, bursary).',
  source: `${_BARNET}, §2 (a separate Post 16 PEP); ${_NAVSH}, ix) Supporting transition to adulthood`,
  message: () => 'The post-16 section (destination, careers guidance, bursary) is missing.',
  check: (pep) => (pep.post16 ? _PASS : [{ path: ['post16'] }]),
});
