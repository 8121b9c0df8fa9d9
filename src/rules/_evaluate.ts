import { sortFindings, type Finding } from '../core/finding';
import { isIsoDate, type IsoDate } from '../core/isoDate';
import { policies } from '../policy/presets/index';
import { _derive } from './_derive';
import { _raise, _runRules } from './_engine';
import { _grade } from './_grade';
import { _isPolicy } from './_isPolicy';
import { policyInvalid } from './checks/policyInvalid';
import { ruleFailed } from './checks/ruleFailed';
import { todayInvalid } from './checks/todayInvalid';
import type { RuleContext } from './defineRule';
import { parsePep } from '../pep/parsePep';
import { _RULES } from './registry';
import type { Pep } from '../pep/schema';
import type { GradeReport, ValidatePepOptions } from './types';

/** One evaluation: the PEP parsed once, the rules run once, the grade computed at most once. */
export type _Evaluation =
  | { readonly ok: false; readonly findings: readonly Finding[] }
  | { readonly ok: true; readonly pep: Pep; readonly findings: readonly Finding[]; readonly grade: GradeReport | null };

/**
 * Parses, derives the shared facts, runs the main rules, grades when asked (or when an after-grade
 * rule needs the grade: the PP+ funding hook), then runs the after-grade rules.
 * @param data - Anything.
 * @param options - Policy, today, calendar.
 * @param wantGrade - Compute the grade even when no rule needs it.
 * @param wantFindings - Run the after-grade rules too (false for gradePep, which returns no findings).
 * @returns The evaluation.
 */
export function _evaluate(data: unknown, options: ValidatePepOptions | undefined, wantGrade: boolean, wantFindings = true): _Evaluation {
  const opts: Partial<ValidatePepOptions> = typeof options === 'object' && options !== null ? options : {};
  const policy: unknown = opts.policy ?? policies.england;
  if (!_isPolicy(policy)) return { ok: false, findings: [_raise(policyInvalid, {})] };
  const parsed = parsePep(data);
  if (!parsed.success) return { ok: false, findings: parsed.issues };
  const pep = parsed.data;
  const early: Finding[] = [];
  let today: IsoDate | undefined;
  if (opts.today !== undefined) {
    if (isIsoDate(opts.today)) today = opts.today;
    else early.push(_raise(todayInvalid, {}));
  }
  const calendar = typeof opts.calendar === 'object' && opts.calendar !== null ? opts.calendar : null;
  try {
    const derived = _derive(pep, policy, calendar);
    const ctx: RuleContext = { policy, derived, ...(today !== undefined ? { today } : {}) };
    const main = _runRules(_RULES, pep, ctx, 'main');
    const needGrade = wantGrade || (pep.ppPlus?.requests ?? []).length > 0;
    const grade = needGrade ? _grade(pep, derived, policy, main) : null;
    const qa = grade === null ? ctx : { ...ctx, qa: { grade: grade.grade, robustPlan: grade.robustPlan } };
    // The after-grade rules (the PP+ funding check) cannot change the grade: gradePep skips them.
    const after = wantFindings ? _runRules(_RULES, pep, qa, 'after-grade') : [];
    return { ok: true, pep, findings: sortFindings([...early, ...main, ...after]), grade };
  } catch {
    // Each rule is guarded by the engine; this catches a bug in the shared facts or the grid, or a
    // policy that passed the structural check but holds nonsense deeper down.
    return { ok: false, findings: [...early, _raise(ruleFailed, { code: 'shared facts or grade' })] };
  }
}
