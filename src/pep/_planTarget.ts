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
  const text = (key: string): string | undefined => {
    const v = _get(target, key);
    return typeof v === 'string' ? v : undefined;
  };
  return _hasText(text('text')) && _hasText(text('responsible')) && _hasText(text('deadline'));
}
