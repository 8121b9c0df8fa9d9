/**
 * The labelling guide, Measurable rule 3 and the Measurable definition ("someone could check, at the deadline, whether it
 * happened"), as the analyser reads things known or learnt: a bounded set someone could ask for ("know my number bonds",
 * "learn his times tables") is measurable. The child's colours join the things recalled (src/smart/_measure.ts, RECALLED):
 * "Maisie will know her colours by the next PEP", "To learn his colours" (development labels y29-096, y32-003, y55-018
 * measurable; p064, "We want the child to know their colours", the one against). The reading's own limits hold: a bare plural
 * ("learn colours"), "learn about", knowing a clause, and the process verbs ("develop", "work on", "practise") are not measured.
 * The probes (test/fixtures/smart/probes-ca.json, p066 on) were written and labelled from the guide before the change.
 */
import { describe, expect, it } from 'vitest';
import { readProbes } from './_probes';
import { measurable } from './_judge';

interface Probe {
  readonly id: string;
  readonly text: string;
  readonly measurable: boolean;
  readonly unsure?: boolean;
}

const probes = new Map(readProbes<Probe>('ca').map((p) => [p.id, p]));

/** Colours probes: the ones this reading changed, and the near-misses that hold (not "unsure"). */
const SELECTED = [
  // Changed by this branch: colours known or learnt as a bounded set.
  'p066', 'p067', 'p068', 'p069', 'p070', 'p071', 'p072', 'p073', 'p075', 'p076', 'p077', 'p078', 'p079', 'p080', 'p082',
  'p084', 'p085', 'p086', 'p088', 'p089', 'p090',
  // Near-misses, held.
  'p091', 'p092', 'p093', 'p095', 'p096', 'p097', 'p098', 'p099', 'p100', 'p101', 'p102', 'p103', 'p104', 'p105', 'p106',
  'p107', 'p108', 'p109', 'p110', 'p113', 'p114', 'p115',
];

describe('colours probes of branch ca, labelled from the guide before the analyser was run', () => {
  it('the selection has at least 30 probes, both ways, none unsure', () => {
    const chosen = SELECTED.map((id) => probes.get(id));
    expect(chosen.every((p) => p !== undefined && p.unsure !== true)).toBe(true);
    expect(chosen.length).toBeGreaterThanOrEqual(30);
    expect(chosen.filter((p) => p?.measurable === true).length).toBeGreaterThanOrEqual(15);
    expect(chosen.filter((p) => p?.measurable === false).length).toBeGreaterThanOrEqual(15);
  });
  it.each(SELECTED)('%s: as labelled', (id) => {
    const p = probes.get(id) as Probe;
    expect(measurable(p.text), p.text).toBe(p.measurable);
  });
});

describe('development labels, both ways', () => {
  it.each([
    ['Maisie will know her colours by the next PEP.', true],
    ['To learn his colours.', true],
    ['Nell needs to learn her colours.', true],
    ['Phoebe to recognise and name the colours red, blue, yellow and green by end of term 3', true],
    ['Layla to know number bonds better.', false],
  ] as const)('%s: %s', (text, want) => {
    expect(measurable(text)).toBe(want);
  });
});
