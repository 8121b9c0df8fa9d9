import { finding, type Finding } from '../../core/finding';
import { type IsoDate, isoDateOf, isoParts } from '../../core/isoDate';

/** The `source` of findings about the input. @internal */
export const _SOURCE_INPUT = 'pep-rules PEP schedule input';
const CARE_ENDS_SOURCE = 'Children Act 1989 s105(1) (a child is a person under 18)';

/**
 * The child's birthday at `age` (29 February → 1 March in other years).
 * @internal
 */
export function _birthday(dateOfBirth: IsoDate, age: number): IsoDate {
  const { year, month, day } = isoParts(dateOfBirth);
  return isoDateOf(year + age, month, day) ?? `${year + age}-03-01`;
}

/**
 * `DEADLINE-SCHEDULE-CARE-BEFORE-BIRTH` when the child entered care before being born.
 * @internal
 */
export function _careBeforeBirth(enteredCare: IsoDate, dateOfBirth: IsoDate): Finding[] {
  return enteredCare < dateOfBirth
    ? [finding('DEADLINE-SCHEDULE-CARE-BEFORE-BIRTH', 'error', 'The child cannot enter care before being born.', ['enteredCare'], _SOURCE_INPUT)]
    : [];
}

/**
 * The dates of a care episode that cannot be: care before birth, `today` before birth, care
 * entered at 18 or over (not a looked-after child).
 * @internal
 */
export function _episodeChecks(enteredCare: IsoDate, dateOfBirth: IsoDate, today: IsoDate): Finding[] {
  const findings = _careBeforeBirth(enteredCare, dateOfBirth);
  if (today < dateOfBirth) {
    findings.push(finding('DEADLINE-SCHEDULE-TODAY-BEFORE-BIRTH', 'error', '`today` is before the date of birth.', ['today'], _SOURCE_INPUT));
  }
  if (enteredCare >= _birthday(dateOfBirth, 18)) {
    findings.push(
      finding('DEADLINE-SCHEDULE-CARE-AFTER-18', 'error', 'The child was 18 or over on entering care, so is not a looked-after child.', ['enteredCare'], CARE_ENDS_SOURCE),
    );
  }
  return findings;
}
