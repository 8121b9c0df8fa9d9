import { describe, expect, it } from 'vitest';
import { checkSmartTarget } from '../../src/smart/index';
import { MEETING, sm } from './_judge';

/*
 * Issue 15, branch pc1. Two readings of forms, with wordings written here that no data set uses (meeting 15 January 2025):
 * (a) Specific rule 4 ("Adult provision with no child outcome is not specific") and Settled cases ("keep going to college":
 *     neither): provision or an activity said only to go on or to start, its subject a thing ("Tutoring to continue",
 *     "DofE - to start"), src/smart/_specific.ts goesOnProvision; and "continue to attend/access …" with no rate or whole,
 *     _specific.ts continuedAct beside keptGoingEnd;
 * (b) Specific ("the particular … task … the child will achieve"; Settled cases, clubs: "an outcome joined to it … is
 *     specific") and Measurable rule 5 (a one-off event): the child performing, competing or representing at a named event,
 *     src/smart/_measure.ts _performsAt.
 */

describe('Specific rule 4 and Settled cases ("keep going to college"): (a) provision that only goes on or starts is not specific', () => {
  it.each([
    'Phonics catch-up to continue after half term.',
    'Handwriting intervention to continue until Easter.',
    'Spelling programme - continue.',
    'Part-time timetable to continue until half term.',
    'Touch-typing course - to start after half term.',
    'Maths tutoring to continue - 6 more sessions booked.',
    'Work experience - to start after Easter.',
    'Apprenticeship to start after the summer.',
    'Small group phonics intervention to continue until Easter.',
    'Forest school - to start after half term.',
    'Counselling will continue weekly.',
    'Reading catch-up programme to restart next term.',
    'Kai to continue to attend Saturday football.',
    'To continue to attend the nurture group.',
    'Lily to continue to attend her phonics group.',
  ])('%s: not specific', (text) => {
    expect(sm(text)[0]).toBe(false);
  });

  it.each(['Maths tutoring to continue - 6 more sessions booked.', 'Counselling will continue weekly.', 'Part-time timetable to continue until half term.'])(
    '%s: going on is a process, not measurable (Measurable rule 6)',
    (text) => {
      expect(sm(text)[1]).toBe(false);
    },
  );

  it.each([
    'Tom will continue to attend every lesson on his timetable.',
    'Mia to continue to attend school every day.',
    'Ali to start at his new secondary school after Easter.',
    'Sam will score 70% in his fractions test by Easter: tutoring to continue.',
    'Tutoring to continue - Sam to score 70% in his fractions test by Easter.',
    'Maths tuition to continue so that Jay can solve 2-step word problems by Easter.',
    'Dev to start his new school after half term and attend 95% of days.',
  ])('%s: the child\'s own attendance, start or outcome stays specific and measurable', (text) => {
    expect(sm(text)).toEqual([true, true]);
  });
});

describe('Specific (the task the child will achieve) and Measurable rule 5: (b) performing, competing or representing at a named event', () => {
  it.each([
    'Poppy will join the church choir and sing with them at the carol service on 19 December.',
    'Callum to join the drama club and sing at the summer show.',
    'Mason will sing at the Christmas fair concert on 6th December.',
    'Isla will dance at the school talent show in March.',
    'Harry will compete in his first judo competition by the summer.',
    'Leah will race in the county swimming gala in June.',
    'Josh will compete in the county cross-country race in February.',
    'Tyler to represent the school at the Year 8 chess tournament.',
    'Oliver will race in the district cross-country championship in March.',
    'Sami will represent his county at the regional athletics meeting.',
    'Evie to join the brass band and play at the Remembrance service.',
  ])('%s: specific and measurable', (text) => {
    expect(sm(text)).toEqual([true, true]);
  });

  it.each(['Zoe will join the choir.', 'Ben to join the football team.', 'Go to the Christmas concert.', 'Alfie will go to the Easter service with his carers.', 'Jess to watch the school play.'])(
    '%s: joining, going to or watching with nothing performed is still not specific',
    (text) => {
      expect(sm(text)[0]).toBe(false);
    },
  );
});

/*
 * Branch fx52 (review32d of pc1): goesOnProvision reads only provision as the thing that goes on. The child's own conduct or
 * act as subject (a figure, attendance, punctuality, behaviour, an activity's -ing word, "his reading") is specific (Settled
 * cases: the child's own attendance or punctuality; Specific rule 5), _specific.ts childsOwnSubject; "until" and the child's
 * outcome ends the provision ("until she can swim 25m"), _specific.ts childUntil.
 */
describe('Specific rule 4 against Settled cases (the child\'s own attendance): fx52, a subject of the child\'s own is not provision', () => {
  it.each([
    '97% attendance to continue until July',
    '100% attendance to continue',
    'Good attendance to continue every day',
    'Attendance to continue every day',
    'His punctuality to continue every day',
    'Daily reading to continue',
    'Travelling to school alone to continue every day',
    'Reading at home to continue every night and be recorded in her diary',
    'Swimming lessons - to continue until she can swim 25m',
    'Swimming - to continue every Saturday until she can swim 25m',
  ])('%s: specific and measurable', (text) => {
    expect(sm(text)).toEqual([true, true]);
  });

  it.each(['Home reading to continue daily', 'His reading will continue every night'])('%s: its rate still measures (the child\'s own act, not provision)', (text) => {
    expect(sm(text)[1]).toBe(true);
  });

  it.each([
    'Tutoring to continue',
    'Speech therapy to continue until July',
    'Forest school to continue every Friday',
    'Tutoring to continue twice weekly',
    'Her placement will continue',
    '1:1 tuition to restart in February',
    'Swimming lessons - to continue until the summer',
  ])('%s: provision going on is still neither specific nor measurable', (text) => {
    expect(sm(text)).toEqual([false, false]);
  });
});

describe('Settled cases, clubs ("an outcome joined to it … is specific"): fx52, continuing to attend and a joined outcome', () => {
  it.each(['Kai will continue to attend football club and score a goal', 'Mia will continue to attend Brownies and earn her first badge'])(
    '%s: the joined outcome keeps it specific (continuedAct does not apply)',
    (text) => {
      expect(sm(text)[0]).toBe(true);
    },
  );

  it.each(['Kai to continue to attend Saturday football.', 'Kai to continue to attend Saturday football and be reviewed', 'Sam to continue to access counselling'])('%s: staying on with nothing joined is still not specific', (text) => {
    expect(sm(text)[0]).toBe(false);
  });
});

describe('Specific rule 4 ("Adult provision with no child outcome is not specific"): fx52, provision going on gets provision\'s advice', () => {
  const advice = (text: string): string | undefined => checkSmartTarget(text, MEETING).specific.advice;
  it.each(['Sessions with the mentor to continue', 'Reduced timetable to continue until Easter', 'Nurture group - to continue this term', 'Traineeship - to start after Easter'])(
    '%s: the provision advice, not "no skill was recognised"',
    (text) => {
      expect(advice(text)).toMatch(/after the provision/);
    },
  );

  it.each(['Lily to continue', 'He will continue'])('%s: no provision named, so not the provision advice', (text) => {
    expect(advice(text) ?? '').not.toMatch(/after the provision/);
  });
});

describe('Specific rule 4 and Settled cases ("a one-off thing adults arrange"): fx52, a start "in" a term names no object', () => {
  it('Swimming lessons to start in the summer term: provision starting, not specific', () => {
    expect(sm('Swimming lessons to start in the summer term')[0]).toBe(false);
  });

  it('Swimming lessons - to continue until she can swim 25m: the child\'s outcome after "until" is still specific', () => {
    expect(sm('Swimming lessons - to continue until she can swim 25m')).toEqual([true, true]);
  });
});

describe('Specific and Measurable rule 5 (a one-off event): fx52, a service or side only when it is one performed at or competed for', () => {
  it.each(['Jack to play at the youth service', 'Zoe to represent the school council at the meeting'])('%s: not read as performing at an event (no longer measurable by it)', (text) => {
    expect(sm(text)).not.toEqual([true, true]);
  });

  it.each(['Zoe will play a piece at the service of remembrance', 'Evie to join the brass band and play at the Remembrance service.', 'Zoe to represent the school at chess'])(
    '%s: still performing or representing, specific and measurable',
    (text) => {
      expect(sm(text)).toEqual([true, true]);
    },
  );
});
