import type { IsoDate } from '../../core/isoDate';
import { defineRule, _PASS } from '../defineRule';
import { _CONSISTENCY } from './_sources';

/** The most years a date of birth may lie before the meeting: beyond it the year is taken as mistyped. */
const MAX_YEARS = 25;

/** The year of a parsed date ('YYYY-MM-DD': four digits), read without a string. */
function yearOf(date: IsoDate): number {
  return (date.charCodeAt(0) - 48) * 1000 + (date.charCodeAt(1) - 48) * 100 + (date.charCodeAt(2) - 48) * 10 + (date.charCodeAt(3) - 48);
}

/**
 * `date` is before the same month and day `years` years before `from` (29 February stays 29 February;
 * none before year 0): the years compared as numbers, the month and day only in the same year.
 */
function before(date: IsoDate, from: IsoDate, years: number): boolean {
  const limit = yearOf(from) - years;
  if (limit < 0) return false;
  const year = yearOf(date);
  return year < limit || (year === limit && date.slice(4) < from.slice(4));
}

/**
 * The child's date of birth is not more than 25 years before the PEP meeting (a mistyped year,
 * say 1015 for 2015): a PEP is for a looked-after child, a person under 18.
 * @example
 * import { rules } from 'pep-rules/rules';
 * rules.find((rule) => rule.code === 'PEP-DATES-BIRTH-TOO-EARLY')?.severity;
 * //=> 'error'
 */
export const datesImplausibleBirthTooEarly = defineRule({
  code: 'PEP-DATES-BIRTH-TOO-EARLY',
  severity: 'error',
  appliesTo: {},
  description: `The date of birth is more than ${MAX_YEARS} years before the PEP meeting: a PEP is for a looked-after child (under 18), so the date is taken as mistyped (${MAX_YEARS}, the age to which care leavers are supported, is the library's margin).`,
  source: `${_CONSISTENCY}; Children Act 1989, s 105(1) (a child is a person under eighteen)`,
  message: () => `The date of birth is more than ${MAX_YEARS} years before the meeting date.`,
  check: (pep) => {
    return before(pep.child.dateOfBirth, pep.meeting.date, MAX_YEARS) ? [{ path: ['child', 'dateOfBirth'] }] : _PASS;
  },
});
