/**
 * Word lists for the SMART analyser, as frozen sets of lower-case words. The analyser matches them
 * token by token (never as one large regular expression). Where a list follows a source, the source
 * is named; the rest follows the labelling conventions in docs/smart.md.
 */

const set = (words: string): ReadonlySet<string> => Object.freeze(new Set(words.trim().split(/\s+/)));

/** Months, with the abbreviations used in PEPs. Value 1–12. */
export const _MONTHS: ReadonlyMap<string, number> = Object.freeze(
  new Map<string, number>([
    ['january', 1], ['jan', 1], ['february', 2], ['feb', 2], ['march', 3], ['mar', 3], ['april', 4], ['apr', 4],
    ['may', 5], ['june', 6], ['jun', 6], ['july', 7], ['jul', 7], ['august', 8], ['aug', 8], ['september', 9],
    ['sept', 9], ['sep', 9], ['october', 10], ['oct', 10], ['november', 11], ['nov', 11], ['december', 12], ['dec', 12],
  ]),
);

/** Month names that are also first names or ordinary words: they need a date cue to count. */
export const _AMBIGUOUS_MONTHS = set('may march april june august mar jan sep dec');

/** Week days (0 = Sunday). */
export const _WEEKDAYS: ReadonlyMap<string, number> = Object.freeze(
  new Map<string, number>([
    ['sunday', 0], ['sun', 0], ['monday', 1], ['mon', 1], ['tuesday', 2], ['tue', 2], ['tues', 2], ['wednesday', 3],
    ['wed', 3], ['weds', 3], ['thursday', 4], ['thu', 4], ['thur', 4], ['thurs', 4], ['friday', 5], ['fri', 5], ['saturday', 6], ['sat', 6],
    ['sundays', 0], ['mondays', 1], ['tuesdays', 2], ['wednesdays', 3], ['thursdays', 4], ['fridays', 5], ['saturdays', 6],
  ]),
);

/** Words of vague timing ("ASAP", "soon", "ongoing"): no resolvable point (_deadline.ts), nor an object after a verb (_measure.ts). */
export const _VAGUE_WHEN: ReadonlySet<string> = new Set(['ongoing', 'soon', 'asap', 'regularly', 'eventually', 'tbc', 'tba', 'continuous', 'continual']);
/**
 * {@link _WEEKDAYS}' words with an "s" after them ("Tuesdays", "Weds", "Fris"): days read as a rate's or a time's plural
 * (_activity.ts, _analyse.ts, _provisionRate.ts), each as one look-up.
 */
export const _WEEKDAY_PLURALS: ReadonlySet<string> = new Set([..._WEEKDAYS.keys()].map((x) => `${x}s`));

/** Term names and their short forms (`aut`, `spr`, `sum` only with a digit: `Sum 2`). */
export const _TERM_WORDS: ReadonlyMap<string, 'autumn' | 'spring' | 'summer'> = Object.freeze(
  new Map<string, 'autumn' | 'spring' | 'summer'>([
    ['autumn', 'autumn'], ['aut', 'autumn'], ['spring', 'spring'], ['spr', 'spring'], ['summer', 'summer'], ['sum', 'summer'],
    ['michaelmas', 'autumn'], ['lent', 'spring'], ['trinity', 'summer'],
  ]),
);

/** Small numbers written as words. */
export const _NUMBER_WORDS: ReadonlyMap<string, number> = Object.freeze(
  new Map<string, number>([
    ['zero', 0], ['one', 1], ['two', 2], ['three', 3], ['four', 4], ['five', 5], ['six', 6], ['seven', 7], ['eight', 8],
    ['nine', 9], ['ten', 10], ['eleven', 11], ['twelve', 12], ['thirteen', 13], ['fourteen', 14], ['fifteen', 15],
    ['sixteen', 16], ['seventeen', 17], ['eighteen', 18], ['nineteen', 19], ['twenty', 20], ['thirty', 30], ['forty', 40],
    ['fifty', 50], ['sixty', 60], ['seventy', 70], ['eighty', 80], ['ninety', 90], ['hundred', 100],
  ]),
);

/**
 * Words that are canonicalised when misspelt by one letter (insertion, deletion, substitution or
 * swap), e.g. "Febuary", "attendence", "evry", "autum". Only words of five letters or more are
 * corrected, and only to words in this list.
 */
export const _TYPO_TARGETS: readonly string[] = Object.freeze([
  'january', 'february', 'september', 'october', 'november', 'december', 'august',
  'autumn', 'summer', 'christmas', 'easter',
  'attendance', 'attend', 'attending', 'every', 'everyday', 'fortnight', 'frequency', 'weekly', 'minutes',
  'deadline', 'timescale', 'independently', 'homework', 'detentions', 'sessions', 'percent',
]);

/** Real words a misspelling check must never turn into a target word. */
export const _NOT_TYPOS = set(
  'string sprint summers summery autumns eastern easier easter attends attended attender attendee attendees evert ever very even event events eve sessional session minute minuted deadlines timescales',
);

/** Words that start a clause about the past or a baseline (numbers and dates after them are background). */
export const _BACKGROUND = set(
  'had was were currently current presently previously previous since ago average averaging averaged baseline last got scored found achieved attained used said started began',
);

/** The words after "when" that make vague timing, a condition and no point ("when needed", "when ready"): _deadline.ts, _measure.ts. */
export const _WHEN_VAGUE: ReadonlySet<string> = new Set(['needed', 'required', 'ready', 'appropriate', 'possible']);

/**
 * Words saying when a thing is forecast or due to happen ("expected", "predicted", "due"): what follows is when, not what
 * happened (_deadline.ts: a day after them is still to come; _deadlinePrefix.ts: "by the expected move"; _deadlineResolve.ts:
 * "(expected 3/25)").
 */
export const _FORECAST = set('expected estimated anticipated predicted projected due');
/**
 * Common irregular simple past forms ("went", "lost", "took"): a verb stating what happened (_measure.ts `_pastVerb`;
 * _deadlinePrefix.ts, a count stated as what happened, "lost 4 days"). Some are also participles ("made", "kept"). "read"
 * is left out: its present and past are written alike.
 */
export const _IRREGULAR_PAST = set(
  'was were had did got went came saw took gave wrote spoke ran rode swam began drew sang lost left sat made won broke fell felt kept met paid spent told bought brought caught thought found knew grew threw forgot chose drove ate',
);
/** Titles before a name ("Mrs Pentecost", "Mr Whit"): the word after one is a person's name. */
export const _TITLES = set('mr mrs ms miss dr mx');
/** Words that turn the clause back to the future target. */
export const _FUTURE = set('will shall should must to target targets aim aiming aims goal going expected want wants hope hopes would can could');

/** The child's role words, and placeholders for the name, as a subject ("YP to …", "CYP will …", "XX will …"). */
export const _CHILD_ROLE_WORDS = set('yp cyp child pupil student learner person x xx xxx xxxx');

/** The child's timekeeping named as a whole ("lateness", "punctuality"): a measure's noun, an attendance word, an area worked on. */
export const _TIMEKEEPING = set('lateness punctuality');

/** Marks that may stand between two values as an arrow ("3/10 -> 8/10", "2/10 => 7/10", "WTS -> EXS"; a "→" is no token: _standard.ts reads it in the text). */
export const _ARROW_MARKS: ReadonlySet<string> = new Set(['-', '>', '=']);
/** A BTEC's grades ("Pass", "Merit", "Distinction"): levels the child reaches. */
export const _BTEC_GRADES = set('pass merit distinction');
/** Verbs of a wish or a feeling: what is wanted, not achieved (the labelling guide, Settled cases, the wish row). */
export const _WISHING = set('want would like love wish hope need feel');
/** {@link _WISHING} and its words with an "s" after them ("wants", "hopes", "needs"): a wish read back from a thing (_activity.ts, _measure.ts). */
export const _WISHING_FORMS: ReadonlySet<string> = new Set([..._WISHING].flatMap((x) => [x, `${x}s`]));

/** The child's verbs of being given or receiving provision (the labelling guide, Specific rule 4: "Resources"). */
export const _RECEIVING = set('have has receive receives');

/** Visits as nouns: provision given when counted or kept up (_provisionRate.ts), a move's one-off visits when named as its (_measure.ts). */
export const _VISIT_NOUNS = set('visit visits');

/** The child's verbs of accessing provision ("access his 30 hours", "access the nurture group"). */
export const _ACCESSING = set('access accesses');

/**
 * The adults at home ({@link _ADULT_SUBJECTS}'s tail): time with them is the child's own activity at home ("Reading - 20 mins
 * daily with carer"), not sessions an adult gives.
 */
export const _HOME_ADULTS = set('carer carers fc fcs parent parents mum dad mother father nan gran grandma grandad grandparents');

/** Adult roles that, as the subject of a clause, make it adult provision rather than a child outcome. */
export const _ADULT_SUBJECTS: ReadonlySet<string> = new Set([
  ...set('staff teacher teachers ta tas adult adults school rsw ssw we senco mentor tutor keyworker key sw pa worker school\'s setting nursery college dt tod team hlta class'),
  ..._HOME_ADULTS,
]);

/**
 * Words before "met" or "achieved" that make it a review's result ("partly met", "not yet achieved", "Target met"): the
 * review note's status words (_review.ts) and _statusNote.ts's review results read the same list.
 */
export const _RESULT_LEADS = set('partly partially not yet fully mostly nearly target targets');

/**
 * Participles of what adults do to a thing ("to be monitored", "to be sorted", "to be reviewed"), and a check or a paper of the
 * adults' confirmed, done again or looked at ("School place to be confirmed", "Boxall to be redone", "reading age to be
 * reassessed", "Holiday activities to be explored", "the placement to be named in the final plan"): read by _specific.ts
 * (ADULTS_ACTS, the adults' act), by _doer.ts (a passive's participle, the adults' clause) and by _measure.ts (a gerund checked
 * by adults).
 */
export const _ADULTS_ACTS: ReadonlySet<string> = set(
  'monitored sorted chased changed offered tested provided reviewed looked confirmed redone repeated reassessed retested rescreened explored investigated considered named',
);
/**
 * Adults and agencies named as the head noun of a subject, besides {@link _ADULT_SUBJECTS}: the roles of
 * role nouns and their plurals, an educational psychologist ("EP"), a Virtual School adviser ("VSA", "VSEA"), the local authority, health services. As
 * the subject of a clause ("Childminder to keep a diary", "EP to complete assessment") they make it adult provision, not the
 * child's outcome (the labelling guide, Specific rule 4: "Key person to model language during play").
 */
export const _ADULT_HEADS = set(`
  adviser advisers advisor advisors interpreter interpreters nurse nurses officer officers psychologist psychologists therapist therapists
  counsellor counsellors coordinator coordinators practitioner practitioners ep elsa lsa authority gp doctor camhs iro iros vsa vsas vsea vseas`);
/**
 * Adults named by the job they do with the child ("Childminder to keep a diary", "VS caseworker to confirm a place", "The
 * setting manager will request…", "Job coach to support"): as the subject of "to" or "will" their act is provision (Specific
 * rule 4), and a one-off act of theirs is checked as done (the labelling guide, Settled cases, "a one-off thing adults arrange
 * or do for the child"). Read with {@link _ADULT_HEADS} by _specific.ts and as adults by role by _measure.ts.
 */
export const _ADULT_JOBS = set('childminder childminders caseworker caseworkers manager managers coach coaches supervisor supervisors leader leaders');

/**
 * Services and charities named in one word that work with looked-after children ("by Connexions", "by Barnardos", "by Kooth"):
 * an adult agency, not the child (the labelling guide, Specific rule 4: the adults' provision is not the child's outcome;
 * DfE, "Promoting the education of looked-after children" (2018), the virtual school head's partners), and the virtual school
 * itself written short ("VS to find a school place", "VS chasing"). Read by _specific.ts
 * and _doer.ts as adults, by _measure.ts as a body a child is referred to.
 */
export const _AGENCIES: ReadonlySet<string> = set("connexions barnardos barnardo's kooth nspcc childline cafcass vs");
/** Words after a capitalised word that make it the kind of a service ("Social Care", "Early Help", "Youth Services"). */
export const _SERVICE_AFTER = set('care services service help team worker workers');
/**
 * The last word of a body's own name of several words ("Prince's Trust", "Youth Offending Team", "The Children's Society",
 * "Family Hub"): a service or charity a child is referred to, not a person or a resource ("refer to Literacy Plan"). The
 * words of {@link _SERVICE_AFTER} that name a body, not a person, and the words charities and projects are named by.
 */
export const _BODY_NAME_ENDS: ReadonlySet<string> = new Set([...[..._SERVICE_AFTER].filter((w) => !w.startsWith('worker')), ...set('trust society hub centre center project charity foundation partnership clinic unit')]);

/**
 * Bodies of rules or directions followed as a whole ("follow the school rules", "follow all instructions"): no one rule or
 * instruction named. Read by _compliance.ts (compliance in general, Barnet's "listen to all instructions") and among the
 * scope nouns of _specific.ts (a thing's whole scope, not a thing named).
 */
export const _RULE_BODIES = set('rules instructions directions expectations boundaries');

/** Nouns that name provision (support given to the child), not a child outcome. */
export const _PROVISION_NOUNS = set(
  'therapy therapies programme program programmes intervention interventions support tuition tutoring mentoring counselling training physio physiotherapy salt drop-in referral provision 1:1 nurture',
);

/**
 * Provision nouns that name a service ({@link _PROVISION_NOUNS}: "counselling", "tutoring", "mentoring", "therapy",
 * "intervention", "1:1"), less those that also name the child's own schooling or course ("training", "provision" as in
 * alternative provision, "programme": a study programme) or an adult's act ("referral"). Read by _serviceSessions.ts and
 * by _measure.ts (a service attended with no rate).
 */
export const _SERVICE_WORDS: ReadonlySet<string> = Object.freeze(
  new Set([..._PROVISION_NOUNS].filter((x) => !['training', 'provision', 'programme', 'programmes', 'program', 'referral'].includes(x))),
);

/** The clubs, teams and youth organisations joined for their activity (the labelling guide, Settled cases, the club row). */
export const _ACTIVITY_GROUPS: ReadonlySet<string> = set('club clubs brownies rainbows guides beavers cubs scouts explorers rangers cadets choir orchestra band society team squad');

/**
 * Programmes of provision known by their names, attended as a service (docs/smart.md, Specific rule 4: "Forest School
 * sessions", "Thrive sessions", "the Place2Be sessions"; and "Attention Autism sessions", "Drawing and Talking", "Stay and
 * Play"), each as its words in order, matched in lower case: capitals decide nothing.
 */
const NAMED_PROVISION: readonly (readonly string[])[] = [['forest', 'school'], ['thrive'], ['place2be'], ['attention', 'autism'], ['drawing', 'and', 'talking'], ['stay', 'and', 'play']];

/**
 * The length of the programme of provision named at k ({@link NAMED_PROVISION}), or 0; `word(j)` is the lower-case word at j.
 * Read by _serviceSessions.ts (sessions of a programme) and _measure.ts (a place offered on one is provision, no destination).
 * @example _namedProvisionAt((j) => ['at', 'forest', 'school'][j] ?? '', 1); // 2
 */
export function _namedProvisionAt(word: (j: number) => string, k: number): number {
  for (const name of NAMED_PROVISION) {
    let j = 0;
    while (j < name.length && word(k + j) === name[j]) j += 1;
    if (j === name.length) return j;
  }
  return 0;
}

/** Marks that end a sentence: the full stop, the exclamation and question marks, and a line break. */
export const _SENTENCE_ENDS: ReadonlySet<string> = Object.freeze(new Set(['.', '!', '?', '\n']));
/** {@link _SENTENCE_ENDS} and the semicolon: the marks that end a sentence or a clause of its own. */
export const _PART_ENDS: ReadonlySet<string> = Object.freeze(new Set([..._SENTENCE_ENDS, ';']));
/** Possessives of the child's own ("his reading", "her GCSEs", "their week", "my targets"). */
export const _CHILD_POSSESSIVES = set('his her their my');
/** The article and possessives that say whose a thing is before its noun ("the first 4 weeks", "his new school", "at her PEP"). */
export const _OWNING_DETERMINERS: ReadonlySet<string> = Object.freeze(new Set(['the', ..._CHILD_POSSESSIVES]));
/** The hyphen and the en and em dashes, as marks between words ("Cooking – …", "24 Feb - 4 Apr"). */
export const _DASHES: ReadonlySet<string> = new Set(['-', '–', '—']);
/**
 * Marks that close a heading or label before what is said of it ("Cooking – Jack loves cooking", "Hobbies: wants to …",
 * "Baseline: 3/10"): the hyphen, the en and em dashes and the colon.
 */
export const _HEADING_MARKS: ReadonlySet<string> = new Set([..._DASHES, ':']);
/**
 * Words that close the phrase of a term's, half's, key stage's or year group's number ("by the end of term four and …",
 * "by half term 4, then"): the clause breaks (`_CLAUSE_BREAKS`) without "to", and prepositions opening a phrase of their
 * own. Not "to", "in", "on" nor the other `_STOP` words a count's unit or measure follows ("this term two to three times",
 * "by half term 2 in a row", "this year one chapter at a time"), so a count after the point is not read as its number.
 */
export const _NUMBER_CLOSERS: ReadonlySet<string> = new Set(['and', 'or', 'then', 'so', 'but', 'that', 'when', 'after', 'from', 'by', 'with', 'at', 'for', 'before', 'until', 'because', 'while', 'if', 'as']);
/** {@link _HEADING_MARKS} and a table row's bar ("Transport | …", "PP+ | Laptop | £450"): marks that close a heading or a row's cell. */
export const _HEADING_OR_CELL_MARKS: ReadonlySet<string> = new Set([..._HEADING_MARKS, '|']);
/** Straight quotation marks as tokens ("'", '"'; curly marks are read as straight ones): a quoted name or target. */
export const _QUOTE_MARKS: ReadonlySet<string> = new Set(["'", '"']);

/** Nouns of sessions the child is given or goes to: after an activity ("Boxing sessions", "ESOL classes") they name provision. */
export const _SESSION_NOUNS = set('session sessions lesson lessons class classes club clubs group groups');
/** Occasions of provision kept or missed: {@link _SESSION_NOUNS} and appointments ("miss 0 appointments", "100% attendance at appointments"). */
export const _KEPT_OCCASIONS: ReadonlySet<string> = new Set([..._SESSION_NOUNS, 'appointment', 'appointments']);
/**
 * The child's own schooling, where a child goes day by day ("attendance at school", "late for lessons", "attend college"):
 * attending it or being on time for it is the child's own (the labelling guide, Settled cases: specific). Read by
 * _measure.ts (lateness, attendance) and _specific.ts (attendance at provision or at the child's own schooling).
 */
export const _SCHOOL_PLACES = set('school college nursery lessons lesson class classes');

/**
 * Adverbs of how often or how reliably a thing is done: after "more" they ask for more of it, a comparative of quantity
 * ("go to school more routinely"), not a manner of doing it as "more calmly", "more independently" are.
 */
export const _HOW_OFTEN_ADVERBS = set('regularly frequently consistently reliably routinely dependably promptly punctually habitually steadily often');

/**
 * Participles of a one-off thing to be done, after "to be" ("CV to be updated", "visits to be arranged", "referral to be
 * submitted"): a thing someone can check done (the labelling guide, Measurable rule 5, and Settled cases: a one-off thing
 * adults arrange is measurable). Whose act it is comes from the thing ({@link _CHILD_WORK}), not from the verb. Not
 * "provided" (provision given over time) nor "requested" (asked of another body, whose answer is the event: an EHC needs
 * assessment to be requested is labelled not measurable in the development sets).
 */
export const _PASSIVE_PARTICIPLES = set(`
arranged booked organised organized set scheduled made sent shared agreed funded bought purchased sought
discussed updated revised rewritten completed submitted chosen decided finished drafted written uploaded handed enrolled
registered applied done found
`);

/**
 * Participles of checking the child or a result: "to be assessed by the EP", "when it is reviewed in March" (the
 * deadline scan's words of checking, and a check of the child that adults arrange: the labelling guide, Settled cases).
 */
export const _CHECK_PARTICIPLES = set('reviewed assessed reassessed rescored scored retested tested checked measured remeasured screened rescreened');

/**
 * The child's own pieces of work and things: one "to be" sent, made, completed or handed in is the child's one-off act ("CV to be
 * sent to 3 employers", "BTEC Sport Unit 2 to be completed", "phone to be handed to carer by 10pm").
 */
export const _CHILD_WORK = set('cv cvs application applications coursework homework statement essay essays portfolio project assignment assignments unit units module modules phone phones planner kit');

/** Verbs that, before a provision noun, describe receiving support. */
export const _PROVISION_VERBS = set('access accessing attend attending continue continuing receive receiving have having do doing undertake get');

/**
 * Conduct that harms or disrupts others or the child, named by its gerund ("hitting", "swearing", "running off",
 * "self-harming", read on its last part): a behaviour an adult sees, so its stop names a behaviour and is measurable with
 * or without how often (the labelling guide, Specific rule 5: "A stop-behaviour names a behaviour and is specific";
 * Measurable rule 4: "will not bite other children", "will stop climbing on the furniture"). Shared by {@link _CONCRETE}
 * (the anchors) and the "No <gerund>" headings of the measurable scan ("No swearing in class."). Not a gerund that is also
 * an activity, a subject or a provision ("swimming", "reading", "spelling", "meeting", "marking", "tracking"): "No
 * swimming." and "No reading at home." are notes, not rules of the child's conduct.
 */
const CONDUCT_SEEN = `
hitting kicking biting spitting swearing shouting fighting running leaving punching throwing pushing pinching scratching
slapping headbutting grabbing snatching hurting harming absconding truanting smoking vaping stealing damaging climbing
arguing screaming teasing
`;
/**
 * The conduct gerunds; "bullying" (also a topic taught: "online hazards and bullying") and "talking" (also a skill of
 * language) are no anchor alone, so {@link _CONCRETE} takes only the rest.
 */
export const _CONDUCT_GERUNDS = set(`${CONDUCT_SEEN} bullying talking`);

/**
 * Qualifications named by their kind ("GCSE", "BTEC", "NVQ", "ESOL", "Diploma", "Certificate"): concrete anchors in
 * {@link _CONCRETE}, and in _measure.ts what a grade is got in, what a heading or a child holds (Measurable rules 1, 5).
 */
export const _QUALIFICATIONS = set('gcse gcses btec nvq esol diploma certificate qualification');

/** Money words, a concrete thing a target can name ({@link _CONCRETE}) and the child's own to manage ("manage his allowance"). */
export const _MONEY = set('money coins budget budgeting allowance');

/**
 * Concrete things a target can name: skills, behaviours, tasks, topics, qualifications, placements
 * and equipment (the "specific" anchors). Broad areas (maths, writing, behaviour, confidence) are
 * deliberately absent.
 */
export const _CONCRETE = set(`
attendance attend attends attending absence absences truancy lates late lateness punctuality punctual registration register on-time
arrive arrives arriving arrival uniform kit equipment planner timetable
letters letter sounds digraphs trigraphs blend blending words word sentences sentence paragraph paragraphs spellings spelling-list
capital full-stops finger spaces punctuation handwriting-grip grip pencil scissors cutlery spoon fork knife cup
tables times-tables bonds fractions fraction percentages percentage decimals algebra trigonometry equations equation formula
shapes shape colours colour numerals counting count telling clock ${[..._MONEY].join(' ')}
name address phone shoelaces laces zip coat buttons toilet potty dry hands teeth dressed changed
homework coursework assignment assignments essay essays write-ups write-up portfolio nea project projects cv statement application applications
form forms options revision past papers paper mock mocks exam exams test tests quiz quizzes resit resits sats mtc psc soundcheck spag quotes quotations text texts
poem poems poetry novel book books chapter chapters lines play script reading-book
${[..._QUALIFICATIONS].join(' ')} gld award badge badges dofe duke qualification course courses apprenticeship apprenticeships traineeship
placement interview open-day taster induction ucas fair gp bank account direct debit licence theory cscs passport
club clubs choir rehearsal rehearsals library forest sessions session game games activity activities group lunchtime playtime breaktime
carpet circle turns share sharing toys resources ${CONDUCT_SEEN}
exit time-out pass card calm box break regulation station worry monster traffic light
check-in key trusted safe space routine meltdowns meltdown task timer
makaton signs sign pecs symbols hearing aids aid radio glasses walking frame wheelchair laptop pen fidget visual
travel bus buses train trains tram trams tube metro ferry minibus journey route cook cooking meal meals sandwich shopping
swim swimming width length pool bike cycle cycling ride
hegarty sparx mathswatch rock stars accelerated doodle nessy lexia
reading-age age-related band spellings diary log
`);

/** Verbs naming something concrete the child does (also "specific" anchors). */
export const _CONCRETE_VERBS = set(`
attend arrive submit hand enrol enroll register apply sit tie fasten feed dress undress wash brush swim cycle ride travel catch cook
budget spell recite recall count read write blend sort match recognise recognize identify name explain calculate answer
share separate join visit bring wear perform upload open choose check stay follow sign say type touch-type walk reach grasp
complete finish produce create draft revise hand-in take-part take-turns line-up
`);

/** School subjects: broad alone, specific with a grade, level or standard. */
export const _SUBJECTS = set(`
maths math mathematics english literature language reading writing science biology chemistry physics history geography
french spanish german art dt music pe computing ict re rs drama media business psychology sociology statistics
phonics numeracy literacy spag combined eng sci geog hist chem bio phys fr span ger lang lit psych pshe
`);

/**
 * Tests and assessments: their score or result is a subject's ("spelling test scores", "phonics screening score"), a
 * month can follow them ("mock - Dec", "exams (June)") and a year group can head them ("Year 6 SATs", "Year 1 phonics check").
 */
export const _ASSESSMENTS = set('mock mocks exam exams test tests assessment assessments resit resits sats quiz quizzes screening check mtc psc soundcheck');

/** Verbs of liking whose object is what the disposition is about ("enjoy reading a wide range of books", _specific.ts); the progressives say how the child feels now (_roles.ts). */
export const _LIKING = set('enjoy enjoys enjoying like likes liking love loves loving prefer prefers');

/** Forms of "find" before a thing and how it feels ("find transitions easier", _review.ts); "finding" says how things are now (_roles.ts). */
export const _FINDING = set('find finds finding');

/** Forms of "settle": the child settling somewhere ("settle into Year 7", "settled in class"). */
export const _SETTLING = set('settle settles settling settled');

/** Reflexive pronouns: who is kept safe ("keep himself safe"), done by ("by herself"); never a thing named. */
export const _REFLEXIVES = set('himself herself themselves themself myself yourself itself');

/** Feelings a child has, felt and not seen ("worried", "nervous", "lonely", "getting cross"); "unwell" and "ill" are seen. */
export const _FEELINGS = set(`
worried upset anxious nervous scared afraid frightened lonely unsafe cross angry frustrated overwhelmed stressed sad panicky
panicked wound-up agitated annoyed hungry thirsty happy happier calm calmer
`);

/** Disposition and broad-area words (never an anchor). */
export const _VAGUE = set(`
confident confidence happy happier settled settle settling kind kinder resilient resilience organised organized focused focussed
focus motivated motivation positive respect respectful behaviour behave behaviours engage engaged engagement potential progress
role model choices best harder hard trouble temper safe emotions feelings friendships relationships self-esteem esteem wellbeing
independent independence skills ready learning studies calm calmer mature maturity better good well effort attitude
quieter
`);

/**
 * Adverbs of manner, each read one way (the one list {@link _SEEN_MANNERS}, the vague manners of _measure.ts and the
 * disposition manners of _plainUse.ts are made from): `seen`, a manner an adult sees the act done in ("calmly walk away",
 * "independently travel", "write legibly"); `judged`, a manner judged by eye with no criterion (the labelling guide,
 * Measurable rule 6; Specific rule 1, "be confident"; development label x210 "Write neatly": not measurable); `disposition`,
 * a way of behaving named as a trait (Specific rule 1, "be more responsible"; label y43-186 "use his phone responsibly": not
 * specific). Development labels of each adverb before or after the child's verb: independently 111 to 3, correctly 210 to
 * 1, accurately 52 to 0, calmly 11 to 0, safely 7 to 0, legibly 3 to 0 measurable; "appropriately" 6 to 3 (measurable only
 * with a named strategy used, read by _plainUse.ts), "neatly" 0 to 1, "nicely" 0 to 11.
 */
export const _MANNERS: ReadonlyMap<string, 'seen' | 'judged' | 'disposition'> = new Map([
  ...[...set('independently calmly safely quietly politely accurately fluently correctly legibly clearly successfully respectfully carefully')].map((w) => [w, 'seen'] as const),
  ...[...set('appropriately confidently effectively positively neatly nicely')].map((w) => [w, 'judged'] as const),
  ...[...set('responsibly sensibly maturely properly')].map((w) => [w, 'disposition'] as const),
]);
/** The manners of {@link _MANNERS} an adult sees an act done in. */
export const _SEEN_MANNERS: ReadonlySet<string> = new Set([..._MANNERS].filter(([, k]) => k === 'seen').map(([w]) => w));
/** The manners of {@link _MANNERS} of a disposition. */
export const _DISPOSITION_MANNERS: ReadonlySet<string> = new Set([..._MANNERS].filter(([, k]) => k === 'disposition').map(([w]) => w));
/** The manners of {@link _MANNERS} that no one could check: judged by eye, or a disposition. */
export const _UNCHECKED_MANNERS: ReadonlySet<string> = new Set([..._MANNERS].filter(([, k]) => k !== 'seen').map(([w]) => w));

/** Process verbs: doing them is not a success criterion (conventions: not measures). */
export const _PROCESS = set('develop developing work working continue continuing keep keeping practise practice practising improve improving begin beginning start starting try trying learn learning build building explore exploring encourage encouraged support supported');

/** Verifiable one-off events and can-do verbs (a measurable success criterion when the child does them). */
export const _EVENT_VERBS = set(`
submit submitted submits hand handed enrol enroll enrolled register registered apply applied pass passed passes gain gained obtain obtained
secure secured achieve achieved sit sat take bring brings open opened upload uploaded send sent create created write written produce produced
perform performed visit visited choose chose arrange arranged confirm confirmed book booked join joined complete completed finish finished
tie ties fasten fastens dress dresses undress feed feeds swim swims ride rides cycle cycles recite recites recall recalls spell spells
tell tells name names recognise recognises recognize identify identifies calculate calculates apply explain explains count counts sign signs
say says read reads touch-type type wash washes put do walk walks cook cooks catch catches travel travels reach grasp grasps research
move get become be
`);

/** Objects that make "complete/hand in/do" a recurring task rather than a one-off event. */
export const _RECURRING_OBJECTS = set('homework work classwork tasks task reading learning best studies');

/**
 * Nouns before "to" that introduce a capability as "able to" does: "the skills required to request objects",
 * "the ability to tie his laces" (the labelling guide, Measurable rule 3: what the child will be able to do).
 */
export const _CAPABILITY_NOUNS = set('ability abilities skills skill required necessary needed');

/**
 * General objects that name no particular skill or task: "use strategies", "apply appropriate strategies",
 * "access support" (Barnet, Examples of SMART Outcomes: not "vague, generic"; the labelling guide,
 * Specific rule 1). A verb whose object is one of these is not an observable capability.
 */
export const _GENERIC_OBJECTS = set('strategies strategy skills skill support help resources opportunities ways tools knowledge information ideas approaches techniques');

/**
 * Verbs of things a child is seen doing (besides the concrete verbs above): with an object they are an
 * observable capability, "will eat lunch in the dining hall", "will use a pencil grip" (the labelling guide,
 * Measurable rule 3; Bolton, smart targets, Step 3: "What would I see/measure/count").
 */
export const _OBSERVABLE_VERBS = set(`
eat drink use speak talk ask request line move sit stay wait hold put pick point give greet answer alert convey articulate
order buy pay cross carry form copy draw label find locate tidy pack remember remain tell communicate respond initiate
solve add subtract multiply divide measure estimate segment retell describe present play throw kick jump hop cut build
thread trace paint colour pour spread wipe hang queue knock enter return introduce thank apologise underline annotate plot punctuate
sleep toilet adhere comply sing dance justify retrieve compare contrast summarise summarize predict infer sequence edit
`);

/**
 * The curriculum's reading and writing acts among the observable verbs (seen done in the work like "retell"): done on
 * the child himself, his behaviour or feelings they are not the curriculum's work (the labelling guide, Specific rule 1).
 */
export const _CURRICULUM_VERBS = set('justify retrieve compare contrast summarise summarize predict infer sequence edit');

/**
 * Sanctions the child earns by his behaviour ("detentions", "suspensions", "FTEs"): none of them, or avoided, is a
 * stop-behaviour (the labelling guide, Settled cases: no exclusions, suspensions or sanctions); not the adults' papers and
 * placements in {@link _SANCTION_NOUNS} ("referrals", "removals", "isolations").
 */
export const _EARNED_SANCTIONS = set('detentions detention suspensions suspension exclusions exclusion sanctions sanction fte ftes');

/** Sanctions a behaviour earns ("detentions", "suspensions"): stopped, or counted by a figure, they measure the behaviour. */
export const _SANCTION_NOUNS: ReadonlySet<string> = new Set([..._EARNED_SANCTIONS, 'isolations', 'referrals', 'removals']);

/**
 * Words before "points" that make them points a behaviour earns, a sanction recorded ("behaviour points", "negative points",
 * "conduct points"), not points earned for effort ("house points"): the labelling guide, Settled cases, behaviour points.
 */
export const _BEHAVIOUR_POINT_WORDS: ReadonlySet<string> = set('behaviour behavior negative conduct');

/** Behaviours counted as incidents (_measure.ts, after "not" + a general verb; _review.ts, after "with no") ("will not get into fights", "not be involved in any fights"). */
export const _INCIDENT_NOUNS: ReadonlySet<string> = new Set([
  'fights', 'fight', 'incidents', 'incident', 'arguments', 'argument', 'altercations', 'altercation', 'confrontations', 'meltdowns', 'outbursts',
  // A falling-out counted as one ("stop the fallouts online"): an incident between children staff record, like a fight.
  'fallouts', 'fallout',
  // What a behaviour earns, stopped ("will not get any detentions", "will not receive a sanction"): the labelling guide,
  // Settled cases, like "no detentions".
  ..._SANCTION_NOUNS,
]);

/** Behaviour events staff log and count: the incidents above and toileting accidents ("reduce accidents to 1 a week", "no accidents"). */
export const _LOGGED_EVENTS: ReadonlySet<string> = new Set([..._INCIDENT_NOUNS, 'accidents', 'accident']);

/** Countable nouns after which a number is a frequency or count, for "every"/"each" too. */
export const _OCCASIONS = set(`
day days morning mornings afternoon afternoons evening evenings night nights lesson lessons session sessions week weeks weekday weekdays
break breaks lunchtime lunchtimes playtime playtimes time times occasion occasions period periods class classes visit visits
rehearsal rehearsals meeting meetings piece pieces
`);

/** Nouns "all" can quantify as a measure (all lessons, all 8 write-ups, all Phase 3 sounds). */
export const _ALL_OBJECTS = set(`
lessons lesson sessions tasks homework homeworks pieces exams mocks tests sounds words write-ups assignments coursework days mornings
classes papers units topics rehearsals appointments deadlines questions letters spellings sections modules
assessments essays quizzes quiz
`);

/** Duration units (a number before them is a measure, not a deadline). */
export const _DURATION_UNITS = set('minute minutes min mins second seconds sec secs hour hours hr hrs m mins.');
/** The hours among {@link _DURATION_UNITS} ("15 hrs", "30 hours"): a setting's hours (_serviceSessions.ts, _provisionRate.ts). */
export const _HOUR_UNITS: ReadonlySet<string> = new Set([..._DURATION_UNITS].filter((x) => x.startsWith('h')));
/**
 * Early-years settings ("nursery", "pre-school", "playgroup", "childminder"): hours there are the funded entitlement, a place
 * given (_serviceSessions.ts, _provisionRate.ts). Not "setting" (any place of education), "funded" (a college's hours are
 * funded too) nor a school or college ("pre-school" is read as "pre", "school" by each reader).
 */
export const _EARLY_SETTINGS: ReadonlySet<string> = set('nursery nurseries preschool pre-school playgroup childminder childminders creche crèche');

/** Words before a number that make the number a name, not a measure (conventions: Year 7, Unit 10, KS2…). */
export const _NAMING_BEFORE = set(`
year years yr y ks key stage unit units chapter chapters phase set level entry module modules book part act scene page pages
section sections step stave question questions paper papers room bus route lesson period table tables tier band version
option week term no number class form group pathway grade-boundary post pre
`);

/**
 * Words that name the slide, table row or draft a target is quoted from ("Slide 7:", "Row 4 -", "Draft 2:") only as a heading
 * (the labelling guide, Measurable rule 6: "numbers that only name things"); as verbs they count ("row 2 km", "rewrite 1
 * paragraph", "slide 3 times"), so they are not in {@link _NAMING_BEFORE}.
 */
export const _HEADING_NAMING = set('slide slides row rows draft drafts rewrite');

/** Naming words that name content (a specific anchor), unlike year groups and key stages. */
export const _CONTENT_NAMING = set('unit units chapter chapters phase level entry module modules book part act scene page pages section sections stave paper papers');

/** Words after a number that make it a name (the 7 times table, a 16-mark question, 36pt, 11+). */
export const _NAMING_AFTER = set('times mark marker pt point-font year-old th');

/** Participles of a target still to be done ("to be set", "to be agreed at the next PEP"): a placeholder's. */
export const _TO_BE_DONE = set('set confirmed agreed decided discussed added completed reviewed');

/** Placeholder openings: text that stands in for a target. */
export const _PLACEHOLDER_START = set('n/a na nil none tbc tba tbd see as same refer ditto');

/** Words ignored when deciding whether a text says anything besides timing. */
export const _STOP = set(`
a an the and or of to in on at by for from with be will is are was this that these those it its his her their my our your
he she they we i you me him them us as if then so than but not no review reviewed next meeting pep weeks week days months month
time times timescale deadline target targets set agreed discuss discussed look looked tbc
`);

/**
 * Verbs of the child's going to provision or a service, each with its forms (the base form first): read by _serviceSessions.ts
 * (the child's going to sessions; visiting only at a recurring rate), _specific.ts (an imperative verb of going with a rate)
 * and _timetable.ts (the first verb of what the child goes to).
 */
export const _GOING_FORMS: ReadonlyMap<string, readonly string[]> = Object.freeze(
  new Map<string, readonly string[]>([
    ['attend', ['attend', 'attends', 'attending']],
    ['access', ['access', 'accesses', 'accessing']],
    ['go', ['go', 'goes', 'going']],
    ['join', ['join', 'joins', 'joining']],
    ['visit', ['visit', 'visits', 'visiting']],
  ]),
);
/** The forms of the verbs of going named (from {@link _GOING_FORMS}). */
export function _goingForms(...verbs: readonly string[]): ReadonlySet<string> {
  return new Set(verbs.flatMap((v) => _GOING_FORMS.get(v) ?? []));
}
/**
 * Words of how often, the same for every rate of going or provision ("every", "weekly", "once", "3 times"): the shared core of
 * _specific.ts's rates of attending and going and _serviceSessions.ts's recurring rate (each adds its own words).
 */
export const _HOW_OFTEN_RATES = set('every each daily weekly fortnightly monthly termly once twice times');

/**
 * Words of a review's status ("partially met", "not achieved", "partially completed", "ongoing"): read by _review.ts (a part
 * made of a status) and _deadline.ts (a status carried to the next review names no deadline).
 */
export const _REVIEW_STATUS: ReadonlySet<string> = new Set(['met', 'achieved', 'completed', 'ongoing']);
/** Words naming a target, review or PEP that is past ("Last target:", "previous PEP", "last review"): one list for the review of a past target, past reviews and record headings. */
export const _PAST_WORDS: ReadonlySet<string> = new Set(['last', 'previous']);
/** Particles after "carry" that make it a review's status when nothing carried follows ("carry forward", "carry over"). */
export const _CARRIED: ReadonlySet<string> = new Set(['forward', 'forwards', 'over']);
/**
 * Words after "carry over" / "carry forward" that say where the target came from or goes ("from last PEP", "to next term",
 * "carried over - see above"): the review's status, not a thing carried (read by _review.ts and _measure.ts alike).
 */
export const _CARRIED_FROM: ReadonlySet<string> = new Set(['from', 'to', 'into', 'until', 'till', 'for', '-', '–', ':']);

/**
 * Equipment and arrangements adults provide, had or got by the child ("Owen to have a laptop", "Amira to get exam access
 * arrangements", "Ellie will get a reader in exams"): a resource, not what the child will achieve (the labelling guide,
 * Specific rule 4; Bradford Council, "SMART Outcomes - Annual Reviews": "Goals and outcomes are not: ... Resources"), a
 * one-off thing adults arrange, checked as done (Settled cases). Used ("use her reading ruler in every lesson") it is the
 * child's named strategy (rule 4) and is read as usual; the child's own kit or uniform is not listed ("have his full kit for
 * every PE lesson", "get my uniform ready"). Development labels of a resource had or got: 7 not specific to 0. A thing had or used,
 * not content learnt (_specific.ts, _object.ts).
 */
export const _RESOURCES: ReadonlySet<string> = new Set(['laptop', 'laptops', 'passport', 'ruler', 'dictionary', 'arrangements', 'reader', 'scribe', 'bike', 'bicycle', 'ipad', 'tablet', 'overlay', 'overlays', 'computer', 'kindle', 'calculator', 'desk', 'chromebook']);
/**
 * Adverbs of a possibility ("maybe college", "perhaps a club", "ideally a mentor"): an act hedged, not decided (_hedge.ts; an
 * adult's decision hedged, _measure.ts).
 */
export const _MAYBE: ReadonlySet<string> = new Set(['maybe', 'perhaps', 'possibly', 'ideally']);
/** Words of an offer made to the child ("the opportunity to", "be given the chance to"): _hedge.ts reads the adults' offer, _specific.ts the "to" after it. */
export const _OFFER_WORDS: ReadonlySet<string> = new Set(['opportunity', 'opportunities', 'chance', 'chances']);
/** Words of how often an act is done ("every night", "each week", "daily"): a frequency, the child's measure in words (_specific.ts, _object.ts). */
export const _ROUTINE: ReadonlySet<string> = new Set(['every', 'each', 'daily']);
/**
 * Participles of a one-off act adults do, stated as done after the thing ("referral made", "assessment requested", "application
 * submitted", "letter sent", "screener done", "form completed", "meeting held", "outcome awaited").
 */
export const _DONE_RECORDED: ReadonlySet<string> = new Set(['made', 'requested', 'submitted', 'sent', 'done', 'completed', 'held', 'awaited']);

/** Festivals and holidays a deadline names after "by" ("by Easter", "by Christmas", "by Half-Term"): _specific.ts, _text.ts. */
export const _FESTIVALS: ReadonlySet<string> = new Set(['easter', 'christmas', 'whitsun', 'pentecost', 'half', 'halloween', 'diwali', 'eid', 'ramadan']);
/** The articles ('the', 'a', 'an'): before a count of weeks (_deadlineResolve.ts, "the 8-week group"), a place kept on or a thing found (_doer.ts). */
export const _ARTICLES: ReadonlySet<string> = new Set(['the', 'a', 'an']);
/** Particles between a verb and its object ("zip up her coat", "put on his shoes", "Check-In", "Catch-Up"): _fragment.ts, _text.ts. */
export const _PARTICLES: ReadonlySet<string> = new Set(['up', 'on', 'off', 'out', 'down', 'away', 'back', 'in']);

/**
 * Nouns that name only an area (a subject, learning, work), a destination (education, college, a course with no name, a
 * placement), a process or a disposition's object (money, friends, potential, options). A bare plural names a kind, not a
 * particular one ("apprenticeships"; "an apprenticeship" is left as read). Read too by the skills a verb of change names in
 * _specific.ts (a skill's modifier naming an area: "his reading skills").
 */
export const _AREA_NOUNS: ReadonlySet<string> = new Set([
  'english', 'maths', 'math', 'reading', 'writing', 'science', 'number', 'numeracy', 'literacy', 'spelling', 'spellings', 'phonics', 'sounds', 'handwriting', 'presentation', 'comprehension',
  'understanding', 'work', 'learning', 'education', 'employment', 'training', 'eet', 'college', 'university', 'uni', 'course', 'placement', 'apprenticeships', 'money', 'friends', 'friendships',
  'potential', 'options', 'assignments', 'books', 'cv', 'pleasure', 'budgeting',
  // Areas of learning or of need written short (EYFS statutory framework, section 1, the areas of learning and development; SEND
  // Code of Practice 2015, chapter 6, "Broad areas of need"): "To develop his PSED" names an area, as "improve his literacy" does
  // (the labelling guide, Specific rule 1).
  'psed', 'cll', 'semh', 'slcn',
  // A subject's words as a whole ("learn French vocabulary", "revise vocab"): the area of words, not the particular words the
  // child will know (the labelling guide, Specific rule 1; development labels: learnt, revised or developed with no figure or
  // list named 0 specific of 6). A figure or a named list ("20 words from the Year 3 list") leaves the clause as read.
  'vocab', 'vocabulary',
]);
/**
 * Verbs after "learn to" or "how to" that name a process or an area of living or study, not a skill seen done ("learn to
 * budget", "learn to cook", "how to revise"; the labelling guide, Specific rule 1, and Barnet, Step One, "manage their
 * emotions"). Any other verb names a skill ("learn to swim", "learn to ride a bike": Measurable rule 3), and the clause is
 * left as read. Development labels: "learn to cook", "learn to budget", "how to revise" alone not specific (3 to 0). Driving
 * is learnt through lessons towards a licence: "learn to drive" alone names neither the test passed nor a step of it
 * (development labels 2 to 0; "Learn to drive - theory test booked" names a step and is left as read). Read too by the skills
 * a verb of change names in _specific.ts ("develop his study skills": a process's area).
 */
export const _AREA_PROCESSES: ReadonlySet<string> = new Set(['manage', 'cope', 'budget', 'cook', 'revise', 'study', 'behave', 'socialise', 'socialize', 'regulate', 'concentrate', 'drive']);

/**
 * Comparatives of how well or how fast a skill is done, read before "at" ("get better at", "get quicker at", "be faster at"):
 * the labelling guide, Specific rule 2, "get better at spelling" names no baseline, no number and no skill.
 */
export const _BETTER_AT: ReadonlySet<string> = new Set(['better', 'quicker', 'faster']);
/** Verbs of becoming that lead {@link _BETTER_AT} ("get", "be", "become"). */
export const _BECOMING: ReadonlySet<string> = new Set(['get', 'gets', 'getting', 'be', 'become', 'becomes', 'becoming']);

/**
 * Devices of the child's own, read in two places: a device used "responsibly" is a thing of general use whose use is a way of
 * behaving (the labelling guide, Specific rule 1), and "being on" one is a behaviour an adult sees (Measurable rule 4: "A
 * stop-behaviour is measurable with or without how often"). Each reader adds its own further words.
 */
export const _PERSONAL_DEVICES: ReadonlySet<string> = new Set(['phone', 'phones', 'mobile', 'ipad', 'tablet', 'laptop', 'computer', 'computers', 'media']);

/** Units of a counted stretch of time and their days ("6 weeks", "a fortnight", "3 months"; a month is 30 days). */
export const _RELATIVE_UNITS = new Map<string, number>([
  ['day', 1], ['days', 1], ['week', 7], ['weeks', 7], ['wk', 7], ['wks', 7], ['fortnight', 14], ['fortnights', 14], ['month', 30],
  ['months', 30], ['year', 365], ['years', 365],
]);

/** Words of a school holiday after its name: after "the 6 week(s)" they make it the summer holidays; "the Easter break". */
export const _HOLIDAY_WORDS: ReadonlySet<string> = new Set(['holidays', 'holiday', 'hols', 'break']);

/**
 * Phases whose end is a school-time point: "by the end of primary (school)", "end of sixth form", "by the end of EYFS"
 * (the Early Years Foundation Stage ends with the Reception year, a phase like a key stage), "by the end of infants
 * (infant school)" (the infant years are Key Stage 1 with Reception, ended as "by the end of Key Stage 1" is).
 */
export const _PHASES: ReadonlySet<string> = new Set(['primary', 'secondary', 'nursery', 'college', 'sixth', 'eyfs', 'foundation', 'juniors', 'high', 'infants', 'infant']);
