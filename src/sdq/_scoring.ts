import { finding, type Finding, type PathSegment } from '../core/finding';

/*
 * What item scoring and impact scoring share: the source they cite and how a bad answer is named.
 */

/** The scoring rules every scoring finding cites. */
export const _SCORING_SOURCE = 'Youthinmind SDQ scoring syntax (sdqinfo.org)';

/** A number written as text (linear: no ambiguous repetition, so no backtracking blow-up). */
const NUMERIC_STRING = /^\s*[-+]?(?:\d+(?:\.\d*)?|\.\d+)(?:e[-+]?\d+)?\s*$/i;

/**
 * Classifies a bad tick or impact answer.
 * @internal
 */
export function _badValue(kind: 'ITEM' | 'IMPACT', value: unknown, label: string, max: number, path: PathSegment[]): Finding {
  const allowed = max === 2 ? '0, 1 or 2' : '0, 1, 2 or 3';
  if (typeof value === 'string') {
    return value.length <= 40 && NUMERIC_STRING.test(value)
      ? finding(
          `SDQ-${kind}-NUMERIC-STRING`,
          'error',
          `${label} is a string; send the number ${allowed} (numeric strings are not converted).`,
          path,
        )
      : finding(`SDQ-${kind}-TYPE`, 'error', `${label} must be ${allowed}, or null when unanswered.`, path);
  }
  if (typeof value === 'number') {
    return Number.isInteger(value)
      ? finding(`SDQ-${kind}-OUT-OF-RANGE`, 'error', `${label} is outside 0–${max}; answers are ${allowed}.`, path)
      : finding(`SDQ-${kind}-NOT-INTEGER`, 'error', `${label} is not a whole number; answers are ${allowed}.`, path);
  }
  return finding(`SDQ-${kind}-TYPE`, 'error', `${label} must be ${allowed}, or null when unanswered.`, path);
}
