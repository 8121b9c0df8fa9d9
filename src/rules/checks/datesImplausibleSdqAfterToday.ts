import { defineRule, _PASS, type RuleHit } from '../defineRule';
import { _CONSISTENCY } from './_sources';

/**
 * No SDQ in the PEP is dated after today (needs `today`; skipped without it): a questionnaire on record
 * has been completed.
 * @example
 * import { rules } from 'pep-rules/rules';
 * rules.find((rule) => rule.code === 'PEP-DATES-SDQ-AFTER-TODAY')?.severity;
 * //=> 'warning'
 */
export const datesImplausibleSdqAfterToday = defineRule({
  code: 'PEP-DATES-SDQ-AFTER-TODAY',
  severity: 'warning',
  appliesTo: {},
  needsToday: true,
  description: 'An SDQ is dated after today: an SDQ on record is one that has been completed.',
  source: _CONSISTENCY,
  message: () => 'An SDQ is dated after today.',
  check: (pep, ctx) => {
    const today = ctx.today;
    const list = pep.sdq;
    if (today === undefined || list === undefined) return _PASS;
    let hits: RuleHit[] | null = null;
    for (let i = 0; i < list.length; i++) if (list[i]!.completedOn > today) (hits ??= []).push({ path: ['sdq', i, 'completedOn'] });
    return hits ?? _PASS;
  },
});
