import { _deepFreeze } from '../_merge';
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
}> = _deepFreeze({ england, miltonKeynes, barnet, halton, bolton });

/** Names of the built-in presets. */
export type PolicyPresetName = keyof typeof policies;
