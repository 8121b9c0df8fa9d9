import { defineRule, _PASS } from '../defineRule';
import { _hasText } from '../../core/_text';
import { _HALTON_GRID, _NAVSH } from './_sources';

/**
 * An early years PEP records development (attainment or learning and development); a post-16 PEP records course progress.
 * @example
 * import { rules } from 'pep-rules/rules';
 * rules.find((rule) => rule.code === 'PEP-PROGRESS-MISSING')?.appliesTo;
 * //=> { phases: ['early-years', 'post-16'] }
 */
export const progressMissing = defineRule<{ phase: string }>({
  code: 'PEP-PROGRESS-MISSING',
  severity: 'warning',
  appliesTo: { phases: ['early-years', 'post-16'] },
  qa: { criterion: 'academic-and-smart', element: 'data-missing' },
  description: 'No progress data is recorded (early years: attainment or learning and development; post-16: attainment on the course).',
  source: `${_NAVSH}, Quality Assuring the PEP (key educational outcomes from the EYFS onwards); ${_HALTON_GRID}: all academic data has been recorded`,
  message: (p) => `No ${p.phase} progress data is recorded.`,
  check: (pep) => {
    if ((pep.attainment ?? []).length > 0) return _PASS;
    if (pep.phase === 'early-years' && _hasText(pep.earlyYears?.learningAndDevelopment)) return _PASS;
    return [{ path: ['attainment'], params: { phase: pep.phase } }];
  },
});
