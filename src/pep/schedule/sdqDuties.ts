import type { SdqInformant } from '../../core/enums';
import type { Finding } from '../../core/finding';
import type { IsoDate } from '../../core/isoDate';
import { _trustPolicy } from '../../policy/gate';
import type { Policy, PolicySdqDuty } from '../../policy/schema';
import { _sdqRequirementOf } from '../../sdq/sdqRequirement';
import type { SdqInformantDue, SdqRequirement } from '../../sdq/types';
import type { Pep } from '../schema';

/** What the duties are judged from. @internal */
export interface _SdqDutyInput {
  readonly dateOfBirth: IsoDate;
  readonly enteredCare: IsoDate;
  readonly onDate: IsoDate;
  readonly sdqs: readonly { readonly informant: SdqInformant; readonly completedOn: IsoDate }[];
  readonly corePepDates?: readonly IsoDate[];
}

/** One duty judged on a date. @internal */
export interface _SdqDutyResult {
  readonly index: number;
  readonly duty: PolicySdqDuty;
  /** `sdqRequirement` under this duty alone, with the duty's start date (`from`) applied. */
  readonly requirement: SdqRequirement;
}

/*
 * Each duty is judged by sdqRequirement (pep-rules/sdq) under the policy narrowed to that duty: one
 * informant, its frequency, ages and months in care. The narrowed policies are made once per
 * policy and trusted (they are the gated policy with the sdq rule replaced by one of its own duties).
 */
const NARROWED = new WeakMap<Policy, readonly Policy[]>();

function narrowed(policy: Policy): readonly Policy[] {
  let out = NARROWED.get(policy);
  if (out === undefined) {
    out = policy.sdq.duties.map((d) =>
      _trustPolicy(
        Object.freeze({
          ...policy,
          sdq: Object.freeze({
            ...policy.sdq,
            requiredFor: Object.freeze({ minAge: d.minAge, maxAge: d.maxAge, minMonthsInCare: d.minMonthsInCare, source: d.source }),
            frequency: Object.freeze({ value: d.frequency, source: d.source }),
            informants: Object.freeze({ value: Object.freeze([d.informant]) as SdqInformant[], source: d.source }),
          }),
        }) as Policy,
      ),
    );
    NARROWED.set(policy, out);
  }
  return out;
}

/** A duty not yet in force on the date (`from` after it): not required, nothing due before `from`. */
function beforeInForce(r: SdqRequirement, from: IsoDate): SdqRequirement {
  const dueByInformant = r.dueByInformant.map((d) => (d.due !== null && d.due < from ? { ...d, due: from } : d));
  const nextDue = dueByInformant.reduce<IsoDate | null>((m, d) => (d.due !== null && (m === null || d.due < m) ? d.due : m), null);
  return { ...r, required: false, dueByInformant, nextDue, basis: `${r.basis} In force from ${from}.`, findings: r.findings.filter((f) => f.code !== 'SDQ-REQUIREMENT-OVERDUE') };
}

/**
 * Every SDQ duty of the policy (`policy.sdq.duties`) judged on `onDate`: one computation, read by
 * the PEP's facts (due and missing SDQs per informant) and by the schedule's `sdq-due` items.
 * `datesChecked`: the input's three dates are known to be real dates (a parsed PEP's), not checked again.
 * @internal
 */
export function _sdqDuties(input: _SdqDutyInput, policy: Policy, datesChecked = false): _SdqDutyResult[] {
  const policies = narrowed(policy);
  const duties = policy.sdq.duties;
  const out: _SdqDutyResult[] = new Array<_SdqDutyResult>(duties.length);
  for (let index = 0; index < duties.length; index++) {
    const duty = duties[index]!;
    const r = _sdqRequirementOf(input, byInformant(input.sdqs, duty.informant), policies[index]!, datesChecked);
    out[index] = { index, duty, requirement: duty.from !== null && input.onDate < duty.from ? beforeInForce(r, duty.from) : r };
  }
  return out;
}

/** The SDQs by one informant: the list itself when all are (read only here), else a list of exactly those. */
function byInformant(sdqs: _SdqDutyInput['sdqs'], informant: SdqInformant): _SdqDutyInput['sdqs'] {
  let count = 0;
  for (let i = 0; i < sdqs.length; i++) if (sdqs[i]!.informant === informant) count += 1;
  if (count === sdqs.length) return sdqs;
  const out = new Array<_SdqDutyInput['sdqs'][number]>(count);
  let k = 0;
  for (let i = 0; i < sdqs.length; i++) if (sdqs[i]!.informant === informant) out[k++] = sdqs[i]!;
  return out;
}

/** The informants' due dates of the counted duties, the earliest per informant, in order of first mention. */
function earliestByInformant(counted: readonly _SdqDutyResult[]): SdqInformantDue[] {
  const dues: SdqInformantDue[] = [];
  for (const r of counted) {
    for (const d of r.requirement.dueByInformant) {
      let k = 0;
      while (k < dues.length && dues[k]!.informant !== d.informant) k++;
      const before = dues[k];
      if (before === undefined) dues.push(d);
      else if (d.due !== null && (before.due === null || d.due < before.due)) dues[k] = d;
    }
  }
  return dues;
}

/** Every duty's findings, each (code, message) once, first occurrence kept. */
function distinctFindings(results: readonly _SdqDutyResult[]): Finding[] {
  const findings: Finding[] = [];
  for (const r of results) {
    for (const f of r.requirement.findings) {
      let seen = false;
      for (let k = 0; k < findings.length && !seen; k++) seen = findings[k]!.code === f.code && findings[k]!.message === f.message;
      if (!seen) findings.push(f);
    }
  }
  return findings;
}

/** A duty asks for an SDQ at a PEP of this kind (`null`: any kind): any PEP, or one of the kinds it names. */
function applies(r: _SdqDutyResult, kind: Pep['kind'] | null): boolean {
  return kind === null || r.duty.pepKinds === null || r.duty.pepKinds.includes(kind);
}

/**
 * One duty that applies (most policies have one), no lists in between. The requirement's own lists are
 * taken over, not copied: each duty's requirement is made for this call (by sdqRequirement's steps) and
 * only read after (its due dates by the duty facts), so the combined requirement is the only holder.
 */
function one(result: _SdqDutyResult): SdqRequirement {
  const r = result.requirement;
  // A duty's informants are distinct (the narrowed policy names one), so its due dates are already one per informant.
  // The requirement is this call's own (made by _sdqDuties, read by nothing else once combined): when it already
  // names just this duty's informant and has at most one finding, it is the answer itself (same keys, same order).
  if (r.findings.length < 2 && r.informants.length === 1 && r.informants[0] === result.duty.informant) return r;
  const findings = r.findings.length < 2 ? r.findings : distinctFindings([result]);
  return { required: r.required, informants: [result.duty.informant], nextDue: r.nextDue, basis: r.basis, dueByInformant: r.dueByInformant, findings };
}

/**
 * The duties as one `SdqRequirement` (the shape `sdqRequirement` returns): required when any duty is
 * (`kind`: only the duties asking at a PEP of this kind apply; `null`: every duty), the informants of the
 * duties required (of every duty when none is), the earliest due date per informant and overall.
 * @internal
 */
export function _combineDuties(results: readonly _SdqDutyResult[], kind: Pep['kind'] | null = null): SdqRequirement {
  if (results.length === 1 && applies(results[0]!, kind)) return one(results[0]!);
  const required: _SdqDutyResult[] = [];
  const applying: _SdqDutyResult[] = [];
  for (const r of results) {
    if (!applies(r, kind)) continue;
    applying.push(r);
    if (r.requirement.required) required.push(r);
  }
  const counted = required.length > 0 ? required : applying;
  const dueByInformant = earliestByInformant(counted);
  let nextDue: IsoDate | null = null;
  for (const d of dueByInformant) if (d.due !== null && (nextDue === null || d.due < nextDue)) nextDue = d.due;
  const informants: SdqInformant[] = [];
  for (const r of counted) if (!informants.includes(r.duty.informant)) informants.push(r.duty.informant);
  let basis = '';
  for (let i = 0; i < results.length; i++) basis = i === 0 ? results[i]!.requirement.basis : `${basis} | ${results[i]!.requirement.basis}`;
  return { required: required.length > 0, informants, nextDue, basis, dueByInformant, findings: distinctFindings(results) };
}
