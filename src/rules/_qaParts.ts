import type { Finding } from '../core/finding';
import type { Pep } from '../pep/schema';
import type { NonNegotiableId, QaCriterionId } from '../policy/schema';
import type { _RuleRun } from './_engine';
import { _applying, _perPhaseKind, type _PairCache } from './_engine';
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

/*
 * Each part of the grid (a non-negotiable, or a criterion's element) gets a small number the first
 * time a rule or the grid names it, so one PEP's parts are two arrays indexed by it: no map, set or
 * key string per PEP.
 */
const INDEX = new Map<string, Map<string, number>>();
let parts = 0;

function indexOf(criterion: string, element: string): number {
  let elements = INDEX.get(criterion);
  if (elements === undefined) INDEX.set(criterion, (elements = new Map()));
  let i = elements.get(element);
  if (i === undefined) elements.set(element, (i = parts++));
  return i;
}

/** The part a rule feeds (`nn` for the non-negotiables), worked out once per rule. */
const PART_OF = new WeakMap<Rule, number>();

function partOf(rule: Rule): number | undefined {
  const role = rule.qa;
  if (role === undefined) return undefined;
  let i = PART_OF.get(rule);
  if (i === undefined) {
    i = 'nonNegotiable' in role ? indexOf('nn', role.nonNegotiable) : indexOf(role.criterion, role.element);
    PART_OF.set(rule, i);
  }
  return i;
}

const NONE: readonly Finding[] = Object.freeze([]);

/** A criterion part a rule that applies to a phase and kind may expect, read once into one shape. */
interface Expectable {
  readonly part: number;
  readonly countsWhen: ((pep: Pep, ctx: RuleContext) => boolean) | undefined;
}
const EXPECTABLE: _PairCache<Expectable> = new WeakMap();

/** The criterion parts of the rules of a registry that apply to this PEP's phase and kind, in registry order. */
function expectable(registry: readonly Rule[], pep: Pep): readonly Expectable[] {
  return _perPhaseKind(EXPECTABLE, registry, pep, () => {
    const out: Expectable[] = [];
    for (const rule of _applying(registry, pep)) {
      const role = rule.qa;
      if (role === undefined || 'nonNegotiable' in role) continue;
      out.push(Object.freeze({ part: partOf(rule)!, countsWhen: role.countsWhen as Expectable['countsWhen'] }));
    }
    return out;
  });
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
  const byPart: (Finding[] | undefined)[] = [];
  for (const { rule, findings } of runs) {
    const i = partOf(rule);
    if (i === undefined) continue;
    const list = byPart[i];
    if (list) for (const f of findings) list.push(f);
    else byPart[i] = findings.slice();
  }
  const expected: boolean[] = [];
  for (const { part: i, countsWhen } of expectable(registry, pep)) {
    if (countsWhen === undefined || countsWhen(pep, ctx)) expected[i] = true;
  }
  const part = (criterion: string, element: string): readonly Finding[] => byPart[indexOf(criterion, element)] ?? NONE;
  return {
    nonNegotiable: (id) => part('nn', id).slice(),
    findings: (criterion, elements) => {
      const out: Finding[] = [];
      for (const e of elements) for (const f of part(criterion, e)) out.push(f);
      return out;
    },
    part,
    expected: (criterion, order) => order.filter((e) => expected[indexOf(criterion, e)] === true),
  };
}
