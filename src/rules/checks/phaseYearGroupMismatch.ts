import type { Phase, YearGroup } from '../../core/enums';
import { defineRule, _PASS } from '../defineRule';
import { _BARNET } from './_sources';

/** Year groups each phase covers; Reception sits in both early years and school age (EYFS in a school). */
const PHASE_YEARS: Readonly<Record<Phase, readonly YearGroup[]>> = {
  'early-years': ['N1', 'N2', 'R'],
  'school-age': ['R', '1', '2', '3', '4', '5', '6', '7', '8', '9', '10', '11'],
  'post-16': ['12', '13'],
};

/**
 * The PEP's phase matches the child's year group (recorded, else worked out from the date of birth).
 * @example
 * import { rules } from 'pep-rules/rules';
 * rules.find((rule) => rule.code === 'PEP-PHASE-YEAR-GROUP-MISMATCH')?.severity;
 * //=> 'warning'
 */
export const phaseYearGroupMismatch = defineRule<{ phase: string; yearGroup: string }>({
  code: 'PEP-PHASE-YEAR-GROUP-MISMATCH',
  severity: 'warning',
  appliesTo: {},
  description:
    "The PEP's phase does not match the child's year group (early years: nursery and Reception; school age: Reception to Year 11; post-16: Years 12 and 13).",
  source: `${_BARNET}, §2 (three PEPs: Early Years, Year 1 – Year 11, Post 16)`,
  message: (p) => `The PEP is a ${p.phase} PEP but the child's year group is ${p.yearGroup}.`,
  check: (pep, ctx) => {
    const year = ctx.facts.yearGroup;
    if (year === null || PHASE_YEARS[pep.phase].includes(year)) return _PASS;
    return [{ path: pep.child.yearGroup ? ['child', 'yearGroup'] : ['phase'], params: { phase: pep.phase, yearGroup: year } }];
  },
});
