import type { Policy, PpPlusReleaseTiming } from '../policy/schema';
import { _compileVocabulary, type _Vocabulary } from './_vocabulary';

/** A money rule of the policy, in pence. */
export interface _PenceRule {
  readonly pence: number;
  readonly source: string;
}

/** A payment window of the policy, in pence. */
export interface _Window {
  readonly label: string;
  readonly fromMonth: number;
  readonly toMonth: number;
  readonly pence: number;
  readonly source: string;
}

/** What the funding steps work out from a (gated) policy: its pounds in pence, its categories normalised. */
export interface _FundingRules {
  readonly perPepCap: _PenceRule | null;
  readonly perFinancialYearCap: _PenceRule | null;
  readonly perTermCap: _PenceRule | null;
  readonly instalments: readonly _Window[];
  /** `policy.ppPlus.disallowedCategories.value`, trimmed and lower-cased. */
  readonly disallowedCategories: readonly string[];
  /** The spending vocabulary with the disallowed categories resolved to it. */
  readonly vocabulary: _Vocabulary;
  /** When PP+ is released: `policy.ppPlus.release`, or worked out from the older fields when it is `null`. */
  readonly release: { readonly timing: PpPlusReleaseTiming; readonly source: string };
}

/** `ppPlus.release`, or (when `null`) the timing the older fields say: instalment windows, a termly basis, else on the PEP. */
function releaseOf(pp: Policy['ppPlus']): _FundingRules['release'] {
  if (pp.release !== null) return pp.release;
  if (pp.instalments.length > 0) return { timing: 'instalments', source: pp.instalments.map((w) => w.source).join('; ') };
  return { timing: pp.allocationBasis.value === 'termly' ? 'termly' : 'on-pep', source: pp.allocationBasis.source };
}

const RULES = new WeakMap<Policy, _FundingRules>();

const pence = (pounds: number): number => Math.round(pounds * 100);
const penceRule = (money: { readonly pounds: number; readonly source: string } | null): _PenceRule | null =>
  money === null ? null : { pence: pence(money.pounds), source: money.source };

/**
 * The funding rules derived from a policy that passed the policy gate (no re-validation: the gate
 * checked it), worked out once per policy object.
 * @param policy - A trusted policy.
 * @returns Caps and instalment windows in pence, disallowed categories normalised.
 * @internal
 */
export function _fundingRules(policy: Policy): _FundingRules {
  const known = RULES.get(policy);
  if (known !== undefined) return known;
  const pp = policy.ppPlus;
  const rules: _FundingRules = Object.freeze({
    perPepCap: penceRule(pp.perPepCap),
    perFinancialYearCap: penceRule(pp.perFinancialYearCap),
    perTermCap: penceRule(pp.perTermCap),
    instalments: Object.freeze(pp.instalments.map((w) => ({ label: w.label, fromMonth: w.fromMonth, toMonth: w.toMonth, pence: pence(w.pounds), source: w.source }))),
    disallowedCategories: Object.freeze(pp.disallowedCategories.value.map((c) => c.trim().toLowerCase())),
    vocabulary: _compileVocabulary(pp),
    release: releaseOf(pp),
  });
  RULES.set(policy, rules);
  return rules;
}
