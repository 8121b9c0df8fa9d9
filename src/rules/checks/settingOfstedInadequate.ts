import { defineRule, _PASS } from '../defineRule';
import { _NAVSH } from './_sources';

/**
 * The school is not one Ofsted judged inadequate (The Virtual School Handbook (NAVSH, 2014), i) Principles
 * underlying placement choice: "unless there are exceptional, evidence-based reasons, looked after children
 * should never be placed in a school judged by Ofsted to be 'inadequate'"). A warning, as the Handbook allows
 * exceptional reasons the PEP does not record. School-age PEPs only: the sentence is about schools.
 * @example
 * import { rules } from 'pep-rules/rules';
 * rules.find((rule) => rule.code === 'PEP-SETTING-OFSTED-INADEQUATE')?.severity;
 * //=> 'warning'
 */
export const settingOfstedInadequate = defineRule({
  code: 'PEP-SETTING-OFSTED-INADEQUATE',
  severity: 'warning',
  appliesTo: { phases: ['school-age'] },
  description: "The school's Ofsted judgement is recorded as inadequate.",
  source: `${_NAVSH}, i) Principles underlying placement choice (never placed in a school judged by Ofsted to be 'inadequate', unless there are exceptional, evidence-based reasons)`,
  message: () => "The school's Ofsted judgement is recorded as inadequate: the PEP should show the exceptional, evidence-based reasons for this placement.",
  check: (pep) => (pep.education.setting.ofsted === 'inadequate' ? [{ path: ['education', 'setting', 'ofsted'] }] : _PASS),
});
