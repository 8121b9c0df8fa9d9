import { SDQ_INFORMANTS, type SdqInformant } from '../core/enums';
import { finding, type Finding } from '../core/finding';
import { _isRecord } from '../core/guards';
import { isIsoDate, type IsoDate } from '../core/isoDate';

/*
 * Reading the input of sdqRequirement: the three dates it needs, the completed SDQs and the core
 * PEP dates. Bad entries are ignored with a warning; bad dates refuse the whole input.
 */

/** The dates sdqRequirement decides from. */
export interface _RequirementDates {
  readonly dateOfBirth: IsoDate;
  readonly enteredCare: IsoDate;
  readonly onDate: IsoDate;
}

/** Completed SDQs on or before the date, per informant, oldest first. */
export type _CompletedByInformant = Readonly<Record<SdqInformant, readonly IsoDate[]>>;

const DATE_FIELDS = ['dateOfBirth', 'enteredCare', 'onDate'] as const;

/**
 * The input object with its three dates, or why nothing can be decided (with an error finding per problem).
 * @internal
 */
export function _readRequirementDates(
  input: unknown,
  findings: Finding[],
): { readonly record: Record<string, unknown>; readonly dates: _RequirementDates } | string {
  if (!_isRecord(input)) {
    findings.push(
      finding('SDQ-REQUIREMENT-INPUT-TYPE', 'error', 'The input must be an object { dateOfBirth, enteredCare, onDate, sdqs?, corePepDates? }.', []),
    );
    return 'Not decided: the input is not an object.';
  }
  for (const field of DATE_FIELDS) {
    if (!isIsoDate(input[field])) {
      findings.push(finding('SDQ-REQUIREMENT-DATE-INVALID', 'error', `"${field}" must be a real date written YYYY-MM-DD.`, [field]));
    }
  }
  if (findings.length > 0) return 'Not decided: a required date is missing or invalid.';
  const dates = { dateOfBirth: input['dateOfBirth'], enteredCare: input['enteredCare'], onDate: input['onDate'] } as _RequirementDates;
  return { record: input, dates };
}

/** An optional list field: its entries, or none (a warning when it is present but not a list). */
function _optionalList(value: unknown, field: string, code: string, what: string, findings: Finding[]): readonly unknown[] {
  if (value === undefined || value === null) return [];
  if (Array.isArray(value)) return value;
  findings.push(finding(code, 'warning', `${what} must be a list; it was ignored.`, [field]));
  return [];
}

/**
 * The completed SDQs on or before `onDate`, per informant and sorted; bad or later records are
 * ignored with a warning.
 * @internal
 */
const NONE: IsoDate[] = Object.freeze([]) as unknown as IsoDate[];

export function _readCompletedSdqs(value: unknown, onDate: IsoDate, findings: Finding[]): _CompletedByInformant {
  // Lists made on their first date (a list pushed to from empty takes a store of 17).
  const done: Record<SdqInformant, IsoDate[]> = { parent: NONE, teacher: NONE, self: NONE };
  const list = _optionalList(value, 'sdqs', 'SDQ-REQUIREMENT-SDQS-TYPE', 'The completed SDQs', findings);
  for (let i = 0; i < list.length; i++) {
    const s = list[i];
    if (!_isRecord(s) || !SDQ_INFORMANTS.includes(s['informant'] as SdqInformant) || !isIsoDate(s['completedOn'])) {
      findings.push(
        finding(
          'SDQ-REQUIREMENT-SDQ-INVALID',
          'warning',
          'A completed SDQ needs an informant and a completedOn date (YYYY-MM-DD); it was ignored.',
          ['sdqs', i],
        ),
      );
      continue;
    }
    const completedOn = s['completedOn'] as IsoDate;
    if (completedOn > onDate) {
      findings.push(
        finding('SDQ-REQUIREMENT-SDQ-AFTER-DATE', 'warning', 'A completed SDQ is dated after the date judged; it was ignored.', ['sdqs', i, 'completedOn']),
      );
      continue;
    }
    const informant = s['informant'] as SdqInformant;
    if (done[informant].length === 0) done[informant] = [completedOn];
    else done[informant].push(completedOn);
  }
  // Oldest first; a list of one or none is already in order.
  if (done.parent.length > 1) done.parent.sort();
  if (done.teacher.length > 1) done.teacher.sort();
  if (done.self.length > 1) done.self.sort();
  return done;
}

/**
 * The core PEP dates given, distinct and sorted; bad dates are ignored with a warning.
 * @internal
 */
export function _readCorePepDates(value: unknown, findings: Finding[]): readonly IsoDate[] {
  const list = _optionalList(value, 'corePepDates', 'SDQ-REQUIREMENT-CORE-PEPS-TYPE', 'The core PEP dates', findings);
  // The usual case, one date or none and all real: the list itself (read only by the caller).
  if (list.length < 2 && (list.length === 0 || isIsoDate(list[0]))) return list as readonly IsoDate[];
  const dates: IsoDate[] = [];
  list.forEach((d, i) => {
    if (isIsoDate(d)) dates.push(d);
    else {
      findings.push(
        finding('SDQ-REQUIREMENT-CORE-PEP-DATE-INVALID', 'warning', 'A core PEP date is not a real date (YYYY-MM-DD); it was ignored.', ['corePepDates', i]),
      );
    }
  });
  return dates.length < 2 ? dates : [...new Set(dates)].sort();
}
