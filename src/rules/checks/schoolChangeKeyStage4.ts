import { defineRule, _PASS } from '../defineRule';
import { _NAVSH } from './_sources';

/**
 * No change of school once Key Stage 4 begins (The Virtual School Handbook (NAVSH, 2014), e) Placement
 * decisions: "Children should never suffer changes to their education placement unless absolutely necessary,
 * and not at all once they begin Key Stage 4"). For a child in Year 10 or 11 (the facts' year group), a
 * warning when the start date at the current setting (`education.startDate`) is on or after 1 September of
 * the year the child began Year 10, unless the PEP says the setting has not changed since the last PEP (the
 * move was then reported before); with no start date, when the PEP records a change since the last PEP.
 * @example
 * import { rules } from 'pep-rules/rules';
 * rules.find((rule) => rule.code === 'PEP-SCHOOL-CHANGE-KEY-STAGE-4')?.severity;
 * //=> 'warning'
 */
export const schoolChangeKeyStage4 = defineRule({
  code: 'PEP-SCHOOL-CHANGE-KEY-STAGE-4',
  severity: 'warning',
  appliesTo: { phases: ['school-age'] },
  description: 'The PEP records a change of school in Key Stage 4 (a start at the current setting on or after 1 September of Year 10, or a change since the last PEP in Year 10 or 11).',
  source: `${_NAVSH}, e) Placement decisions (no changes to the education placement once they begin Key Stage 4)`,
  message: () => 'The PEP records a change of school in Key Stage 4; the child should not change school once Key Stage 4 begins unless absolutely necessary.',
  check: (pep, ctx) => {
    const year = ctx.facts.yearGroup;
    if (year !== '10' && year !== '11') return _PASS;
    const { startDate, changedSinceLastPep } = pep.education;
    if (startDate === undefined) return changedSinceLastPep === true ? [{ path: ['education', 'changedSinceLastPep'] }] : _PASS;
    const year10Start = `${Number(ctx.facts.term.academicYear.slice(0, 4)) - (year === '11' ? 1 : 0)}-09-01`;
    return startDate >= year10Start && changedSinceLastPep !== false ? [{ path: ['education', 'startDate'] }] : _PASS;
  },
});
