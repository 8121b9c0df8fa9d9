/**
 * What `detail: 'codes'` should leave of a full result, written independently of the library (a deep
 * walk), for the tests that compare the two levels: every finding loses its message (→ '') and source;
 * every SMART criterion keeps only `met` and `confidence` (evidence empty, no advice). A `pep` key (the
 * document itself, in assessPep's result) is kept as it is.
 * @example
 * stripToCodes({ code: 'X', severity: 'warning', message: 'Why.', source: 'Doc', path: [] });
 * //=> { code: 'X', severity: 'warning', path: [], message: '' }
 */
export function stripToCodes(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(stripToCodes);
  if (typeof value !== 'object' || value === null) return value;
  const o = value as Record<string, unknown>;
  if (typeof o.code === 'string' && typeof o.severity === 'string' && typeof o.message === 'string') {
    const { source: _source, message: _message, ...rest } = o;
    return { ...(stripToCodes(rest) as object), message: '' };
  }
  if (typeof o.met !== 'undefined' && Array.isArray(o.evidence)) return o.confidence === undefined ? { met: o.met, evidence: [] } : { met: o.met, evidence: [], confidence: o.confidence };
  return Object.fromEntries(Object.entries(o).map(([k, v]) => [k, k === 'pep' ? v : stripToCodes(v)]));
}
