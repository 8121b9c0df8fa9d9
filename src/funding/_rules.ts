import type { Policy } from '../policy/schema';

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
  });
  RULES.set(policy, rules);
  return rules;
}
