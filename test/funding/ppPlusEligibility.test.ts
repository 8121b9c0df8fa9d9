import { describe, expect, it } from 'vitest';
import { ppPlusEligibility } from '../../src/funding/ppPlusEligibility';
import { _SRC_EYPP, _SRC_FORMAT, _SRC_LAC, _SRC_PLAC, _SRC_PLAC_ABROAD, _SRC_POST_16 } from '../../src/funding/_sources';
import { england } from '../../src/policy/presets/england';
import { miltonKeynes } from '../../src/policy/presets/miltonKeynes';
import type { Policy } from '../../src/policy/schema';
import { makePep } from './_pep';

const ENG_GROUPS = england.ppPlus.eligibleYearGroups.source;
const lacEligible = (yearGroup: string, groupsSource = ENG_GROUPS) => ({
  code: 'PPPLUS-LAC-ELIGIBLE',
  severity: 'info',
  message: `Looked after on this date, in year group ${yearGroup}: PP+ is managed by the virtual school head.`,
  path: ['child'],
  source: `${_SRC_LAC}; ${groupsSource}`,
});
const codes = (r: { reasons: { code: string }[] }) => r.reasons.map((f) => f.code);

describe('ppPlusEligibility: looked-after children (route virtual-school)', () => {
  it('funds a looked-after Year 6 pupil through the virtual school, with the reason and its source', () => {
    expect(ppPlusEligibility({ dateOfBirth: '2014-05-01', enteredCare: '2023-02-01' }, '2024-11-12')).toEqual({
      eligible: true,
      route: 'virtual-school',
      yearGroup: '6',
      reasons: [lacEligible('6')],
    });
  });

  it("accepts a PEP's child section as it is (extra fields ignored) and cites the council's source", () => {
    const r = ppPlusEligibility(makePep().child, '2024-11-12', miltonKeynes);
    expect(r).toEqual({ eligible: true, route: 'virtual-school', yearGroup: '6', reasons: [lacEligible('6', miltonKeynes.ppPlus.eligibleYearGroups.source)] });
  });

  it('Reception boundary: born 31 August 2020 is 4 on 31 August 2024, so Reception and eligible in 2024/25', () => {
    const r = ppPlusEligibility({ dateOfBirth: '2020-08-31', enteredCare: '2024-06-01' }, '2024-11-12');
    expect([r.eligible, r.route, r.yearGroup]).toEqual([true, 'virtual-school', 'R']);
  });

  it('Reception boundary: born 1 September 2020 is still 3 on 31 August 2024, so nursery (N2) and the EYPP route', () => {
    const r = ppPlusEligibility({ dateOfBirth: '2020-09-01', enteredCare: '2024-06-01' }, '2024-11-12');
    expect(r).toEqual({
      eligible: true,
      route: 'early-years',
      yearGroup: 'N2',
      reasons: [
        {
          code: 'PPPLUS-EARLY-YEARS',
          severity: 'info',
          message:
            'A looked-after child in year group N2 attracts the early years pupil premium when taking up funded early education; the virtual school head manages it, usually through the PEP.',
          path: ['child'],
          source: _SRC_EYPP,
        },
      ],
    });
  });

  it('Year 11 boundary: born 1 September 2008 is 15 on 31 August 2024, so Year 11 and eligible', () => {
    const r = ppPlusEligibility({ dateOfBirth: '2008-09-01', enteredCare: '2020-01-01' }, '2025-03-03');
    expect([r.eligible, r.route, r.yearGroup]).toEqual([true, 'virtual-school', '11']);
  });

  it('Year 11 boundary: born 31 August 2008 is 16 on 31 August 2024, so Year 12: no PP+, pointed to the 16 to 19 bursary', () => {
    expect(ppPlusEligibility({ dateOfBirth: '2008-08-31', enteredCare: '2020-01-01' }, '2025-03-03')).toEqual({
      eligible: false,
      route: 'none',
      yearGroup: '12',
      reasons: [
        {
          code: 'PPPLUS-POST-16',
          severity: 'info',
          message:
            'No pupil premium after Year 11 (year group 12). A young person in care or a care leaver in post-16 education can apply to their provider for a 16 to 19 bursary.',
          path: ['child'],
          source: _SRC_POST_16,
        },
      ],
    });
  });

  it('an 18-year-old (beyond Year 13) is post-16 too, not "too young"', () => {
    const r = ppPlusEligibility({ dateOfBirth: '2006-05-01', enteredCare: '2020-01-01' }, '2024-11-12');
    expect([r.route, r.yearGroup, codes(r)]).toEqual(['none', null, ['PPPLUS-POST-16']]);
  });

  it('nursery year group N1 (aged 2 on 31 August) is the early years route', () => {
    const r = ppPlusEligibility({ dateOfBirth: '2022-03-01', enteredCare: '2024-01-10' }, '2024-11-12');
    expect([r.eligible, r.route, r.yearGroup]).toEqual([true, 'early-years', 'N1']);
  });

  it('a child younger than nursery age attracts nothing yet', () => {
    expect(ppPlusEligibility({ dateOfBirth: '2023-01-01', enteredCare: '2023-06-01' }, '2024-11-12')).toEqual({
      eligible: false,
      route: 'none',
      yearGroup: null,
      reasons: [
        {
          code: 'PPPLUS-BELOW-NURSERY-AGE',
          severity: 'info',
          message: 'The child is younger than nursery year group N1 age (2 on the 31 August before the academic year); no premium yet.',
          path: ['child', 'dateOfBirth'],
          source: _SRC_EYPP,
        },
      ],
    });
  });

  it('is looked after from the day the child enters care (at least one day counts)', () => {
    const r = ppPlusEligibility({ dateOfBirth: '2014-05-01', enteredCare: '2024-11-12' }, '2024-11-12');
    expect(r.route).toBe('virtual-school');
  });

  it('a child who enters care after the date is not yet looked after', () => {
    expect(ppPlusEligibility({ dateOfBirth: '2014-05-01', enteredCare: '2024-11-13' }, '2024-11-12')).toEqual({
      eligible: false,
      route: 'none',
      yearGroup: '6',
      reasons: [{ code: 'PPPLUS-NOT-YET-IN-CARE', severity: 'info', message: 'The child had not entered care on this date.', path: ['child', 'enteredCare'], source: _SRC_LAC }],
    });
  });

  it('a child who left care on the date (returned home) is not looked after and has no PLAC route', () => {
    const r = ppPlusEligibility({ dateOfBirth: '2014-05-01', enteredCare: '2023-02-01', leftCare: '2024-11-12' }, '2024-11-12');
    expect([r.eligible, r.route, codes(r)]).toEqual([false, 'none', ['PPPLUS-LEFT-CARE']]);
  });

  it('a child who leaves care the next day is still looked after on the date', () => {
    const r = ppPlusEligibility({ dateOfBirth: '2014-05-01', enteredCare: '2023-02-01', leftCare: '2024-11-13' }, '2024-11-12');
    expect(r.route).toBe('virtual-school');
  });

  it('uses a recorded year group over the chronological one, and says so', () => {
    const r = ppPlusEligibility({ dateOfBirth: '2014-05-01', enteredCare: '2023-02-01', yearGroup: '5' }, '2024-11-12');
    expect(r).toEqual({
      eligible: true,
      route: 'virtual-school',
      yearGroup: '5',
      reasons: [
        {
          code: 'PPPLUS-YEAR-GROUP-OVERRIDE',
          severity: 'info',
          message: 'The child is recorded in year group 5, not the chronological year group 6; the recorded year group was used.',
          path: ['child', 'yearGroup'],
          source: _SRC_LAC,
        },
        lacEligible('5'),
      ],
    });
  });

  it('a looked-after child in a year group the council does not fund gets a warning and no route', () => {
    const secondaryOnly: Policy = { ...england, ppPlus: { ...england.ppPlus, eligibleYearGroups: { value: ['7', '8', '9', '10', '11'], source: 'test policy: secondary only' } } };
    expect(ppPlusEligibility({ dateOfBirth: '2014-05-01', enteredCare: '2023-02-01' }, '2024-11-12', secondaryOnly)).toEqual({
      eligible: false,
      route: 'none',
      yearGroup: '6',
      reasons: [
        {
          code: 'PPPLUS-YEAR-GROUP-NOT-FUNDED',
          severity: 'warning',
          message: "Looked after on this date, but year group 6 is not in the policy's funded year groups.",
          path: ['child'],
          source: 'test policy: secondary only',
        },
      ],
    });
  });

  it('a council that funds Year 12 from retained PP+ routes it through the virtual school, noted as local', () => {
    const withPost16: Policy = {
      ...england,
      ppPlus: { ...england.ppPlus, eligibleYearGroups: { value: [...england.ppPlus.eligibleYearGroups.value, '12'], source: 'test policy: Year 12 funded' } },
    };
    const r = ppPlusEligibility({ dateOfBirth: '2008-08-31', enteredCare: '2020-01-01' }, '2025-03-03', withPost16);
    expect([r.eligible, r.route, codes(r)]).toEqual([true, 'virtual-school', ['PPPLUS-LAC-POST-16-LOCAL']]);
  });
});

describe('ppPlusEligibility: previously looked-after children (route school)', () => {
  it('an adopted child in Year 6 is claimed by the school through the census, not held by the virtual school', () => {
    expect(ppPlusEligibility({ dateOfBirth: '2014-05-01', enteredCare: '2015-01-01', leftCare: '2017-06-01', previouslyLookedAfter: 'adoption' }, '2024-11-12')).toEqual({
      eligible: true,
      route: 'school',
      yearGroup: '6',
      reasons: [
        {
          code: 'PPPLUS-PLAC-ELIGIBLE',
          severity: 'info',
          message:
            'Previously looked after (adoption), in year group 6: the school claims the premium through the census after the parent declares it; the virtual school does not hold it.',
          path: ['child', 'previouslyLookedAfter'],
          source: _SRC_PLAC,
        },
      ],
    });
  });

  it('special guardianship and child arrangements orders are PLAC routes too', () => {
    for (const route of ['special-guardianship', 'child-arrangements'] as const) {
      expect(ppPlusEligibility({ dateOfBirth: '2012-02-01', previouslyLookedAfter: route }, '2024-11-12').route).toBe('school');
    }
  });

  it('adopted from state care abroad: not eligible on 31 March 2023', () => {
    expect(ppPlusEligibility({ dateOfBirth: '2014-05-01', previouslyLookedAfter: 'adopted-from-abroad' }, '2023-03-31')).toEqual({
      eligible: false,
      route: 'none',
      yearGroup: '4',
      reasons: [
        {
          code: 'PPPLUS-PLAC-ABROAD-BEFORE-2023',
          severity: 'info',
          message: 'Children adopted from state care outside England and Wales attract the premium only from 1 April 2023.',
          path: ['child', 'previouslyLookedAfter'],
          source: _SRC_PLAC_ABROAD,
        },
      ],
    });
  });

  it('adopted from state care abroad: eligible through the school from 1 April 2023', () => {
    const r = ppPlusEligibility({ dateOfBirth: '2014-05-01', previouslyLookedAfter: 'adopted-from-abroad' }, '2023-04-01');
    expect([r.eligible, r.route, r.reasons[0]?.source]).toEqual([true, 'school', `${_SRC_PLAC}; ${_SRC_PLAC_ABROAD}`]);
  });

  it('a previously looked-after child in nursery gets the EYPP, claimed by the provider', () => {
    const r = ppPlusEligibility({ dateOfBirth: '2021-01-10', previouslyLookedAfter: 'adoption' }, '2024-11-12');
    expect([r.eligible, r.route, r.yearGroup, codes(r)]).toEqual([true, 'early-years', 'N2', ['PPPLUS-PLAC-EARLY-YEARS']]);
  });

  it('a previously looked-after young person in Year 12 gets nothing', () => {
    const r = ppPlusEligibility({ dateOfBirth: '2008-01-10', previouslyLookedAfter: 'adoption' }, '2024-11-12');
    expect([r.eligible, r.route, codes(r)]).toEqual([false, 'none', ['PPPLUS-PLAC-POST-16']]);
  });

  it('an adopted child who comes back into care is looked after again: the virtual school route wins', () => {
    const r = ppPlusEligibility({ dateOfBirth: '2014-05-01', enteredCare: '2024-09-02', previouslyLookedAfter: 'adoption' }, '2024-11-12');
    expect([r.route, codes(r)]).toEqual(['virtual-school', ['PPPLUS-LAC-AND-PLAC', 'PPPLUS-LAC-ELIGIBLE']]);
  });

  it('a child with no care dates and no PLAC route is not looked after', () => {
    const r = ppPlusEligibility({ dateOfBirth: '2014-05-01' }, '2024-11-12');
    expect([r.eligible, r.route, codes(r)]).toEqual([false, 'none', ['PPPLUS-NOT-LOOKED-AFTER']]);
  });
});

describe('ppPlusEligibility: bad input gives findings, never a throw', () => {
  it('an invalid date to judge on', () => {
    expect(ppPlusEligibility({ dateOfBirth: '2014-05-01' }, '12/11/2024')).toEqual({
      eligible: false,
      route: 'none',
      yearGroup: null,
      reasons: [{ code: 'PPPLUS-DATE-INVALID', severity: 'error', message: "The date to judge eligibility on is not a real date written 'YYYY-MM-DD'.", path: ['onDate'], source: _SRC_FORMAT }],
    });
  });

  it('a child that is not an object', () => {
    for (const child of [null, 'child', 42, []]) {
      expect(codes(ppPlusEligibility(child, '2024-11-12'))).toEqual(['PPPLUS-CHILD-INVALID']);
    }
  });

  it('an impossible date of birth, with no recorded year group: the year group is unknown', () => {
    expect(ppPlusEligibility({ dateOfBirth: '2014-02-30', enteredCare: '2023-02-01' }, '2024-11-12')).toEqual({
      eligible: false,
      route: 'none',
      yearGroup: null,
      reasons: [
        { code: 'PPPLUS-DOB-INVALID', severity: 'error', message: "The date of birth is missing or not a real date written 'YYYY-MM-DD'.", path: ['child', 'dateOfBirth'], source: _SRC_FORMAT },
        {
          code: 'PPPLUS-YEAR-GROUP-UNKNOWN',
          severity: 'error',
          message: 'The year group cannot be worked out without a valid date of birth or a recorded year group.',
          path: ['child'],
          source: _SRC_FORMAT,
        },
      ],
    });
  });

  it('a bad date of birth is reported, but a recorded year group still decides', () => {
    const r = ppPlusEligibility({ dateOfBirth: 20140501, enteredCare: '2023-02-01', yearGroup: '6' }, '2024-11-12');
    expect([r.route, r.yearGroup, codes(r)]).toEqual(['virtual-school', '6', ['PPPLUS-DOB-INVALID', 'PPPLUS-LAC-ELIGIBLE']]);
  });

  it('a date of birth after the date, a bad year group, a bad route and bad care dates are each reported', () => {
    const r = ppPlusEligibility(
      { dateOfBirth: '2025-01-01', enteredCare: 'last year', leftCare: '2024-13-01', previouslyLookedAfter: 'foster-care', yearGroup: 'Y7' },
      '2024-11-12',
    );
    expect(codes(r)).toEqual([
      'PPPLUS-DOB-AFTER-DATE',
      'PPPLUS-ENTERED-CARE-INVALID',
      'PPPLUS-LEFT-CARE-INVALID',
      'PPPLUS-PLAC-ROUTE-INVALID',
      'PPPLUS-YEAR-GROUP-INVALID',
      'PPPLUS-NOT-LOOKED-AFTER',
    ]);
    expect(r.eligible).toBe(false);
  });

  it('a left-care date before the entered-care date is ignored', () => {
    const r = ppPlusEligibility({ dateOfBirth: '2014-05-01', enteredCare: '2023-02-01', leftCare: '2022-01-01' }, '2024-11-12');
    expect([r.route, codes(r)]).toEqual(['virtual-school', ['PPPLUS-LEFT-BEFORE-ENTERED', 'PPPLUS-LAC-ELIGIBLE']]);
  });

  it('messages never repeat the child’s data', () => {
    const r = ppPlusEligibility({ dateOfBirth: '2014-05-01', enteredCare: '2023-02-01', leftCare: '2024-01-01', forename: 'Jamie' }, '2024-11-12');
    const text = JSON.stringify(r.reasons.map((f) => f.message));
    expect(text).not.toMatch(/2014-05-01|2023-02-01|2024-01-01|Jamie/);
  });

  it('a malformed policy falls back to the england year groups and says so', () => {
    const broken = { ...england, ppPlus: { ...england.ppPlus, eligibleYearGroups: { value: ['Y1'], source: 'x' } } } as unknown as Policy;
    const r = ppPlusEligibility({ dateOfBirth: '2014-05-01', enteredCare: '2023-02-01' }, '2024-11-12', broken);
    expect([r.route, codes(r)]).toEqual(['virtual-school', ['PPPLUS-POLICY-INVALID', 'PPPLUS-LAC-ELIGIBLE']]);
  });
});
