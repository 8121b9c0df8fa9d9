import { describe, expect, it } from 'vitest';
import { policies, type Policy } from '../../src/index';
import { example, findingsOfCode } from './_helpers';

// A social worker listed as absent (attended: false), with no social worker present: a warning at the attendee.
const TODAY = '2025-03-01';
const CODE = 'PEP-SOCIAL-WORKER-ABSENT';

function absentHits(policy: Policy, change?: (pep: Record<string, any>) => void): [string, string, (string | number)[]][] {
  return findingsOfCode(CODE, policy, change, { today: TODAY }).map((f) => [f.severity, f.message, [...(f.path ?? [])]]);
}

const swIndex = (pep: Record<string, any>): number => pep.attendees.findIndex((a: { role: string }) => a.role === 'social-worker');
const MESSAGE = 'The social worker is recorded as absent from the PEP meeting; social workers should always attend.';

describe(CODE, () => {
  it('The Virtual School Handbook (NAVSH, 2014), vii) The role of the VSH in personal education planning: "insisting that social workers always attend PEP meetings" — an absent social worker is a warning under england', () => {
    expect(absentHits(policies.england)).toEqual([]);
    const pep = example('school-age-good');
    const i = swIndex(pep);
    expect(i).toBeGreaterThanOrEqual(0);
    expect(absentHits(policies.england, (p) => { p.attendees[i].attended = false; })).toEqual([['warning', MESSAGE, ['attendees', i, 'attended']]]);
  });

  it('Bolton Virtual School PEP guidance 2021/22, Post-PEP: "Social Worker will attend and contribute" — the same warning under the Bolton preset, and none when the social worker attended', () => {
    expect(absentHits(policies.bolton)).toEqual([]);
    const i = swIndex(example('school-age-good'));
    expect(absentHits(policies.bolton, (p) => { p.attendees[i].attended = false; })).toEqual([['warning', MESSAGE, ['attendees', i, 'attended']]]);
  });

  it('a second social worker who attended covers the meeting; a social worker not listed at all is left to PEP-ATTENDEES-ROLE-MISSING', () => {
    const i = swIndex(example('school-age-good'));
    expect(absentHits(policies.england, (p) => { p.attendees[i].attended = false; p.attendees.push({ role: 'social-worker', attended: true }); })).toEqual([]);
    expect(absentHits(policies.england, (p) => { p.attendees.splice(i, 1); })).toEqual([]);
  });

  it('the message echoes no name from the PEP', () => {
    const i = swIndex(example('school-age-good'));
    const hit = absentHits(policies.england, (p) => { p.attendees[i].attended = false; p.attendees[i].name = 'Zebedee Quux'; });
    expect(hit.length).toBe(1);
    expect(hit[0]?.[1]).not.toContain('Zebedee');
  });
});
