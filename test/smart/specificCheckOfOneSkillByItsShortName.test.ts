/**
 * The labelling guide, Specific rule 7 ("a screen of one skill area ... names that area's stages and is specific") and
 * Measurable rule 1: the multiplication tables check, the phonics screening check and Times Tables Rock Stars' Soundcheck
 * named by their short names ("MTC", "PSC", "Soundcheck") are checks of one skill, read as "times tables check" and
 * "spelling test" are (src/smart/_phrases.ts, _CONCRETE and _ASSESSMENTS): a score on one names the skill ("MTC - aim for
 * 25/25"), the name alone or with no score does not ("MTC.", "PSC - hopefully pass", Specific rule 6). Development labels of
 * a score on these checks: 60 specific, 3 not (the 3 with no score). Branch dj; the probes were written and labelled from
 * the guide before the analyser was run (test/fixtures/smart/probes-dj.json).
 */
import { describe, expect, it } from 'vitest';
import { assertSelection, probesById, type SpecificAndMeasurableProbe as Probe } from './_probes';
import { specific } from './_judge';

const probes = probesById<Probe>('dj');

/** Probes this branch's reading changed (specific), and the near-misses that held. */
const SELECTED = [
  // A score on the check, changed.
  'p053', 'p054', 'p055', 'p056', 'p057', 'p058', 'p059', 'p061', 'p063', 'p065', 'p066', 'p067', 'p068', 'p069', 'p071', 'p072', 'p073', 'p074', 'p076', 'p078',
  // Held.
  'p060', 'p062', 'p064', 'p070', 'p075', 'p077',
  // The check with no score: not specific, held.
  'p079', 'p080', 'p081', 'p082', 'p083', 'p084', 'p085', 'p086', 'p087', 'p088', 'p089', 'p090', 'p092', 'p093', 'p094', 'p095',
  'p096', 'p097', 'p098', 'p099', 'p101', 'p102', 'p103', 'p104',
];

describe('probes of branch dj (a check of one skill by its short name), labelled from the guide before the analyser was run', () => {
  assertSelection(probes, SELECTED, 'specific', specific);
});

describe('development labels, both ways', () => {
  it.each([
    // y32-195, y58-102, y58-069 (specific); y17-214, y31-091, y44-078 (not).
    ['MTC - aim for 25/25.', true],
    ["Kenzie's own words: 'I want to get 25 out of 25 on soundcheck before my birthday.'", true],
    ['Baseline: 18/40 on practice PSC (Jan 25). Target: 26/40 by end Spring 2, 32/40 in PSC week (9 June 2025).', true],
    ['Y4 multiplication check', false],
    ['Multiplication check June.', false],
    ['Multiplication check – practise.', false],
  ] as const)('%s: specific %s', (text, want) => {
    expect(specific(text)).toBe(want);
  });
});

/**
 * The reviewer's probes of branch dj (/tmp/wt/rev-dj-scratch): a process aimed at a named check with no score names no
 * skill, for the short and the long name alike ("Practise for the MTC.", "Practise for the times tables check.", read as
 * "revise for his mocks" is; development labels of "<verb> for <a named test, exam or check>" with no score: 1 specific,
 * 24 not); a score on the check, by either name, is specific.
 */
describe('review probes of branch dj, both ways', () => {
  it.each([
    ['Practise for the MTC.', false],
    ['Practise for the times tables check.', false],
    ['Practise for the multiplication tables check.', false],
    ['Revise for the PSC.', false],
    ['Revise for the SATs.', false],
    ['Work towards the PSC.', false],
    ['Improve at Soundcheck.', false],
    ['MTC.', false],
    ['Score 20/25 in the MTC in June.', true],
    ['Score 20/25 in the multiplication tables check in June.', true],
    ['Score 20 in the MTC.', true],
    ['Y4 MTC: score at least 20 out of 25.', true],
    ['Soundcheck: 18/25 by the end of Spring 2.', true],
    ['Achieve 22/25 on Soundcheck by Easter.', true],
    ['Practise her times tables.', true],
    ['Practise times tables for the MTC.', true],
  ] as const)('%s: specific %s', (text, want) => {
    expect(specific(text)).toBe(want);
  });
});

