import { _hasText } from '../../core/_text';
import { defineRule, _PASS, type RuleHit } from '../defineRule';
import { _NAVSH } from './_sources';

/**
 * Each target names who will take it forward (The Virtual School Handbook (NAVSH, 2014), Appendix 2:
 * "ensure that the PEP gives details of who will take the plan forward"; the same duty in Halton's
 * "During the PEP Meeting" and Barnet's "What is the Statutory Time Frame for a PEP?"). A warning per
 * target with no person responsible.
 * @example
 * import { rules } from 'pep-rules/rules';
 * rules.find((rule) => rule.code === 'PEP-TARGET-RESPONSIBLE-MISSING')?.severity;
 * //=> 'warning'
 */
export const targetResponsibleMissing = defineRule({
  code: 'PEP-TARGET-RESPONSIBLE-MISSING',
  severity: 'warning',
  appliesTo: {},
  description: 'A target names no person responsible for taking it forward.',
  source: `${_NAVSH}, Appendix 2 – The personal education planning cycle (details of who will take the plan forward)`,
  message: () => 'This target names no one responsible for taking it forward.',
  check: (pep) => {
    let hits: RuleHit[] | null = null;
    for (let i = 0; i < pep.targets.length; i++) {
      const t = pep.targets[i]!;
      if (_hasText(t.text) && !_hasText(t.responsible)) (hits ??= []).push({ path: ['targets', i, 'responsible'] });
    }
    return hits ?? _PASS;
  },
});
