import { describe, expect, it } from 'vitest';
import { derivePepFacts } from '../../src/pep/derivePepFacts';
import { pepSchedule, type PepSchedule } from '../../src/pep/pepSchedule';
import { policies } from '../../src/policy/presets/index';
import type { Policy } from '../../src/policy/schema';
import { validatePep } from '../../src/rules/validatePep';
import { calendars } from '../deadlines/_calendars';
import { example } from '../rules/_helpers';

/*
 * One worked example per statement class for each council preset this part of issue 16 changed, named
 * with the document section the statement comes from. Each example also shows the other answer (the
 * england preset, or the PEP just inside the rule), so it fails if the preset stops saying what its
 * document says.
 */

const termlyDue = (s: PepSchedule) => s.items.filter((i) => i.kind === 'termly-pep').map((i) => i.due);
const codesOf = (pep: unknown, policy: Policy, today = '2025-03-01', extra: object = {}) =>
  (validatePep(pep, { policy, today, ...extra }).findings ?? []).map((f) => f.code);

/** A child born 1 June 2022, in care from 14 October 2024 (aged 2), judged on 30 June 2025. */
const toddler = { enteredCare: '2024-10-14', dateOfBirth: '2022-06-01', today: '2025-06-30' };

describe('Halton Virtual School PEP Policy 2023-24, Process ("all PEP documents from Early Years (aged 3) to Post-16") and Personal Education Plans ("The PEP (Early Years to age 18)")', () => {
  it('schedules no termly PEP before the third birthday, and the summer one after it', () => {
    const s = pepSchedule({ ...toddler, calendar: calendars.halton }, policies.halton);
    // The summer deadline (27 June) is the first after the birthday on 1 June 2025; then the autumn one.
    expect(termlyDue(s)).toEqual(['2025-06-27', '2025-12-19']);
  });

  it('the england preset (no lower age limit in reg 5) schedules the spring one as well', () => {
    const s = pepSchedule({ ...toddler, calendar: calendars.halton }, policies.england);
    expect(termlyDue(s)[0]! < '2025-06-01').toBe(true);
  });

  it('the PEP facts say whether the meeting falls inside the age range', () => {
    const pep = example('early-years-good');
    pep.child.dateOfBirth = '2022-06-01';
    const halton = derivePepFacts(pep, { policy: policies.halton });
    const england = derivePepFacts(pep, { policy: policies.england });
    expect(halton.ok && halton.facts.pepAgeRange).toEqual({ from: '2025-06-01', until: null, atMeeting: pep.meeting.date >= '2025-06-01' });
    expect(england.ok && england.facts.pepAgeRange).toEqual({ from: null, until: null, atMeeting: true });
  });
});

describe('Barnet Virtual School PEP Guidance, Introduction ("from a child of 3 years if in education provision up to the age of 18")', () => {
  it('schedules no termly PEP for a 2-year-old (england does: the spring term)', () => {
    const s = pepSchedule({ ...toddler, today: '2025-05-30' }, policies.barnet);
    expect(termlyDue(s)).toEqual(['2025-07-18']); // summer, approximated: the first term ending after the birthday
    expect(termlyDue(pepSchedule({ ...toddler, today: '2025-05-30' }, policies.england))[0]! < '2025-06-01').toBe(true);
  });

  it('schedules them from the third birthday', () => {
    const s = pepSchedule({ ...toddler, today: '2025-12-01' }, policies.barnet);
    expect(termlyDue(s).every((d) => d >= '2025-06-01')).toBe(true);
    expect(termlyDue(s).length).toBeGreaterThan(0);
  });
});

describe('Halton Virtual School PEP Policy 2023-24, Information and Guidance (initial PEP completed within 20 school days; "Following the initial PEP, termly PEPs should be ... submitted ... within 10 schools days of the meeting")', () => {
  /** In care from Monday 4 November 2024; 20 school days later is 2 December. The initial meeting is on 6 November. */
  const initial = () => {
    const pep = example('school-age-good');
    pep.kind = 'initial';
    pep.core = undefined;
    pep.child.enteredCare = '2024-11-04';
    pep.meeting.date = '2024-11-06';
    pep.nextMeeting.date = '2025-01-22';
    pep.previousTargets = undefined;
    pep.sdq = undefined;
    pep.signOff = { submitted: '2024-11-27' }; // 15 working days after the meeting
    return pep;
  };
  const opts = { calendar: calendars.halton };

  it('an initial PEP submitted 15 working days after its meeting, within 20 school days of entering care, is not late', () => {
    expect(codesOf(initial(), policies.halton, '2024-12-20', opts)).not.toContain('PEP-SUBMISSION-LATE');
  });

  it('the same initial PEP submitted after 2 December (20 school days) is late, counted from entering care', () => {
    const pep = initial();
    pep.signOff.submitted = '2024-12-03';
    const r = validatePep(pep, { policy: policies.halton, today: '2024-12-20', ...opts });
    const late = r.findings.find((f) => f.code === 'PEP-SUBMISSION-LATE');
    expect(late?.message).toBe('The PEP was submitted more than 20 school days after entering care.');
  });

  it('a termly PEP submitted 15 working days after its meeting is late (10 school days)', () => {
    const pep = initial();
    pep.kind = 'termly';
    expect(codesOf(pep, policies.halton, '2024-12-20', opts)).toContain('PEP-SUBMISSION-LATE');
  });

  it('Bolton (no such rule) times its initial PEP from the meeting, as before', () => {
    expect(codesOf(initial(), policies.bolton, '2024-12-20', opts)).toContain('PEP-SUBMISSION-LATE');
  });

  it('the schedule names both timescales when 20 school days run past the first care review (20 working days)', () => {
    // In care 14 October 2024: 20 working days is 11 November, 20 school days (over half-term) 18 November.
    const s = pepSchedule({ enteredCare: '2024-10-14', dateOfBirth: '2015-03-02', today: '2024-11-12', calendar: calendars.halton }, policies.halton);
    const f = s.findings.find((x) => x.code === 'DEADLINE-SCHEDULE-INITIAL-AFTER-FIRST-REVIEW');
    expect(f?.severity).toBe('warning');
    expect(f?.message).toContain('20 school days of entering care');
    expect(f?.message).toContain('first care review (20 working days of entering care)');
    // No finding once the initial PEP was submitted by the review.
    const done = pepSchedule(
      { enteredCare: '2024-10-14', dateOfBirth: '2015-03-02', today: '2024-11-12', calendar: calendars.halton, meetings: [{ date: '2024-10-24', kind: 'initial', submittedOn: '2024-11-08' }] },
      policies.halton,
    );
    expect(done.findings.map((x) => x.code)).not.toContain('DEADLINE-SCHEDULE-INITIAL-AFTER-FIRST-REVIEW');
  });
});

describe('Halton Virtual School PEP Policy 2023-24, Appendix B, Smart Targets ("a balance of academic and personal development targets")', () => {
  it('all-academic targets are unbalanced in Halton, not under england', () => {
    const pep = example('school-age-good');
    pep.targets[2].area = 'academic';
    expect(codesOf(pep, policies.halton)).toContain('PEP-TARGETS-UNBALANCED');
    expect(codesOf(pep, policies.england)).not.toContain('PEP-TARGETS-UNBALANCED');
  });
});

describe('Bolton Virtual School PEP guidance 2021/22, smart targets ("a balance of academic and personal development targets")', () => {
  it('targets with no academic one are unbalanced in Bolton', () => {
    const pep = example('school-age-good');
    pep.targets[0].area = 'semh';
    pep.targets[1].area = 'independence';
    expect(codesOf(pep, policies.bolton)).toContain('PEP-TARGETS-UNBALANCED');
    expect(codesOf(pep, policies.england)).not.toContain('PEP-TARGETS-UNBALANCED');
  });
});

describe('Bolton Virtual School PEP guidance 2021/22, Strength and Difficulties Questionnaires (SDQs) ("From September 2021 ... Teacher SDQ into the termly PEP document")', () => {
  /** In care since 1 November 2024: 2 months at the January PEP. */
  const recent = () => {
    const pep = example('school-age-good');
    pep.child.enteredCare = '2024-11-01';
    pep.sdq = undefined;
    return pep;
  };

  it('a termly PEP without a teacher SDQ is missing it, with no time-in-care condition', () => {
    expect(codesOf(recent(), policies.bolton)).toContain('PEP-SDQ-MISSING');
    expect(codesOf(recent(), policies.england)).not.toContain('PEP-SDQ-MISSING'); // england: 12 months in care first
  });

  it('an initial PEP does not need it (the duty is for the termly PEP)', () => {
    const pep = recent();
    pep.kind = 'initial';
    expect(codesOf(pep, policies.bolton)).not.toContain('PEP-SDQ-MISSING');
  });

  it('before September 2021 no teacher SDQ was asked', () => {
    const pep = recent();
    pep.child.enteredCare = '2020-11-01';
    pep.meeting.date = '2021-06-15';
    pep.nextMeeting.date = '2021-10-15';
    pep.signOff = { submitted: '2021-06-16' };
    pep.previousTargets = undefined;
    expect(codesOf(pep, policies.bolton, '2021-06-20')).not.toContain('PEP-SDQ-MISSING');
  });
});

describe('Milton Keynes Virtual School, Designated Teacher Handbook 2024/25, Appendix 3, Context ("must have an SDQ completed on them by" carers and a teacher) and Preparing for the PEP ("aged between 4-16 and who has been in care for 12 months or more")', () => {
  it('a PEP with the teacher SDQ only lacks the carer SDQ', () => {
    const r = validatePep(example('school-age-good'), { policy: policies.miltonKeynes, today: '2025-03-01' });
    const missing = r.findings.filter((f) => f.code === 'PEP-SDQ-INFORMANT-MISSING');
    expect(missing.map((f) => f.message)).toEqual(['The policy asks for a parent SDQ and the PEP carries none from that informant.']);
  });

  it('a PEP with the carer SDQ only lacks the teacher SDQ', () => {
    const pep = example('school-age-good');
    pep.sdq[0].informant = 'parent';
    const r = validatePep(pep, { policy: policies.miltonKeynes, today: '2025-03-01' });
    expect(r.findings.filter((f) => f.code === 'PEP-SDQ-INFORMANT-MISSING').map((f) => f.message)).toEqual([
      'The policy asks for a teacher SDQ and the PEP carries none from that informant.',
    ]);
  });

  it('no SDQ is asked before 12 months in care ("in care for a year or longer")', () => {
    const pep = example('school-age-good');
    pep.child.enteredCare = '2024-02-01';
    pep.sdq = undefined;
    expect(codesOf(pep, policies.miltonKeynes)).not.toContain('PEP-SDQ-MISSING');
    pep.child.enteredCare = '2024-01-10';
    expect(codesOf(pep, policies.miltonKeynes)).toContain('PEP-SDQ-MISSING');
  });
});

describe('The Virtual School Handbook (NAVSH, 2014), Appendix 2 – The personal education planning cycle, Reviewing the PEP ("the PEP review is linked with the annual review of the statement")', () => {
  it('england asks an EHCP PEP for the annual review date', () => {
    const pep = example('school-age-good');
    pep.sen = { status: 'ehcp', primaryNeed: 'SEMH' };
    expect(codesOf(pep, policies.england)).toContain('PEP-EHCP-REVIEW-DATE-MISSING');
    pep.sen.status = 'sen-support';
    expect(codesOf(pep, policies.england)).not.toContain('PEP-EHCP-REVIEW-DATE-MISSING');
  });
});

describe('The Virtual School Handbook (NAVSH, 2014), g) Emotional health & well-being ("an annual assessment of emotional well-being using the Strengths and Difficulties Questionnaire")', () => {
  it('england asks for the carer SDQ, yearly, from 12 months in care', () => {
    const r = validatePep(example('school-age-good'), { policy: policies.england, today: '2025-03-01' });
    expect(r.findings.filter((f) => f.code === 'PEP-SDQ-INFORMANT-MISSING').map((f) => f.message)).toEqual([
      'The policy asks for a parent SDQ and the PEP carries none from that informant.',
    ]);
    const s = pepSchedule(
      { enteredCare: '2022-06-01', dateOfBirth: '2015-03-12', today: '2025-03-01', sdqs: [{ informant: 'parent', completedOn: '2024-09-20' }] },
      policies.england,
    );
    expect(s.items.filter((i) => i.kind === 'sdq-due').map((i) => [i.due, i.status])).toEqual([['2025-09-20', 'upcoming']]);
  });
});

describe('Halton Virtual School PEP Policy 2023-24, Process: no initial PEP for a child who enters care before the age of 3', () => {
  it('has no initial-pep items under Halton; england (no lower age) has them', () => {
    const kinds = (s: PepSchedule) => s.items.map((i) => i.kind).filter((k) => k.startsWith('initial-pep'));
    expect(kinds(pepSchedule({ ...toddler, calendar: calendars.halton }, policies.halton))).toEqual([]);
    expect(kinds(pepSchedule({ ...toddler, calendar: calendars.halton }, policies.england))).toEqual(['initial-pep', 'initial-pep-complete']);
  });
});
