/**
 * The labelling guide, Settled cases: "attending a group, service, club run for the child or tuition: not specific (S rule 4:
 * provision)"; "joining or going to a club, team, choir …, with nothing the child achieves there: not specific …; an outcome
 * joined to it … is specific"; Specific rule 4: "Adult provision with no child outcome is not specific … A child using a
 * named strategy is specific". A clause joined by "and" after provision the child attends, whose verb is the child's own
 * act or result with the child still its subject, is read as the child's outcome on the usual rules (src/smart/_specific.ts,
 * joinedOutcome and ownAct; afterActivity and joinedMark read its verb as after "will"). Filling in a form, assessment or
 * questionnaire the service gives, taking part in provision again, a passive and beginning a course stay the provision.
 */
import { describe, expect, it } from 'vitest';
import { specific } from './_judge';

describe('Settled cases, attending a service: an outcome of the child joined by "and" is specific', () => {
  it.each([
    'Maya will attend her weekly speech therapy sessions and use 3 new describing words in her writing by Easter.',
    'Tom to attend his monthly CAMHS appointments and keep a sleep diary until the next PEP.',
    'Priya will meet her learning mentor every Friday and tell her carer one thing she did well that week.',
    'Dan will go to the reading intervention for 10 sessions and improve his phonics check score from 20/40 to 32/40 by June.',
    'Leo will meet his Personal Adviser once a month and agree his pathway plan by March.',
    'Sami will attend every session with the youth offending worker and have 0 exclusions this term.',
    'Ana will go to the Monday maths booster group and put her hand up to answer at least one question each lesson.',
    'Jordan will attend his weekly counselling and use his breathing technique when he feels angry in class.',
  ])('%s: specific', (text) => {
    expect(specific(text)).toBe(true);
  });
});

describe('Settled cases, attending a service: the service alone, or what the service gives, is not specific', () => {
  it.each([
    // Attending alone, or with a frequency only.
    'Maya will attend her weekly speech therapy sessions until Easter.',
    'Tom to attend all of his monthly CAMHS appointments this term.',
    // Filling in the form, assessment or questionnaire the service gives is part of the service.
    'Ellie will attend her CAMHS appointments and complete the mood questionnaire each time.',
    'Josh will go to the school nurse drop-in and complete his health assessment by the end of February.',
    'Ava will attend her weekly counselling sessions and fill in the wellbeing form at the start and end of term.',
    // Taking part in provision again, being reviewed (a passive), beginning a course.
    'Ryan will attend the nurture group and then be reviewed by the SENCo at Easter.',
    'Kofi will meet his youth employment worker every fortnight and start a pre-apprenticeship course within 3 months.',
  ])('%s: not specific', (text) => {
    expect(specific(text)).toBe(false);
  });
});

describe('provision given by adults is not the child attending it', () => {
  it('a second "have" after an arranged check is provision still, not the child\'s result', () => {
    expect(specific('Aled will have a hearing check and have his hearing aids fitted before the summer term.')).toBe(false);
  });
});
