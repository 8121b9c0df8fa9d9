/**
 * The labelling guide, Measurable rule 5 (a destination "only as the condition, purpose or aim of something else", "so she can
 * start an apprenticeship") read for Specific too: when every measure read is a destination inside a purpose clause and the
 * main clause is a process ("Work on her social skills so that she can get a job in retail"), the destination names nothing the
 * target achieves, and what is left is the vague aim (Specific rules 1 and 2). Development labels of a process with a
 * destination only in its purpose ("so he can go to college", "so he can get into sixth form"): 0 specific to 7 (y19-228,
 * y21-175, y38-245, y61-099, y62-084, u069, v166). Near-misses: a measure or a standard in the main clause ("achieve grade 4 ...
 * so he can start Level 3"), or a figure or rate inside the purpose ("so he can get to his apprenticeship on time every day").
 * From the review of branch dq (c13, c48, c52); src/smart/_analyse.ts, measuresAndAnchors (purposeOnly).
 */
import { describe, expect, it } from 'vitest';
import { specific } from './_judge';

describe('a destination only as the purpose of a process is not specific', () => {
  it.each([
    'Work on her social skills so that she can get a job in retail.',
    'Careers: to gain confidence so that I can get a job as a mechanic.',
    'Work hard in Year 11 so she can go to sixth form.',
    'Hassan to improve his English so he can go to college.',
  ])('%s: not specific', (text) => {
    expect(specific(text)).toBe(false);
  });

  it.each([
    'Noah will achieve grade 4 in GCSE maths so he can start Level 3 at college.',
    'Lucas will improve his punctuality so he can get to his apprenticeship on time every day.',
    'Ben will practise his spellings so he can spell 10 words.',
  ])('%s: specific', (text) => {
    expect(specific(text)).toBe(true);
  });
});
