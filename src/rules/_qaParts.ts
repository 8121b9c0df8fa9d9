import type { Finding } from '../core/finding';
import type { Pep } from '../pep/schema';
import type { NonNegotiableId, QaCriterionId } from '../policy/schema';
import type { _RuleRun } from './_engine';
import { _applying } from './_engine';
import type { QaElements, Rule, RuleContext } from './defineRule';

/**
 * The findings of one PEP sorted into the QA grid by what each rule declares it feeds (its `qa`
 * role): per non-negotiable, and per part of each criterion. The grid never names a rule code.
 */
export interface _QaParts {
  /** Findings of the rules feeding a non-negotiable, in registry order. */
  nonNegotiable(id: NonNegotiableId): Finding[];
  /** Findings of the rules feeding these parts of a criterion, part by part in the order given. */
  findings<C extends QaCriterionId>(criterion: C, elements: readonly QaElements[C][]): Finding[];
  /** The parts of a criterion expected of this PEP (a rule feeding it applies and counts), in the order given. */
  expected<C extends QaCriterionId>(criterion: C, order: readonly QaElements[C][]): QaElements[C][];
}

function key(criterion: string, element: string): string {
  return `${criterion}/${element}`;
}

/** A rule's part of the grid as a key (`nn/<id>` or `<criterion>/<element>`), made once per rule. */
const KEYS = new WeakMap<Rule, string>();

function partKey(rule: Rule): string | undefined {
  const role = rule.qa;
  if (role === undefined) return undefined;
  let k = KEYS.get(rule);
  if (k === undefined) {
    k = 'nonNegotiable' in role ? key('nn', role.nonNegotiable) : key(role.criterion, role.element);
    KEYS.set(rule, k);
  }
  return k;
}

const NONE: readonly Finding[] = Object.freeze([]);

/**
 * Sorts the rule runs of one PEP into the grid's parts.
 * @param registry - Every rule (for the parts a PEP is expected to have).
 * @param runs - Each rule's findings on this PEP.
 * @param pep - The PEP.
 * @param ctx - Its rule context.
 * @returns The parts.
 */
export function _qaParts(registry: readonly Rule[], runs: readonly _RuleRun[], pep: Pep, ctx: RuleContext): _QaParts {
  const byPart = new Map<string, Finding[]>();
  for (const { rule, findings } of runs) {
    const k = partKey(rule);
    if (k === undefined) continue;
    const list = byPart.get(k);
    if (list) for (const f of findings) list.push(f);
    else byPart.set(k, findings.slice());
  }
  const expected = new Set<string>();
  for (const rule of _applying(registry, pep)) {
    const role = rule.qa;
    if (role === undefined || 'nonNegotiable' in role) continue;
    if (role.countsWhen === undefined || role.countsWhen(pep, ctx)) expected.add(partKey(rule)!);
  }
  return {
    nonNegotiable: (id) => (byPart.get(key('nn', id)) ?? NONE).slice(),
    findings: (criterion, elements) => {
      const out: Finding[] = [];
      for (const e of elements) {
        const list = byPart.get(key(criterion, e));
        if (list !== undefined) for (const f of list) out.push(f);
      }
      return out;
    },
    expected: (criterion, order) => order.filter((e) => expected.has(key(criterion, e))),
  };
}
