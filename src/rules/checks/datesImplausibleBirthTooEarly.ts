import type { IsoDate } from '../../core/isoDate';
import { defineRule, _PASS } from '../defineRule';
import { _CONSISTENCY } from './_sources';

/** The most years a date of birth may lie before the meeting: beyond it the year is taken as mistyped. */
const MAX_YEARS = 25;

/** The same month and day `years` years earlier, as a string to compare with (29 February stays 29 February). */
function yearsBefore(date: IsoDate, years: number): string | null {
  const year = Number(date.slice(0, 4)) - years;
  return year < 0 ? null : `${String(year).padStart(4, '0')}${date.slice(4)}`;
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
    const limit = yearsBefore(pep.meeting.date, MAX_YEARS);
    return limit !== null && pep.child.dateOfBirth < limit ? [{ path: ['child', 'dateOfBirth'] }] : _PASS;
  },
});
