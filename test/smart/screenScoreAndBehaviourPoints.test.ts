import { describe, expect, it } from 'vitest';
import { measurable, specific } from './_judge';

describe('Labelling guide, Specific rule 1 and Barnet, Developing your SMART Outcome, Step One: a broad screening score as the whole aim', () => {
  it('is not specific: an SDQ, Boxall Profile or ASQ score to reach names the area of need, not a skill', () => {
    expect(specific('Kai will score 14 or below on his SDQ by the summer PEP.')).toBe(false);
    expect(specific("Noah's carer SDQ will come down from 20 to below 16 when it is redone in May.")).toBe(false);
    expect(specific("Mia's Boxall Profile score will rise from 40 to above 55 by June.")).toBe(false);
    expect(specific("Esme's ASQ-3 communication score will be above the cut-off by June.")).toBe(false);
    expect(specific('Ollie will move from a score of 38 to above 50 on his Boxall Profile when it is redone in July.')).toBe(false);
  });
  it('still measures (Measurable rule 1: a score is a figure that measures)', () => {
    expect(measurable('Kai will score 14 or below on his SDQ by the summer PEP.')).toBe(true);
  });
  it('stays specific with a skill or act of the child named beside the score (Step Two)', () => {
    expect(specific('Maya will use her worry box to tell an adult when she is anxious, and her SDQ total will fall below 17 by July.')).toBe(true);
    expect(specific('SDQ 21 in October. Theo will name 3 calming strategies by Easter.')).toBe(true);
    expect(specific("Sam's SDQ is high; he will not hit other children at break.")).toBe(true);
    expect(specific('Ruby will say her own Boxall targets to her key adult each Monday.')).toBe(true);
  });
  it('does not read a screen of one skill area, or a test of a skill, as a broad screen', () => {
    expect(specific('Arthur will score in the green band on his WellComm screen by March.')).toBe(true);
    expect(specific('Ella will move from Section 5 to Section 6 on the WellComm by the summer.')).toBe(true);
    expect(specific("Ben will move from 'being' to 'doing' on his Thrive profile by April.")).toBe(true);
    expect(specific('Leo will score 8/10 on his weekly spelling test by Easter.')).toBe(true);
    expect(specific('Jo will reach a reading age of 9 years by July.')).toBe(true);
  });
  it('leaves adults completing a screen, and a score only described, not specific', () => {
    expect(specific('DT to complete the SDQ by February.')).toBe(false);
    expect(specific('SDQ score 22 – high.')).toBe(false);
  });
});

describe('Labelling guide, Settled cases: behaviour points or detentions below a figure are specific and measurable', () => {
  it('reads behaviour points counted by a figure as the stop-behaviour they record', () => {
    expect(specific('Behaviour points: 30 last term. Target: fewer than 10 this term.')).toBe(true);
    expect(specific('Negative behaviour points: from 15 a week to 5 or fewer a week by Easter.')).toBe(true);
  });
  it('leaves behaviour points cut by a share, with no level to get below, not specific (the row says "below a figure")', () => {
    expect(specific('Reduce negative behaviour points by 40% by Easter.')).toBe(false);
  });
  it('keeps fewer behaviour points with no figure not specific (Settled cases: fewer sanctions with no figure; Specific rule 2)', () => {
    expect(specific('Fewer behaviour points.')).toBe(false);
    expect(specific('Connor to reduce his behaviour points.')).toBe(false);
    expect(specific('Behaviour points down from 42 last term.')).toBe(false);
    expect(specific('Reduce negative points by half.')).toBe(false);
  });
});

describe("Labelling guide, Specific rule 4: a target labelled as an adult's own (\"Carer target:\") is the adult's act, provision", () => {
  it('is not specific when the words after the colon are the adult\'s act with the child as its object', () => {
    expect(specific('Carer target: share a bedtime story with Mason every night.')).toBe(false);
    expect(specific('Mum target: hear Jay read for 10 minutes every night.')).toBe(false);
    expect(specific('Foster carer target (reading): practise spellings with Tyler on Mondays and Fridays.')).toBe(false);
  });
  it('stays specific when the words after the colon name the child as subject', () => {
    expect(specific('Carer target (sleep): Leo will be in bed by 8pm on school nights.')).toBe(true);
    expect(specific('Carer target: Leo to read to her every night.')).toBe(true);
    expect(specific('Support staff target: Jay will ask for help by putting his hand up.')).toBe(true);
  });
  it("does not read a place's, a class's or a subject's target as an adult's", () => {
    expect(specific('College target: complete my Level 2 coursework by June.')).toBe(true);
    expect(specific('Class target: line up quietly after break every day.')).toBe(true);
    expect(specific('Nursery target: put his coat on by himself by Easter.')).toBe(true);
    expect(specific('Reading target: read 3 books from the Year 4 list by Easter.')).toBe(true);
  });
});
