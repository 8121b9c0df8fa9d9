import { describe, expect, it } from 'vitest';
import { checkSmartTarget, checkTargetSet } from '../../src/smart/index';
import { MEETING } from './_judge';

// Measurable rule 6 (docs/smart.md, "Labelling guide"): a count of weeks closing a target after a dash ("Anger
// management - 6 weeks") is how long the provision runs, so the advice says the figures count the provision. That
// reading is of the target's own words. When the point comes from the "Timescale (When)" cell instead, the cell's
// weeks are its deadline, and nothing in the target's text may be quoted as if it were the figure. Targets written
// here for the rule.

const PROVISION = /count the provision/;

describe('Labelling guide, Measurable rule 6: weeks after a dash count provision only in the target\'s own text', () => {
  it('reads the weeks closing the target text as provision, quoting them', () => {
    const r = checkSmartTarget({ text: 'Anger management - 6 weeks' }, MEETING);
    expect(r.deadline).toEqual({ kind: 'relative', days: 42 });
    expect(r.measurable.met).toBe(false);
    expect(r.measurable.advice).toMatch(PROVISION);
    expect(r.measurable.evidence).toEqual(['6 weeks']);
  });

  it.each([
    ['Counselling - CAMHS', 'Lexia - 6 weeks'],
    ['Anger - management', 'Group - 6 weeks'],
    ['Tutor - PP+', 'Tutor - 6 weeks'],
  ])('never quotes the target\'s own word for a cell\'s weeks: %s | %s', (text, cell) => {
    for (const r of [checkSmartTarget({ text, deadline: cell }, MEETING), checkTargetSet([{ text, deadline: cell }, { text, deadline: cell }], MEETING).reports[1]!]) {
      expect(r.deadline).toEqual({ kind: 'relative', days: 42 });
      expect(r.measurable.met).toBe(false);
      expect(r.measurable.advice).not.toMatch(PROVISION);
      expect(r.measurable.evidence).toEqual([]);
    }
  });
});
