import { defineRule, _PASS, type RuleHit } from '../defineRule';
import { _hasText } from '../../core/_text';
import { _HALTON_NON_NEGOTIABLE } from './_sources';

/**
 * Every attendee is recorded with a name as well as a role ("recorded fully").
 * @example
 * import { rules } from 'pep-rules/rules';
 * rules.find((rule) => rule.code === 'PEP-ATTENDEE-NAME-MISSING')?.severity;
 * //=> 'warning'
 */
export const attendeeNameMissing = defineRule<{ role: string }>({
  code: 'PEP-ATTENDEE-NAME-MISSING',
  severity: 'warning',
  appliesTo: {},
  qa: { nonNegotiable: 'attendees-recorded' },
  description: 'An attendee is recorded by role only, without a name.',
  source: `${_HALTON_NON_NEGOTIABLE}: attendees of the meeting have been recorded fully`,
  message: (p) => `An attendee (role ${p.role}) is recorded without a name.`,
  check: (pep) => {
    let hits: RuleHit<{ role: string }>[] | null = null;
    for (let i = 0; i < pep.attendees.length; i++) {
      const a = pep.attendees[i]!;
      if (!_hasText(a.name)) (hits ??= []).push({ path: ['attendees', i, 'name'], params: { role: a.role } });
    }
    return hits ?? _PASS;
  },
});
