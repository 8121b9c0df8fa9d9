import { describe, expect, it } from 'vitest';
import { measurable } from './_judge';

/*
 * Labelling guide, Measurable rule 6 ("a quantity of provision ('5 hours of TA support') rather than of the child's
 * success" is not measurable; Bradford Council, SMART Outcomes - Annual Reviews: "Goals and outcomes are not: ...
 * Resources (e.g. 5 hours of TA support)"), read by src/smart/_provisionRate.ts (issue 15, brief pv3). Every wording here
 * is written for the test (none is a data set's text): what the reading denies, and what it still grants.
 */

describe('Measurable rule 6: a rate or quantity of provision with no result of the child\'s is not measurable', () => {
  it.each([
    // An adult by role and how long or how often they give.
    'Maths mentor 2 hours per week (PP+)',
    'Spelling - common exception words. LSA 15 mins daily',
    'Keyworker and SENCo to meet monthly',
    // A programme, intervention or service and how often it runs, with a point to review by.
    'Writing - sentence structure. Talk for Writing with HLTA daily. Review at Easter.',
    'Speech and language - Early Talk Boost counselling weekly. EYPP £300 for the term.',
    'Outreach service - visits monthly, support with transition',
    // A heading and an adverb of how often.
    'Numeracy - daily.',
    'Times tables app practice weekly.',
    // The child receiving or keeping the provision: have, access, continue.
    'Bilal to have 1:1 maths with the HLTA four times a week.',
    'Continue to access 15 hours funded nursery place.',
    'Amira to access her 30 hours.',
    'Funded 30 hours to continue - ongoing.',
  ])('%s: not measurable', (text) => {
    expect(measurable(text)).toBe(false);
  });
});

describe('Measurable rule 6 read narrowly: the child\'s own result, act or rate of going still measures', () => {
  it.each([
    // A figure of the child's result beside the provision.
    'Numicon 3x a week - reach stage 4 by July',
    'Maths mentor 2 hours per week - score 80% on the end of unit test by Easter',
    // An act of the child's in the text.
    'Bilal will read aloud to the HLTA four times a week.',
    'To practise his spellings. 3 sessions a week.',
    'Freya will have written 3 paragraphs by half term, with TA support weekly.',
    // A thing the child holds, not provision had.
    'Ruby will have her reading book in school every Monday.',
    // Going to a club or a group at a rate (Settled cases: "a rate of going still measures").
    'Chess club - 1x a week after school',
    'Rugby team 2x a week, PP+ funded',
    // An activity named by its duration after a heading (Specific: an activity named by its duration).
    'Reading - 15 mins daily with foster carer, log signed',
    // The child's attending at a rate, left to the Settled cases row.
    'Ayaan will go to homework club twice a week.',
    // A one-off thing adults do beside a rate of provision is still checked done.
    'Nursery funding 15 hrs / SENCo to observe / referral to speech and language by half term',
  ])('%s: measurable', (text) => {
    expect(measurable(text)).toBe(true);
  });
});

describe('Measurable rule 1 and the Settled cases, after review: the child\'s own count had or received, and lessons gone to, still measure', () => {
  it.each([
    // "have"/"receive" with the child's own count at a rate: a count or frequency that measures (rule 1; rule 4's "no more
    // than one incident a week"), not provision received.
    'Ravi to have 0 detentions each week',
    'Ravi to receive 4 house points a week',
    'Ravi will have 2 house points a week',
    'Ravi to have 6 positive entries a week in the behaviour log',
    'Ravi to have 2 friends over each month',
    // Lessons or classes of the child's own activity and the gym, gone to at a rate (Settled cases: "a rate of going still
    // measures").
    'Trampolining lessons 2x a week',
    'Trampolining lessons weekly',
    'Ravi to have judo lessons weekly',
    'Drum lessons every Thursday',
    'Ravi to access the leisure centre gym 3x a week',
  ])('%s: measurable', (text) => {
    expect(measurable(text)).toBe(true);
  });
});
