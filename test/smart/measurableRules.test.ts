import { describe, expect, it } from 'vitest';
import { checkSmartTarget } from '../../src/smart/index';
import { measurable, MEETING, judge as result, specific } from './_judge';

/*
 * Measurable rules of the labelling guide (docs/smart.md, "Labelling guide", Measurable (M)) as general patterns,
 * on examples written here (not corpus texts), in both directions.
 */

describe('Measurable rule 6, "a comparative without a figure": a comparative adjective in the skill names no criterion', () => {
  it.each([
    'Writing longer sentences in his news book by Easter.',
    'Ella will use neater letters in her handwriting book.',
    'Joe will speak in clearer sentences at circle time.',
  ])('%s: not measurable', (text) => {
    expect(measurable(text)).toBe(false);
  });

  it.each([
    'Writing sentences of at least 8 words in his news book by Easter.',
    'Joe will no longer hit other children at lunchtime.',
    'Ella will copy 5 words from the board in her handwriting book.',
  ])('%s: a figure or a stop-behaviour still measures', (text) => {
    expect(measurable(text)).toBe(true);
  });
});

describe('Measurable rule 3 (Bolton, smart targets, Step 3: "What would I see/measure/count"): two next steps written as gerunds', () => {
  it('"Waiting and taking turns …": the second gerund, a verb seen done, carries the step', () => {
    expect(measurable('Waiting and taking turns in a board game with two friends.')).toBe(true);
    expect(measurable('Listening and answering questions about a story at carpet time.')).toBe(true);
  });

  it('two process gerunds are not a capability', () => {
    expect(measurable('Exploring and developing ideas in small-world play.')).toBe(false);
  });
});

describe('Measurable rule 3: "(off) by heart", "from memory" are a checkable end state', () => {
  it.each(['To learn the 3 and 4 times tables off by heart.', 'Ravi will know his lines for the nativity by heart.', 'Ravi will recite the poem from memory.'])('%s: measurable', (text) => {
    expect(measurable(text)).toBe(true);
  });

  it('learning a general thing is a process (rule 6); learning things recalled is not (see measurableFrames.test.ts)', () => {
    expect(measurable('To learn about the Tudors.')).toBe(false);
    expect(measurable('Kai will learn new skills in the kitchen.')).toBe(false);
  });
});

describe('Measurable rule 3: "appropriate" naming a thing is no vague manner ("as appropriate" is)', () => {
  it('"collect all the appropriate equipment" is seen done', () => {
    expect(measurable('To remember to collect all the appropriate equipment for swimming.')).toBe(true);
  });

  it.each(['Mo will communicate appropriately at break.', 'Mo will use strategies as appropriate.', 'With support, Mo will identify and apply appropriate strategies to calm down.'])(
    '%s: a manner, or a general object, is no criterion',
    (text) => {
      expect(measurable(text)).toBe(false);
    },
  );
});

describe('Measurable rule 5: a standard reached, "meet their target level"', () => {
  it.each(['To meet her target grade in geography by the summer exams.', 'Kit will meet age-related expectations in writing by July.'])('%s: measurable', (text) => {
    expect(measurable(text)).toBe(true);
  });

  it('"meet with" a person is no standard', () => {
    expect(measurable('Kit will meet with his mentor.')).toBe(false);
  });

  it('"age-related" describing a skill is no standard', () => {
    expect(measurable('Kit demonstrates the communication skills needed to facilitate age-related independence.')).toBe(false);
  });
});

describe('Measurable rule 6, "a quantity of provision (\'5 hours of TA support\') rather than of the child\'s success"', () => {
  it.each([
    'the provision of 2 hours of occupational therapy',
    'Ria will have weekly speech and language therapy to improve her communication.',
    'Ria will receive 4 sessions of mentoring.',
  ])('%s: not measurable', (text) => {
    expect(measurable(text)).toBe(false);
  });

  it.each(['Ria will read to an adult daily.', 'Ria will attend 95% of her maths sessions.', 'Ria will spend 10 minutes of each lesson on her reading book.'])('%s: the child\'s own quantity measures', (text) => {
    expect(measurable(text)).toBe(true);
  });
});

describe('Measurable rule 3 (Bolton, smart targets, Step 3: "What would I see/measure/count"): verbs of actions seen done', () => {
  it.each([
    'Jay will solve word problems with two steps.',
    'Jay will add and subtract numbers to 50 using a number line.',
    'Jay will retell a familiar story using story maps.',
    'Jay will throw a beanbag into a hoop.',
    'Jay will bring his reading folder to school.',
    'Jay will take turns in a board game with a peer.',
    'Jay will take his medication from the school office at lunchtime.',
  ])('%s: measurable', (text) => {
    expect(measurable(text)).toBe(true);
  });

  it.each(['Jay will play more.', 'Jay will take responsibility for his learning.', 'Jay will describe appropriately.'])('%s: a comparative, a broad object or a vague manner is not', (text) => {
    expect(measurable(text)).toBe(false);
  });
});

describe('Measurable rule 3, the forms a PEP writes a can-do in', () => {
  it.each([
    'For Mia to use her visual timetable at each change of lesson.',
    'Mia to underline her titles with a ruler.',
    'YP to open a bank account with his carer.',
    'Mia will be using full sentences when she speaks to adults.',
    'Mia will keep her hands to herself on the carpet.',
    'Mia will sleep in her own bed.',
  ])('%s: measurable', (text) => {
    expect(measurable(text)).toBe(true);
  });

  it.each([
    'Carer to read with Mia every night.',
    'Mia will keep trying in maths.',
    'Mia will be working on her reading.',
    'Mia will be developing her confidence.',
    'Mia will keep her strategies in mind.',
  ])('%s: provision, a process or a general object is not', (text) => {
    expect(measurable(text)).toBe(false);
  });
});

describe('Measurable rule 6: provision the child receives, hyphenated too; a disposition kept is not seen', () => {
  it.each(['Kim will attend the lunchtime drop-in when needed.', 'Kim to keep her temper.'])('%s: not measurable', (text) => {
    expect(measurable(text)).toBe(false);
  });
});

describe('Measurable rule 3: skills that enable something seen ("skills to facilitate joint play")', () => {
  it.each([
    'Leah shows the social skills to facilitate shared play with a friend.',
    'Leah has the language skills needed to enable her to order a meal in a café.',
    'Leah demonstrates the skills to support a two-way conversation with an adult.',
  ])('%s: measurable', (text) => {
    expect(measurable(text)).toBe(true);
  });

  it.each([
    'Leah demonstrates the skills required to facilitate the development of her independence.',
    'Leah has the early skills to enable her to lay the foundations of later learning.',
    'Leah has the skills to support her wellbeing.',
  ])('%s: a process, or nothing seen, is not', (text) => {
    expect(measurable(text)).toBe(false);
  });
});

describe('"<X> to <verb>" with a family member or professional as X is provision (Bradford, SMART Outcomes: not "Services ... Activities")', () => {
  it('"Mum to read with Sam every night" measures no success of the child', () => {
    expect(measurable('Mum to read with Sam every night.')).toBe(false);
    expect(measurable('Sam to read with Mum every night.')).toBe(true);
  });
});

describe('Measurable rule 3: a can-do behind "try and", "should be …ing", "keep <things> …"', () => {
  it.each([
    'To try and keep his numbers the same size in his maths book.',
    'Nat should be toileting independently by the end of Reception.',
    'To keep letters on the line when writing.',
    'Nat will try to stay in her seat during the register.',
    // An imperative "Keep <a thing>" opening the target: the word scan must not skip "keep" (it failed before 5 Dec 2026).
    'Keep a planner and write her homework in it.',
    'Keep the classroom door closed after break.',
  ])('%s: measurable', (text) => {
    expect(measurable(text)).toBe(true);
  });

  it.each(['Nat will try harder in maths.', 'Nat will try her best.', 'Nat should keep trying.', 'Nat should be developing her confidence.', 'Nat to keep friends.', 'Nat should be using her strategies.'])('%s: effort or a process is not', (text) => {
    expect(measurable(text)).toBe(false);
  });
});

describe('Measurable rule 3: "access" a service or place the child is seen using; not support, strategies or provision (rule 6)', () => {
  it.each(['YP understands and accesses his bank account online.', 'Jo will access the Student Centre.', 'Jo will access the Student Centre at breaktimes.', 'Jo will be able to access the library catalogue independently.'])('%s: measurable', (text) => {
    expect(measurable(text)).toBe(true);
  });

  it.each(['Jo will access support when needed.', 'Jo will access the nurture group twice a week.', 'Jo will access the curriculum.', 'Jo accesses these as required.', 'Jo will access appropriate strategies.', 'Jo will access the Student Centre at breaktime.'])('%s: not measurable', (text) => {
    expect(measurable(text)).toBe(false);
  });
});

describe('Measurable rule 3, outcome banks\' present tense: a second verb after "and" shares the subject', () => {
  it('"Child understands money and counts coins to 50p" is measurable; "Child enjoys stories and talks" names nothing seen', () => {
    expect(measurable('Child understands money and counts coins to 50p.')).toBe(true);
    expect(measurable('Child enjoys stories and talks.')).toBe(false);
  });
});

describe('Measurable rule 3: "and can" goes on with the subject', () => {
  it('"… and can catch the bus to college" is measurable; "… and can manage his feelings" is not', () => {
    expect(measurable('YP knows his timetable and can catch the bus to college.')).toBe(true);
    expect(measurable('YP knows his timetable and can manage his feelings.')).toBe(false);
  });
});

describe('Measurable rule 5, "a one-off event": taking part in an event, not in lessons, the curriculum or a session given', () => {
  it.each(['Kai will take part in the Year 5 residential trip.', 'Kai demonstrates the skills needed to participate in a sleepover at a friend\'s house.', 'Kai will participate in the school football tournament.'])('%s: measurable', (text) => {
    expect(measurable(text)).toBe(true);
  });

  it.each(['Kai will take part in lessons.', 'Kai will be able to take part in all aspects of the curriculum.', 'Kai will participate in a weekly nurture group session.'])('%s: not measurable', (text) => {
    expect(measurable(text)).toBe(false);
  });
});

describe('Measurable rule 3: following a rule is seen ("adhere to", "comply with", like "follow the class rules")', () => {
  it('"They adhere to the agreed curfew" is measurable; "They understand the curfew" is not', () => {
    expect(measurable('They adhere to the agreed curfew at the weekend.')).toBe(true);
    expect(measurable('They understand the curfew at the weekend.')).toBe(false);
  });
});

describe('Measurable rule 4 ("A stop-behaviour is measurable with or without how often"), said other ways', () => {
  it.each([
    'Ade will refrain from kicking other children at playtime.',
    'Ade will avoid swearing at staff.',
    "Ade won't hit other children.",
    "Ade won't be late for registration.",
    'Ade will not get into fights at lunchtime.',
    'Ade will not be involved in any physical altercations.',
  ])('%s: measurable', (text) => {
    expect(measurable(text)).toBe(true);
  });

  it.each(['Ade will avoid developing bad habits.', 'Ade will not get involved.', 'Ade will not engage with his work.'])('%s: not a behaviour that stops', (text) => {
    expect(measurable(text)).toBe(false);
  });
});

describe('Settled cases, "attending a group, service, club run for the child or tuition": a count of the occasions attended or missed measures (M only)', () => {
  it.each([
    'Priya will attend 5 sessions of bereavement counselling before half term.',
    'Tom to attend his monthly paediatric clinic appointments (4 in total) by the summer.',
    'Dev will attend his weekly play therapy sessions with no more than two missed this term.',
  ])('%s: measurable, still not specific (provision, Specific rule 4)', (text) => {
    expect(measurable(text)).toBe(true);
    expect(specific(text)).toBe(false);
  });

  it.each(['Priya will attend bereavement counselling before half term.', 'Tom to attend his monthly paediatric clinic appointments by the summer.'])('%s: the schedule alone does not measure', (text) => {
    expect(measurable(text)).toBe(false);
  });
});

describe('Settled cases, "a one-off thing adults arrange or do for the child" (\'visits to be arranged\', \'CAMHS referral\'): measurable, not specific', () => {
  const oneOff = (text: string): void => {
    expect(measurable(text)).toBe(true);
    // Provision (Specific rule 4): the measure never becomes an anchor of the child's.
    expect(specific(text)).toBe(false);
  };

  it.each(['Early Help referral made in December.', 'Paediatrician referral - GP to complete', 'Sensory needs: OT referral.'])('a referral: %s', oneOff);
  it.each(["Maya's counselling to continue as part of the referral.", 'Counselling to carry on from the referral.'])('a referral after a preposition, a thing the text relates to, is none: %s', (text) => {
    expect(measurable(text)).toBe(false);
  });

  it.each(['Zak to be referred to the Educational Psychologist.', 'Mia to be assessed by the OT.', 'Ollie to be assessed for dyspraxia this year.'])('the child referred or assessed: %s', oneOff);
  it('a thing referred to is none: "These strategies to be referred to in lessons."', () => {
    expect(measurable('These strategies to be referred to in lessons.')).toBe(false);
  });

  it.each(['Swimming club in the new area. Carer to arrange.', 'Hearing test overdue - foster carer to book asap', 'Eye check due (last seen 2022). Social worker to arrange.'])('the adults to book or arrange what the text named: %s', oneOff);
  it.each(['Hearing test overdue.', 'Designated teacher to arrange a catch-up with the head of year.'])('nothing arranged, or the adults\' own meeting arranged, is none: %s', (text) => {
    expect(measurable(text)).toBe(false);
  });
});

describe('Settled cases, "a one-off thing adults arrange or do for the child": "<adult> to book / arrange" measures only when a thing to book is named before it', () => {
  it.each(['Dental check: carer to book.', 'Hearing test due. Foster carer to arrange.', 'Optician appointment - SW to book.'])('%s: the thing named before: measurable', (text) => {
    expect(measurable(text)).toBe(true);
  });

  it.each(['Carer to book.', 'Her carer to book.', 'Carer to book 2.'])('%s: the adult alone, or a number after it: not measurable', (text) => {
    expect(measurable(text)).toBe(false);
  });
});

describe('Settled cases, "the child\'s wish alone, with no measure and no point, is not specific": a one-off thing the adults arrange after the wish measures, and never makes the wish specific', () => {
  it.each([
    'Cameron wants to go swimming. Carer to arrange.',
    "I'd like to learn guitar - carer to arrange.",
    'Amy would love to learn the drums. Foster carer to book asap.',
  ])('%s: measurable, still not specific', (text) => {
    expect(result(text).measurable.met).toBe(true);
    expect(result(text).specific.met).toBe(false);
  });

  it('a wish with a measure of its own stays specific: "Cameron wants to go swimming and attend 6 lessons."', () => {
    expect(result('Cameron wants to go swimming and attend 6 lessons.').specific.met).toBe(true);
  });
});

describe('Settled cases, "a one-off thing adults arrange or do for the child": a referral counts when made, or as a heading\'s head', () => {
  const evidence = (text: string): readonly string[] => checkSmartTarget(text, MEETING).measurable.evidence;
  it.each([
    ['SW will make a CAMHS referral.', 'make a CAMHS referral'],
    ['School to send a referral to CAMHS.', 'send a referral'],
    ['SW to submit referral.', 'submit referral'],
    // With a point by which it is done: a record alone, with nothing still to do, is none (measurableDoneRecords.test.ts).
    ['Occupational therapy referral completed by 14 February.', 'referral completed'],
    ['Mental health - CAMHS referral', 'CAMHS referral'],
    ['Referral to CAMHS.', 'Referral to CAMHS'],
  ])('%s: measurable, the evidence the whole phrase', (text, phrase) => {
    expect(measurable(text)).toBe(true);
    expect(evidence(text)).toEqual([phrase]);
  });

  it.each([
    'A referral may be needed.',
    'No referral needed.',
    'Consider CAMHS referral.',
    'Possible referral to SALT.',
    'Referral was declined.',
    'Referral made to CAMHS in 2022 but closed.',
    'Referral accepted.',
    'CAMHS referral accepted. School to support in the meantime.',
    'Awaiting outcome of referral.',
    'Support pending the referral.',
    'If required, referral to Early Help.',
    'Referral?',
    'Sam to be happier. Referral form on file.',
    'Sam to be more settled; less referral to on-call.',
    'Sam to be calmer in class (see referral).',
    'Sam to understand the self-referral process.',
  ])('%s: negated, possible, past, declined, awaited, after a preposition or a thing named, not measurable', (text) => {
    expect(measurable(text)).toBe(false);
  });
});

describe('Settled cases, "a one-off thing adults arrange or do for the child": "<adult> to book" or "to arrange" after the thing it names', () => {
  it.each(['Dental check overdue. Carer to book.', 'Dentist - carer to book asap.', 'Sensory assessment overdue. Social worker to arrange.'])('%s: measurable', (text) => {
    expect(measurable(text)).toBe(true);
  });

  it.each([
    'Carer to book.',
    'Carer to arrange.',
    'Nothing further to book.',
    'Sam will learn how to book.',
    'Carer to arrange?',
    // A quantity of provision (Measurable rule 6).
    'Carer to book 3 sessions.',
  ])('%s: nothing named before it, no adult, a question or a quantity: not measurable', (text) => {
    expect(measurable(text)).toBe(false);
  });
});

describe('Settled cases, "attending a group, service, club run for the child or tuition": only the child\'s own attending counted, never an adult\'s, a format or provision given', () => {
  it.each([
    'Priya will attend five sessions of bereavement counselling before half term.',
    'Amy to attend weekly counselling with at most one missed.',
    'Tom to attend his monthly paediatric clinic appointments (four in total) by the summer.',
  ])('%s: measurable', (text) => {
    expect(measurable(text)).toBe(true);
  });

  it.each([
    'Carer to attend 3 meetings with school.',
    'SW to attend 1 PEP per term.',
    'Mum to attend 4 contact sessions.',
    'Amy to attend 1:1 counselling.',
    'Amy to attend 121 counselling.',
    'Sam will receive counselling (6 in total).',
    'PP+ to fund tutoring (10 in total).',
    'Sam should have no more than necessary support.',
  ])('%s: not measurable', (text) => {
    expect(measurable(text)).toBe(false);
  });
});

describe('Settled cases, "a one-off thing adults arrange or do for the child": the child to be referred or assessed, with no condition', () => {
  it.each([
    'Sam to be assessed again.',
    'Amy will be referred to CAMHS.',
    'Amy is to be assessed by SALT.',
    'Amy to be seen by the school nurse.',
    'Amy to be reviewed by the paediatrician.',
  ])('%s: measurable', (text) => {
    expect(measurable(text)).toBe(true);
  });

  it.each([
    'Sam to be assessed if needed.',
    'Sam to be referred to CAMHS if his behaviour does not improve.',
    'Sam to be referred to as Alex in school.',
    'Sam to be referred to by his preferred name.',
    'Sam to be assessed as needing support.',
    'Amy may be referred to CAMHS.',
    'Amy should be assessed.',
    'Amy to be seen in class.',
  ])('%s: a condition, a name, a judgement or a possibility: not measurable', (text) => {
    expect(measurable(text)).toBe(false);
  });
});

describe('Settled cases, "a one-off thing adults arrange or do for the child": an adult referring the child to a service named', () => {
  it.each(['SW to refer to CAMHS.', 'School to refer Sam to the EP.', 'DT will refer to Early Help.'])('%s: measurable', (text) => {
    expect(measurable(text)).toBe(true);
  });

  it.each(['Teacher to refer to the success criteria.', 'Sam to refer to his word mat.', 'SW may refer to CAMHS.', 'If needed, SW to refer to CAMHS.'])(
    '%s: a thing looked at, the child referring, a possibility or a condition: not measurable',
    (text) => {
      expect(measurable(text)).toBe(false);
    },
  );
});

describe('Settled cases, "a one-off thing adults arrange or do for the child": a referral "unless" something happens is a condition, as "if" is', () => {
  it.each(['SW to make a CAMHS referral unless things improve.', 'School to refer Sam to the EP unless his reading improves.', 'Unless his sleep improves, SW will make a referral to the school nurse.'])(
    '%s: not measurable',
    (text) => {
      expect(measurable(text)).toBe(false);
    },
  );

  it('the same referral without the condition still measures: "SW to make a CAMHS referral."', () => {
    expect(measurable('SW to make a CAMHS referral.')).toBe(true);
  });
});

describe('Settled cases, "a one-off thing adults arrange or do for the child": an adult refers the child to a service, not to a thing with capitals', () => {
  it.each(['SW to refer to the school nurse.', 'School will refer to Early Help.', 'SENCo to refer Sam to an educational psychologist.'])('%s: measurable', (text) => {
    expect(measurable(text)).toBe(true);
  });

  it.each(['Teacher to refer to the Success Criteria.', 'TEACHER TO REFER TO THE SUCCESS CRITERIA IN EVERY LESSON.', 'Teacher to refer to the Reading Recovery programme.'])(
    '%s: a thing looked at, not a service: not measurable',
    (text) => {
      expect(measurable(text)).toBe(false);
    },
  );
});
