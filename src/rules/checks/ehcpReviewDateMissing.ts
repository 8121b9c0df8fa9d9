import { defineRule, _PASS } from '../defineRule';
import { _HALTON, _NAVSH } from './_sources';

/**
 * When the policy aligns PEPs with the EHCP annual review (Halton), a child with an EHCP has the review date recorded.
 * @example
 * import { rules } from 'pep-rules/rules';
 * rules.find((rule) => rule.code === 'PEP-EHCP-REVIEW-DATE-MISSING')?.severity;
 * //=> 'warning'
 */
export const ehcpReviewDateMissing = defineRule({
  code: 'PEP-EHCP-REVIEW-DATE-MISSING',
  severity: 'warning',
  appliesTo: {},
  qa: { criterion: 'profile', element: 'ehcp-review', countsWhen: (_pep, ctx) => ctx.facts.sen.ehcp && ctx.policy.timescales.alignWithEhcpAnnualReview.value },
  description:
    'The child has an EHCP and the date of its annual review is not recorded (when policy.timescales.alignWithEhcpAnnualReview).',
  source: `${_HALTON}, Process (one PEP per year should coincide with the EHCP Annual Review); ${_NAVSH}, Reviewing the PEP (when the council's policy asks for it)`,
  message: () => 'The child has an EHCP and the date of its annual review is not recorded.',
  check: (pep, ctx) =>
    ctx.policy.timescales.alignWithEhcpAnnualReview.value && pep.sen?.status === 'ehcp' && !pep.sen.ehcpAnnualReview
      ? [{ path: ['sen', 'ehcpAnnualReview'] }]
      : _PASS,
});
