import { finding, type Finding } from '../core/finding';
import type { Rule, RuleContext, RuleHit, RuleParams, RulePassThrough } from './defineRule';
import { ruleFailed } from './checks/ruleFailed';
import { todayNotGiven } from './checks/todayNotGiven';
import type { Pep } from '../pep/schema';

/** The finding a rule hit becomes: the engine adds code, severity, message and source. */
export function _raise(rule: Rule, params: RuleParams, path?: RuleHit['path']): Finding {
  return finding(rule.code, rule.severity, rule.message(params), path, rule.source);
}

const EMPTY: RuleParams = Object.freeze({});

/** Whether a rule applies to this PEP's phase and kind. */
export function _applies(rule: Rule, pep: Pep): boolean {
  const { phases, kinds } = rule.appliesTo;
  return (phases === undefined || phases.includes(pep.phase)) && (kinds === undefined || kinds.includes(pep.kind));
}

/**
 * Runs the registered rules of one stage over a parsed PEP. A rule that throws is reported as
 * `PEP-RULE-FAILED` (a bug) and the others still run; rules needing `today` are skipped without it
 * and listed in one `PEP-TODAY-NOT-GIVEN` info finding (stage `'main'`).
 * @param rules - The registry.
 * @param pep - The parsed PEP.
 * @param ctx - Policy, today and derived facts (and the QA judgement for stage `'after-grade'`).
 * @param stage - Which rules to run.
 * @returns The findings, in registry order.
 */
export function _runRules(rules: readonly Rule[], pep: Pep, ctx: RuleContext, stage: 'main' | 'after-grade'): Finding[] {
  const out: Finding[] = [];
  const skipped: string[] = [];
  for (const rule of rules) {
    if ((rule.stage ?? 'main') !== stage || rule.raisedBy === 'engine' || !_applies(rule, pep)) continue;
    if (rule.needsToday === true && ctx.today === undefined) {
      skipped.push(rule.code);
      continue;
    }
    let hits: readonly (RuleHit | RulePassThrough)[];
    try {
      hits = rule.check(pep, ctx);
    } catch {
      out.push(_raise(ruleFailed, { code: rule.code }, []));
      continue;
    }
    for (const hit of hits) {
      if ('passThrough' in hit) out.push(hit.passThrough);
      else out.push(_raise(rule, hit.params ?? EMPTY, hit.path));
    }
  }
  if (skipped.length > 0) out.push(_raise(todayNotGiven, { codes: skipped.join(', '), count: skipped.length }));
  return out;
}

