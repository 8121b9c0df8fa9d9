import type { SemhSignal } from '../../pep/facts';
import { defineRule, _PASS } from '../defineRule';
import { _HALTON_GRID } from './_sources';

const SIGNALS: readonly SemhSignal[] = ['sdq-concern', 'semh-target', 'sen-primary-need', 'semh-interventions'];

/**
 * When the PEP indicates an SEMH need, the need is described.
 * @example
 * import { rules } from 'pep-rules/rules';
 * rules.find((rule) => rule.code === 'PEP-SEMH-NEEDS-MISSING')?.severity;
 * //=> 'warning'
 */
export const semhNeedsMissing = defineRule<{ signals: string }>({
  code: 'PEP-SEMH-NEEDS-MISSING',
  severity: 'warning',
  appliesTo: {},
  qa: { criterion: 'semh', element: 'needs' },
  description:
    'The PEP indicates an SEMH need (SDQ at concern level, an SEMH target, an SEMH primary need or SEMH interventions) but does not describe it.',
  source: `${_HALTON_GRID}: complete picture of SEMH needs and interventions (where applicable)`,
  message: (p) => `An SEMH need is indicated (${p.signals}) but the needs are not described.`,
  check: (_pep, ctx) => {
    const s = ctx.facts.semhSignals;
    if (s.includes('semh-needs')) return _PASS;
    const signals = SIGNALS.filter((x) => s.includes(x));
    return signals.length > 0 ? [{ path: ['semh', 'needs'], params: { signals: signals.join(', ') } }] : _PASS;
  },
});
