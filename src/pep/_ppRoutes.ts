import type { PreviouslyLookedAfterRoute, YearGroup } from '../core/enums';
import { finding, type Finding } from '../core/finding';
import { ageOn, type IsoDate } from '../core/isoDate';
import type { Policy } from '../policy/schema';
import { _SRC_EYPP, _SRC_FORMAT, _SRC_LAC, _SRC_PLAC, _SRC_PLAC_ABROAD, _SRC_POST_16 } from './_ppSources';
import type { _PpChildFacts, _PpVerdict } from './_ppTypes';

/** Children adopted from state care outside England and Wales count from this date. */
const ABROAD_FROM = '2023-04-01';
const SCHOOL_YEARS: readonly YearGroup[] = ['R', '1', '2', '3', '4', '5', '6', '7', '8', '9', '10', '11'];
const EARLY_YEARS: readonly YearGroup[] = ['N1', 'N2'];
const POST_16: readonly YearGroup[] = ['12', '13'];

const none = (yearGroup: YearGroup | null = null): _PpVerdict => ({ eligible: false, route: 'none', yearGroup });
const yes = (route: _PpVerdict['route'], yearGroup: YearGroup): _PpVerdict => ({ eligible: true, route, yearGroup });

/**
 * Looked after on the date: entered care on or before it and not yet left.
 * @internal
 */
export function _lookedAfterOn(facts: _PpChildFacts, onDate: IsoDate): boolean {
  return facts.entered !== null && facts.entered <= onDate && (facts.left === null || facts.left > onDate);
}

/**
 * The route of a looked-after child: early years (N1/N2), the virtual school for a funded year
 * group, or none (post-16, or a year group the policy does not fund).
 * @internal
 */
export function _lookedAfterRoute(facts: _PpChildFacts, onDate: IsoDate, policy: Policy, reasons: Finding[]): _PpVerdict {
  const { yearGroup } = facts;
  if (facts.plac !== null) {
    reasons.push(
      finding('PPPLUS-LAC-AND-PLAC', 'info', 'The child is looked after again on this date, so the looked-after route applies, not the previously-looked-after one.', ['child', 'previouslyLookedAfter'], _SRC_LAC),
    );
  }
  if (yearGroup === null) {
    reasons.push(outsideYearGroups(facts.dob, onDate, 'looked-after'));
    return none();
  }
  if (EARLY_YEARS.includes(yearGroup)) {
    const message = `A looked-after child in year group ${yearGroup} attracts the early years pupil premium when taking up funded early education; the virtual school head manages it, usually through the PEP.`;
    reasons.push(finding('PPPLUS-EARLY-YEARS', 'info', message, ['child'], _SRC_EYPP));
    return yes('early-years', yearGroup);
  }
  const funded = policy.ppPlus.eligibleYearGroups;
  if (funded.value.includes(yearGroup)) {
    reasons.push(fundedYearGroup(yearGroup, funded));
    return yes('virtual-school', yearGroup);
  }
  if (POST_16.includes(yearGroup)) {
    const message = `No pupil premium after Year 11 (year group ${yearGroup}). A young person in care or a care leaver in post-16 education can apply to their provider for a 16 to 19 bursary.`;
    reasons.push(finding('PPPLUS-POST-16', 'info', message, ['child'], _SRC_POST_16));
    return none(yearGroup);
  }
  reasons.push(finding('PPPLUS-YEAR-GROUP-NOT-FUNDED', 'warning', `Looked after on this date, but year group ${yearGroup} is not in the policy's funded year groups.`, ['child'], funded.source));
  return none(yearGroup);
}

/** Why a looked-after child in a funded year group is eligible: the national grant, or the council's own post-16 funding. */
function fundedYearGroup(yearGroup: YearGroup, funded: Policy['ppPlus']['eligibleYearGroups']): Finding {
  const [code, message, source] = fundedTexts(yearGroup, funded);
  return finding(code, 'info', message, ['child'], source);
}

/*
 * The code, message and source of a funded year group depend only on the year group and the policy's
 * rule: made once per (gated, frozen) rule and year group, then shared by every PEP (the same strings).
 */
const FUNDED_TEXTS = new WeakMap<object, Map<YearGroup, readonly [string, string, string]>>();

function fundedTexts(yearGroup: YearGroup, funded: Policy['ppPlus']['eligibleYearGroups']): readonly [string, string, string] {
  let byYear = FUNDED_TEXTS.get(funded);
  if (byYear === undefined) FUNDED_TEXTS.set(funded, (byYear = new Map()));
  let texts = byYear.get(yearGroup);
  if (texts === undefined) {
    texts = POST_16.includes(yearGroup)
      ? ['PPPLUS-LAC-POST-16-LOCAL', `Year group ${yearGroup} is funded by this council's policy (from retained PP+), not by the national grant.`, `${funded.source}; ${_SRC_POST_16}`]
      : ['PPPLUS-LAC-ELIGIBLE', `Looked after on this date, in year group ${yearGroup}: PP+ is managed by the virtual school head.`, `${_SRC_LAC}; ${funded.source}`];
    byYear.set(yearGroup, texts);
  }
  return texts;
}

/**
 * The route of a previously looked-after child: claimed by the school (Reception–Year 11) or the
 * early years provider (N1/N2); none after Year 11, or before 1 April 2023 when adopted from abroad.
 * @internal
 */
export function _previouslyLookedAfterRoute(facts: _PpChildFacts, plac: PreviouslyLookedAfterRoute, onDate: IsoDate, reasons: Finding[]): _PpVerdict {
  const { yearGroup } = facts;
  const at = ['child', 'previouslyLookedAfter'];
  if (plac === 'adopted-from-abroad' && onDate < ABROAD_FROM) {
    reasons.push(finding('PPPLUS-PLAC-ABROAD-BEFORE-2023', 'info', 'Children adopted from state care outside England and Wales attract the premium only from 1 April 2023.', at, _SRC_PLAC_ABROAD));
    return none(yearGroup);
  }
  const source = plac === 'adopted-from-abroad' ? `${_SRC_PLAC}; ${_SRC_PLAC_ABROAD}` : _SRC_PLAC;
  if (yearGroup === null) {
    reasons.push(outsideYearGroups(facts.dob, onDate, 'previously-looked-after'));
    return none();
  }
  if (EARLY_YEARS.includes(yearGroup)) {
    const message = `A previously looked-after child in year group ${yearGroup} attracts the early years pupil premium, claimed by the early years provider, not the virtual school.`;
    reasons.push(finding('PPPLUS-PLAC-EARLY-YEARS', 'info', message, at, `${source}; ${_SRC_EYPP}`));
    return yes('early-years', yearGroup);
  }
  if (SCHOOL_YEARS.includes(yearGroup)) {
    const message = `Previously looked after (${plac}), in year group ${yearGroup}: the school claims the premium through the census after the parent declares it; the virtual school does not hold it.`;
    reasons.push(finding('PPPLUS-PLAC-ELIGIBLE', 'info', message, at, source));
    return yes('school', yearGroup);
  }
  reasons.push(finding('PPPLUS-PLAC-POST-16', 'info', `No pupil premium after Year 11 (year group ${yearGroup}).`, at, `${source}; ${_SRC_POST_16}`));
  return none(yearGroup);
}

/**
 * Neither looked after nor previously looked after on the date: not yet in care, left care another
 * way, or nothing recorded.
 * @internal
 */
export function _notLookedAfter(facts: _PpChildFacts, onDate: IsoDate, reasons: Finding[]): _PpVerdict {
  if (facts.entered !== null && facts.entered > onDate) {
    reasons.push(finding('PPPLUS-NOT-YET-IN-CARE', 'info', 'The child had not entered care on this date.', ['child', 'enteredCare'], _SRC_LAC));
  } else if (facts.left !== null) {
    const message = 'The child had left care on this date and no previously-looked-after route (adoption, special guardianship, child arrangements order) is recorded.';
    reasons.push(finding('PPPLUS-LEFT-CARE', 'info', message, ['child', 'leftCare'], `${_SRC_LAC}; ${_SRC_PLAC}`));
  } else {
    reasons.push(finding('PPPLUS-NOT-LOOKED-AFTER', 'info', 'No entered-care date and no previously-looked-after route is recorded.', ['child'], `${_SRC_LAC}; ${_SRC_PLAC}`));
  }
  return none(facts.yearGroup);
}

/** Why there is no year group: no date of birth, older than Year 13 age, or younger than N1 age. */
function outsideYearGroups(dob: IsoDate | null, onDate: IsoDate, status: 'looked-after' | 'previously-looked-after'): Finding {
  if (dob === null) {
    return finding('PPPLUS-YEAR-GROUP-UNKNOWN', 'error', 'The year group cannot be worked out without a valid date of birth or a recorded year group.', ['child'], _SRC_FORMAT);
  }
  if (ageOn(dob, onDate) >= 16) {
    const lac = status === 'looked-after';
    const message = lac
      ? 'No pupil premium after Year 11 (older than Year 13 age). A young person in care or a care leaver in post-16 education can apply to their provider for a 16 to 19 bursary.'
      : 'No pupil premium after Year 11 (older than Year 13 age).';
    return finding(lac ? 'PPPLUS-POST-16' : 'PPPLUS-PLAC-POST-16', 'info', message, ['child', 'dateOfBirth'], _SRC_POST_16);
  }
  const message = 'The child is younger than nursery year group N1 age (2 on the 31 August before the academic year); no premium yet.';
  return finding('PPPLUS-BELOW-NURSERY-AGE', 'info', message, ['child', 'dateOfBirth'], _SRC_EYPP);
}
