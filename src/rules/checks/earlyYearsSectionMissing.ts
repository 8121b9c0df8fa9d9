import { defineRule, _PASS } from '../defineRule';
import { _BARNET, _NAVSH } from './_sources';

/**
 * An early years PEP has its early years section (funded hours, EYPP, key person, learning and development).
 * @example
 * import { rules } from 'pep-rules/rules';
 * rules.find((rule) => rule.code === 'PEP-EY-SECTION-MISSING')?.appliesTo;
 * //=> { phases: ['early-years'] }
 */
export const earlyYearsSectionMissing = defineRule({
  code: 'PEP-EY-SECTION-MISSING',
  severity: 'warning',
  appliesTo: { phases: ['early-years'] },
  qa: { criterion: 'profile', element: 'early-years' },
  description: 'An early years PEP has no early years section (funded hours, EYPP, key person).',
  source: `${_BARNET}, §2 (a separate Early Years PEP); ${_NAVSH}, Quality Assuring the PEP (access to early years provision)`,
  message: () => 'The early years section (funded hours, EYPP, key person) is missing.',
  check: (pep) => (pep.earlyYears ? _PASS : [{ path: ['earlyYears'] }]),
});
