import { describe, expect, it } from 'vitest';
import { finding, type Finding } from '../../src/core/finding';
import { SDQ_CODES, type SdqCode } from '../../src/sdq/codes';
import type { RuleCode } from '../../src/rules/codes';

describe('Finding is generic in its code', () => {
  it('narrows code to one catalogue, and plain Finding still takes any code', () => {
    const typed: Finding<SdqCode> = { code: 'SDQ-ITEMS-COUNT', severity: 'error', message: 'The SDQ has 25 items; 20 were given.' };
    // @ts-expect-error a SMART code is not an SDQ code
    const wrong: Finding<SdqCode> = { code: 'SMART-NO-DEADLINE', severity: 'warning', message: 'm' };
    const rule: Finding<RuleCode> = { code: 'PEP-NEXT-MEETING-MISSING', severity: 'error', message: 'm' };
    const plain: Finding = finding('ANY-CODE-AT-ALL', 'info', 'm');
    const widened: Finding = typed;
    expect([typed.code, wrong.code, rule.code, plain.code, widened.code]).toEqual([
      'SDQ-ITEMS-COUNT',
      'SMART-NO-DEADLINE',
      'PEP-NEXT-MEETING-MISSING',
      'ANY-CODE-AT-ALL',
      'SDQ-ITEMS-COUNT',
    ]);
    expect(SDQ_CODES[typed.code].severity).toBe(typed.severity);
  });
});
