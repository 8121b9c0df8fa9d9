import type { Finding } from '../core/finding';
import type { Pep } from '../pep/schema';
import type { NonNegotiableId, QaCriterionId } from '../policy/schema';
import type { _RuleRun } from './_engine';
import { _applying, _perPhaseKind, type _PairCache } from './_engine';
import type { QaElements, Rule, RuleContext } from './defineRule';

/*
 * Each part of the grid (a non-negotiable, or a criterion's element) gets a small number the first
 * time a rule or the grid names it, so one PEP's parts are two arrays indexed by it: no map, set or
 * key string per PEP. The grid works out the numbers of the parts it reads once, when it loads.
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

/**
 * The number of one part of a criterion (the same for every PEP: work it out once, outside the loop).
 * @internal
 */
export function _partIndex<C extends QaCriterionId>(criterion: C, element: QaElements[C]): number {
  return indexOf(criterion, element);
}

/**
 * The number of a non-negotiable's part (the same for every PEP).
 * @internal
 */
export function _nonNegotiableIndex(id: NonNegotiableId): number {
  return indexOf('nn', id);
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

/**
 * The findings of one PEP sorted into the QA grid by what each rule declares it feeds (its `qa`
 * role): per non-negotiable, and per part of each criterion, read by the numbers of
 * {@link _partIndex} and {@link _nonNegotiableIndex}. The grid never names a rule code.
 * @internal
 */
export class _QaParts {
  private readonly byPart: readonly (Finding[] | undefined)[];
  private readonly expectedParts: readonly (boolean | undefined)[];

  /**
   * @param byPart - Each part's findings (owned: not shared with anything returned).
   * @param expectedParts - The parts expected of this PEP.
   */
  constructor(byPart: readonly (Finding[] | undefined)[], expectedParts: readonly (boolean | undefined)[]) {
    this.byPart = byPart;
    this.expectedParts = expectedParts;
  }

  /** Findings of the rules feeding a non-negotiable, in registry order (a new array each time it is asked). */
  nonNegotiable(index: number): Finding[] {
    const list = this.byPart[index];
    return list === undefined ? [] : list.slice();
  }

  /** Findings of the rules feeding these parts of a criterion, part by part in the order given. */
  findings(indices: readonly number[]): Finding[] {
    const out: Finding[] = [];
    for (let k = 0; k < indices.length; k++) {
      const list = this.byPart[indices[k]!];
      if (list !== undefined) for (let j = 0; j < list.length; j++) out.push(list[j]!);
    }
    return out;
  }

  /** Findings of the rules feeding one part (read only: not a copy). */
  part(index: number): readonly Finding[] {
    return this.byPart[index] ?? NONE;
  }

  /** Whether a part is expected of this PEP (a rule feeding it applies and counts). */
  expected(index: number): boolean {
    return this.expectedParts[index] === true;
  }
}

/** A criterion part a rule that applies to a phase and kind may expect, read once into one shape. */
interface Expectable {
  readonly part: number;
  readonly countsWhen: ((pep: Pep, ctx: RuleContext) => boolean) | undefined;
}
const EXPECTABLE: _PairCache<Expectable> = new WeakMap();

/** The criterion parts of the rules of a registry that apply to this PEP's phase and kind, in registry order. */
function expectable(registry: readonly Rule[], pep: Pep): readonly Expectable[] {
  return _perPhaseKind(EXPECTABLE, registry, pep, buildExpectable);
}
function buildExpectable(registry: readonly Rule[], pep: Pep): Expectable[] {
  const out: Expectable[] = [];
  for (const rule of _applying(registry, pep)) {
    const role = rule.qa;
    if (role === undefined || 'nonNegotiable' in role) continue;
    out.push(Object.freeze({ part: partOf(rule)!, countsWhen: role.countsWhen as Expectable['countsWhen'] }));
  }
  return out;
}


/**
 * Sorts the rule runs of one PEP into the grid's parts.
 * @param registry - Every rule (for the parts a PEP is expected to have).
 * @param runs - Each rule's findings on this PEP (the lists are taken over: not used again by the caller).
 * @param pep - The PEP.
 * @param ctx - Its rule context.
 * @returns The parts.
 */
export function _qaParts(registry: readonly Rule[], runs: readonly _RuleRun[], pep: Pep, ctx: RuleContext): _QaParts {
  clearScratch();
  const byPart = BY_PART;
  const expected = EXPECTED;
  for (let r = 0; r < runs.length; r++) {
    const run = runs[r]!;
    const i = partOf(run.rule);
    if (i === undefined) continue;
    const list = byPart[i];
    const findings = run.findings;
    if (list === undefined) byPart[i] = findings;
    else for (let j = 0; j < findings.length; j++) list.push(findings[j]!);
  }
  const expectables = expectable(registry, pep);
  for (let k = 0; k < expectables.length; k++) {
    const { part: i, countsWhen } = expectables[k]!;
    if (countsWhen === undefined || countsWhen(pep, ctx)) expected[i] = true;
  }
  return new _QaParts(byPart, expected);
}

/*
 * The two lists of one PEP's parts are kept between calls and cleared at the start of each (the grid
 * reads them while it grades, synchronously, and keeps none of them: what it returns is copied from
 * them or shared), so a PEP makes no list of every part known. They are made again when more parts
 * are known than they hold.
 */
let BY_PART: (Finding[] | undefined)[] = [];
let EXPECTED: (boolean | undefined)[] = [];

/** Clears the scratch lists, made at least as long as the number of parts known. */
function clearScratch(): void {
  if (BY_PART.length < parts) {
    BY_PART = new Array<Finding[] | undefined>(parts).fill(undefined);
    EXPECTED = new Array<boolean | undefined>(parts).fill(undefined);
  } else {
    BY_PART.fill(undefined);
    EXPECTED.fill(undefined);
  }
}

/** The parts of a criterion in the order given, as numbers (worked out once, when a module loads). @internal */
export function _partIndices<C extends QaCriterionId>(criterion: C, elements: readonly QaElements[C][]): readonly number[] {
  return Object.freeze(elements.map((e) => indexOf(criterion, e)));
}
