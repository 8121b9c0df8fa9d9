import type { Pep } from '../../pep/schema';
import { defineRule, type RuleHit } from '../defineRule';
import { _CONSISTENCY } from './_sources';

type Path = readonly (string | number)[];

/** Every dated event the PEP records about the child's own life, with where it sits. */
function datedEvents(pep: Pep): [string | undefined, Path][] {
  const events: [string | undefined, Path][] = [];
  (pep.sdq ?? []).forEach((record, i) => events.push([record.completedOn, ['sdq', i, 'completedOn']]));
  events.push([pep.attendance?.periodStart, ['attendance', 'periodStart']]);
  events.push([pep.attendance?.periodEnd, ['attendance', 'periodEnd']]);
  (pep.exclusions?.suspensions ?? []).forEach((s, i) => events.push([s.startDate, ['exclusions', 'suspensions', i, 'startDate']]));
  events.push([pep.education.startDate, ['education', 'startDate']]);
  return events;
}

/**
 * Nothing the PEP records about the child happened before the child was born: an SDQ, an attendance
 * period, a suspension or a start at the education setting dated before the date of birth is a typing
 * error in one of the two dates (the meeting itself is checked by `PEP-DATES-BIRTH-AFTER-MEETING`, entering
 * care by `PEP-DATES-CARE-BEFORE-BIRTH`). A birth date after the meeting is reported by that rule
 * alone rather than once for every event it would precede.
 * @example
 * import { rules } from 'pep-rules/rules';
 * rules.find((rule) => rule.code === 'PEP-DATES-EVENT-BEFORE-BIRTH')?.severity;
 * //=> 'error'
 */
export const datesEventBeforeBirth = defineRule({
  code: 'PEP-DATES-EVENT-BEFORE-BIRTH',
  severity: 'error',
  appliesTo: {},
  description: 'An SDQ, attendance period, suspension or education start date is before the date of birth.',
  source: _CONSISTENCY,
  message: () => 'This date is before the child\u2019s date of birth.',
  check: (pep) => {
    const birth = pep.child.dateOfBirth;
    const hits: RuleHit[] = [];
    // A birth date after the meeting is itself the error (PEP-DATES-BIRTH-AFTER-MEETING): every event would follow.
    if (birth > pep.meeting.date) return hits;
    for (const [date, path] of datedEvents(pep)) if (date !== undefined && date < birth) hits.push({ path: [...path] });
    return hits;
  },
});
