import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { measurable as met } from './_judge';

/*
 * Labelling guide, Measurable rule 3 ("An observable capability is measurable when an adult can see it done"; not
 * "understand", "be aware of") and rule 4 ("A stop-behaviour is measurable with or without how often"), rule 6 (process
 * verbs alone). Probes written from the guide before the analyser was run (branch ms3, probes-ms3.json): the forms that
 * failed, both ways, then a labelled selection of the probes.
 */

describe('Measurable rules 3 and 4: capabilities and stops in more surface forms', () => {
  it.each([
    'No hitting staff.',
    'No kicking peers or staff in the playground.',
    "Kai will stop taking things from other children's trays.",
    "Reece will not take other pupils' belongings.",
    'Skye will not take things that belong to others.',
    'Independently travel to school on the bus.',
    'Calmly walk away from an argument.',
    'Ruby will be able to grow cress from seed.',
    'Leo will have the skills to make a sandwich.',
    'I can ask Miss B for help.',
    'Kieran is not to bring knives into school.',
    'I am not to leave the room without permission.',
  ])('%s: measurable', (text) => {
    expect(met(text)).toBe(true);
  });
});

describe('Measurable rules 3 and 6: near-misses that are no capability and no stop', () => {
  it.each([
    'No smoking area.',
    'Kai will not take part in PE.',
    'Kai will stop taking his medication.',
    'Skye will be able to grow in confidence.',
    'Skye will grow in confidence in maths.',
    'Leo will develop the skills to make friends.',
    'Alfie will develop his ability to read.',
    'I know I can talk to Miss B.',
    'She knows that she can go to the hub.',
    'Early Talk Boost for the nursery group.',
    'Carer is not to bring food in.',
    'Kieran is not to feel bad.',
  ])('%s: not measurable', (text) => {
    expect(met(text)).toBe(false);
  });
});

interface Probe { id: string; text: string; measurable: boolean; unsure?: boolean }
const probes: Probe[] = JSON.parse(readFileSync(new URL('../fixtures/smart/probes-ms3.json', import.meta.url), 'utf8'));
/** Every fourth labelled probe (both ways), leaving out the forms left for a council or another branch (see docs/smart.md). */
const LEFT = /when (?:she|he|I) (?:is|am|feels?) (?:upset|angry)|plan (?:his|her) journey|develop his ability to take turns|Carer will teach Josh|understand the need to take turns/;
const selection = probes.filter((p, k) => !p.unsure && k % 4 === 0 && !LEFT.test(p.text));

describe('probes-ms3.json: a labelled selection, both ways', () => {
  it('has at least 30 probes of each kind', () => {
    expect(selection.filter((p) => p.measurable).length).toBeGreaterThanOrEqual(30);
    expect(selection.filter((p) => !p.measurable).length).toBeGreaterThanOrEqual(30);
  });
  it.each(selection.map((p) => [p.id, p.text, p.measurable] as const))('%s %s: measurable %s', (_id, text, want) => {
    expect(met(text)).toBe(want);
  });
});
