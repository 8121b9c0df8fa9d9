import { describe, expect, it } from 'vitest';
import { date, deadlineOf, term } from './_deadlineLabel';

// The labelling guide's school-time rules (docs/smart.md, "Labelling guide", Time-bound (T)), meeting Wednesday 15 January
// 2025 (spring term, first half: HT3 of a six-term year). Examples written here, not corpus texts.

describe('School-time rules: "for the rest of Spring 1" — the rest of a numbered term is its end', () => {
  it.each([
    ['Ayo will hand in every homework on time for the rest of term 4.', term('spring', 'end')],
    ['Ayo will hand in every homework on time for the rest of HT4.', term('spring', 'end')],
    ['Ayo will hand in every homework on time for the rest of HT3.', term('spring', 'half-term')],
    ['Ayo will hand in every homework on time for the rest of T5.', term('summer', 'half-term')],
  ])('%s', (text, want) => {
    expect(deadlineOf(text)).toEqual(want);
  });

  it('"in term 4" stays its half, and a rest with no term named is not read as one', () => {
    expect(deadlineOf('Ayo will hand in every homework on time in term 4.')).toEqual(term('spring', 'second-half'));
    expect(deadlineOf('Ayo will hand in every homework on time for the rest of the 4 lessons.')).toBeNull();
  });
});

describe('School-time rules: a named assessment with a month — a half named before its assessment or report is the half\'s end', () => {
  it.each([
    ['Reece will get an ATL of 2 or better on the HT4 report.', term('spring', 'end')],
    ['Reece will score 8/10 in the term 5 spelling test.', term('summer', 'half-term')],
    ['Sienna will use full stops, assessed in the Summer 1 writing moderation.', term('summer', 'half-term')],
    ['Sienna will use full stops in the Spring 2 assessment.', term('spring', 'end')],
  ])('%s', (text, want) => {
    expect(deadlineOf(text)).toEqual(want);
  });

  it('a half with no assessment after it keeps "in term N": its half', () => {
    expect(deadlineOf('Sienna will use full stops in her writing in Summer 1.')).toEqual(term('summer', 'first-half'));
    expect(deadlineOf('Sienna will use full stops in her writing in HT4, every lesson.')).toEqual(term('spring', 'second-half'));
  });
});

describe('School-time rules: "0 incidents in the next 6 weeks" — an event counted as none is the target\'s count', () => {
  it.each([
    ['Kwame will have 0 suspensions in HT4.', term('spring', 'second-half')],
    ['Kwame will have no exclusions in the summer term.', term('summer', 'end')],
    ['Kwame will have zero fixed-term exclusions in term 4.', term('spring', 'second-half')],
  ])('%s', (text, want) => {
    expect(deadlineOf(text)).toEqual(want);
  });

  it('a past count of events in a term stays background (when they happened)', () => {
    expect(deadlineOf('Kwame to stay in lessons (3 suspensions in the autumn term).')).toBeNull();
    expect(deadlineOf('Kwame to stay in lessons; he had 2 exclusions in HT2.')).toBeNull();
  });
});

describe('School-time rules: "when reassessed in March" — a check named with a month dates the figure it is to show', () => {
  it.each([
    ['Target: reading age 7y 6m when retested in March.', date('2025-03-31')],
    ['Reading age 8 years when reassessed in June.', date('2025-06-30')],
    ['Nia will move to the amber section when she is re-screened in March.', date('2025-03-31')],
  ])('%s', (text, want) => {
    expect(deadlineOf(text)).toEqual(want);
  });

  it('a score stated as now with a month and no check stays background, and "when she feels ready" stays a condition', () => {
    expect(deadlineOf('Reading age 6y 8m in November.')).toBeNull();
    expect(deadlineOf('Nia will read aloud in class when she feels ready in March.')).toBeNull();
  });
});

describe('School-time rules: "a range of days in a month" — the first week of a month is its 7th', () => {
  it.each([
    ['Ore will enrol at college by the first week of September.', date('2025-09-07')],
    ['Nia will move to amber when she is re-screened in the first week of March.', date('2025-03-07')],
    ['Ore will open a bank account before the first week of April.', date('2025-04-07')],
  ])('%s', (text, want) => {
    expect(deadlineOf(text)).toEqual(want);
  });

  it('the first week of a term, of each half term, or from a month on is not the month\'s 7th', () => {
    expect(deadlineOf('Paige will be in school for the first week of each half term.')).toBeNull();
    expect(deadlineOf('Ore will enrol at college by the end of September.')).toEqual(date('2025-09-30'));
    expect(deadlineOf('Ore will start college from the first week of September.')).toBeNull();
  });
});

// review24b's probes on these rows (meeting 15 January 2025, in HT3): what each row must not claim, and what it still reads.
describe('School-time rules: "have 0 suspensions in HT4" — a count of none is the target\'s only when it is its own', () => {
  it.each([
    ['No suspensions in HT2 (6 in HT1). Kian will stay in class for all of maths until Easter.', date('2025-04-20')],
    ['No suspensions in the autumn term. Kian will stay in class for all of maths in the spring term.', term('spring', 'end')],
    ['Progress: 0 suspensions in the autumn term. Kian will stay in every lesson this half term.', term('spring', 'half-term')],
    ['Kian received no suspensions in HT2, so he will continue to use his exit pass until half term.', term('spring', 'half-term')],
    ['Kian went from 3 exclusions in HT1 to zero exclusions in HT2; he will stay in maths in HT3.', term('spring', 'first-half')],
    ["Kian's suspensions went from 6 in HT1 to no suspensions in HT2, and he will keep his attendance above 90% by Easter.", date('2025-04-20')],
    ['No fixed-term exclusions in HT1 or HT2. Kian will stay in maths until Easter.', date('2025-04-20')],
  ])('a count over at the meeting or stated as what happened is background: %s', (text, want) => {
    expect(deadlineOf(text)).toEqual(want);
  });

  it('a numbered half over at the meeting is the target\'s count only after a future verb or a target\'s mark, as a named term is (its next one)', () => {
    expect(deadlineOf('Kian will have no suspensions in HT2.')).toEqual(term('autumn', 'second-half'));
    expect(deadlineOf('No suspensions in HT2.')).toBeNull();
  });

  it.each([
    ['Kian has had 4 suspensions since HT1 and will have no suspensions for the rest of HT4.', term('spring', 'end')],
    ['Target: no suspensions in T4; baseline 2 suspensions in T3.', term('spring', 'second-half')],
    ['Aim for 0 suspensions in the summer term (had 2 in the autumn term).', term('summer', 'end')],
    ['Zero suspensions in term 4 (3 suspensions in term 2).', term('spring', 'second-half')],
    ['Tyler will have no exclusions in term 5.', term('summer', 'first-half')],
    ['Kian will have no exclusions in the autumn term.', term('autumn', 'end')],
  ])('the target\'s own count still dates it: %s', (text, want) => {
    expect(deadlineOf(text)).toEqual(want);
  });
});

describe('School-time rules: "have 0 suspensions in HT4" — the none word counts a sanction or incident, not any event', () => {
  it('"with no records, arrived in November" counts nothing: the arrival stays background', () => {
    expect(deadlineOf('Jay, with no records, arrived in November and will read 3 books by Easter.')).toEqual(date('2025-04-20'));
  });

  it('"zero internal exclusions", "no incidents" are counted', () => {
    expect(deadlineOf('Kian will have zero internal exclusions in March.')).toEqual(date('2025-03-31'));
    expect(deadlineOf('Tia will have no incidents in the summer term.')).toEqual(term('summer', 'end'));
  });
});

describe('School-time rules: "when reassessed in March" — only a check still to come, and not before a target\'s mark', () => {
  it.each([
    ['Reading age 6y 2m when tested in November; target reading age 7y in the summer term.', term('summer', 'end')],
    ['SDQ score 22 when completed by carer in October; target below 17 at the next PEP.', { kind: 'next-review' }],
    ['Reading age 6y 2m when tested in November; reading age 7y when retested in June.', date('2025-06-30')],
    ['Reading age 6y 9m when screened in October (now 7y 2m); to read 3 books in the spring term.', term('spring', 'end')],
  ])('a check already done dates the baseline: %s', (text, want) => {
    expect(deadlineOf(text)).toEqual(want);
  });

  it('a re-check, or a check with "is", "next" or "again", still dates the figure', () => {
    expect(deadlineOf('Reading age 8 years when reassessed in June.')).toEqual(date('2025-06-30'));
    expect(deadlineOf('Nia will score 20/25 on her times tables check when she is tested again in June.')).toEqual(date('2025-06-30'));
    expect(deadlineOf('Reading age was 6y 2m when tested in November.')).toBeNull();
  });

  it('"once" before a check word is the check, as "when" is', () => {
    expect(deadlineOf('Reading age 8y 0m once reassessed in June.')).toEqual(date('2025-06-30'));
    expect(deadlineOf('Nia will read aloud in class once she feels ready in March.')).toBeNull();
  });
});

describe("School-time rules: a named assessment with a month — the half's record noun must follow it straight", () => {
  it.each([
    ['Ryan will use paragraphs in HT4 and report back to his mentor each Friday.', term('spring', 'second-half')],
    ['Leah will attend all her lessons in term 3 and test herself on her spellings each week.', term('spring', 'first-half')],
    ["In Spring 2 reports home will mention Leah's reading.", term('spring', 'second-half')],
    ['Ryan will use paragraphs in his Summer 1 report writing unit.', term('summer', 'first-half')],
  ])('not across "and" or a verb, nor a noun used of something else: %s', (text, want) => {
    expect(deadlineOf(text)).toEqual(want);
  });

  it.each([
    ['Maya will score 25/30 in the HT5 maths assessment.', term('summer', 'half-term')],
    ['Lily will pass the HT6 phonics screening check.', term('summer', 'end')],
    ['Reece will get an ATL of 2 or better on his HT4 school report.', term('spring', 'end')],
  ])('a subject before the assessment, or a kind of report, still reads the half\'s end: %s', (text, want) => {
    expect(deadlineOf(text)).toEqual(want);
  });
});

describe('School-time rules: "a range of days in a month" — the first week in a month, the 1st week of it', () => {
  it.each([
    ['Ore will have sent his CV to 3 employers by the first week in March.', date('2025-03-07')],
    ['By the 1st week of March, Ore will have sent his CV to 3 employers.', date('2025-03-07')],
    ['Ore will send his CV to 3 employers within the first week of March.', date('2025-03-07')],
  ])('%s', (text, want) => {
    expect(deadlineOf(text)).toEqual(want);
  });

  it('the first week of term, of each half term, or from a month on is still not read', () => {
    expect(deadlineOf('In the first week of term Ore will set up his planner with his mentor.')).toBeNull();
    expect(deadlineOf('In the first week of each half term, Ore will meet his mentor to set goals.')).toBeNull();
    expect(deadlineOf('Ore will attend every day from the first week of September.')).toBeNull();
  });
});

// fx34: review24f's probes on fx32, both directions.
describe('School-time rules: "when reassessed in March" — a check whose point is after the meeting is still to come, whatever its verb form', () => {
  it.each([
    ['Reading age 8y 0m when tested in June.', date('2025-06-30')],
    ['Target: reading age 8y 0m when tested in June.', date('2025-06-30')],
    ['Reading age 8y 0m when tested in June; she will read 3 books a week.', date('2025-06-30')],
    ['Boxall score of 40 when assessed in the summer term.', term('summer', 'end')],
    ['Spelling age 8y when screened in March.', date('2025-03-31')],
    ['Reading age 8y when assessed in July.', date('2025-07-31')],
  ])('a month or term later in the school year dates the figure: %s', (text, want) => {
    expect(deadlineOf(text)).toEqual(want);
  });

  it.each([
    ['Reading age was 6y 2m when tested in November.', null],
    ['Reading age 6y 2m when tested in November; she will read 3 books by Easter.', date('2025-04-20')],
    ['Reading age 6y 2m when tested in November, retested in June.', date('2025-06-30')],
    ['SDQ score 22 in October, target 17 by July.', date('2025-07-31')],
    ['Her SDQ score was 24 when completed by her carer in September.', null],
    ['Boxall score of 31 when assessed in the autumn term; she will join the nurture group by Easter.', date('2025-04-20')],
  ])('a check whose month or term is before the meeting in its school year is done, the baseline: %s', (text, want) => {
    expect(deadlineOf(text)).toEqual(want);
  });
});

describe("School-time rules: a named assessment with a month — a half before a report or record it does not know keeps T", () => {
  it.each([
    ['Reece will get 3s for effort on his term 4 report card.', term('spring', 'end')],
    ['Reece will get an ATL of 2 or better on his HT4 termly report.', term('spring', 'end')],
    ['Reece will get an ATL of 2 or better on the HT4 academic report.', term('spring', 'end')],
    ['Reece will get an ATL of 2 or better on his HT4 annual report.', term('spring', 'end')],
    ['Mia will get an effort grade of 2 on her HT4 subject report.', term('spring', 'end')],
    ['Reece will get an ATL of 2 or better on his term 4 maths report.', term('spring', 'end')],
    ['Reece will get an ATL of 2 or better on his Spring 2 English report.', term('spring', 'end')],
    ['Reece will be secure in reading at the HT4 progress check.', term('spring', 'end')],
  ])('a subject or kind before the report, or "report card", reads the half\'s end: %s', (text, want) => {
    expect(deadlineOf(text)).toEqual(want);
  });

  it.each([
    ['Reece will get 3s for effort on his term 4 card.', term('spring', 'second-half')],
    ['Reece will hand in his homework at the HT4 parents meeting.', term('spring', 'second-half')],
    ['Reece will get 3s for effort in term 4.', term('spring', 'second-half')],
  ])('a noun it does not know after "on" or "at" a numbered half keeps the half itself: %s', (text, want) => {
    expect(deadlineOf(text)).toEqual(want);
  });

  it.each([
    ["In Spring 2 reports home will mention Leah's reading.", term('spring', 'second-half')],
    ['Ryan will use paragraphs in his Summer 1 report writing unit.', term('summer', 'first-half')],
    ['Ryan will use paragraphs in HT4 and report back to his mentor each Friday.', term('spring', 'second-half')],
  ])('a report noun used of something else still keeps the half, not its end: %s', (text, want) => {
    expect(deadlineOf(text)).toEqual(want);
  });
});

describe("School-time rules: a named assessment with a month — a test's own name between the half and its record", () => {
  it.each([
    ['Reece will score 20/30 in the HT5 Boxall assessment.', term('summer', 'half-term')],
    ['Reece will score 20/30 in the term 5 PIRA test.', term('summer', 'half-term')],
    ['Reece will get a grade 4 in the HT4 assessment window.', term('spring', 'end')],
  ])('a capitalised name or a tail after the record reads the half\'s end: %s', (text, want) => {
    expect(deadlineOf(text)).toEqual(want);
  });

  it.each([
    ['Reece will read in HT5 Boxall and Mia assessment.', term('summer', 'first-half')],
    ['Leah will read in Spring 1 and assess her own work with a checklist.', term('spring', 'first-half')],
  ])('not across "and", nor more than two words: %s', (text, want) => {
    expect(deadlineOf(text)).toEqual(want);
  });
});

describe('School-time rules: "have 0 suspensions in HT4" — a numbered half or term named for the next school year, and one owned by a future verb or a target\'s mark', () => {
  it.each([
    ['Mia will have no suspensions in HT1 of Year 7.', term('autumn', 'first-half')],
    ['Mia will have no exclusions in Autumn 1 next year.', term('autumn', 'first-half')],
    ['Mia will have 0 suspensions in Autumn 2.', term('autumn', 'second-half')],
    ['Mia will have no exclusions in term 2.', term('autumn', 'second-half')],
    ['Target: no suspensions in HT2.', term('autumn', 'second-half')],
    ['Fixed-term exclusions to be reduced to zero exclusions in term 4.', term('spring', 'second-half')],
  ])('the next occurrence: %s', (text, want) => {
    expect(deadlineOf(text)).toEqual(want);
  });

  it.each([
    ['No suspensions in HT2 (6 in HT1). Kian will stay in class for all of maths until Easter.', date('2025-04-20')],
    ['Progress: 0 suspensions in HT2. Kian will stay in every lesson this half term.', term('spring', 'half-term')],
    ['Mia has had no suspensions in HT2 and will attend 95% of sessions by Easter.', date('2025-04-20')],
    ['Kian went from 3 exclusions in HT1 to zero exclusions in HT2; he will stay in maths in HT3.', term('spring', 'first-half')],
  ])('with no future verb or target\'s mark, or after a verb of what happened, it stays background: %s', (text, want) => {
    expect(deadlineOf(text)).toEqual(want);
  });
});

describe('School-time rules: "have 0 suspensions in HT4" — a month later in the meeting\'s school year is not over', () => {
  it.each([
    ['No exclusions in July.', date('2025-07-31')],
    ['No exclusions in August.', date('2025-08-31')],
    ['Attendance above 95% and no exclusions in July.', date('2025-07-31')],
    ['Zero exclusions in January.', date('2025-01-31')],
  ])('the school year runs September to August: %s', (text, want) => {
    expect(deadlineOf(text)).toEqual(want);
  });

  it.each([
    ['No suspensions in November.', null],
    ['No suspensions in September. Kian will stay in maths until Easter.', date('2025-04-20')],
  ])('a month before the meeting in its school year stays over: %s', (text, want) => {
    expect(deadlineOf(text)).toEqual(want);
  });
});

describe('School-time rules (review24g): a numbered half after "on"/"at" dates only a record or an event in time', () => {
  it.each(['Ella will read at T4 level.', 'Ella will be working at T4 standard in maths.', 'At HT4 Ella will read to the class.', 'On T4 Mia will swim 25m.'])(
    '%s: a level, standard or name is not a record: no deadline',
    (text) => {
      expect(deadlineOf(text)).toBeNull();
    },
  );

  it.each([
    ["Mia will read 20 words at the HT4 parents' meeting.", term('spring', 'second-half')],
    ["Mia will read 20 words at the HT4 parents' evening.", term('spring', 'second-half')],
    ['Mia will read 20 words at the T4 data drop.', term('spring', 'second-half')],
    ['Mia will read 20 words on her T4 report.', term('spring', 'end')],
  ])('%s: a record or event keeps the half', (text, want) => {
    expect(deadlineOf(text)).toEqual(want);
  });
});

describe('School-time rules (review24g): "when reassessed in March" — a check in the meeting\'s own month or term may be done: not one to come', () => {
  it.each([
    'Reading age 8y when tested in January.',
    'Reading age 8y 0m when tested in January.',
    'Reading age 8y 0m when tested this month.',
    'Reading age 8y 0m when tested in January; she will read 3 books a week.',
    'Boxall score of 40 when assessed in the spring term.',
  ])('%s: no deadline', (text) => {
    expect(deadlineOf(text)).toBeNull();
  });

  it.each([
    ['Reading age 8y 0m when retested in March.', date('2025-03-31')],
    ['Reading age 8y 0m when tested in June.', date('2025-06-30')],
    ['Reading age 8y 0m when assessed in the summer term.', term('summer', 'end')],
    ['Reading age 8y 0m when she is next tested in February.', date('2025-02-28')],
  ])('%s: a check whose period starts after the meeting is still to come', (text, want) => {
    expect(deadlineOf(text)).toEqual(want);
  });
});
