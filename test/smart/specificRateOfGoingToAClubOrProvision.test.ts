/**
 * The labelling guide, Settled cases: "attending a group, service, club run for the child or tuition: not specific (S rule 4:
 * provision); a stated rate or frequency of attending still measures" and "joining or going to a club, team, choir or youth
 * organisation … with nothing the child achieves there: not specific … a rate of going still measures; an outcome joined to it
 * … is specific". Texts of that form whose count, rate or record was written so that a word of it looked like an outcome,
 * and their near-misses that name what the child achieves, or the child's own attendance (test/fixtures/smart/probes-cb.json).
 *
 * Readings of branch cb (development labels of the whole form, going to a club, group, programme or a service's sessions with
 * a count or rate and nothing achieved there: about 64 not specific to 8 specific):
 * - a floor before a count of a provision's sessions, "at least 6 of the 8 sessions of the anxiety group", "no fewer than 5 of
 *   her 6 …", read as the count without it is (src/smart/_specific.ts, floorEnd);
 * - after provision or an activity just named, the same gone to again and counted in weeks, times, occasions or meetings
 *   ("complete the 12-week Prince's Trust Team programme, attending at least 10 of the 12 weeks"; src/smart/_activity.ts,
 *   continues and AGAIN_UNITS);
 * - a supervisor or leader keeping the record is an adult ("lunchtime supervisor to keep the register"; _ADULT_JOBS);
 * - "to" before a date or number inside a club gone to ends a span of time, not a purpose ("every Thursday (16 Jan to 3 Apr
 *   2025)"; _specific.ts, activityEnd);
 * - "attendance at" the sessions, appointments, club or group gone to is the rate of going, no anchor ("100% attendance at
 *   appointments"; _specific.ts, providedAttendance), unlike the child's own attendance at school, lessons or a course, "at
 *   all sessions", or at a place ("at the training provider").
 */
import { describe, expect, it } from 'vitest';
import { assertSelection, probesById, type SpecificAndMeasurableProbe as Probe } from './_probes';
import { measurable, specific } from './_judge';

const probes = probesById<Probe>('cb');

/** Probes the readings above changed (not specific, still measurable), and the near-misses that held (specific). */
const CHANGED = ['p001', 'p002', 'p003', 'p004', 'p005', 'p006', 'p007', 'p008', 'p010', 'p011', 'p012', 'p013', 'p014', 'p015', 'p016', 'p018', 'p019', 'p020', 'p021', 'p022', 'p023', 'p024', 'p026'];
const HELD = ['p009', 'p027', 'p028', 'p029', 'p030', 'p031', 'p032', 'p033', 'p034', 'p035', 'p036', 'p037', 'p038', 'p039', 'p040', 'p041', 'p042', 'p043', 'p044', 'p045', 'p046', 'p047', 'p048', 'p049', 'p050', 'p051', 'p052'];
const SELECTED = [...CHANGED, ...HELD];

describe('probes of branch cb: a rate or count of going to a club, group, programme or a service, labelled from the guide', () => {
  assertSelection(probes, SELECTED, 'specific', specific);
  it.each(CHANGED)('%s: a rate or count of going still measures', (id) => {
    const p = probes.get(id) as Probe;
    expect(measurable(p.text), p.text).toBe(p.measurable);
  });
  it('development labels of the form, both ways', () => {
    // Not specific (settled labels y59-119, y50-209, y59-121, y59-076, y12-172).
    expect(specific('Emotional wellbeing: Chloe will attend at least 6 of the 8 sessions of the school\'s anxiety group by 21 March 2025; her SDQ to be repeated at the next PEP.')).toBe(false);
    expect(specific('Tyrone will complete the 12-week Prince\'s Trust Team programme starting in February, attending at least 10 of the 12 weeks.')).toBe(false);
    expect(specific('Friendships: Ellis will join the Wednesday lunchtime Lego club and attend at least 8 of the 10 sessions this term; lunchtime supervisor to keep the register.')).toBe(false);
    expect(specific('Hobbies: Phoebe will go to Brownies every Thursday this term (16 Jan to 3 Apr 2025), missing no more than 1 session; carer to report at next PEP.')).toBe(false);
    expect(specific('Freya will attend her CAMHS appointments (every fortnight) with her carer and school will release her from lessons - 100% attendance at appointments until Easter.')).toBe(false);
    // Specific (settled labels y10-060, y59-226, y23-144, y59-051): an outcome joined, the child's own attendance at a course.
    expect(specific('Liam will attend at least 10 of the 12 weeks of the Prince\'s Trust Team Programme, starting 3 Feb, and complete his community project')).toBe(true);
    expect(specific('Scouts: Deon will go to Scouts every week this term, missing no more than 2 meetings, and earn one activity badge by July 2025; SW to fund his uniform by 31/01/25.')).toBe(true);
    expect(specific('Luke will keep 90% attendance on his Level 2 Agriculture course at Otley (4 days a week) and pass his LANTRA tractor driving assessment by the end of the summer term.')).toBe(true);
    expect(specific('College PDP: Jordan will achieve at least 95% attendance on his Level 1 Construction course between 6 January and 4 April 2025, as shown on the college register.')).toBe(true);
    // The child's own sessions and places are not provision's ("at all sessions", "at the training provider").
    expect(specific('Maintain 95% attendance at all sessions this term.')).toBe(true);
    expect(specific('Connor (19, care leaver, Level 2 electrical installation apprentice) will pass his end-of-year practical assessment in July and keep his attendance at the training provider above 90% each month.')).toBe(true);
  });
});

describe('attendance at provision read over the whole phrase of what is attended (review of branch cb)', () => {
  it('reads a club, a group or a named service\'s sessions as provision gone to, wherever the phrase names school', () => {
    expect(specific('Attendance at the school football club to be 90% by half term.')).toBe(false);
    expect(specific('Attendance at ELSA sessions to be 90% by Easter.')).toBe(false);
    expect(specific('90% attendance at the anxiety group sessions this term.')).toBe(false);
    expect(specific('Attendance at the breakfast club to reach 80% by half term.')).toBe(false);
    expect(specific('Attendance at the Place2Be sessions: at least 9 of 10 by March.')).toBe(false);
    for (const t of ['Attendance at the school football club to be 90% by half term.', 'Attendance at ELSA sessions to be 90% by Easter.', 'Attendance at the breakfast club to reach 80% by half term.']) {
      expect(measurable(t)).toBe(true);
    }
  });
  it('keeps the child\'s own schooling and time with the child\'s own school or college staff specific', () => {
    expect(specific('Attendance at his meetings with his personal tutor at college to be 100% by March.')).toBe(true);
    expect(specific('Attendance at meetings with his college tutor to be 100% by March.')).toBe(true);
    expect(specific('Attendance at school sessions to be 95% by March.')).toBe(true);
    expect(specific('Attendance at sessions to be 95% by the end of term.')).toBe(true);
    expect(specific('Attendance at all sessions to be 95% by the end of term.')).toBe(true);
    expect(specific('Attendance at his lessons at college to be 95% by March.')).toBe(true);
    expect(specific('Attendance at the school to be 95% by Easter.')).toBe(true);
    expect(specific('Attendance at school to reach 95% by half term.')).toBe(true);
  });
});

// Left by the review fix of branch cb (labels: not specific, the labelling guide, Settled cases, attending a group, service or
// club): a floor before a count of sessions with no "of" after the number, a count of named sessions or meetings of provision,
// and going again counted after a comma; todo until read.
describe.todo('floors and counts of going again not yet read', () => {
  it.todo('Attend at least 6 sessions of the anxiety group by Easter. (S false)');
  it.todo('Kian will attend at least 7 of the 8 Drawing and Talking sessions by half term. (S false)');
  it.todo('Attend at least 3 of the 4 meetings with the mentor by March. (S false)');
  it.todo('Leo to start the nurture group, attending 5 times by half term. (S false)');
  it.todo('Noah will attend the youth club, going on 8 occasions by the end of term. (S false)');
});
