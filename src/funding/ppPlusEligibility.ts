import { PREVIOUSLY_LOOKED_AFTER_ROUTES, YEAR_GROUPS, type PreviouslyLookedAfterRoute, type YearGroup } from '../core/enums';
import { finding, type Finding } from '../core/finding';
import { ageOn, isIsoDate, type IsoDate } from '../core/isoDate';
import { ncYearGroup } from '../deadlines/academicYear';
import type { Policy } from '../policy/schema';
import { _get, _readPolicy } from './_readPolicy';
import { _SRC_EYPP, _SRC_FORMAT, _SRC_LAC, _SRC_PLAC, _SRC_PLAC_ABROAD, _SRC_POST_16 } from './_sources';

/**
 * Who manages a child's premium: `'virtual-school'` (looked after, Reception–Year 11: PP+ held by
 * the virtual school head), `'school'` (previously looked after: the school claims through the
 * census), `'early-years'` (the early years pupil premium), `'none'`.
 */
export type PpPlusRoute = 'virtual-school' | 'school' | 'early-years' | 'none';

/** The child facts eligibility depends on. A PEP's `child` section fits (extra fields are ignored). */
export interface PpPlusChild {
  readonly dateOfBirth: IsoDate;
  /** Start of the current period of care. */
  readonly enteredCare?: IsoDate;
  /** End of that period of care (the child is not looked after from this day). */
  readonly leftCare?: IsoDate;
  /** How the child left care, when previously looked after. */
  readonly previouslyLookedAfter?: PreviouslyLookedAfterRoute;
  /** Year group the child is taught in, when it differs from their age (overrides the date of birth). */
  readonly yearGroup?: YearGroup;
}

/** The result of {@link ppPlusEligibility}. */
export interface PpPlusEligibility {
  readonly eligible: boolean;
  readonly route: PpPlusRoute;
  /** The year group used: the override, else the chronological one; `null` when unknown or outside N1–13. */
  readonly yearGroup: YearGroup | null;
  /** Why, as findings with sources (codes `PPPLUS-*`). */
  readonly reasons: Finding[];
}

/** Children adopted from state care outside England and Wales count from this date. */
const ABROAD_FROM = '2023-04-01';
const SCHOOL_YEARS: readonly YearGroup[] = ['R', '1', '2', '3', '4', '5', '6', '7', '8', '9', '10', '11'];
const EARLY_YEARS: readonly YearGroup[] = ['N1', 'N2'];
const POST_16: readonly YearGroup[] = ['12', '13'];

/**
 * Whether a child attracts a pupil premium on a date, and by which route (domain/statutory.md §2.2).
 * - Looked after on `onDate` (entered care on or before it, not yet left) in a year group the policy
 *   funds (`policy.ppPlus.eligibleYearGroups`, Reception–Year 11 by default, i.e. aged 4–15 on the
 *   31 August before the academic year) → `'virtual-school'`.
 * - Looked after in nursery (N1/N2) → `'early-years'` (the EYPP, managed by the virtual school head).
 * - Looked after in Year 12 or 13 → `'none'`, with a finding pointing to the 16 to 19 bursary
 *   (unless the policy funds those year groups locally).
 * - Previously looked after (adoption, special guardianship, child arrangements order; adopted from
 *   state care abroad only from 1 April 2023), Reception–Year 11 → `'school'`: the school claims it
 *   through the census and the virtual school does not hold it. In nursery → `'early-years'`, claimed
 *   by the provider.
 * - Not yet in care, or left care another way → `'none'`.
 *
 * The year group is `child.yearGroup` when given, else `ncYearGroup(dateOfBirth, onDate)`.
 * Bad input gives findings (never a throw) and `eligible: false` when the answer cannot be known.
 * @param child - `{ dateOfBirth, enteredCare?, leftCare?, previouslyLookedAfter?, yearGroup? }`.
 * @param onDate - The date to judge on, `'YYYY-MM-DD'` (e.g. the PEP meeting date).
 * @param policy - Council policy; default the `england` preset.
 * @returns `{ eligible, route, yearGroup, reasons }`.
 * @example
 * import { ppPlusEligibility } from 'pep-rules/funding';
 * const r = ppPlusEligibility({ dateOfBirth: '2015-08-31', enteredCare: '2024-01-10' }, '2024-11-12');
 * [r.eligible, r.route, r.yearGroup, r.reasons.map((f) => f.code)];
 * //=> [true, 'virtual-school', '5', ['PPPLUS-LAC-ELIGIBLE']]
 */
export function ppPlusEligibility(child: unknown, onDate: unknown, policy?: Policy): PpPlusEligibility {
  const reasons: Finding[] = [];
  const rules = _readPolicy(policy);
  // Only the policy problems that bear on eligibility.
  reasons.push(...rules.findings.filter((f) => (f.path?.length ?? 0) <= 2 || f.path?.[2] === 'eligibleYearGroups'));
  const none = (yearGroup: YearGroup | null = null): PpPlusEligibility => ({ eligible: false, route: 'none', yearGroup, reasons });

  if (!isIsoDate(onDate)) {
    reasons.push(finding('PPPLUS-DATE-INVALID', 'error', "The date to judge eligibility on is not a real date written 'YYYY-MM-DD'.", ['onDate'], _SRC_FORMAT));
    return none();
  }
  if (child === null || typeof child !== 'object' || Array.isArray(child)) {
    reasons.push(finding('PPPLUS-CHILD-INVALID', 'error', 'The child must be an object with at least a date of birth.', ['child'], _SRC_FORMAT));
    return none();
  }

  // Read and check each field; a bad field is reported and then ignored.
  const dobRaw = _get(child, 'dateOfBirth');
  let dob: IsoDate | null = null;
  if (!isIsoDate(dobRaw)) {
    reasons.push(finding('PPPLUS-DOB-INVALID', 'error', "The date of birth is missing or not a real date written 'YYYY-MM-DD'.", ['child', 'dateOfBirth'], _SRC_FORMAT));
  } else if (dobRaw > onDate) {
    reasons.push(finding('PPPLUS-DOB-AFTER-DATE', 'error', 'The date of birth is after the date eligibility is judged on.', ['child', 'dateOfBirth'], _SRC_FORMAT));
  } else {
    dob = dobRaw;
  }
  const optionalDate = (key: 'enteredCare' | 'leftCare', code: string, label: string): IsoDate | null => {
    const v = _get(child, key);
    if (v === undefined || v === null) return null;
    if (isIsoDate(v)) return v;
    reasons.push(finding(code, 'error', `The ${label} date is not a real date written 'YYYY-MM-DD'; it was ignored.`, ['child', key], _SRC_FORMAT));
    return null;
  };
  const entered = optionalDate('enteredCare', 'PPPLUS-ENTERED-CARE-INVALID', 'entered-care');
  let left = optionalDate('leftCare', 'PPPLUS-LEFT-CARE-INVALID', 'left-care');
  if (entered !== null && left !== null && left < entered) {
    reasons.push(finding('PPPLUS-LEFT-BEFORE-ENTERED', 'error', 'The left-care date is before the entered-care date; it was ignored.', ['child', 'leftCare'], _SRC_FORMAT));
    left = null;
  }
  const placRaw = _get(child, 'previouslyLookedAfter');
  let plac: PreviouslyLookedAfterRoute | null = null;
  if (placRaw !== undefined && placRaw !== null) {
    if ((PREVIOUSLY_LOOKED_AFTER_ROUTES as readonly unknown[]).includes(placRaw)) plac = placRaw as PreviouslyLookedAfterRoute;
    else {
      reasons.push(
        finding(
          'PPPLUS-PLAC-ROUTE-INVALID',
          'error',
          `The previously-looked-after route must be one of ${PREVIOUSLY_LOOKED_AFTER_ROUTES.join(', ')}; it was ignored.`,
          ['child', 'previouslyLookedAfter'],
          _SRC_FORMAT,
        ),
      );
    }
  }

  // Year group: the override, else from the date of birth.
  const chronological = dob === null ? null : ncYearGroup(dob, onDate);
  const overrideRaw = _get(child, 'yearGroup');
  let yearGroup: YearGroup | null = chronological;
  if (overrideRaw !== undefined && overrideRaw !== null) {
    if ((YEAR_GROUPS as readonly unknown[]).includes(overrideRaw)) {
      yearGroup = overrideRaw as YearGroup;
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
    } else {
      reasons.push(finding('PPPLUS-YEAR-GROUP-INVALID', 'error', `The year group must be one of ${YEAR_GROUPS.join(', ')}; it was ignored.`, ['child', 'yearGroup'], _SRC_FORMAT));
    }
  }

  const lookedAfter = entered !== null && entered <= onDate && (left === null || left > onDate);
  const funded = rules.eligibleYearGroups.value;

  if (lookedAfter) {
    if (plac !== null) {
      reasons.push(
        finding('PPPLUS-LAC-AND-PLAC', 'info', 'The child is looked after again on this date, so the looked-after route applies, not the previously-looked-after one.', ['child', 'previouslyLookedAfter'], _SRC_LAC),
      );
    }
    if (yearGroup === null) {
      reasons.push(outsideYearGroups(dob, onDate, 'looked-after'));
      return none();
    }
    if (EARLY_YEARS.includes(yearGroup)) {
      reasons.push(
        finding(
          'PPPLUS-EARLY-YEARS',
          'info',
          `A looked-after child in year group ${yearGroup} attracts the early years pupil premium when taking up funded early education; the virtual school head manages it, usually through the PEP.`,
          ['child'],
          _SRC_EYPP,
        ),
      );
      return { eligible: true, route: 'early-years', yearGroup, reasons };
    }
    if (funded.includes(yearGroup)) {
      if (POST_16.includes(yearGroup)) {
        reasons.push(
          finding(
            'PPPLUS-LAC-POST-16-LOCAL',
            'info',
            `Year group ${yearGroup} is funded by this council's policy (from retained PP+), not by the national grant.`,
            ['child'],
            `${rules.eligibleYearGroups.source}; ${_SRC_POST_16}`,
          ),
        );
      } else {
        reasons.push(
          finding('PPPLUS-LAC-ELIGIBLE', 'info', `Looked after on this date, in year group ${yearGroup}: PP+ is managed by the virtual school head.`, ['child'], `${_SRC_LAC}; ${rules.eligibleYearGroups.source}`),
        );
      }
      return { eligible: true, route: 'virtual-school', yearGroup, reasons };
    }
    if (POST_16.includes(yearGroup)) {
      reasons.push(
        finding(
          'PPPLUS-POST-16',
          'info',
          `No pupil premium after Year 11 (year group ${yearGroup}). A young person in care or a care leaver in post-16 education can apply to their provider for a 16 to 19 bursary.`,
          ['child'],
          _SRC_POST_16,
        ),
      );
      return none(yearGroup);
    }
    reasons.push(
      finding(
        'PPPLUS-YEAR-GROUP-NOT-FUNDED',
        'warning',
        `Looked after on this date, but year group ${yearGroup} is not in the policy's funded year groups.`,
        ['child'],
        rules.eligibleYearGroups.source,
      ),
    );
    return none(yearGroup);
  }

  if (plac !== null) {
    if (plac === 'adopted-from-abroad' && onDate < ABROAD_FROM) {
      reasons.push(
        finding(
          'PPPLUS-PLAC-ABROAD-BEFORE-2023',
          'info',
          'Children adopted from state care outside England and Wales attract the premium only from 1 April 2023.',
          ['child', 'previouslyLookedAfter'],
          _SRC_PLAC_ABROAD,
        ),
      );
      return none(yearGroup);
    }
    const source = plac === 'adopted-from-abroad' ? `${_SRC_PLAC}; ${_SRC_PLAC_ABROAD}` : _SRC_PLAC;
    if (yearGroup === null) {
      reasons.push(outsideYearGroups(dob, onDate, 'previously-looked-after'));
      return none();
    }
    if (EARLY_YEARS.includes(yearGroup)) {
      reasons.push(
        finding(
          'PPPLUS-PLAC-EARLY-YEARS',
          'info',
          `A previously looked-after child in year group ${yearGroup} attracts the early years pupil premium, claimed by the early years provider, not the virtual school.`,
          ['child', 'previouslyLookedAfter'],
          `${source}; ${_SRC_EYPP}`,
        ),
      );
      return { eligible: true, route: 'early-years', yearGroup, reasons };
    }
    if (SCHOOL_YEARS.includes(yearGroup)) {
      reasons.push(
        finding(
          'PPPLUS-PLAC-ELIGIBLE',
          'info',
          `Previously looked after (${plac}), in year group ${yearGroup}: the school claims the premium through the census after the parent declares it; the virtual school does not hold it.`,
          ['child', 'previouslyLookedAfter'],
          source,
        ),
      );
      return { eligible: true, route: 'school', yearGroup, reasons };
    }
    reasons.push(finding('PPPLUS-PLAC-POST-16', 'info', `No pupil premium after Year 11 (year group ${yearGroup}).`, ['child', 'previouslyLookedAfter'], `${source}; ${_SRC_POST_16}`));
    return none(yearGroup);
  }

  if (entered !== null && entered > onDate) {
    reasons.push(finding('PPPLUS-NOT-YET-IN-CARE', 'info', 'The child had not entered care on this date.', ['child', 'enteredCare'], _SRC_LAC));
  } else if (left !== null) {
    reasons.push(
      finding(
        'PPPLUS-LEFT-CARE',
        'info',
        'The child had left care on this date and no previously-looked-after route (adoption, special guardianship, child arrangements order) is recorded.',
        ['child', 'leftCare'],
        `${_SRC_LAC}; ${_SRC_PLAC}`,
      ),
    );
  } else {
    reasons.push(finding('PPPLUS-NOT-LOOKED-AFTER', 'info', 'No entered-care date and no previously-looked-after route is recorded.', ['child'], `${_SRC_LAC}; ${_SRC_PLAC}`));
  }
  return none(yearGroup);
}

function outsideYearGroups(dob: IsoDate | null, onDate: IsoDate, status: 'looked-after' | 'previously-looked-after'): Finding {
  if (dob === null) {
    return finding('PPPLUS-YEAR-GROUP-UNKNOWN', 'error', 'The year group cannot be worked out without a valid date of birth or a recorded year group.', ['child'], _SRC_FORMAT);
  }
  if (ageOn(dob, onDate) >= 16) {
    return finding(
      status === 'looked-after' ? 'PPPLUS-POST-16' : 'PPPLUS-PLAC-POST-16',
      'info',
      status === 'looked-after'
        ? 'No pupil premium after Year 11 (older than Year 13 age). A young person in care or a care leaver in post-16 education can apply to their provider for a 16 to 19 bursary.'
        : 'No pupil premium after Year 11 (older than Year 13 age).',
      ['child', 'dateOfBirth'],
      _SRC_POST_16,
    );
  }
  return finding(
    'PPPLUS-BELOW-NURSERY-AGE',
    'info',
    'The child is younger than nursery year group N1 age (2 on the 31 August before the academic year); no premium yet.',
    ['child', 'dateOfBirth'],
    _SRC_EYPP,
  );
}
