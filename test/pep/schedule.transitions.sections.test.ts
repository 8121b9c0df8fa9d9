import { describe, expect, it } from 'vitest';
import { pepSchedule, type PepSchedule } from '../../src/pep/pepSchedule';
import { definePolicy, policies } from '../../src/policy/index';
import { calendars } from '../deadlines/_calendars';

/*
 * Transition PEPs. Barnet Virtual School PEP Guidance, 6. Supporting Transitions, Supporting
 * transitions to a secondary setting: "Arrange Year 6 Spring Term PEP and begin to identify
 * transition needs", "Lead a Transition PEP Year 6 Summer Term", and from its checklist "Date for
 * Autumn Term PEP to be set for the fifth week onwards". The Virtual School Handbook (NAVSH, 2014):
 * the PEP should "ensure effective transition" (Appendix 2), and the transition "from Year 11 to
 * post-16 education, employment or training" (1a): the england preset asks for a transition PEP in
 * the summer term of Years 6 and 11.
 */

const transitions = (s: PepSchedule) =>
  s.items
    .filter((i) => i.kind === 'transition-pep')
    .map((i) => [i.transition?.yearGroup, i.transition?.purpose, i.due, i.notBefore ?? null, i.status, i.completedOn ?? null]);

// Year 6 in 2025/26 (aged 10 on 31 August 2025).
const year6 = { enteredCare: '2024-05-01', dateOfBirth: '2014-10-01', calendar: calendars.england };

describe('Barnet Virtual School PEP Guidance, 6. Supporting Transitions: the secondary transition timeline', () => {
  it('asks for the Year 6 spring and summer PEPs and the Year 7 autumn PEP from the fifth week', () => {
    const s = pepSchedule({ ...year6, today: '2026-01-15' }, policies.barnet);
    expect(transitions(s)).toEqual([
      ['6', 'identify-needs', '2026-03-27', null, 'upcoming', null],
      ['6', 'transition-pep', '2026-07-21', null, 'upcoming', null],
      // 2026/27 is beyond the calendar: the term end and start are approximate (1 September + 4 weeks).
      ['7', 'settling-in', '2026-12-18', '2026-09-29', 'upcoming', null],
    ]);
    const autumn = s.items.find((i) => i.transition?.yearGroup === '7');
    expect(autumn?.basis).toContain('"Date for Autumn Term PEP to be set for the fifth week onwards"');
    expect(autumn?.basis).toContain('from an approximate term start');
  });

  it('Barnet, Your checklist for supporting transitions to a secondary setting: a Year 7 autumn PEP in the third week does not count; one in the sixth week does', () => {
    const early = pepSchedule({ ...year6, today: '2026-10-10', meetings: [{ date: '2026-09-15' }] }, policies.barnet);
    expect(transitions(early).find((r) => r[0] === '7')).toEqual(['7', 'settling-in', '2026-12-18', '2026-09-29', 'upcoming', null]);
    const later = pepSchedule({ ...year6, today: '2026-10-10', meetings: [{ date: '2026-10-06' }] }, policies.barnet);
    expect(transitions(later).find((r) => r[0] === '7')).toEqual(['7', 'settling-in', '2026-12-18', '2026-09-29', 'done', '2026-10-06']);
  });

  it('is done by a PEP held in the Year 6 summer term', () => {
    const s = pepSchedule({ ...year6, today: '2026-06-30', meetings: [{ date: '2026-06-10', kind: 'transition' }] }, policies.barnet);
    expect(transitions(s).find((r) => r[1] === 'transition-pep')).toEqual(['6', 'transition-pep', '2026-07-21', null, 'done', '2026-06-10']);
  });
});

describe('The Virtual School Handbook, 1a Age range of children on roll: Year 11 to post-16 (england preset)', () => {
  it('asks for a transition PEP in the Year 11 summer term, and none for a Year 6 that passed before care', () => {
    // Year 11 in 2025/26 (aged 15 on 31 August 2025); Year 6 was 2020/21, before entering care.
    const s = pepSchedule({ enteredCare: '2024-05-01', dateOfBirth: '2009-11-01', calendar: calendars.england, today: '2026-01-15' }, policies.england);
    expect(transitions(s)).toEqual([['11', 'transition-pep', '2026-07-21', null, 'upcoming', null]]);
    expect(s.items.find((i) => i.kind === 'transition-pep')?.transition?.move).toBe('year-11-to-post-16');
  });

  it('lists a transition PEP only from a year ahead', () => {
    const s = pepSchedule({ enteredCare: '2024-05-01', dateOfBirth: '2009-11-01', calendar: calendars.england, today: '2025-07-01' }, policies.england);
    expect(transitions(s)).toEqual([]);
  });

  it('a council with no transition PEPs lists none', () => {
    const none = definePolicy({ timescales: { transitionPeps: [] } });
    expect(none.ok && transitions(pepSchedule({ ...year6, today: '2026-01-15' }, none.data))).toEqual([]);
  });
});
