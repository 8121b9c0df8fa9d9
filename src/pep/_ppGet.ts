import { _isRecord } from '../core/guards';

/**
 * Reads a field of an untrusted input (a PEP, a child, a ledger entry) without trusting its type:
 * an own property of a record, or an item of an array; `undefined` otherwise.
 * @param value - Anything.
 * @param key - A property name, or an array index.
 * @returns The value found, or `undefined`.
 * @internal Used by ppPlusEligibility and the funding module.
 */
export function _get(value: unknown, key: string | number): unknown {
  if (typeof key === 'number') return Array.isArray(value) ? (value as unknown[])[key] : undefined;
  return _isRecord(value) && Object.prototype.hasOwnProperty.call(value, key) ? value[key] : undefined;
}
