import { describe, expect, it } from 'vitest';
import { checkSmartTarget } from '../../src/smart/checkSmartTarget';

// Branch mm5. Every wording here is invented; none is in a data set.
const measurable = (text: string): boolean | null => checkSmartTarget(text, { meetingDate: '2025-01-15' }).measurable.met;
const specific = (text: string): boolean | null => checkSmartTarget(text, { meetingDate: '2025-01-15' }).specific.met;

describe('Labelling guide, Measurable rule 4 ("A stop-behaviour is measurable with or without how often") and Specific rule 5 ("A stop-behaviour names a behaviour and is specific"): conduct or a device after "being", and "No <gerund>" headings', () => {
  it.each([
    'Kai will stop being rude to the lunchtime staff.',
    'Mia to stop being aggressive towards her brother.',
    'Leo will not be disrespectful to his teachers.',
    'Ruby to stop being on her mobile during lessons.',
    'Sam will not be on his phone in form time.',
    'Jay will stop being unkind to younger pupils.',
    'Tia to not be abusive to staff when corrected.',
    'Noah will stop being violent at contact visits.',
    'Finn will stop being cheeky to the dinner ladies.',
    'No shouting out in maths.',
    'No kicking at playtime.',
    'No spitting.',
    'Target: no throwing equipment in science.',
  ])('%s: measurable (a behaviour an adult sees, stopped)', (text) => {
    expect(measurable(text)).toBe(true);
  });

  it.each([
    'Kai will stop being rude to the lunchtime staff.',
    'Ruby to stop being on her mobile during lessons.',
    'Noah will stop being violent at contact visits.',
    'No shouting out in maths.',
  ])('%s: specific (Specific rule 5)', (text) => {
    expect(specific(text)).toBe(true);
  });

  it.each([
    // A feeling or a state is no behaviour an adult sees stop.
    'Kai will stop being sad at bedtime.',
    'Mia to stop being anxious before tests.',
    'Leo will not be worried about PE.',
    'Tia will stop being upset at drop-off.',
    'Noah will stop being nervous in class.',
    'Kai will stop being lonely at break.',
    // "Silly" names no behaviour (the labelled development texts keep it not measurable).
    'Jay to stop being silly in assembly.',
    // Conduct with no one or nowhere it is shown stays a general verb's gerund (test/smart/measurableStops.test.ts).
    'Leo will stop being aggressive.',
    'Mia will not be rude.',
    // A comparative with no figure (Measurable rule 6: "less often").
    'Ruby will stop being on her phone so much.',
    'Sam will not be rude to staff as often.',
    'Finn will not be on his tablet as much.',
    // "No" with a process or a general verb names no behaviour stopped.
    'No improving his reading.',
    'No getting into trouble.',
  ])('%s: still not measurable', (text) => {
    expect(measurable(text)).toBe(false);
  });
});
