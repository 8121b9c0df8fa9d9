import type { SdqInformant, Term } from '../core/enums';
import { finding, type Finding } from '../core/finding';
import { addCalendarDays, addCalendarMonths, isIsoDate, isoDateOf, isoParts, type IsoDate } from '../core/isoDate';
import type { Policy } from '../policy/schema';
import type { SdqInformantDue, SdqRequirement } from './types';

type Frequency = 'annual' | 'before-each-core-pep' | 'termly';

/** Defaults when a policy value is missing: the national (SSDA903) rule, as in the england preset. */
const DEFAULTS = Object.freeze({
  minAge: 4,
  maxAge: 16,
  minMonthsInCare: 12,
  frequency: 'annual' as Frequency,
  informants: Object.freeze(['parent'] as SdqInformant[]),
  source: 'DfE SSDA903 return: carer SDQ for children aged 4-16 looked after for 12 months or more, annually',
});
/** Age from which the self-report SDQ (S11-17) exists. */
const SELF_REPORT_MIN_AGE = 11;
const SELF_REPORT_SOURCE = 'Youthinmind: the self-report SDQ is for ages 11-17 (sdqinfo.org)';
const INFORMANTS: readonly SdqInformant[] = ['parent', 'teacher', 'self'];
const FREQUENCIES: readonly Frequency[] = ['annual', 'before-each-core-pep', 'termly'];
/** Approximate term windows by month when the policy has no termly deadline: autumn Sep–Dec, spring Jan–Mar, summer Apr–Aug. */
const TERM_OF_MONTH: readonly Term[] = [
  'spring', 'spring', 'spring', 'summer', 'summer', 'summer', 'summer', 'summer', 'autumn', 'autumn', 'autumn', 'autumn',
];

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const maxDate = (a: IsoDate, b: IsoDate): IsoDate => (a > b ? a : b);
const isAge = (v: unknown): v is number => typeof v === 'number' && Number.isInteger(v) && v >= 0 && v <= 25;

/** The date someone born on `dateOfBirth` reaches `age` (29 February birthdays fall on 1 March in common years, as ageOn counts). */
function _birthday(dateOfBirth: IsoDate, age: number): IsoDate {
  const { year, month, day } = isoParts(dateOfBirth);
  return isoDateOf(year + age, month, day) ?? isoDateOf(year + age, 3, 1) ?? dateOfBirth;
}

interface TermWindow {
  readonly academicYear: string;
  readonly term: Term;
  readonly start: IsoDate;
  /** Approximate end (last day of the window). */
  readonly end: IsoDate;
}

/** The approximate term window containing a date: autumn 1 Sep–31 Dec, spring 1 Jan–31 Mar, summer 1 Apr–31 Aug. */
function _termOf(date: IsoDate): TermWindow {
  const { year, month } = isoParts(date);
  const term = TERM_OF_MONTH[month - 1] ?? 'autumn';
  const startYear = month >= 9 ? year : year - 1;
  const academicYear = `${startYear}/${String((startYear + 1) % 100).padStart(2, '0')}`;
  if (term === 'autumn') return { academicYear, term, start: `${year}-09-01`, end: `${year}-12-31` };
  if (term === 'spring') return { academicYear, term, start: `${year}-01-01`, end: `${year}-03-31` };
  return { academicYear, term, start: `${year}-04-01`, end: `${year}-08-31` };
}

/** The term window after `t`. */
const _nextTerm = (t: TermWindow): TermWindow => _termOf(addCalendarDays(t.end, 1));

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
 *   PEP date given (for the first date, since `12 / policy.timescales.pepsPerYear.core` months before it, default 6).
 * - `'termly'`: by the end of the current term, or of the next term when this term's SDQ is done.
 *   Term ends are the policy's `timescales.termlyDeadlines` for that academic year and term when
 *   given, otherwise approximated by month windows: autumn Sep–Dec (31 Dec), spring Jan–Mar
 *   (31 Mar), summer Apr–Aug (31 Aug). Real term dates are set locally and cannot be computed.
 * - A self-report informant is only due from age 11 (S11-17). Nothing is due after the child
 *   passes `maxAge`. A due date before `onDate` is overdue (`SDQ-REQUIREMENT-OVERDUE`).
 * Policy values that are missing are read with the national defaults (4–16, 12 months, annual,
 * parent) and reported (`SDQ-REQUIREMENT-POLICY-DEFAULT`).
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
  const findings: Finding[] = [];
  const refuse = (basis: string): SdqRequirement => ({
    required: false,
    informants: [],
    nextDue: null,
    basis,
    dueByInformant: [],
    findings,
  });
  if (!isRecord(input)) {
    findings.push(
      finding('SDQ-REQUIREMENT-INPUT-TYPE', 'error', 'The input must be an object { dateOfBirth, enteredCare, onDate, sdqs?, corePepDates? }.', []),
    );
    return refuse('Not decided: the input is not an object.');
  }
  for (const field of ['dateOfBirth', 'enteredCare', 'onDate'] as const) {
    if (!isIsoDate(input[field])) {
      findings.push(
        finding('SDQ-REQUIREMENT-DATE-INVALID', 'error', `"${field}" must be a real date written YYYY-MM-DD.`, [field]),
      );
    }
  }
  if (findings.length > 0) return refuse('Not decided: a required date is missing or invalid.');
  const dateOfBirth = input['dateOfBirth'] as IsoDate;
  const enteredCare = input['enteredCare'] as IsoDate;
  const onDate = input['onDate'] as IsoDate;

  // Policy, read defensively.
  const sdqPolicy: Record<string, unknown> = isRecord(policy) && isRecord(policy.sdq) ? (policy.sdq as Record<string, unknown>) : {};
  const policyId = isRecord(policy) && typeof policy.id === 'string' ? policy.id : 'policy';
  const usedDefault = (field: string): void => {
    findings.push(
      finding(
        'SDQ-REQUIREMENT-POLICY-DEFAULT',
        'info',
        `The policy has no valid sdq.${field}; the national default was used.`,
        undefined,
        DEFAULTS.source,
      ),
    );
  };
  const rf = sdqPolicy['requiredFor'];
  let minAge: number = DEFAULTS.minAge;
  let maxAge: number = DEFAULTS.maxAge;
  let minMonths: number = DEFAULTS.minMonthsInCare;
  let requiredSource: string = DEFAULTS.source;
  if (isRecord(rf) && isAge(rf['minAge']) && isAge(rf['maxAge']) && typeof rf['minMonthsInCare'] === 'number' &&
    Number.isInteger(rf['minMonthsInCare']) && rf['minMonthsInCare'] >= 0 && rf['minMonthsInCare'] <= 240) {
    minAge = rf['minAge'];
    maxAge = rf['maxAge'];
    minMonths = rf['minMonthsInCare'];
    if (typeof rf['source'] === 'string') requiredSource = rf['source'];
  } else usedDefault('requiredFor');
  const fq = sdqPolicy['frequency'];
  let frequency = DEFAULTS.frequency;
  let frequencySource: string = DEFAULTS.source;
  if (isRecord(fq) && FREQUENCIES.includes(fq['value'] as Frequency)) {
    frequency = fq['value'] as Frequency;
    if (typeof fq['source'] === 'string') frequencySource = fq['source'];
  } else usedDefault('frequency');
  const inf = sdqPolicy['informants'];
  let informants: readonly SdqInformant[] = DEFAULTS.informants;
  if (isRecord(inf) && Array.isArray(inf['value']) && inf['value'].every((v) => INFORMANTS.includes(v as SdqInformant))) {
    informants = [...new Set(inf['value'] as SdqInformant[])];
  } else usedDefault('informants');

  // The window in which the duty applies.
  const lastEligibleDay = addCalendarDays(_birthday(dateOfBirth, maxAge + 1), -1);
  const careReached = addCalendarMonths(enteredCare, minMonths);
  const dutyStarts = maxDate(_birthday(dateOfBirth, minAge), careReached);
  const required = dutyStarts <= onDate && onDate <= lastEligibleDay;

  const rule =
    `${policyId}: an SDQ is needed from age ${minAge} to ${maxAge} after ${minMonths} months in care (${requiredSource}); ` +
    `frequency ${frequency} (${frequencySource})`;

  if (onDate > lastEligibleDay || dutyStarts > lastEligibleDay) {
    return {
      required: false,
      informants: [],
      nextDue: null,
      basis: `${rule}. Not required: the child is past age ${maxAge} on the date, or will be before the duty starts.`,
      dueByInformant: [],
      findings,
    };
  }

  // Completed SDQs on or before the date, by informant.
  const done: Record<SdqInformant, IsoDate[]> = { parent: [], teacher: [], self: [] };
  const sdqs = input['sdqs'];
  if (sdqs !== undefined && sdqs !== null) {
    if (!Array.isArray(sdqs)) {
      findings.push(finding('SDQ-REQUIREMENT-SDQS-TYPE', 'warning', 'The completed SDQs must be a list; it was ignored.', ['sdqs']));
    } else {
      sdqs.forEach((s: unknown, i) => {
        if (!isRecord(s) || !INFORMANTS.includes(s['informant'] as SdqInformant) || !isIsoDate(s['completedOn'])) {
          findings.push(
            finding(
              'SDQ-REQUIREMENT-SDQ-INVALID',
              'warning',
              'A completed SDQ needs an informant and a completedOn date (YYYY-MM-DD); it was ignored.',
              ['sdqs', i],
            ),
          );
          return;
        }
        const completedOn = s['completedOn'] as IsoDate;
        if (completedOn > onDate) {
          findings.push(
            finding('SDQ-REQUIREMENT-SDQ-AFTER-DATE', 'warning', 'A completed SDQ is dated after the date judged; it was ignored.', [
              'sdqs',
              i,
              'completedOn',
            ]),
          );
          return;
        }
        done[s['informant'] as SdqInformant].push(completedOn);
      });
    }
  }
  for (const list of Object.values(done)) list.sort();

  // Core PEP dates (for 'before-each-core-pep').
  const pepDates: IsoDate[] = [];
  const cores = input['corePepDates'];
  if (cores !== undefined && cores !== null) {
    if (!Array.isArray(cores)) {
      findings.push(finding('SDQ-REQUIREMENT-CORE-PEPS-TYPE', 'warning', 'The core PEP dates must be a list; it was ignored.', ['corePepDates']));
    } else {
      cores.forEach((d: unknown, i) => {
        if (isIsoDate(d)) pepDates.push(d);
        else {
          findings.push(
            finding('SDQ-REQUIREMENT-CORE-PEP-DATE-INVALID', 'warning', 'A core PEP date is not a real date (YYYY-MM-DD); it was ignored.', [
              'corePepDates',
              i,
            ]),
          );
        }
      });
    }
  }
  const corePeps = [...new Set(pepDates)].sort();
  const pepsPerYear = isRecord(policy) && isRecord(policy.timescales) ? policy.timescales.pepsPerYear : null;
  const corePerYear = isRecord(pepsPerYear) && typeof pepsPerYear.core === 'number' && pepsPerYear.core > 0 ? pepsPerYear.core : 2;
  const firstWindowMonths = Math.max(1, Math.floor(12 / corePerYear));

  const deadlines =
    isRecord(policy) && isRecord(policy.timescales) && Array.isArray(policy.timescales.termlyDeadlines)
      ? policy.timescales.termlyDeadlines
      : [];
  const termEnd = (t: TermWindow): IsoDate => {
    const d = deadlines.find((x) => isRecord(x) && x.academicYear === t.academicYear && x.term === t.term);
    return d !== undefined && isIsoDate(d.date) ? d.date : t.end;
  };

  const applicable: SdqInformant[] = [];
  const dueByInformant: SdqInformantDue[] = [];
  let noCorePep = false;
  for (const informant of informants) {
    let starts = dutyStarts;
    if (informant === 'self') {
      starts = maxDate(starts, _birthday(dateOfBirth, SELF_REPORT_MIN_AGE));
      if (starts > lastEligibleDay) {
        findings.push(
          finding('SDQ-REQUIREMENT-SELF-REPORT-AGE', 'info', 'The self-report SDQ is for ages 11–17; the child is past the age range before reaching 11.', undefined, SELF_REPORT_SOURCE),
        );
        continue;
      }
    }
    applicable.push(informant);
    const list = done[informant];
    const last = list.length > 0 ? (list[list.length - 1] ?? null) : null;
    let due: IsoDate | null = null;
    if (frequency === 'annual') {
      due = last === null ? starts : maxDate(addCalendarMonths(last, 12), starts);
    } else if (frequency === 'termly') {
      let term = _termOf(maxDate(onDate, starts));
      if (last !== null && last >= term.start) term = _nextTerm(term);
      due = termEnd(term);
    } else {
      const from = maxDate(onDate, starts);
      for (let i = 0; i < corePeps.length; i++) {
        const pep = corePeps[i] as IsoDate;
        if (pep < from) continue;
        const windowStart = i > 0 ? addCalendarDays(corePeps[i - 1] as IsoDate, 1) : addCalendarMonths(pep, -firstWindowMonths);
        const covered = list.some((d) => d >= windowStart && d <= pep);
        if (!covered) {
          due = pep;
          break;
        }
      }
      if (due === null) noCorePep = true;
    }
    if (due !== null && due > lastEligibleDay) due = null;
    dueByInformant.push({ informant, lastCompletedOn: last, due });
    if (required && due !== null && due < onDate) {
      findings.push(
        finding(
          'SDQ-REQUIREMENT-OVERDUE',
          'warning',
          `The ${informant} SDQ is overdue under the ${frequency} rule.`,
          ['sdqs'],
          frequencySource,
        ),
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
        frequencySource,
      ),
    );
  }
  let nextDue: IsoDate | null = null;
  for (const d of dueByInformant) if (d.due !== null && (nextDue === null || d.due < nextDue)) nextDue = d.due;

  const status = required
    ? `Required on this date for ${applicable.join(', ') || 'no informant'}.`
    : `Not required yet: the duty starts when the child reaches age ${minAge} and ${minMonths} months in care.`;
  return {
    required,
    informants: applicable,
    nextDue,
    basis: `${rule}. ${status}`,
    dueByInformant,
    findings,
  };
}
