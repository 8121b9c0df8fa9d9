import { _deepFreeze } from '../_merge';
import { _checkUntrustedPolicy } from '../definePolicy';
import { _trustPolicy } from '../gate';
import { _registerPolicyCheck } from '../resolve';
import type { Policy } from '../schema';
import { barnet } from './barnet';
import { bolton } from './bolton';
import { england } from './england';
import { halton } from './halton';
import { miltonKeynes } from './miltonKeynes';

/**
 * The built-in policy presets, frozen: `england` (statutory defaults) and four councils from the seeds.
 * @example
 * import { policies } from 'pep-rules/policy';
 * Object.keys(policies);
 * //=> ['england', 'miltonKeynes', 'barnet', 'halton', 'bolton']
 */
export const policies: Readonly<{
  england: Policy;
  miltonKeynes: Policy;
  barnet: Policy;
  halton: Policy;
  bolton: Policy;
}> = _deepFreeze({
  england: _trustPolicy(england),
  miltonKeynes: _trustPolicy(miltonKeynes),
  barnet: _trustPolicy(barnet),
  halton: _trustPolicy(halton),
  bolton: _trustPolicy(bolton),
});

/** Names of the built-in presets. */
export type PolicyPresetName = keyof typeof policies;

// A host that has the presets can also have a policy of its own checked at any module's gate.
_registerPolicyCheck(_checkUntrustedPolicy);
