import { describe, expect, it } from 'vitest';
import { checkSmartTarget } from '../../src/smart/index';
import { MEETING as meeting } from './_judge';

const smt = (text: string): string => {
  const r = checkSmartTarget(text, meeting);
  const f = (b: boolean | null): string => (b === true ? 'Y' : 'n');
  return f(r.specific.met) + f(r.measurable.met) + f(r.timeBound.met);
};

describe("Labelling guide, Specific rule 4: \"Carer target:\" then an adult's act done for or with the child is the adult's provision", () => {
  it('reads the act with the child as its object, at once or after "with", "to" or "for", as provision', () => {
    expect(smt('Foster carer target: bake with Ruby every Sunday afternoon.')).toBe('nnn');
    expect(smt('Mum target: walk Zac to school every morning.')).toBe('nnn');
    expect(smt('Carer target: listen to Priya read for 10 minutes each evening.')).toBe('nnn');
    expect(smt('Mum target: to read to Leo every night.')).toBe('nnn');
    expect(smt('Social worker target: visit Ruby every 6 weeks.')).toBe('nnn');
  });
  it('reads "her" before a noun as the child\'s own thing, and the child\'s act after "help Ruby to" as the outcome named', () => {
    expect(smt('Carer target: read her book 3 times a week by Easter.')).toBe('YYY');
    expect(checkSmartTarget('Carer target: help Ruby to learn her 6 times table by Easter.', meeting).specific.met).toBe(true);
  });
  it("leaves the child's own outcome written with no subject after the colon the child's (Specific rules 1-3)", () => {
    expect(smt('Carer target: learn 12 spellings by half term.')).toBe('YYY');
    expect(smt('Carer target: swim 25 metres by July.')).toBe('YYY');
    expect(smt('Carer target: 98% attendance by the summer.')).toBe('YYY');
    expect(smt('Carer target: make her packed lunch each morning by half term.')).toBe('YYY');
    expect(smt('Carer target: zip up his coat by himself by Easter.')).toBe('YYY');
    expect(smt('Staff target: write her name by Easter.')).toBe('YYY');
  });
  it('leaves the child named as subject anywhere after the colon, or in the bracket before it, the child\'s', () => {
    expect(smt('Carer target: Ruby cooks pasta on her own by July.')).toBe('YYY');
    expect(smt('Carer target: by July, Ruby will cook pasta on her own.')).toBe('YYY');
    expect(smt('Carer target (Ruby): cook pasta on her own by July.')).toBe('YYY');
  });
  it('Labelling guide, Settled cases (an outcome joined to provision is specific): stops the provision where the child\'s clause opens', () => {
    expect(smt('Carer target: cook a meal with Ellis every Friday and Ellis will cook pasta on his own by July.')).toBe('YYY');
    expect(smt('Carer target: take Amir to the pool each Saturday so he can swim 10 metres by July.')).toBe('YYY');
  });
  it("Settled cases, a one-off thing adults do is measurable: a screen completed after \"Carer target:\" keeps its measure", () => {
    expect(checkSmartTarget('Carer target: complete the Boxall by March.', meeting).measurable.met).toBe(true);
    expect(checkSmartTarget('Carer to complete the Boxall by March.', meeting).measurable.met).toBe(true);
  });
  it('Measurable rule 1: a score after "Carer target:" still measures', () => {
    expect(smt('Carer target: Boxall score above 50 by July.')).toBe('nYY');
  });
  it("does not read a class's or a place's target as an adult's", () => {
    expect(smt("Nursery's target: put on his coat by himself by Easter.")).toBe('YYY');
    expect(smt("College's target: hand in 3 essays by Easter.")).toBe('YYY');
  });
});

describe('Labelling guide, Settled cases: behaviour points below a figure (the figure is a level of the points)', () => {
  it('reads a figure of the points as a level: "fewer than", "no more than", "or fewer", "from … to"', () => {
    expect(smt('Ruby will get 4 or fewer behaviour points a half term by July.')).toBe('YYY');
    expect(smt('Ruby will get no more than 2 conduct points a fortnight by July.')).toBe('YYY');
    expect(smt("Ruby's negative points will go from 18 to 6 a term by July.")).toBe('YYY');
  });
  it('does not read a figure counting something else as a level (Settled cases, fewer sanctions with no figure)', () => {
    expect(smt('Ruby will get fewer behaviour points for 3 weeks in a row by July.')).toBe('nYY');
    expect(smt('Ruby will get fewer behaviour points on 4 days out of 5 by July.')).toBe('nYY');
    expect(smt('Ruby will have fewer conduct points in 3 lessons a week by July.')).toBe('nYY');
    expect(smt('Ruby will get fewer behavior points in 4 out of 5 weeks by July.')).toBe('nYY');
  });
});

describe('Barnet, Developing your SMART Outcome, Step One: a broad screening score written another way is still the whole aim', () => {
  it('is not specific with the screen written out, reached, raised, hoped for or above a cut-off', () => {
    expect(smt('Ruby will score 12 or lower on the Strengths and Difficulties Questionnaire by July.')).toBe('nYY');
    expect(smt('Ruby will reach 55 on her Boxall profile by July.')).toBe('nYY');
    expect(smt('Ruby hopes to score under 15 on her SDQ by July.')).toBe('nYY');
    expect(smt("Ruby's Boxall score will increase by 8 points by July.")).toBe('nYY');
    expect(smt('Ruby will score above the cut-off on the ASQ-3 by July.')).toBe('nYY');
  });
  it('leaves a score with provision named beside it to the other readings (labels split on such texts)', () => {
    expect(smt("Ruby's SDQ will drop below 15 with weekly mentoring by July.")).toBe('YYY');
    expect(smt("Ruby's SDQ will drop below 15 with ELSA sessions by July.")).toBe('YYY');
  });
  it("stays specific with the child's act beside it, or a test of one skill", () => {
    expect(smt('Ruby will tell an adult when she feels worried, and reach 55 on the Boxall by July.')).toBe('YYY');
    expect(smt('Ruby will reach 55 in her reading test by July.')).toBe('YYY');
  });
});
