import { defineRule, _PASS } from '../defineRule';

/**
 * An early years PEP records whether the early years pupil premium is claimed (managed by the virtual school head).
 * @example
 * import { rules } from 'pep-rules/rules';
 * rules.find((rule) => rule.code === 'PEP-EY-EYPP-NOT-RECORDED')?.severity;
 * //=> 'warning'
 */
export const earlyYearsEyppNotRecorded = defineRule({
  code: 'PEP-EY-EYPP-NOT-RECORDED',
  severity: 'warning',
  appliesTo: { phases: ['early-years'] },
  qa: { criterion: 'profile', element: 'early-years' },
  description: 'The early years section does not say whether the early years pupil premium (EYPP) is claimed.',
  source: "GOV.UK Pupil premium: virtual school heads' responsibilities (EYPP managed by the VSH, usually through the PEP)",
  message: () => 'The early years section does not say whether the early years pupil premium is claimed.',
  check: (pep) => (pep.earlyYears && pep.earlyYears.eypp === undefined ? [{ path: ['earlyYears', 'eypp'] }] : _PASS),
});
