import { describe, expect, it } from 'vitest';
import { checkSmartTarget } from '../../src/smart/index';

const ctx = { meetingDate: '2025-01-15' } as const;

describe('evidence of a verb seen done with a quoted object (Barnet, 5. Setting SMART Outcomes, Step Two: the strategy named)', () => {
  it('quotes the strategy whole, not the verb and an opening quote mark', () => {
    const r = checkSmartTarget("Dylan will use 'stop, walk, talk' at lunchtime by Feb half term.", ctx);
    expect(r.specific.evidence).toContain("use 'stop, walk, talk'");
    expect(r.specific.evidence).not.toContain("use '");
    // A word inside the quoted strategy is not repeated as evidence of its own.
    expect(r.specific.evidence).not.toContain('walk');
  });

  it('works with double quotes', () => {
    const r = checkSmartTarget('Ava will ask "can I have a go?" when she is stuck in maths.', ctx);
    expect(r.specific.evidence).toContain('ask "can I have a go?"');
  });

  it('gives the verb alone when the quote does not close within ten words', () => {
    const r = checkSmartTarget("Sam will use 'first and next and then and after that and finally and so on in his writing.", ctx);
    expect(r.specific.met).toBe(true);
    expect(r.specific.evidence[0]).toBe('use');
  });
});
