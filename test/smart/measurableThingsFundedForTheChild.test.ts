/**
 * The labelling guide, Settled cases, "a one-off thing adults arrange or do for the child": not specific (Specific rule 4:
 * provision); measurable (someone can check it was done). Read here for a thing a fund (PP+, EYPP, a bursary, pupil premium)
 * or a named sum buys once for the child, written with no verb of the child's: the fund's heading or sum and "for", a mark or
 * the sum itself, "<fund> to be used for", an adult using the fund to buy it, or the thing got "from" the fund or with it in brackets
 * (src/smart/_measure.ts, `fundThing`). The settled labels of the form go 12 measurable to 4 older ones against (the later
 * notes say the row comes first); a stated outcome that does not measure decides instead ("Expected outcome: …", Measurable
 * rule 6), and provision, people or travel bought are a quantity of provision (Measurable rule 6). Specific and Time-bound are
 * pinned beside it. Texts are written for these tests, not taken from any corpus.
 */
import { describe, expect, it } from 'vitest';
import { smt } from './_judge';

describe('Settled cases, "a one-off thing adults arrange or do for the child": a thing a fund or a named sum buys is checked done', () => {
  it.each([
    // The fund's heading or sum, then "for" or a mark, then the thing.
    ['Bursary bid: laptop £500 for college work.', [false, true, false]],
    ['PP+ £120 - Spelling Shed subscription.', [false, true, false]],
    ['Pupil Premium Plus: Chromebook + Sparx subscription', [false, true, false]],
    ['EYPP £200 for sensory resources for the home corner.', [false, true, false]],
    ['Early Years PP — £250 for fine motor resources.', [false, true, false]],
    ['PP+ £250 for an EP assessment.', [false, true, false]],
    ['£90 for a tablet to use for homework.', [false, true, false]],
    // "<fund> to be used for" a thing named.
    ['EYPP will be used for an occupational therapy assessment.', [false, true, false]],
    ['PP+ to be used for a laptop.', [false, true, false]],
    // An adult who uses the fund to buy it; the thing got from the fund.
    ['School to use PP+ to buy a tablet for Noah.', [false, true, false]],
    ['Keira to get a bike from the bursary.', [false, true, false]],
    ['Ola to have access to a tablet at home (EYPP).', [false, true, false]],
  ] as const)('%s: not specific, measurable', (text, want) => {
    expect(smt(text)).toEqual(want);
  });

  it('a point of review after it is still when: "PP+ £200 for a laptop. Review at the next PEP." is time-bound too', () => {
    expect(smt('PP+ £200 for a laptop. Review at the next PEP.')).toEqual([false, true, true]);
  });
});

describe('Settled cases, the one-off row, and Measurable rule 6: near misses stay as they were', () => {
  it.each([
    // A stated outcome that does not measure decides (Measurable rule 6), and money reported spent is a record.
    'PP+ £300 for a laptop. Expected outcome: better homework.',
    'PP+ £300 for a laptop. Target: to be more organised.',
    'PP+ report: £300 spent on a laptop.',
    // Left undone or asked.
    'PP+ bid: £400 for a laptop?',
    'PP+ may be used for a laptop.',
    'PP+ £300 for a laptop - TBC',
    // A word for anything, provision, people or travel bought (Measurable rule 6: a quantity of provision).
    'PP+ £300 for resources.',
    'EYPP to be used for resources for the room.',
    'PP+ £300 for a laptop and tuition',
    'PP+ £400 - tutor and a laptop',
    'Bursary £150 for a bus pass.',
    'PP+ to be used for Forest School sessions.',
    'PP+ to fund 1:1 tuition twice a week.',
    // A fund someone uses with no adult named; a thing that is not the head of its phrase; no fund at all.
    'Use the bursary to buy a laptop.',
    'Use PP+ for a laptop.',
    'PP+ £300 - laptop bag.',
    'Noah to get a bike for his birthday.',
    'Ola to have access to a tablet at home.',
    // A wish, a need, a lack and a status: no thing bought.
    "I'd like a laptop.",
    'Needs a laptop.',
    'Laptop - provided.',
  ])('%s: not measurable', (text) => {
    expect(smt(text)[1]).toBe(false);
  });

  it.each([
    // The child's own outcome after the thing bought is what is read: specific and measurable as before.
    ['PP+ £300 for a laptop: Mia will hand in 5 pieces of homework a week.', [true, true, false]],
    ['Noah will use his PP+ laptop to hand in his homework every week by July.', [true, true, true]],
  ] as const)('%s: the child\'s outcome, unchanged', (text, want) => {
    expect(smt(text)).toEqual(want);
  });

  it.each(['PP+ request: £380 for a tablet', 'PP+ £300 - laptop', 'Bursary for a bike.'])('%s: never specific (what the money buys is provision, Specific rule 4)', (text) => {
    expect(smt(text)[0]).toBe(false);
  });
});

describe('Settled cases, the one-off row: a deadline, "will use", a table row and a sum before the fund measure like the bare thing', () => {
  it.each([
    // The same thing bought, with and without a deadline after it: Measurable does not depend on the deadline.
    ['Bursary to be used for an occupational therapy assessment by May.', [false, true, true]],
    ['Bursary to be used for an occupational therapy assessment.', [false, true, false]],
    ['PP+ request: £350 for a tablet by half term.', [false, true, true]],
    ['PP+ request: £350 for a tablet.', [false, true, false]],
    ['EYPP – speech and language assessment before the summer.', [false, true, true]],
    ['EYPP – speech and language assessment.', [false, true, false]],
    // An adult who will use the fund, as one who is to use it.
    ['The carer will use the bursary to buy a bike for Jay.', [false, true, false]],
    ['School will use PP+ to buy a tablet for Ruby.', [false, true, false]],
    // A table row's cells, and a sum got from the fund.
    ['PP+ | Tablet | £300 | To be bought by Easter', [false, true, true]],
    ['£250 from EYPP for a tablet.', [false, true, false]],
    // A thing to be bought is still to do: "to be purchased" is no report of money spent.
    ['PP+ - bike to be purchased by March.', [false, true, true]],
    // Resources bought for the child (_RESOURCES): a calculator, a Kindle, a desk.
    ['Bursary £25 for a scientific calculator.', [false, true, false]],
    ['PP+: Kindle for reading at home', [false, true, false]],
  ] as const)('%s: not specific, measurable', (text, want) => {
    expect(smt(text)).toEqual(want);
  });
});

describe('Settled cases, the one-off row, near misses: a child\'s own change, a feeling, a wish, a question, a thing done, a plan or a person', () => {
  it.each([
    // The child's own change about the thing, with the fund in brackets: not a thing got.
    'Ruby to get quicker at typing on her tablet (PP+).',
    'Jay will have fewer fall-outs over his bike (PP+).',
    // A price inside the child's sentence, not a fund's sum opening its part.
    'Noah will feel happy with his £80 bike.',
    'Ruby is proud of her £300 laptop.',
    // A wish and a question with no question mark: nothing decided.
    'Carer wants to get a bike from the bursary.',
    'Dad would like PP+ £300 for a laptop.',
    'Could we get a bike from the bursary for Jay',
    // Reported done (as money reported spent): a record, not a thing to check.
    'PP+ £350 for a tablet - done',
    'EYPP £200 for a tablet (purchased Nov 24)',
    'PP+ | Bike | £200 | Bought in November',
    'Bursary: bike (already got one)',
    'Laptop has been bought with PP+.',
    // A person or exam provision, and a plan: no thing bought.
    'PP+ £150 for a reader.',
    'Bursary £200 for a scribe in exams.',
    'PP+ - IEP',
    'EYPP: EHCP',
    // The child's outcome stated after the thing decides, as "Expected outcome: …" does.
    'PP+ £300 for a tablet; Ruby will feel calmer at homework time.',
    'Bursary £200 for a bike. Jay will be happier getting to college.',
  ])('%s: not measurable', (text) => {
    expect(smt(text)[1]).toBe(false);
  });

  it.each([
    // The child is the subject before the thing: it is got, and the child's "will" comes before it, not after.
    ['Ola will get a tablet from EYPP by March.', [false, true, true]],
  ] as const)('%s: the thing got, measurable', (text, want) => {
    expect(smt(text)).toEqual(want);
  });
});
