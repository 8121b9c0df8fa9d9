/*
 * Structural guards shared by every module: the one definition of "a plain JSON object".
 */

/**
 * `true` for a non-null object that is not an array (what JSON calls an object).
 * @param value - Anything.
 * @returns Whether `value` can be read as a record of named fields.
 * @internal Used by the library's modules.
 */
export function _isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
