import { describe, expect, it } from 'vitest';
import { specific } from './_judge';

/*
 * Specific rule 4 (the labelling guide in docs/smart.md, "Specific (S)"): adult provision with no child outcome is not
 * specific (Bradford Council, "SMART Outcomes - Annual Reviews": services, activities and resources are not outcomes).
 * The adult is often named by the short forms ePEPs use: FC (foster carer), RSW (residential support worker), SSW
 * (supervising social worker), as SW, PA and DT are.
 */

describe('Labelling guide, Specific rule 4: an adult named by a short form is the adult giving provision', () => {
  it.each([
    'FC to support with homework.',
    'FC to take Maisie to toddler group.',
    'RSW to support with homework at the home.',
    'RSW to help with his reading at the home.',
    'FCs to take him to swimming on Saturdays.',
    'SSW to support the carers with routines.',
    'FC to help with spellings.',
  ])('%s: not specific', (text) => {
    expect(specific(text)).toBe(false);
  });

  it.each([
    // The child's own act, with the adult only its listener or partner, or a child's clause after the adult's.
    'Ella will read to her FC for 10 minutes every night.',
    'Sam will tell his RSW when he is worried, using his feelings fan.',
    'FC and Jo to read together 3 times a week; Jo to move up a book band by Easter.',
    'FC to hear Kai read every night; Kai to read 3 books from the Year 4 list by Easter.',
  ])('%s: specific', (text) => {
    expect(specific(text)).toBe(true);
  });
});
