import { defineRule, _PASS } from '../defineRule';
import { _NAVSH } from './_sources';

/**
 * An early years PEP records the funded hours the child takes up.
 * @example
 * import { rules } from 'pep-rules/rules';
 * rules.find((rule) => rule.code === 'PEP-EY-FUNDED-HOURS-MISSING')?.severity;
 * //=> 'warning'
 */
export const earlyYearsFundedHoursMissing = defineRule({
  code: 'PEP-EY-FUNDED-HOURS-MISSING',
  severity: 'warning',
  appliesTo: { phases: ['early-years'] },
  qa: { criterion: 'profile', element: 'early-years' },
  description: 'The early years section does not record the funded hours taken up.',
  source: `${_NAVSH}, Quality Assuring the PEP (details of access to early years provision); EYPP is paid per funded hour`,
  message: () => 'The early years section does not record the funded hours taken up.',
  check: (pep) =>
    pep.earlyYears && pep.earlyYears.fundedHoursPerWeek === undefined ? [{ path: ['earlyYears', 'fundedHoursPerWeek'] }] : _PASS,
});
