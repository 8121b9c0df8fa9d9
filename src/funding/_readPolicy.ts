import { YEAR_GROUPS, type YearGroup } from '../core/enums';
import { finding, type Finding } from '../core/finding';
import { poundsToPence } from '../core/money';
import { england } from '../policy/presets/england';

/** QA grades, best first. */
export const _QA_GRADES = Object.freeze(['gold', 'green', 'amber', 'red'] as const);
/** A QA grade. */
export type _QaGrade = (typeof _QA_GRADES)[number];

/** A money rule read from the policy, in pence. */
export interface _PenceRule {
  readonly pence: number;
  readonly source: string;
}

/** A switch read from the policy. */
export interface _Switch {
  readonly value: boolean;
  readonly source: string;
}

/** A payment window read from the policy. */
export interface _Window {
  readonly label: string;
  readonly fromMonth: number;
  readonly toMonth: number;
  readonly pence: number;
  readonly source: string;
}

/** The funding-relevant part of a policy, checked and in pence. */
export interface _FundingPolicy {
  readonly eligibleYearGroups: { readonly value: readonly YearGroup[]; readonly source: string };
  readonly allocationBasis: { readonly value: string; readonly source: string };
  readonly perPepCap: _PenceRule | null;
  readonly capCorePepsOnly: _Switch;
  readonly perFinancialYearCap: _PenceRule | null;
  readonly perTermCap: _PenceRule | null;
  readonly instalments: readonly _Window[];
  /** Lower-cased, trimmed. */
  readonly disallowedCategories: { readonly value: readonly string[]; readonly source: string };
  readonly requireTargetLink: _Switch;
  readonly requireCosting: _Switch;
  readonly withholdWithoutRobustPlan: _Switch;
  readonly minimumQaGrade: { readonly value: _QaGrade; readonly source: string } | null;
  readonly noCarryForward: _Switch;
  readonly minimumTargets: { readonly value: number; readonly source: string };
  /** Problems found in the policy (each value fell back to the `england` preset's). */
  readonly findings: readonly Finding[];
}

const isRecord = (v: unknown): v is Record<string, unknown> => v !== null && typeof v === 'object' && !Array.isArray(v);

/** Reads a value that may be missing without trusting its type. */
export function _get(value: unknown, key: string | number): unknown {
  if (typeof key === 'number') return Array.isArray(value) ? (value as unknown[])[key] : undefined;
  return isRecord(value) && Object.prototype.hasOwnProperty.call(value, key) ? value[key] : undefined;
}

const sourceOf = (v: unknown, fallback: string): string => {
  const s = _get(v, 'source');
  return typeof s === 'string' && s.length > 0 ? s : fallback;
};

/**
 * Reads the funding rules out of a policy defensively: a missing or malformed value falls back to
 * the `england` preset's value and adds a `PPPLUS-POLICY-INVALID` finding (path under `policy`).
 * `undefined` means the `england` preset.
 */
export function _readPolicy(policy: unknown): _FundingPolicy {
  const findings: Finding[] = [];
  const base = england.ppPlus;
  if (policy !== undefined && !isRecord(policy)) {
    findings.push(finding('PPPLUS-POLICY-INVALID', 'error', 'The policy is not an object; the england preset was used.', ['policy']));
  }
  const p = isRecord(policy) ? policy : england;
  const pp = _get(p, 'ppPlus');
  const bad = (key: string, what: string, sub: (string | number)[] = []): void => {
    findings.push(finding('PPPLUS-POLICY-INVALID', 'error', `The policy's ppPlus.${key} ${what}; the england preset's value was used.`, ['policy', 'ppPlus', key, ...sub]));
  };

  const readSwitch = (key: 'capCorePepsOnly' | 'requireTargetLink' | 'requireCosting' | 'withholdWithoutRobustPlan' | 'noCarryForward'): _Switch => {
    const v = _get(pp, key);
    const value = _get(v, 'value');
    if (typeof value === 'boolean') return { value, source: sourceOf(v, base[key].source) };
    bad(key, 'must be { value: true | false, source }', ['value']);
    return { value: base[key].value, source: base[key].source };
  };

  const readMoney = (key: 'perPepCap' | 'perFinancialYearCap' | 'perTermCap'): _PenceRule | null => {
    const v = _get(pp, key);
    if (v === null) return null;
    const pounds = _get(v, 'pounds');
    const pence = poundsToPence(pounds, { allowZero: true });
    if (pence.ok) return { pence: pence.pence, source: sourceOf(v, `policy ppPlus.${key}`) };
    bad(key, 'must be null or { pounds, source } with pounds a non-negative amount with at most two decimal places', ['pounds']);
    const b = base[key];
    return b === null ? null : { pence: Math.round(b.pounds * 100), source: b.source };
  };

  const groupsRaw = _get(pp, 'eligibleYearGroups');
  const groupsValue = _get(groupsRaw, 'value');
  let eligibleYearGroups: _FundingPolicy['eligibleYearGroups'];
  if (Array.isArray(groupsValue) && groupsValue.every((g) => (YEAR_GROUPS as readonly unknown[]).includes(g))) {
    eligibleYearGroups = { value: groupsValue as YearGroup[], source: sourceOf(groupsRaw, base.eligibleYearGroups.source) };
  } else {
    bad('eligibleYearGroups', "must be { value: ['R', '1', …], source }", ['value']);
    eligibleYearGroups = base.eligibleYearGroups;
  }

  const basisRaw = _get(pp, 'allocationBasis');
  const basisValue = _get(basisRaw, 'value');
  const allocationBasis =
    typeof basisValue === 'string' ? { value: basisValue, source: sourceOf(basisRaw, base.allocationBasis.source) } : base.allocationBasis;

  const instalmentsRaw = _get(pp, 'instalments');
  const instalments: _Window[] = [];
  if (instalmentsRaw === undefined) {
    bad('instalments', 'is missing');
  } else if (!Array.isArray(instalmentsRaw)) {
    bad('instalments', 'must be a list');
  } else {
    instalmentsRaw.forEach((w: unknown, i) => {
      const from = _get(w, 'fromMonth');
      const to = _get(w, 'toMonth');
      const pence = poundsToPence(_get(w, 'pounds'), { allowZero: true });
      const month = (m: unknown): m is number => typeof m === 'number' && Number.isInteger(m) && m >= 1 && m <= 12;
      if (!month(from) || !month(to) || !pence.ok) {
        bad('instalments', 'has a window without whole months 1–12 and an amount in pounds; the window was ignored', [i]);
        return;
      }
      const label = _get(w, 'label');
      instalments.push({
        label: typeof label === 'string' ? label : `months ${from}–${to}`,
        fromMonth: from,
        toMonth: to,
        pence: pence.pence,
        source: sourceOf(w, 'policy ppPlus.instalments'),
      });
    });
  }

  const catRaw = _get(pp, 'disallowedCategories');
  const catValue = _get(catRaw, 'value');
  let disallowedCategories: _FundingPolicy['disallowedCategories'];
  if (Array.isArray(catValue) && catValue.every((c) => typeof c === 'string')) {
    disallowedCategories = { value: catValue.map((c: string) => c.trim().toLowerCase()), source: sourceOf(catRaw, base.disallowedCategories.source) };
  } else {
    bad('disallowedCategories', "must be { value: ['administration', …], source }", ['value']);
    disallowedCategories = base.disallowedCategories;
  }

  const gradeRaw = _get(pp, 'minimumQaGrade');
  let minimumQaGrade: _FundingPolicy['minimumQaGrade'] = null;
  if (gradeRaw !== null && gradeRaw !== undefined) {
    const g = _get(gradeRaw, 'value');
    if ((_QA_GRADES as readonly unknown[]).includes(g)) {
      minimumQaGrade = { value: g as _QaGrade, source: sourceOf(gradeRaw, 'policy ppPlus.minimumQaGrade') };
    } else {
      bad('minimumQaGrade', "must be null or { value: 'gold' | 'green' | 'amber' | 'red', source }", ['value']);
    }
  } else if (gradeRaw === undefined) {
    bad('minimumQaGrade', 'is missing');
  }

  const minRaw = _get(_get(p, 'targets'), 'minimumCount');
  const minValue = _get(minRaw, 'value');
  let minimumTargets: _FundingPolicy['minimumTargets'];
  if (typeof minValue === 'number' && Number.isInteger(minValue) && minValue >= 0) {
    minimumTargets = { value: minValue, source: sourceOf(minRaw, england.targets.minimumCount.source) };
  } else {
    findings.push(
      finding('PPPLUS-POLICY-INVALID', 'error', "The policy's targets.minimumCount must be { value: a whole number, source }; the england preset's value was used.", [
        'policy',
        'targets',
        'minimumCount',
        'value',
      ]),
    );
    minimumTargets = england.targets.minimumCount;
  }

  if (!isRecord(pp)) {
    // One finding for a missing section instead of one per field.
    return {
      ...fromEngland(),
      minimumTargets,
      findings: [
        ...findings.filter((f) => f.path?.[1] !== 'ppPlus'),
        finding('PPPLUS-POLICY-INVALID', 'error', "The policy has no ppPlus section; the england preset's was used.", ['policy', 'ppPlus']),
      ],
    };
  }

  return {
    eligibleYearGroups,
    allocationBasis,
    perPepCap: readMoney('perPepCap'),
    capCorePepsOnly: readSwitch('capCorePepsOnly'),
    perFinancialYearCap: readMoney('perFinancialYearCap'),
    perTermCap: readMoney('perTermCap'),
    instalments,
    disallowedCategories,
    requireTargetLink: readSwitch('requireTargetLink'),
    requireCosting: readSwitch('requireCosting'),
    withholdWithoutRobustPlan: readSwitch('withholdWithoutRobustPlan'),
    minimumQaGrade,
    noCarryForward: readSwitch('noCarryForward'),
    minimumTargets,
    findings,
  };
}

function fromEngland(): Omit<_FundingPolicy, 'findings' | 'minimumTargets'> {
  const b = england.ppPlus;
  return {
    eligibleYearGroups: b.eligibleYearGroups,
    allocationBasis: b.allocationBasis,
    perPepCap: null,
    capCorePepsOnly: b.capCorePepsOnly,
    perFinancialYearCap: null,
    perTermCap: null,
    instalments: [],
    disallowedCategories: b.disallowedCategories,
    requireTargetLink: b.requireTargetLink,
    requireCosting: b.requireCosting,
    withholdWithoutRobustPlan: b.withholdWithoutRobustPlan,
    minimumQaGrade: null,
    noCarryForward: b.noCarryForward,
  };
}
