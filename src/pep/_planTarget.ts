import { _hasText } from '../core/_text';
import { _get } from './_ppGet';

/**
 * Whether a target is a complete item of an action plan: it has text, a person responsible and a
 * deadline (Barnet Virtual School PEP Guidance, The PEP Meeting: "Agreeing which personnel are
 * responsible for any actions arising from the PEP, and confirm the timescales"). The QA grade's
 * robust-plan judgement and the PP+ gate both read this one definition.
 * Internal.
 * @param target - A target of a PEP, parsed or raw.
 * @returns `true` when text, responsible and deadline are all non-blank strings.
 */
export function _planTargetComplete(target: unknown): boolean {
  return filled(_get(target, 'text')) && filled(_get(target, 'responsible')) && filled(_get(target, 'deadline'));
}

function filled(value: unknown): boolean {
  return typeof value === 'string' && _hasText(value);
}
