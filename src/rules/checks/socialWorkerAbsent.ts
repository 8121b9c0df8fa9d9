import { defineRule, _PASS, type RuleHit } from '../defineRule';
import { _BOLTON, _NAVSH } from './_sources';

/**
 * The social worker attends the PEP meeting (The Virtual School Handbook (NAVSH, 2014), vii) The role of
 * the VSH in personal education planning: "insisting that social workers always attend PEP meetings";
 * Bolton Virtual School PEP guidance 2021/22, Post-PEP: "Social Worker will attend and contribute"). A
 * warning at each social worker listed as absent when no social worker is recorded as present; a social
 * worker not listed at all is PEP-ATTENDEES-ROLE-MISSING.
 * @example
 * import { rules } from 'pep-rules/rules';
 * rules.find((rule) => rule.code === 'PEP-SOCIAL-WORKER-ABSENT')?.severity;
 * //=> 'warning'
 */
export const socialWorkerAbsent = defineRule({
  code: 'PEP-SOCIAL-WORKER-ABSENT',
  severity: 'warning',
  appliesTo: {},
  description: 'The social worker is listed as absent from the PEP meeting, and no social worker attended.',
  source: `${_NAVSH}, vii) The role of the VSH in personal education planning (social workers always attend PEP meetings); ${_BOLTON}, Post-PEP (Social Worker will attend and contribute)`,
  message: () => 'The social worker is recorded as absent from the PEP meeting; social workers should always attend.',
  check: (pep, ctx) => {
    if (ctx.facts.rolesPresent.includes('social-worker')) return _PASS;
    const hits: RuleHit[] = [];
    pep.attendees.forEach((a, i) => {
      if (a.role === 'social-worker' && a.attended === false) hits.push({ path: ['attendees', i, 'attended'] });
    });
    return hits;
  },
});
