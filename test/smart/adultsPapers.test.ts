import { describe, expect, it } from 'vitest';
import { specific } from './_judge';

/*
 * Labelling guide, Specific rule 4 ("Adult provision with no child outcome is not specific") and Settled cases, "a one-off
 * thing adults arrange or do for the child" ("CAMHS referral": not specific). The adults' papers and funds (src/smart/_doer.ts,
 * adultsPaper and paperAt): an EHC plan or needs assessment, a referral, early years or other funding, exam entries and exam
 * access arrangements are applied for, submitted or got by adults, so a clause acting on one with no child named in it is the
 * adults' act, and an imperative after a heading naming one acts on it. "VS" is the virtual school, an adult agency. The young
 * person's own bursary and the child using the arrangements stay the child's acts. Texts written here, not from any corpus.
 */

describe('Specific rule 4, the adults\' papers and funds: applying for, submitting or getting them is the adults\' act', () => {
  it.each([
    'Apply for 15 hours funding.',
    'Apply for the 2-year-old funding before Easter.',
    'Apply for the 30 hours funding with the nursery.',
    'To access EYPP for sensory toys.',
    'EHCP application to be completed.',
    'Sort the exam entries.',
    'Get the exam entries in before the deadline.',
    'Access arrangements - apply for a reader and a scribe.',
    'Funding - apply for 30 hours before September.',
    'EHCP - request an early annual review.',
    'VS to find a tutor.',
    'School place - VS to secure ASAP.',
  ])('%s: not specific', (text) => {
    expect(specific(text)).toBe(false);
  });
});

describe('Specific rule 4, the adults\' papers and funds: the child\'s own act beside them is still specific', () => {
  it.each([
    'Josh will speak to the SENCo about his EHCP outcomes.',
    'Use her access arrangements in all her mocks.',
    'Amy will use her access arrangements (extra time) in every mock.',
    'Apply for the 16-19 bursary by 31 October.',
    'EHCP outcome 2: read 20 CVC words by Easter.',
    'EHCP target: to write her name unaided by July.',
    'Exam entries - Sam will revise for 30 minutes every evening before the mocks.',
    'Read 10 books by July - VS to fund the books.',
    'Referral to SALT made; Poppy will use 2-word phrases by Easter.',
    'Lily will attend 95% of lessons this term and apply for 30 hours funding with her carer.',
    'Funding: Jo will swim 25 metres by the end of the summer term.',
    'Access arrangements: Tom will use his laptop in all timed assessments this term.',
  ])('%s: specific', (text) => {
    expect(specific(text)).toBe(true);
  });
});

describe('Specific rule 4, the adults\' papers and funds: only a verb of applying or getting makes the act the adults\'', () => {
  it.each([
    'Write a short report on how charities get funding.',
    'Complete a PSHE project on school funding by Easter.',
    'Use the strategies in the EHCP to calm down on 4 out of 5 occasions.',
    'Use access arrangements (extra time) in every mock.',
    'Sit all 8 exam entries by the end of June.',
    'Revise for all exam entries using flashcards 3 times a week.',
    'EHCP: write 3 sentences with capital letters by half term.',
    'Access arrangements - practise typing answers on the laptop for 20 minutes a week.',
    'Exam entries - revise 3 topics a week before the mocks.',
    'EHCP review: read 20 tricky words by July.',
    'EHC plan - learn to ride a bike by the summer.',
    'Funding: read 10 books by Easter.',
    'EHCP - write his name by Easter.',
    'Use access arrangements in all GCSE exams.',
    'Sit the mock exams with access arrangements.',
    'EHCP - add 2 new words to her spelling list each week.',
    'EHCP - chase the draft plan; add 3 new words to the spelling list each week.',
  ])('%s: specific', (text) => {
    expect(specific(text)).toBe(true);
  });
  it.each([
    'Submit the EHCP paperwork by March.',
    'Chase the CAMHS referral.',
    'Referral made to SALT.',
    'Funding for 1:1 support to be agreed.',
    'EHCP - chase the draft plan; school to update.',
  ])('%s: not specific', (text) => {
    expect(specific(text)).toBe(false);
  });
});
