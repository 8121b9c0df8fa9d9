import { _guarded } from '../core/_guarded';
import type { SdqInformant } from '../core/enums';
import { finding, type Finding } from '../core/finding';
import { _isRecord } from '../core/guards';
import { addCalendarDays, addCalendarMonths, isIsoDate, type IsoDate } from '../core/isoDate';
import { _isTrustedPolicy } from '../policy/gate';
import { _resolvePolicyLight as _resolvePolicy } from '../policy/resolve';
import type { Policy } from '../policy/schema';
import { _birthday, _firstWindowMonths, _lastOf, _maxDate, _nextDue, _policyInformants, type _DueContext } from './_requirementDue';
import { _readCompletedSdqs, _readCorePepDates, _readRequirementDates, type _CompletedByInformant, type _RequirementDates } from './_requirementInput';
import type { SdqInformantDue, SdqRequirement } from './types';

/** Age from which the self-report SDQ (S11-17) exists. */
const SELF_REPORT_MIN_AGE = 11;
const SELF_REPORT_SOURCE = 'Youthinmind: the self-report SDQ is for ages 11-17 (sdqinfo.org)';
/** The SDQ rules a host's policy object may leave for the gate to fill from the england preset. */
const SDQ_RULES = ['requiredFor', 'frequency', 'informants'] as const;

/** When the duty applies to a child: from `starts` to `lastEligibleDay`, both included. */
interface Duty {
  readonly starts: IsoDate;
  readonly lastEligibleDay: IsoDate;
  readonly required: boolean;
}

/** A result that decides nothing. */
const _undecided = (basis: string, findings: Finding[]): SdqRequirement => ({
  required: false,
  informants: [],
  nextDue: null,
  basis,
  dueByInformant: [],
  findings,
});

/**
 * Reports each SDQ rule a host's (ungated) policy object left out: the gate filled it from the
 * england preset, the national rule. A presence check only; the values were checked by the gate.
 */
function _reportDefaults(given: unknown, policy: Policy, findings: Finding[]): void {
  if (given === policy) return; // trusted as given: fully resolved by definePolicy or a preset
  const sdq = _isRecord(given) ? given['sdq'] : undefined;
  for (const rule of SDQ_RULES) {
    if (_isRecord(sdq) && sdq[rule] !== undefined) continue;
    findings.push(
      finding(
        'SDQ-REQUIREMENT-POLICY-DEFAULT',
        'info',
        `The policy has no valid sdq.${rule}; the national default was used.`,
        undefined,
        policy.sdq[rule].source,
      ),
    );
  }
}

/** The duty window: from the minimum age and months in care to the day before the birthday after `maxAge`. */
/** The duty's dates for the last child judged under each policy (a PEP is judged at the meeting and on `today`). */
interface DutyDates {
  dateOfBirth: IsoDate;
  enteredCare: IsoDate;
  /** The duty on a date it is required, and on one it is not (read only by the caller, never kept): no object per call. */
  required: Duty;
  notRequired: Duty;
}
const LAST_DUTY = new WeakMap<Policy, DutyDates>();

function _dutyOf(policy: Policy, dates: _RequirementDates): Duty {
  let d = LAST_DUTY.get(policy);
  if (d === undefined || d.dateOfBirth !== dates.dateOfBirth || d.enteredCare !== dates.enteredCare) {
    const { minAge, maxAge, minMonthsInCare } = policy.sdq.requiredFor;
    const lastEligibleDay = addCalendarDays(_birthday(dates.dateOfBirth, maxAge + 1), -1);
    const starts = _maxDate(_birthday(dates.dateOfBirth, minAge), addCalendarMonths(dates.enteredCare, minMonthsInCare));
    const required: Duty = { starts, lastEligibleDay, required: true };
    const notRequired: Duty = { starts, lastEligibleDay, required: false };
    // The policy's record is updated in place for the next child (no map entry per child).
    if (d === undefined) LAST_DUTY.set(policy, (d = { dateOfBirth: dates.dateOfBirth, enteredCare: dates.enteredCare, required, notRequired }));
    else {
      d.dateOfBirth = dates.dateOfBirth;
      d.enteredCare = dates.enteredCare;
      d.required = required;
      d.notRequired = notRequired;
    }
  }
  const { starts, lastEligibleDay } = d.required;
  return starts <= dates.onDate && dates.onDate <= lastEligibleDay ? d.required : d.notRequired;
}

/** The rule text of each gated (frozen) policy, made once: it depends on the policy only. */
const RULE_TEXT = new WeakMap<Policy, string>();

/** The rule applied, with its sources (never the child's dates). */
function _ruleText(policy: Policy): string {
  let text = RULE_TEXT.get(policy);
  if (text === undefined) {
    const { requiredFor, frequency } = policy.sdq;
    text =
      `${policy.id}: an SDQ is needed from age ${requiredFor.minAge} to ${requiredFor.maxAge} after ${requiredFor.minMonthsInCare} months in care (${requiredFor.source}); ` +
      `frequency ${frequency.value} (${frequency.source})`;
    RULE_TEXT.set(policy, text);
  }
  return text;
}

/** Due dates per informant the policy asks for, with overdue, self-report and no-core-PEP findings. */
function _duesByInformant(
  policy: Policy,
  dates: _RequirementDates,
  duty: Duty,
  done: _CompletedByInformant,
  ctx: _DueContext,
  findings: Finding[],
): SdqInformantDue[] {
  const dues: SdqInformantDue[] = [];
  const frequency = policy.sdq.frequency;
  let noCorePep = false;
  const informants = _policyInformants(policy);
  for (let k = 0; k < informants.length; k++) {
    const informant = informants[k]!;
    const starts = informant === 'self' ? _maxDate(duty.starts, _birthday(dates.dateOfBirth, SELF_REPORT_MIN_AGE)) : duty.starts;
    if (starts > duty.lastEligibleDay) {
      findings.push(
        finding('SDQ-REQUIREMENT-SELF-REPORT-AGE', 'info', 'The self-report SDQ is for ages 11–17; the child is past the age range before reaching 11.', undefined, SELF_REPORT_SOURCE),
      );
      continue;
    }
    const next = _nextDue(ctx, starts, done[informant]);
    if (next === null) noCorePep = true;
    const due = next !== null && next > duty.lastEligibleDay ? null : next;
    dues.push({ informant, lastCompletedOn: _lastOf(done[informant]), due });
    if (duty.required && due !== null && due < dates.onDate) {
      findings.push(
        finding('SDQ-REQUIREMENT-OVERDUE', 'warning', `The ${informant} SDQ is overdue under the ${frequency.value} rule.`, ['sdqs'], frequency.source),
      );
    }
  }
  if (noCorePep) {
    findings.push(
      finding(
        'SDQ-REQUIREMENT-NO-CORE-PEP-DATE',
        'info',
        'The SDQ is due before each core PEP, but no later core PEP date without an SDQ was given; no due date was set.',
        ['corePepDates'],
        frequency.source,
      ),
    );
  }
  return dues;
}

/** The earliest due date over the informants, or `null`. */
function _earliest(dues: readonly SdqInformantDue[]): IsoDate | null {
  let next: IsoDate | null = null;
  for (const d of dues) if (d.due !== null && (next === null || d.due < next)) next = d.due;
  return next;
}

/**
 * Who needs an SDQ on a date and when the next is due, from the council policy
 * (`policy.sdq.requiredFor`, `frequency`, `informants`). Used by the deadlines module's
 * `pepSchedule` and by the PEP rules.
 *
 * - Required when the age on `onDate` is within `minAge`–`maxAge` (inclusive) and the child has
 *   been in care `minMonthsInCare` calendar months (from `enteredCare`).
 * - `'annual'`: 12 months after the informant's last SDQ, or when the duty starts (the months in
 *   care are reached, or the minimum age) if there is none.
 * - `'before-each-core-pep'`: the first core PEP date on or after `onDate` (and after the duty
 *   starts) not already covered by an SDQ from that informant completed since the previous core
 *   PEP date given (for the first date, since `12 / policy.timescales.pepsPerYear.core` months before it;
 *   when `pepsPerYear` is `null` every PEP is core and `timescales.pepFrequency` gives the PEPs a
 *   year: termly 3, twice-yearly 2, yearly 1; with 0 core PEPs a year, the 12 months before it).
 * - `'termly'`: by the end of the current term, or of the next term when this term's SDQ is done.
 *   Term ends are the policy's `timescales.termlyDeadlines` for that academic year and term when
 *   given, otherwise approximated by month windows: autumn Sep–Dec (31 Dec), spring Jan–Mar
 *   (31 Mar), summer Apr–Aug (31 Aug); the term of a date is `termOfDate` (pep-rules/deadlines).
 *   Real term dates are set locally and cannot be computed.
 * - A self-report informant is only due from age 11 (S11-17). Nothing is due after the child
 *   passes `maxAge`. A due date before `onDate` is overdue (`SDQ-REQUIREMENT-OVERDUE`).
 * The policy passes the policy gate once: a policy from `definePolicy` or `policies` is used as it
 * is; any other object is checked onto the `england` preset, and each of `sdq.requiredFor`,
 * `frequency` and `informants` it leaves out is reported as the national default
 * (`SDQ-REQUIREMENT-POLICY-DEFAULT`). A policy the gate refuses decides nothing: its `POLICY-*`
 * findings are returned.
 * @param input - `{ dateOfBirth, enteredCare, onDate, sdqs?, corePepDates? }`.
 * @param policy - A council `Policy` (e.g. `policies.england`).
 * @returns `{ required, informants, nextDue, basis, dueByInformant, findings }`.
 * @example
 * import { sdqRequirement } from 'pep-rules/sdq';
 * import { policies } from 'pep-rules/policy';
 * const r = sdqRequirement(
 *   { dateOfBirth: '2015-05-10', enteredCare: '2023-09-01', onDate: '2025-01-15', sdqs: [{ informant: 'parent', completedOn: '2024-09-20' }] },
 *   policies.england,
 * );
 * [r.required, r.informants, r.nextDue];
 * //=> [true, ['parent'], '2025-09-20']
 */
export function sdqRequirement(input: unknown, policy: Policy): SdqRequirement {
  return _guarded(unguardedSdqRequirement, [input, policy]);
}

function unguardedSdqRequirement(input: unknown, policy: Policy): SdqRequirement {
  const findings: Finding[] = [];
  const read = _readRequirementDates(input, findings);
  if (typeof read === 'string') return _undecided(read, findings);
  const gate = _resolvePolicy(policy);
  if (!gate.ok) {
    findings.push(...gate.findings);
    return _undecided('Not decided: the policy is not valid.', findings);
  }
  const p = gate.policy;
  _reportDefaults(policy, p, findings);
  return decide(read.dates, read.record['sdqs'], read.record['corePepDates'], p, findings);
}

/**
 * {@link sdqRequirement} for an input the library built itself (plain data: `dates` with an optional
 * `corePepDates`, and the completed SDQs given apart) under a trusted policy: the same result without
 * the guard, a copy of the input or the gate's answer. Anything else goes through sdqRequirement.
 * @param dates - The child's dates and the date judged (and `corePepDates` when given).
 * @param sdqs - The completed SDQs, `{ informant, completedOn }`.
 * @param policy - The policy.
 * @param datesChecked - The three dates are known to be real 'YYYY-MM-DD' dates (a parsed PEP's, a checked `today`).
 * @returns What `sdqRequirement({ ...dates, sdqs }, policy)` returns.
 * @internal
 */
export function _sdqRequirementOf(
  dates: _RequirementDates & { readonly corePepDates?: unknown },
  sdqs: unknown,
  policy: Policy,
  datesChecked = false,
): SdqRequirement {
  if (!_isTrustedPolicy(policy) || (!datesChecked && (!isIsoDate(dates.dateOfBirth) || !isIsoDate(dates.enteredCare) || !isIsoDate(dates.onDate)))) {
    return sdqRequirement({ ...dates, sdqs }, policy);
  }
  return decide(dates, sdqs, dates.corePepDates, policy, []);
}

/** The requirement once the dates are read and the policy gated (findings so far in `findings`). */
function decide(dates: _RequirementDates, sdqs: unknown, corePepDates: unknown, p: Policy, findings: Finding[]): SdqRequirement {
  const duty = _dutyOf(p, dates);
  if (dates.onDate > duty.lastEligibleDay || duty.starts > duty.lastEligibleDay) return _undecided(_basis(p, PAST_AGE, []), findings);
  const done = _readCompletedSdqs(sdqs, dates.onDate, findings);
  const ctx: _DueContext = {
    frequency: p.sdq.frequency.value,
    onDate: dates.onDate,
    termlyDeadlines: p.timescales.termlyDeadlines,
    corePeps: _readCorePepDates(corePepDates, findings),
    firstWindowMonths: _firstWindowMonths(p.timescales),
  };
  const dueByInformant = _duesByInformant(p, dates, duty, done, ctx, findings);
  const informants: SdqInformant[] = [];
  for (let i = 0; i < dueByInformant.length; i++) informants.push(dueByInformant[i]!.informant);
  const basis = _basis(p, duty.required ? REQUIRED : NOT_YET, informants);
  return { required: duty.required, informants, nextDue: _earliest(dueByInformant), basis, dueByInformant, findings };
}

/*
 * The basis text depends on the policy, which case it is and, when required, the informants due; those
 * are the policy's informants, or the same without the self-report (the only one ever left out). So a
 * policy has at most four texts: each made once, in a slot per case, and shared.
 */
const PAST_AGE = 0;
const NOT_YET = 1;
const REQUIRED = 2;
const BASES = new WeakMap<Policy, (string | undefined)[]>();

/** The requirement's basis: the rule applied, then the case (for REQUIRED, with the informants due). */
function _basis(p: Policy, kind: number, informants: readonly SdqInformant[]): string {
  const slot = kind === REQUIRED && informants.length !== _policyInformants(p).length ? REQUIRED + 1 : kind;
  let texts = BASES.get(p);
  if (texts === undefined) BASES.set(p, (texts = []));
  let text = texts[slot];
  if (text === undefined) {
    const { minAge, maxAge, minMonthsInCare } = p.sdq.requiredFor;
    const status =
      kind === PAST_AGE
        ? `Not required: the child is past age ${maxAge} on the date, or will be before the duty starts.`
        : kind === REQUIRED
          ? `Required on this date for ${informants.join(', ') || 'no informant'}.`
          : `Not required yet: the duty starts when the child reaches age ${minAge} and ${minMonthsInCare} months in care.`;
    text = `${_ruleText(p)}. ${status}`;
    texts[slot] = text;
  }
  return text;
}
