import type { AttendeeRole } from '../../core/enums';
import { defineRule, type RuleHit } from '../defineRule';
import { _HALTON } from './_sources';

/** Roles whose attendance (present or not) every PEP records: Halton, "Who should be attending the PEP meeting?". */
const KEY_ROLES: readonly AttendeeRole[] = ['social-worker', 'carer'];

/**
 * The social worker and the carer appear in the attendee list, present or absent.
 * @example
 * import { rules } from 'pep-rules/rules';
 * rules.find((rule) => rule.code === 'PEP-ATTENDEES-ROLE-MISSING')?.severity;
 * //=> 'warning'
 */
export const attendeesRoleMissing = defineRule<{ role: string }>({
  code: 'PEP-ATTENDEES-ROLE-MISSING',
  severity: 'warning',
  appliesTo: {},
  qa: { nonNegotiable: 'attendees-recorded' },
  description: 'The social worker or the carer is not in the attendee list, neither as present nor as absent.',
  source: `${_HALTON}, Frequently Asked Questions (PEP meetings are attended by the DT, social worker, foster carer and child)`,
  message: (p) => `No attendee with role ${p.role} is recorded, present or absent.`,
  check: (_pep, ctx) => {
    const hits: RuleHit<{ role: string }>[] = [];
    for (const role of KEY_ROLES) if (!ctx.facts.rolesListed.includes(role)) hits.push({ path: ['attendees'], params: { role } });
    return hits;
  },
});
