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
  /** Findings of the rules feeding one part of a criterion (read only: not a copy). */
  part<C extends QaCriterionId>(criterion: C, element: QaElements[C]): readonly Finding[];
  /** The parts of a criterion expected of this PEP (a rule feeding it applies and counts), in the order given. */
  expected<C extends QaCriterionId>(criterion: C, order: readonly QaElements[C][]): QaElements[C][];
}

/** The findings of one PEP per part: criterion (or `nn` for the non-negotiables), then element. */
type ByPart = Map<string, Map<string, Finding[]>>;

/** `[criterion or 'nn', element or non-negotiable]` of a rule's role, made once per rule. */
const PARTS = new WeakMap<Rule, readonly [string, string]>();

function partOf(rule: Rule): readonly [string, string] | undefined {
  const role = rule.qa;
  if (role === undefined) return undefined;
  let part = PARTS.get(rule);
  if (part === undefined) {
    part = 'nonNegotiable' in role ? ['nn', role.nonNegotiable] : [role.criterion, role.element];
    PARTS.set(rule, part);
  }
  return part;
}

const NONE: readonly Finding[] = Object.freeze([]);

function part(byPart: ByPart, criterion: string, element: string): readonly Finding[] {
  return byPart.get(criterion)?.get(element) ?? NONE;
}

/**
 * Sorts the rule runs of one PEP into the grid's parts.
 * @param registry - Every rule (for the parts a PEP is expected to have).
 * @param runs - Each rule's findings on this PEP.
 * @param pep - The PEP.
 * @param ctx - Its rule context.
 * @returns The parts.
 */
export function _qaParts(registry: readonly Rule[], runs: readonly _RuleRun[], pep: Pep, ctx: RuleContext): _QaParts {
  const byPart: ByPart = new Map();
  for (const { rule, findings } of runs) {
    const where = partOf(rule);
    if (where === undefined) continue;
    let elements = byPart.get(where[0]);
    if (elements === undefined) byPart.set(where[0], (elements = new Map()));
    const list = elements.get(where[1]);
    if (list) for (const f of findings) list.push(f);
    else elements.set(where[1], findings.slice());
  }
  const expected = new Map<string, Set<string>>();
  for (const rule of _applying(registry, pep)) {
    const role = rule.qa;
    if (role === undefined || 'nonNegotiable' in role) continue;
    if (role.countsWhen !== undefined && !role.countsWhen(pep, ctx)) continue;
    let elements = expected.get(role.criterion);
    if (elements === undefined) expected.set(role.criterion, (elements = new Set()));
    elements.add(role.element);
  }
  return {
    nonNegotiable: (id) => part(byPart, 'nn', id).slice(),
    findings: (criterion, elements) => {
      const out: Finding[] = [];
      for (const e of elements) for (const f of part(byPart, criterion, e)) out.push(f);
      return out;
    },
    part: (criterion, element) => part(byPart, criterion, element),
    expected: (criterion, order) => {
      const elements = expected.get(criterion);
      return elements === undefined ? [] : order.filter((e) => elements.has(e));
    },
  };
}
