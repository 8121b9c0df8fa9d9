import { _hasText } from '../../core/_text';
import { YEAR_GROUPS } from '../../core/enums';
import { defineRule, _PASS } from '../defineRule';
import { _HALTON, _NAVSH } from './_sources';

/**
 * The PEP records the child's longer term aspirations from the year group the policy sets
 * (`policy.pep.aspirationsFromYearGroup`): england Year 7 (The Virtual School Handbook (NAVSH, 2014),
 * Appendix 2 – The personal education planning cycle: "For children from the lower secondary age onwards it
 * should also set out the longer term aspirations of the child in relation to future education, employment or
 * training"); Halton every PEP (During the PEP Meeting: "Long term plans and aspirations"). The year group is
 * the facts' (recorded, else from the date of birth); a post-16 PEP with none known counts as past Year 7.
 * @example
 * import { rules } from 'pep-rules/rules';
 * rules.find((rule) => rule.code === 'PEP-ASPIRATIONS-MISSING')?.severity;
 * //=> 'warning'
 */
export const aspirationsMissing = defineRule<{ from: string }>({
  code: 'PEP-ASPIRATIONS-MISSING',
  severity: 'warning',
  appliesTo: {},
  description: "The PEP records no longer term aspirations for a child in or past the policy's year group (policy.pep.aspirationsFromYearGroup; england: Year 7).",
  source: `${_NAVSH}, Appendix 2 – The personal education planning cycle (from the lower secondary age, the longer term aspirations of the child); ${_HALTON}, During the PEP Meeting (long term plans and aspirations)`,
  message: (p) => `The PEP records no longer term aspirations for the child; the policy asks for them from year group ${p.from}.`,
  check: (pep, ctx) => {
    const from = ctx.policy.pep.aspirationsFromYearGroup?.value;
    if (from === undefined || _hasText(pep.aspirations)) return _PASS;
    const year = ctx.facts.yearGroup;
    const reached = year === null ? ctx.facts.phase === 'post-16' : YEAR_GROUPS.indexOf(year) >= YEAR_GROUPS.indexOf(from);
    return reached ? [{ path: ['aspirations'], params: { from } }] : _PASS;
  },
});
