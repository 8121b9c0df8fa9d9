import { defineRule, _PASS } from '../defineRule';
import { _NAVSH } from './_sources';

/**
 * A school-age child's recorded education is full-time (The Virtual School Handbook (NAVSH, 2014), c)
 * Education Placement, i) Principles underlying placement choice: "educational provision should mean a
 * full-time place (generally taken to be 23-25 hours depending on age)"). A warning when the weekly hours
 * recorded (`education.hoursPerWeek`, plus alternative provision hours when it is in use) are below
 * `policy.pep.fullTimeHoursPerWeek` (england: 23). No hours recorded is PEP-EDUCATION-HOURS-MISSING's case.
 * @example
 * import { rules } from 'pep-rules/rules';
 * rules.find((rule) => rule.code === 'PEP-EDUCATION-HOURS-BELOW-FULL-TIME')?.severity;
 * //=> 'warning'
 */
export const educationHoursBelowFullTime = defineRule<{ hours: number; threshold: number }>({
  code: 'PEP-EDUCATION-HOURS-BELOW-FULL-TIME',
  severity: 'warning',
  appliesTo: { phases: ['school-age'] },
  description: "A school-age child's recorded weekly hours of education are below the policy's full-time figure (policy.pep.fullTimeHoursPerWeek; england: 23).",
  source: `${_NAVSH}, i) Principles underlying placement choice (a full-time place, generally taken to be 23-25 hours depending on age)`,
  message: (p) => `The PEP records ${p.hours} hours of education a week, below the full-time ${p.threshold} hours the policy sets.`,
  check: (pep, ctx) => {
    const threshold = ctx.policy.pep.fullTimeHoursPerWeek?.value;
    const hours = pep.education.hoursPerWeek;
    if (threshold === undefined || hours === undefined) return _PASS;
    const ap = pep.education.alternativeProvision;
    const total = hours + (ap?.inUse === true ? (ap.hoursPerWeek ?? 0) : 0);
    return total < threshold ? [{ path: ['education', 'hoursPerWeek'], params: { hours: total, threshold } }] : _PASS;
  },
});
