import { describe, expect, it } from 'vitest';
import { atLeast, countBySeverity, finding, hasErrors, sortFindings } from '../../src/core/finding';

describe('finding helpers', () => {
  const a = finding('A-B-C', 'info', 'a');
  const b = finding('D-E-F', 'error', 'b', ['x', 0], 'src');
  const c = finding('G-H-I', 'warning', 'c');
  it('omits path and source when not given', () => {
    expect([a, b]).toEqual([
      { code: 'A-B-C', severity: 'info', message: 'a' },
      { code: 'D-E-F', severity: 'error', message: 'b', path: ['x', 0], source: 'src' },
    ]);
    expect(Object.keys(a)).toEqual(['code', 'severity', 'message']);
  });
  it('sorts errors first and keeps order within a severity', () => {
    expect(sortFindings([a, c, b, finding('J-K-L', 'error', 'd')]).map((f) => f.code)).toEqual(['D-E-F', 'J-K-L', 'G-H-I', 'A-B-C']);
  });
  it('counts and detects errors', () => {
    expect([hasErrors([a, c]), hasErrors([a, b]), countBySeverity([a, b, c, b])]).toEqual([false, true, { error: 2, warning: 1, info: 1 }]);
  });
  it('compares severities against a threshold', () => {
    expect([atLeast('error', 'error'), atLeast('warning', 'error'), atLeast('warning', 'info')]).toEqual([true, false, true]);
  });
});
