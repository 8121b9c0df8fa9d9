/**
 * The labelling guide, Settled cases, "a one-off thing adults arrange or do for the child" (measurable, not specific: Specific
 * rule 4): a Virtual School adviser written as "VSA" or "VSEA" (Virtual School education adviser) is an adult as "VSH", "IRO" and
 * "EP" are ("VSA to chase school re: PP+ spending.", "VSEA to observe in class."), so a one-off act of theirs is checked as done
 * and their acts are provision (src/smart/_phrases.ts, _ADULT_HEADS). Development labels of VSA, VSEA and the other adult
 * abbreviations before "to"/"will" (IRO, SSW, LAC nurse, YOS): 11 measurable to 2 (y25-184 "YOS to monitor", y48-143 "YOS to
 * link in with school": acts kept up, not done once). Near-misses: the adviser's acts kept up, hedged or open-ended ("VSA to
 * monitor.", "VSEA to keep in touch with the carer", "VSA to consider a managed move", "VSA to explore options"; Measurable rule
 * 6). Probes written from the guide after the first code change, run against main and this branch
 * (test/fixtures/smart/probes-du.json, p055 to p104; p065 "email the carer the tutoring details" and p077 "find out about the
 * 11+ test" were judged not measurable, and p089 "provide advice as needed" measurable, before and after, as the same acts of a
 * social worker are, and are left out).
 */
import { describe, expect, it } from 'vitest';
import { assertSelection, probesById, type MeasurableProbe as Probe } from './_probes';
import { measurable, specific } from './_judge';

const probes = probesById<Probe>('du');

/** A Virtual School adviser's one-off acts (measurable) and acts kept up or left open (not). */
const SELECTED = [
  'p055', 'p056', 'p057', 'p058', 'p059', 'p060', 'p061', 'p062', 'p063', 'p064', 'p066', 'p067', 'p068', 'p069', 'p070', 'p071', 'p072', 'p073', 'p074', 'p075', 'p076', 'p078', 'p079', 'p080', 'p081', 'p082', 'p083', 'p084', 'p085', 'p086', 'p087', 'p088', 'p090', 'p091', 'p092', 'p093', 'p094', 'p095', 'p096', 'p097', 'p098', 'p099', 'p100', 'p101', 'p102', 'p103', 'p104',
];

describe('a Virtual School adviser (VSA, VSEA) is an adult: a one-off act of theirs is measurable (probes of du)', () => assertSelection(probes, SELECTED, 'measurable', measurable));

describe('development texts of the shape, as labelled', () => {
  it.each([
    ['VSA to chase school re: PP+ spending.', true],
    ['VSEA to observe in class.', true],
    ['YOS to monitor.', false],
  ])('%s: measurable %s', (text, want) => {
    expect(measurable(text)).toBe(want);
  });
  it.each([
    ['Virtual school adviser (VSA) to attend the transition meeting in May.', true], // review probe p21: the child's own meeting, by its kind
    ['VSAs to visit the school by half term.', true], // the plural is an adult too
    ['VSEAs to observe Ruby in class before the next PEP.', true],
  ])('review probe %s: measurable %s, not specific', (text, want) => {
    expect(measurable(text)).toBe(want);
    expect(specific(text)).toBe(false);
  });
  it('an adviser\'s act is provision, not specific', () => {
    expect(specific('VSEA to observe in class.')).toBe(false);
  });
});
