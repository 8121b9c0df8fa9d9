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

const hasOwn = Object.prototype.hasOwnProperty;

/**
 * {@link _planTargetComplete} for a parsed PEP's targets (plain objects): the three fields read by
 * name (one shape of read per field, not a lookup by a key variable) and, when filled, checked to be
 * the target's own as `_get` reads them. The same answer for every target.
 * @param targets - A parsed PEP's targets.
 * @returns Whether every target is complete.
 * @internal
 */
export function _planTargetsComplete(targets: readonly { readonly text?: unknown; readonly responsible?: unknown; readonly deadline?: unknown }[]): boolean {
  for (let i = 0; i < targets.length; i++) {
    const t = targets[i]!;
    if (!(ownFilled(t.text, t, 'text') && ownFilled(t.responsible, t, 'responsible') && ownFilled(t.deadline, t, 'deadline'))) return false;
  }
  return true;
}

/** `filled(_get(target, key))`, given the value read by name. */
function ownFilled(value: unknown, target: object, key: string): boolean {
  return filled(value) && hasOwn.call(target, key);
}
