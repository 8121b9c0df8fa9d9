import { defineRule, _PASS } from '../defineRule';
import { _NAVSH } from './_sources';

/**
 * A post-16 PEP for a young person in education or training records the 16-19 bursary.
 * @example
 * import { rules } from 'pep-rules/rules';
 * rules.find((rule) => rule.code === 'PEP-POST16-BURSARY-NOT-RECORDED')?.severity;
 * //=> 'warning'
 */
export const post16BursaryNotRecorded = defineRule({
  code: 'PEP-POST16-BURSARY-NOT-RECORDED',
  severity: 'warning',
  appliesTo: { phases: ['post-16'] },
  qa: { criterion: 'profile', element: 'post-16-guidance' },
  description: 'The young person is in education or training and the post-16 section does not say whether the 16-19 bursary is in place.',
  source: `${_NAVSH}, ix) Supporting transition to adulthood (each eligible young person knows about the 16-19 Bursary Fund)`,
  message: () => 'The young person is in education or training and the post-16 section does not record the 16-19 bursary.',
  check: (pep) => {
    const p = pep.post16;
    if (!p || p.bursary !== undefined) return _PASS;
    return p.destination === 'education' || p.destination === 'training' ? [{ path: ['post16', 'bursary'] }] : _PASS;
  },
});
