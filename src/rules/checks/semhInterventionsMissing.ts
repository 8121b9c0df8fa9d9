import type { SemhSignal } from '../../pep/facts';
import { defineRule, _PASS } from '../defineRule';
import { _HALTON_GRID } from './_sources';

const SIGNALS: readonly SemhSignal[] = ['sdq-concern', 'semh-target', 'sen-primary-need', 'semh-needs'];

/**
 * When the PEP indicates an SEMH need, the interventions in place are recorded.
 * @example
 * import { rules } from 'pep-rules/rules';
 * rules.find((rule) => rule.code === 'PEP-SEMH-INTERVENTIONS-MISSING')?.severity;
 * //=> 'warning'
 */
export const semhInterventionsMissing = defineRule<{ signals: string }>({
  code: 'PEP-SEMH-INTERVENTIONS-MISSING',
  severity: 'warning',
  appliesTo: {},
  qa: { criterion: 'semh', element: 'interventions' },
  description: 'The PEP indicates an SEMH need but records no SEMH interventions.',
  source: `${_HALTON_GRID}: complete picture of SEMH needs and interventions (where applicable)`,
  message: (p) => `An SEMH need is indicated (${p.signals}) but no interventions are recorded.`,
  check: (_pep, ctx) => {
    const s = ctx.facts.semhSignals;
    if (s.includes('semh-interventions')) return _PASS;
    const signals = SIGNALS.filter((x) => s.includes(x));
    return signals.length > 0 ? [{ path: ['semh', 'interventions'], params: { signals: signals.join(', ') } }] : _PASS;
  },
});
