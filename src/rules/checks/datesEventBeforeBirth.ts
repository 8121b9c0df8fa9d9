import type { Pep } from '../../pep/schema';
import { defineRule, type RuleHit } from '../defineRule';
import { _CONSISTENCY } from './_sources';

type Path = readonly (string | number)[];

/**
 * The dated events that fall before the birth date, in the order SDQs, attendance period start and
 * end, suspensions, education start. Paths are built only for those (most PEPs have none).
 */
function eventsBefore(pep: Pep, birth: string): Path[] {
  const out: Path[] = [];
  const sdq = pep.sdq ?? [];
  for (let i = 0; i < sdq.length; i++) if (sdq[i]!.completedOn < birth) out.push(['sdq', i, 'completedOn']);
  const start = pep.attendance?.periodStart;
  if (start !== undefined && start < birth) out.push(['attendance', 'periodStart']);
  const end = pep.attendance?.periodEnd;
  if (end !== undefined && end < birth) out.push(['attendance', 'periodEnd']);
  const suspensions = pep.exclusions?.suspensions ?? [];
  for (let i = 0; i < suspensions.length; i++) if (suspensions[i]!.startDate < birth) out.push(['exclusions', 'suspensions', i, 'startDate']);
  const education = pep.education.startDate;
  if (education !== undefined && education < birth) out.push(['education', 'startDate']);
  return out;
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
    for (const path of eventsBefore(pep, birth)) hits.push({ path });
    return hits;
  },
});
