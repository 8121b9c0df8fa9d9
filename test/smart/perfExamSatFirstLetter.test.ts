import { describe, expect, it } from 'vitest';
import { _buildDoc } from '../../src/smart/_doc';
import { _SITTING, _examSat } from '../../src/smart/_specific';
import { checkSmartTarget } from '../../src/smart/index';

/*
 * The exam the child sits (the labelling guide, Specific: "the particular … task or qualification"; Measurable rule 5, a
 * one-off event) is looked for only after a verb of sitting, which is told first by its first letter: every verb of the
 * list must pass that test, or its exam would be missed. Sentences are our own.
 */

const context = { meetingDate: '2025-01-15' };

describe('Labelling guide, Specific ("the particular … task or qualification"): every verb of sitting an exam is read', () => {
  it('each verb of the list begins with "s" or "r", and each one-word verb opens the exam it names', () => {
    for (const verb of _SITTING) {
      expect(verb[0], verb).toMatch(/^[sr]$/);
      // A hyphened verb is two words to the reader ("re", "sit"): its second word is in the list itself.
      if (!verb.includes('-')) expect(_examSat(_buildDoc(`${verb} GCSEs in June`, { n: 0 }), 0), verb).toBe(2);
    }
  });

  it('the exams sat are still specific; a seat, a word that only begins alike, or another verb before an exam is not read as one', () => {
    expect(checkSmartTarget('Sit GCSEs.', context).specific.met).toBe(true);
    expect(checkSmartTarget('Morgan to resit Functional Skills maths in November.', context).specific.met).toBe(true);
    const at = (text: string, i: number): number => _examSat(_buildDoc(text, { n: 0 }), i);
    expect(at('Sit GCSEs.', 0)).toBe(2);
    expect(at('Resits maths in June', 0)).toBe(2);
    expect(at('Sit with his key worker', 0)).toBe(-1);
    expect(at('Sing GCSE songs', 0)).toBe(-1);
    expect(at('Revise GCSEs', 0)).toBe(-1);
    expect(at('Take GCSEs', 0)).toBe(-1);
  });
});
