import { _guarded } from '../core/_guarded';
import { finding } from '../core/finding';
import { _isRecord } from '../core/guards';
import { _get } from '../pep/_ppGet';
import { _ppPolicyGate } from '../pep/_ppPolicy';
import type { PpPlusEligibility } from '../pep/ppPlusEligibility';
import type { Policy } from '../policy/schema';
import { _allocate, _result, _unreadableCap } from './_allocation';
import { _applyGates, _eligibilityStep } from './_gates';
import { _readPep, _startRun } from './_input';
import { _ledgerNotes } from './_ledgerNotes';
import { _readLedger } from './_readLedger';
import { _readRequests } from './_requests';
import { _SRC_FORMAT } from './_sources';
import type { PpPlusRequestCheck, PpPlusRequestInput } from './_types';

// The public types live in ./_types (the steps use them too); kept importable from here.
export type { PpPlusCapApplied, PpPlusCapKind, PpPlusQaGrade, PpPlusQaHook, PpPlusRelease } from './_types';
export type { PpPlusRequestCheck, PpPlusRequestInput, PpPlusRequestItem, PpPlusRequestLine } from './_types';

/**
 * Checks a PEP's Pupil Premium Plus requests against a council policy and the child's ledger of
 * payments, and works out how much may be paid. Pounds at the boundary (at most 2 decimal places),
 * integer pence inside: no penny is ever rounded away, and a bad amount is a finding, never a throw.
 *
 * In order:
 * 1. Each request: amount (`MONEY-*`), category read through the spending vocabulary
 *    (`policy.ppPlus.categories`: `'clothing'` names clothing-uniform) against `disallowedCategories`
 *    (refused), an unknown category or a description naming a disallowed one (warnings),
 *    link to existing targets in `pep.targets` (`requireTargetLink`), costing (`requireCosting`: a
 *    breakdown, or quantity × unit cost, adding up to the amount exactly), duplicates (same
 *    description and amount, or same targets and amount, as an earlier request). A request with a
 *    problem is rejected (allowed 0); the others go on.
 * 2. The whole PEP: eligible on the meeting date (route `'virtual-school'`), a core PEP when
 *    `capCorePepsOnly`, the sections of `requiredSections` completed (else the PEP is returned), a
 *    robust action plan when `withholdWithoutRobustPlan`, at least `minimumQaGrade`. The QA
 *    judgement comes from `qa` (filled by the rules module); without `qa.robustPlan`, a robust plan means at least `policy.targets.minimumCount` targets (at least
 *    one) each with text, responsible and deadline. A failed rule withholds everything.
 * 3. Caps, on what is left: per PEP (less ledger payments with this `pepId`), per financial year of
 *    the meeting (less ledger payments dated in that year, whatever the setting), the instalment
 *    window containing the meeting date (less ledger payments dated in that window), per term (less
 *    ledger payments dated in that term). The allowance is shared out in request order.
 * 4. When the allowance is released (`release`): on the PEP, termly (the PEP's term, sent in the next)
 *    or in the instalment window of the meeting date, by `policy.ppPlus.release` (or, when that is
 *    `null`, by the older `allocationBasis` and `instalments`).
 *
 * Ledger payments count by their date: payments from another financial year never reduce this
 * year's caps (no carry-forward). A request is charged to the financial year of its meeting; cost
 * lines dated after 31 March of that year are flagged (`PPPLUS-REQUEST-STRADDLES-YEAR-END`).
 * The policy goes through the policy gate once; one that fails it is reported
 * (`PPPLUS-POLICY-INVALID`, with the gate's reason) and nothing is paid.
 * @param input - `{ pep, requests?, ledger?, qa? }`; `requests` default to `pep.ppPlus.requests`.
 * @param policy - Council policy; default the `england` preset (no caps).
 * @returns `{ requested, allowed, requestedPence, allowedPence, financialYear, capsApplied, requests, eligibility, release, findings }`.
 * @example
 * import { checkPpPlusRequest } from 'pep-rules/funding';
 * import { policies } from 'pep-rules/policy';
 * const pep = {
 *   id: 'pep-1', core: true, meeting: { date: '2024-11-12' },
 *   child: { dateOfBirth: '2014-05-01', enteredCare: '2023-02-01' },
 *   targets: [{ id: 't1', text: 'Read 20 minutes a day', responsible: 'DT', deadline: 'end of autumn term' }],
 * };
 * const requests = [{ targetIds: ['t1'], description: 'Tuition', amount: 1200, breakdown: [{ item: 'Tuition', quantity: 24, unitCost: 50, amount: 1200 }] }];
 * const r = checkPpPlusRequest({ pep, requests, ledger: [{ date: '2024-05-20', amount: 950 }] }, policies.miltonKeynes);
 * [r.requested, r.allowed, r.capsApplied.map((c) => c.kind)];
 * //=> [1200, 950, ['per-pep-cap', 'per-financial-year-cap']]
 */
export function checkPpPlusRequest(input: PpPlusRequestInput, policy?: Policy): PpPlusRequestCheck {
  return _guarded(unguardedCheckPpPlusRequest, [input, policy]);
}

function unguardedCheckPpPlusRequest(input: PpPlusRequestInput, policy?: Policy): PpPlusRequestCheck {
  return _checkPpPlusRequest(input, policy);
}

/**
 * {@link checkPpPlusRequest}, reusing the eligibility already derived for the PEP (its facts), so
 * `assessPep` works it out once.
 * @param input - As for checkPpPlusRequest.
 * @param policy - The policy.
 * @param eligibility - `facts.ppPlus` of the same PEP, under the same policy.
 * @returns The check.
 * @internal
 */
export function _checkPpPlusRequest(input: PpPlusRequestInput, policy?: Policy, eligibility?: PpPlusEligibility): PpPlusRequestCheck {
  const gated = _ppPolicyGate(policy);
  const run = _startRun(gated);
  if (!_isRecord(input)) {
    run.findings.push(finding('PPPLUS-INPUT-INVALID', 'error', 'The input must be an object { pep, requests?, ledger?, qa? }.', [], _SRC_FORMAT));
    return _result(run, [], 0, 0, null, null);
  }
  const pep = _readPep(input, run);
  const requests = _readRequests(input, pep, run);
  const eligible = _eligibilityStep(pep, gated, run.findings, eligibility);
  const ledger = _readLedger(_get(input, 'ledger'), ['ledger']);
  run.findings.push(...ledger.findings);
  _ledgerNotes(pep, ledger.rows, run);
  _applyGates(run, requests.acceptedPence, pep, eligible, _get(input, 'qa'));
  const allowedPence = _allocate(run, requests, pep, ledger.rows);
  _unreadableCap(run, requests.acceptedPence);
  return _result(run, requests.lines, requests.requestedPence, allowedPence, pep.fy, eligible, pep);
}
