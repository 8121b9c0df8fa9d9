import { PREVIOUSLY_LOOKED_AFTER_ROUTES, YEAR_GROUPS, type PreviouslyLookedAfterRoute, type YearGroup } from '../core/enums';
import { finding, type Finding } from '../core/finding';
import { isIsoDate, type IsoDate } from '../core/isoDate';
import { _ncYearGroup } from './_ncYearGroup';
import { _get } from './_ppGet';
import { _SRC_FORMAT, _SRC_LAC } from './_ppSources';
import type { _PpChildFacts } from './_ppTypes';

/**
 * Reads and checks each field of a child for PP+ eligibility; a bad field is reported in
 * `reasons` and then ignored.
 * @param child - The child record.
 * @param onDate - The date eligibility is judged on.
 * @param reasons - Where findings go.
 * @returns The usable facts.
 * @internal
 */
export function _readPpChild(child: Record<string, unknown>, onDate: IsoDate, reasons: Finding[]): _PpChildFacts {
  const dob = readDateOfBirth(child, onDate, reasons);
  const entered = optionalDate(child, 'enteredCare', reasons);
  let left = optionalDate(child, 'leftCare', reasons);
  if (entered !== null && left !== null && left < entered) {
    reasons.push(finding('PPPLUS-LEFT-BEFORE-ENTERED', 'error', 'The left-care date is before the entered-care date; it was ignored.', ['child', 'leftCare'], _SRC_FORMAT));
    left = null;
  }
  const plac = readPlacRoute(child, reasons);
  return { dob, entered, left, plac, yearGroup: readYearGroup(child, dob, onDate, reasons) };
}

function readDateOfBirth(child: Record<string, unknown>, onDate: IsoDate, reasons: Finding[]): IsoDate | null {
  const dob = _get(child, 'dateOfBirth');
  if (!isIsoDate(dob)) {
    reasons.push(finding('PPPLUS-DOB-INVALID', 'error', "The date of birth is missing or not a real date written 'YYYY-MM-DD'.", ['child', 'dateOfBirth'], _SRC_FORMAT));
    return null;
  }
  if (dob > onDate) {
    reasons.push(finding('PPPLUS-DOB-AFTER-DATE', 'error', 'The date of birth is after the date eligibility is judged on.', ['child', 'dateOfBirth'], _SRC_FORMAT));
    return null;
  }
  return dob;
}

const CARE_DATE = {
  enteredCare: { code: 'PPPLUS-ENTERED-CARE-INVALID', label: 'entered-care' },
  leftCare: { code: 'PPPLUS-LEFT-CARE-INVALID', label: 'left-care' },
} as const;

function optionalDate(child: Record<string, unknown>, key: keyof typeof CARE_DATE, reasons: Finding[]): IsoDate | null {
  const v = _get(child, key);
  if (v === undefined || v === null) return null;
  if (isIsoDate(v)) return v;
  const { code, label } = CARE_DATE[key];
  reasons.push(finding(code, 'error', `The ${label} date is not a real date written 'YYYY-MM-DD'; it was ignored.`, ['child', key], _SRC_FORMAT));
  return null;
}

function readPlacRoute(child: Record<string, unknown>, reasons: Finding[]): PreviouslyLookedAfterRoute | null {
  const route = _get(child, 'previouslyLookedAfter');
  if (route === undefined || route === null) return null;
  if ((PREVIOUSLY_LOOKED_AFTER_ROUTES as readonly unknown[]).includes(route)) return route as PreviouslyLookedAfterRoute;
  reasons.push(
    finding(
      'PPPLUS-PLAC-ROUTE-INVALID',
      'error',
      `The previously-looked-after route must be one of ${PREVIOUSLY_LOOKED_AFTER_ROUTES.join(', ')}; it was ignored.`,
      ['child', 'previouslyLookedAfter'],
      _SRC_FORMAT,
    ),
  );
  return null;
}

/** The recorded year group (`child.yearGroup`), else the chronological one from the date of birth. */
function readYearGroup(child: Record<string, unknown>, dob: IsoDate | null, onDate: IsoDate, reasons: Finding[]): YearGroup | null {
  const chronological = dob === null ? null : _ncYearGroup(dob, onDate);
  const recorded = _get(child, 'yearGroup');
  if (recorded === undefined || recorded === null) return chronological;
  if (!(YEAR_GROUPS as readonly unknown[]).includes(recorded)) {
    reasons.push(finding('PPPLUS-YEAR-GROUP-INVALID', 'error', `The year group must be one of ${YEAR_GROUPS.join(', ')}; it was ignored.`, ['child', 'yearGroup'], _SRC_FORMAT));
    return chronological;
  }
  const yearGroup = recorded as YearGroup;
  if (chronological !== null && chronological !== yearGroup) {
    reasons.push(
      finding(
        'PPPLUS-YEAR-GROUP-OVERRIDE',
        'info',
        `The child is recorded in year group ${yearGroup}, not the chronological year group ${chronological}; the recorded year group was used.`,
        ['child', 'yearGroup'],
        _SRC_LAC,
      ),
    );
  }
  return yearGroup;
}
