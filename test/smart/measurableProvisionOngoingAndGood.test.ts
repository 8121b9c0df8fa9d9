import { describe, expect, it } from 'vitest';
import { judge as check, measurable, specific } from './_judge';

// Branch fx43 (review27b of mm4). Every wording here is invented; none is in a data set.

describe('Measurable rule 6 ("a quantity of provision"; Bradford, "Resources (e.g. 5 hours of TA support)"): staff deployed by role, a way of treating the child and food given go on, not given once', () => {
  it.each([
    'School to provide a TA.',
    'School to provide a 1:1 TA.',
    'School to provide a key adult.',
    'School to provide ELSA.',
    'Key adult to be provided.',
    'ELSA to be provided.',
    'Nursery to provide a keyworker.',
    'Carer to provide encouragement.',
    'Carer to provide a routine at bedtime.',
    'Encouragement to be provided.',
    'Praise to be provided.',
    'Lunch to be provided.',
    'Free school meals to be provided.',
    'Breakfast to be supplied.',
  ])('%s: not measurable', (text) => {
    expect(measurable(text)).toBe(false);
  });

  it.each([
    // A thing given once is still the Settled cases row, "a one-off thing adults arrange or do for the child".
    'School to provide a laptop.',
    'Laptop to be provided.',
    'Carer to provide a desk for homework.',
    'Uniform to be provided.',
    'Lunchbox to be provided.',
    'Carer to supply a lunch box.',
  ])('%s: still measurable', (text) => {
    expect(measurable(text)).toBe(true);
  });
});

describe('Measurable rule 6 and the Settled cases row\'s word one-off: "every <day>", "at lunchtimes", "each morning" are schedules, as "weekly" is', () => {
  it.each([
    'School to provide a safe space at lunchtimes.',
    'Carer to supply PE kit every Monday.',
    'School to provide a laptop each morning.',
    'Carer to supply PE kit on Fridays.',
    'School to provide a quiet room in the mornings.',
  ])('%s: not measurable', (text) => {
    expect(measurable(text)).toBe(false);
  });

  it.each([
    'Carer to supply PE kit on Monday.',
    'School to provide a safe space by Monday.',
    'School to provide a laptop by half term.',
  ])('%s: still measurable (one occasion)', (text) => {
    expect(measurable(text)).toBe(true);
  });
});

describe('Settled cases, "a one-off thing adults arrange or do for the child": a person found once (a tutor, mentor or counsellor sourced, booked, arranged or provided) is measurable; one paid for is tuition bought (Measurable rule 6)', () => {
  it.each([
    'Tutor to be sourced.',
    'Tutor to be booked.',
    'School to arrange a tutor.',
    'School to source a tutor.',
    'School to arrange a mentor.',
    'School to source a mentor.',
    'Counsellor to be sourced.',
    'Mentor to be sourced by YOT.',
    'College to provide a mentor.',
  ])('%s: measurable', (text) => {
    expect(measurable(text)).toBe(true);
  });

  it.each([
    'A tutor to be funded by PP+.',
    'Tutor to be paid by the bursary.',
    'PP+ to fund a tutor.',
    'Tutoring to be sourced.',
    'Mentor to be provided weekly.',
  ])('%s: not measurable', (text) => {
    expect(measurable(text)).toBe(false);
  });
});

describe('Specific rule 6 (placeholders) and Measurable rule 6: any things given ("equipment", "materials", as "resources"), and travel by taxi, are no one-off thing', () => {
  it.each([
    'Equipment to be provided.',
    'Equipment to be provided for PE.',
    'Materials to be provided.',
    'Resources to be provided.',
    'Taxi to be provided.',
    'Taxi to be provided from home to college.',
  ])('%s: not measurable', (text) => {
    expect(measurable(text)).toBe(false);
  });

  it.each([
    'Calculator to be provided.',
    'Taxi to be sorted.',
    'PP+ to pay for his taxi fares to the college open day.',
    'PP+ to pay for a taxi to the interview.',
    'Sam will bring his equipment every day.',
  ])('%s: still measurable', (text) => {
    expect(measurable(text)).toBe(true);
  });
});

describe('Settled cases, a one-off thing adults arrange, and Specific rule 6: a heading of a device for the child alone, or a plan named alone', () => {
  it.each([
    'Laptop for him.',
    'Laptop for her.',
    'Laptop for them.',
    'Tablet for JOSH',
    'Tablet for JAYDEN.',
    'Laptop for Mia.',
    'EHCP.',
    'EHCP',
    'IEP.',
  ])('%s: not measurable', (text) => {
    expect(measurable(text)).toBe(false);
  });

  it.each([
    'Laptop for homework.',
    'A laptop for homework.',
    'New laptop for homework.',
    'Laptop - for homework.',
    'Laptop: for homework.',
    'Laptop for Sparx homework.',
    'iPad for Nessy.',
    'Laptop for her homework.',
    'Laptop for GCSE coursework.',
  ])('%s: measurable', (text) => {
    expect(measurable(text)).toBe(true);
  });
});

describe('Measurable rules 1 and 6: a grade after a bracket or dash measures a result called good; a year or date only names when', () => {
  it.each([
    'Get good grades (grade 5+).',
    'Get good grades - grade 5+.',
    'Get good GCSEs (4+ in English and maths).',
    'Get good grades (5+).',
    'Get good grades in 3 subjects.',
  ])('%s: measurable', (text) => {
    expect(measurable(text)).toBe(true);
  });

  it.each([
    'Get good grades in Year 10.',
    'Get good GCSEs by 2026.',
    'Get good GCSEs in 2026.',
    'Get good grades by 31 March.',
    'Get good GCSEs.',
  ])('%s: not measurable', (text) => {
    expect(measurable(text)).toBe(false);
  });

  it('asks for the grade to reach, not how often it is seen (Halton Appendix C Post-16, Measurable)', () => {
    for (const text of ['Get good GCSEs.', 'Get good grades in English.']) {
      const advice = check(text).measurable.advice ?? '';
      expect(advice).toMatch(/grade, mark or score to reach/);
      expect(advice).not.toMatch(/4 out of 5 occasions/);
    }
    expect(check('Read to an adult.').measurable.advice ?? '').not.toMatch(/grade, mark or score to reach/);
  });
});

describe('Specific: "the particular ... task": a subject\'s work done as a routine, with how often or how long, is a task named; "do as asked first time" reads as "follow instructions first time"', () => {
  it.each([
    'Do his maths for 20 minutes each night.',
    'Do his maths with his carer twice a week.',
    'Sam will do his maths for 10 minutes each day.',
    'Do her phonics with carer every night.',
    'Do as asked first time 4 out of 5 times.',
    'Do as asked first time.',
  ])('%s: specific and measurable', (text) => {
    expect(specific(text)).toBe(true);
    expect(measurable(text)).toBe(true);
  });

  it.each(['Do her English.', 'Sam to do his maths.', 'Do his maths at home.', 'Do as asked.', 'Do as he is asked by staff.'])('%s: not specific', (text) => {
    expect(specific(text)).toBe(false);
  });
});

describe('Measurable rules 5 and 6: a standard only worked or moved towards is an aim; a later clause reaching it measures', () => {
  it('Working towards the expected standard in reading, to reach it by July.: measurable', () => {
    expect(measurable('Working towards the expected standard in reading, to reach it by July.')).toBe(true);
  });

  it.each([
    'Work towards achieving the expected standard in reading.',
    'Work towards reaching the expected standard in maths.',
    'Moving towards GLD.',
    'Work towards the expected standard in writing by July.',
  ])('%s: not measurable', (text) => {
    expect(measurable(text)).toBe(false);
  });

  it.each(['Reach the expected standard in writing by July.', 'Move from working towards to the expected standard in maths.'])('%s: still measurable', (text) => {
    expect(measurable(text)).toBe(true);
  });
});

describe('Specific rule 2 ("a comparative becomes specific only with the skill named" with its figure) and Measurable rule 6: "lots of", "loads of", "plenty of" are vague quantities', () => {
  it.each(['Read lots of books.', 'Read loads of books.', 'Eat plenty of fruit.', 'Make lots of friends.', 'Have plenty of chances to play.'])('%s: neither specific nor measurable', (text) => {
    expect(specific(text)).toBe(false);
    expect(measurable(text)).toBe(false);
  });

  it.each(['Read lots of books at home - at least 3 a week.', 'Read 5 books at home.'])('%s: specific and measurable with a figure', (text) => {
    expect(specific(text)).toBe(true);
    expect(measurable(text)).toBe(true);
  });
});
