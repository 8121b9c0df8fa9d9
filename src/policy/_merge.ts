/**
 * Deep merge for policies: plain objects merge key by key, arrays and other values replace,
 * `null` sets null, `undefined` leaves the base value. Never mutates either argument. Keys the
 * base lacks are copied over as they are, so the strict schema reports them (`POLICY-UNKNOWN-KEY`);
 * only `__proto__` is dropped, as it would change the result's prototype.
 */
export function _mergePolicy<T>(base: T, overrides: unknown): T {
  if (overrides === undefined) return base;
  if (!isPlainObject(base) || !isPlainObject(overrides)) return overrides as T;
  const out: Record<string, unknown> = { ...base };
  for (const key of Object.keys(overrides)) {
    if (key === '__proto__') continue;
    const value = overrides[key];
    if (value === undefined) continue;
    out[key] = Object.prototype.hasOwnProperty.call(base, key) ? _mergePolicy(base[key], value) : value;
  }
  return out as T;
}

/** `true` for an object literal or `Object.create(null)` (not an array, a Date, a class instance). */
function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return false;
  const proto = Object.getPrototypeOf(value) as unknown;
  return proto === Object.prototype || proto === null;
}

/** Freezes a value and everything inside it. */
export function _deepFreeze<T>(value: T): T {
  if (value !== null && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const key of Object.keys(value)) _deepFreeze((value as Record<string, unknown>)[key]);
  }
  return value;
}
