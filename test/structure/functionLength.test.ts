import { describe, expect, it } from 'vitest';
import { functionLengths } from '../../scripts/function-lengths';

/*
 * Functions hold one idea: none in src/ is longer than 80 lines (declaration to closing brace).
 * `npm run lengths` lists the longest.
 */
const LIMIT = 80;

describe('function length', () => {
  it(`no function in src/ is longer than ${LIMIT} lines`, () => {
    const long = functionLengths('src').filter((f) => f.lines > LIMIT).map((f) => `${f.file}:${f.line} ${f.name} (${f.lines} lines)`);
    expect(long).toEqual([]);
  });

  it('measures what it claims: a nested function is counted on its own', () => {
    const all = functionLengths('scripts');
    const self = all.find((f) => f.name === 'functionLengths');
    expect(self?.lines).toBeGreaterThan(10);
    expect(all.some((f) => f.name === 'visit')).toBe(true);
  });
});
