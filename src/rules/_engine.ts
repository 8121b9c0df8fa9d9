import { finding, type Finding } from '../core/finding';
import type { Pep } from '../pep/schema';
import { _PASS, type Rule, type RuleContext, type RuleParams, type RuleHit } from './defineRule';
import { ruleFailed } from './checks/ruleFailed';
import { todayNotGiven } from './checks/todayNotGiven';

/**
 * The finding a rule hit becomes: the engine adds code, severity, message and source. With `codes`
 * (assessPep's `detail: 'codes'`) the message is never built: `message` is `''` and there is no source.
 */
export function _raise(rule: Rule, params: RuleParams, path?: RuleHit['path'], codes = false): Finding {
  if (codes) return bareFinding(rule, path);
  return finding(rule.code, rule.severity, rule.message(params), path, rule.source);
}

const EMPTY: RuleParams = Object.freeze({});

/** What `_raise` gives at detail 'codes': code, severity, no message, and the path when there is one. */
function bareFinding(rule: Rule, path: RuleHit['path']): Finding {
  return path === undefined ? { code: rule.code, severity: rule.severity, message: '' } : { code: rule.code, severity: rule.severity, message: '', path };
}

/** Whether a rule applies to this PEP's phase and kind. */
export function _applies(rule: Rule, pep: Pep): boolean {
  const { phases, kinds } = rule.appliesTo;
  return (phases === undefined || phases.includes(pep.phase)) && (kinds === undefined || kinds.includes(pep.kind));
}

/*
 * Which rules of a registry apply to a phase and kind never changes: the list is worked out once per
 * registry and (phase, kind) pair, not once per rule per PEP.
 */
/** A cache of lists worked out from a registry for each (phase, kind) pair. @internal */
export type _PairCache<T> = WeakMap<readonly Rule[], Map<string, Map<string, readonly T[]>>>;

/**
 * The list `build(rules, pep)` gives for this registry and this PEP's phase and kind, worked out on
 * first use and kept in `cache` (frozen). `build` is a function of its two arguments (a module-level
 * function, not a closure made per PEP).
 * @internal
 */
export function _perPhaseKind<T>(cache: _PairCache<T>, rules: readonly Rule[], pep: Pep, build: (rules: readonly Rule[], pep: Pep) => T[]): readonly T[] {
  let byPair = cache.get(rules);
  if (byPair === undefined) {
    byPair = new Map();
    cache.set(rules, byPair);
  }
  // Phase, then kind: no key string per PEP.
  let byKind = byPair.get(pep.phase);
  if (byKind === undefined) {
    byKind = new Map();
    byPair.set(pep.phase, byKind);
  }
  let list = byKind.get(pep.kind);
  if (list === undefined) {
    list = Object.freeze(build(rules, pep));
    byKind.set(pep.kind, list);
  }
  return list;
}

const APPLYING: _PairCache<Rule> = new WeakMap();

/**
 * The rules of a registry that apply to this PEP's phase and kind, in registry order (the engine's
 * own rules included: callers skip what they do not run). Cached per registry.
 * @internal
 */
export function _applying(rules: readonly Rule[], pep: Pep): readonly Rule[] {
  return _perPhaseKind(APPLYING, rules, pep, applyingOf);
}
function applyingOf(rules: readonly Rule[], pep: Pep): Rule[] {
  return rules.filter((rule) => _applies(rule, pep));
}

/**
 * A rule the engine runs, read once into one shape: the rules are frozen objects of several shapes
 * (with or without `qa`, `needsToday`, …), so reading their fields in the loop would go through a
 * lookup per field per rule per PEP.
 */
interface Runnable {
  readonly rule: Rule;
  readonly check: Rule['check'];
  readonly needsToday: boolean;
  /** What a finding of the rule carries, read here once (not from the rule at each hit). */
  readonly code: string;
  readonly severity: Rule['severity'];
  readonly source: string;
  readonly message: Rule['message'];
  /** The rule declares a part of the QA grid (`qa`): only then does the grid read its own list of findings. */
  readonly feedsGrid: boolean;
}

/**
 * The rules the engine runs for one (registry, phase, kind), as parallel lists: the loop reads only
 * the checks, one list in order; a rule's record is read when it has hits (or without `today`).
 */
interface Plan {
  readonly runs: readonly Runnable[];
  readonly checks: readonly Rule['check'][];
}

const PLANS: _PairCache<Plan> = new WeakMap();

/** The rules of a registry the engine runs for this PEP's phase and kind (not the engine's own). */
function planOf(rules: readonly Rule[], pep: Pep): Plan {
  return _perPhaseKind(PLANS, rules, pep, buildPlan)[0]!;
}
function buildPlan(rules: readonly Rule[], pep: Pep): Plan[] {
  const runs = _applying(rules, pep)
    .filter((rule) => rule.raisedBy !== 'engine')
    .map((rule) =>
      Object.freeze({
        rule,
        check: rule.check,
        needsToday: rule.needsToday === true,
        code: rule.code,
        severity: rule.severity,
        source: rule.source,
        message: rule.message,
        feedsGrid: rule.qa !== undefined,
      }),
    );
  return [Object.freeze({ runs: Object.freeze(runs), checks: Object.freeze(runs.map((run) => run.check)) })];
}

/** What `bareFinding` gives, from the rule's runnable record. */
function bareOf(run: Runnable, path: RuleHit['path']): Finding {
  return path === undefined ? { code: run.code, severity: run.severity, message: '' } : { code: run.code, severity: run.severity, message: '', path };
}

/** What `_raise` gives at full detail, from the rule's runnable record (a plain call of its message: no rule reads `this`). */
function fullOf(run: Runnable, params: RuleParams, path: RuleHit['path']): Finding {
  return finding(run.code, run.severity, run.message(params), path, run.source);
}

/** One rule's findings, in the order of its hits (only for a rule that feeds the QA grid: nothing else reads them). */
export interface _RuleRun {
  readonly rule: Rule;
  /** A new array per run: the QA grid may take it over. */
  readonly findings: Finding[];
}

/**
 * Runs the registered rules over a parsed PEP. A rule that throws is reported as `PEP-RULE-FAILED`
 * (a bug) and the others still run; rules needing `today` are skipped without it and listed in one
 * `PEP-TODAY-NOT-GIVEN` info finding.
 * @param rules - The registry.
 * @param pep - The parsed PEP.
 * @param ctx - Policy, today, the PEP's facts and the SMART check of its targets.
 * @param codes - Build findings without messages or sources (`detail: 'codes'`).
 * @returns Every finding in registry order, and the own findings of each rule with hits that feeds the QA grid
 *   (a rule without a `qa` role is counted by nothing there, so no list of its own is made).
 */
export function _runRules(rules: readonly Rule[], pep: Pep, ctx: RuleContext, codes = false): { findings: Finding[]; runs: _RuleRun[] } {
  const findings: Finding[] = [];
  const runs: _RuleRun[] = [];
  let skipped: string[] | null = null;
  const noToday = ctx.today === undefined;
  const { runs: list, checks } = planOf(rules, pep);
  for (let r = 0; r < checks.length; r++) {
    if (noToday && list[r]!.needsToday) {
      (skipped ??= []).push(list[r]!.code);
      continue;
    }
    const check = checks[r]!;
    let hits: readonly RuleHit[];
    try {
      // A plain call (no rule's check reads `this`): no Function.prototype.call frame per rule per PEP.
      hits = check(pep, ctx);
    } catch {
      findings.push(_raise(ruleFailed, { code: list[r]!.code }, [], codes));
      continue;
    }
    // Most rules pass with the shared empty list: known without reading a length (their lists differ in kind).
    if (hits === _PASS || hits.length === 0) continue;
    const run = list[r]!;
    if (!run.feedsGrid) {
      for (let i = 0; i < hits.length; i++) findings.push(codes ? bareOf(run, hits[i]!.path) : fullOf(run, hits[i]!.params ?? EMPTY, hits[i]!.path));
      continue;
    }
    const own: Finding[] = new Array<Finding>(hits.length);
    for (let i = 0; i < hits.length; i++) {
      const hit = hits[i]!;
      // At detail 'codes' the params (read only by the message) are not read.
      const f = codes ? bareOf(run, hit.path) : fullOf(run, hit.params ?? EMPTY, hit.path);
      own[i] = f;
      findings.push(f);
    }
    runs.push({ rule: run.rule, findings: own });
  }
  if (skipped !== null) findings.push(_raise(todayNotGiven, { codes: skipped.join(', '), count: skipped.length }, undefined, codes));
  return { findings, runs };
}
