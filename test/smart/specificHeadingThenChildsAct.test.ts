/**
 * The labelling guide, Specific (S is met when the target names "the particular skill, knowledge, behaviour, task or
 * qualification the child will achieve") with rule 6 (a heading alone names an area): a heading of one to three words and
 * a colon or dash, then the child's own act ("Health: register with a GP", "Sleep - go to bed by 10.30"), is read as the
 * bare act after the heading is. The probes were written and labelled from the guide before the code changed
 * (test/fixtures/smart/probes-db.json, branch db); the near-misses are a heading then a broad area, a vague comparative,
 * provision or an adult's act, a status note, or a heading alone.
 *
 * Readings (src/smart/_specific.ts, headingPart): registering or enrolling with a service opening the part after the heading
 * is the child's one-off act, not a note of provision (provisionFragment; development labels of the shape: 10 specific to 4
 * not, the 4 not are a heading naming provision or an adult's act, unchanged); an arrival ("go to bed", "come into class")
 * opening the part after the heading is read as after "will" (arrivalEnd).
 */
import { describe, expect, it } from 'vitest';
import { assertSelection, probesById, type SpecificProbe as Probe } from './_probes';
import { specific } from './_judge';

const probes = probesById<Probe>('db');

/** Probes the readings changed (specific), and a spread of those that held both ways. */
const SELECTED = [
  // Changed by this branch: specific.
  'p001', 'p004', 'p062', 'p085', 'p086', 'p090',
  // Specific, held.
  'p002', 'p003', 'p007', 'p010', 'p012', 'p014', 'p022', 'p023', 'p025', 'p026', 'p065', 'p066', 'p083', 'p084',
  // Not specific, held: a heading then a broad area, a comparative, provision or an adult's act; a heading alone.
  'p031', 'p033', 'p034', 'p036', 'p037', 'p038', 'p040', 'p043', 'p046', 'p049', 'p051', 'p055', 'p070', 'p072', 'p075', 'p076', 'p079', 'p081', 'p082', 'p087', 'p088',
];

describe('probes of branch db, labelled from the guide before the analyser was run', () => {
  assertSelection(probes, SELECTED, 'specific', specific);
});

describe('a heading naming an area, then the child\'s own act, is read as the act alone', () => {
  it.each([
    // Development labels (y33-114, y14-183): specific.
    ['Health: register with a GP, dentist and optician.', true],
    ['Sleep - go to bed by 10.30 on school nights. Key worker to support.', true],
    ['Register with a GP, dentist and optician.', true],
    // Development labels (y14-178, y9-152, y37-110): a heading naming provision, an event or the adult whose act follows.
    ['Exam access arrangements - apply for 25% extra time and a reader before the mocks', false],
    ['Options evening - attend with carer on 6th Feb', false],
    ['Foster carer target: practise spellings with Tyler for 10 minutes on Monday, Wednesday and Friday and sign his spelling book each time, by the next review.', false],
    // A heading alone, or with a verb and nothing named after it, names no act.
    ['Health: register', false],
    ['Health:', false],
  ] as const)('%s: %s', (text, want) => {
    expect(specific(text)).toBe(want);
  });
});
