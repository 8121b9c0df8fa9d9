import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkPpPlusRequest } from '../../src/funding/checkPpPlusRequest';
import { _compileVocabulary, _findCategories, _findDisallowed } from '../../src/funding/_vocabulary';
import { definePolicy } from '../../src/policy/definePolicy';
import { policies } from '../../src/policy/presets/index';
import { makePep } from './_pep';

/*
 * The spending vocabulary (policy.ppPlus.categories) against the documents' "not for" lists:
 * Bolton PEP guidance 2021/22 and Halton PEP Policy 2023-24 both say PP+ "cannot be spent on
 * administration tasks, clothing or transport costs".
 */

const { england, halton, bolton } = policies;
const request = (fields: Record<string, unknown>) => ({ targetIds: ['t1'], amount: 40, quantity: 1, unitCost: 40, description: 'Support', ...fields });
const check = (fields: Record<string, unknown>, policy = bolton) => checkPpPlusRequest({ pep: makePep(), requests: [request(fields)], qa: { grade: 'green' } }, policy);
const codes = (r: { findings: { code: string }[] }): string[] => r.findings.map((f) => f.code);

describe('Bolton Virtual School PEP guidance 2021/22, Frequency Asked Questions: "Pupil Premium funding cannot be spent on; adminstration tasks, clothing or transport costs"', () => {
  it.each([
    ['clothing', 'clothing-uniform'],
    ['Clothing', 'clothing-uniform'],
    ['School uniform', 'clothing-uniform'],
    ['uniforms', 'clothing-uniform'],
    ['clothing-uniform', 'clothing-uniform'],
    ['admin', 'administration'],
    ['Taxi', 'transport'],
    ['travel costs', 'transport'],
  ])("a request categorised '%s' names %s and is refused", (category, id) => {
    const r = check({ category });
    expect([r.allowed, r.requests[0]?.status, codes(r)]).toEqual([0, 'rejected', ['PPPLUS-CATEGORY-DISALLOWED']]);
    expect(r.findings[0]?.message).toBe(`PP+ may not be spent on the category '${id}' under this policy.`);
  });

  it('a request with no category whose description is plainly a taxi gets a warning, not only an info', () => {
    const r = check({ description: 'Taxi to and from the tutor on Saturdays' });
    expect(r.findings.map((f) => [f.code, f.severity])).toEqual([
      ['PPPLUS-CATEGORY-MISSING', 'info'],
      ['PPPLUS-DESCRIPTION-DISALLOWED', 'warning'],
    ]);
    expect(r.findings[1]?.message).toBe("The request's description names 'transport' spending (the word 'taxi'), which PP+ may not fund under this policy; check what the request pays for.");
    expect(r.findings[1]?.path).toEqual(['requests', 0, 'description']);
  });

  it('the description is read whatever the category says (a taxi to tuition is transport)', () => {
    const r = check({ category: 'tuition', description: 'Taxis to tuition, 10 weeks' });
    expect(codes(r)).toEqual(['PPPLUS-DESCRIPTION-DISALLOWED']);
    expect(r.allowed).toBe(40); // a warning: a person decides
  });

  it('whole words only: business studies, a busy term, a coating workshop and a taxidermy club name nothing disallowed', () => {
    for (const description of ['Business studies revision guide', 'A busy term of tuition', 'Coating workshop', 'Taxidermy club']) {
      expect(codes(check({ category: 'tuition', description }))).toEqual([]);
    }
  });

  it("a category the vocabulary does not know is a warning (it cannot be checked), and the message never repeats it", () => {
    const r = check({ category: 'Sundries for Jamie' });
    expect(codes(r)).toEqual(['PPPLUS-CATEGORY-UNKNOWN']);
    expect(r.findings[0]?.severity).toBe('warning');
    expect(JSON.stringify(r.findings)).not.toMatch(/Jamie|Sundries/);
  });

  it('messages never echo the description', () => {
    const r = check({ description: 'Bus pass for Jamie Smith, Flat 3' });
    expect(codes(r)).toContain('PPPLUS-DESCRIPTION-DISALLOWED');
    expect(JSON.stringify(r.findings)).not.toMatch(/Jamie|Smith|Flat/);
  });
});

describe('Halton Virtual School PEP Policy 2023-24, Frequently Asked Questions: "PPG funding cannot be spent on administration tasks, clothing or transport costs"', () => {
  it("a request categorised 'clothing' is matched to the preset's 'clothing-uniform'", () => {
    const r = check({ category: 'clothing' }, halton);
    expect([r.allowed, codes(r)]).toEqual([0, ['PPPLUS-CATEGORY-DISALLOWED']]);
  });

  it('Appendix B\'s "Funding for TA time" and "1:1 tuition" are known categories, paid', () => {
    expect(codes(check({ category: 'TA time', description: 'Funding for TA time (15 minutes per day)' }, halton))).toEqual([]);
    expect(codes(check({ category: '1:1 tuition' }, halton))).toEqual([]);
  });
});

describe('england: the default vocabulary, with nothing disallowed', () => {
  it('names categories but refuses none: a taxi is transport, and transport is a council choice', () => {
    const r = check({ category: 'taxi', description: 'Taxi to school' }, england);
    expect([r.allowed, codes(r)]).toEqual([40, []]);
  });

  it('holds the categories the documents name', () => {
    expect(england.ppPlus.categories.value.map((c) => c.id)).toEqual(['administration', 'clothing-uniform', 'transport', 'tuition', 'staff-support', 'semh-support', 'equipment', 'enrichment']);
    expect(england.ppPlus.disallowedCategories.value).toEqual([]);
  });

  it("a council's own disallowed entry outside the vocabulary still refuses its exact category and names itself", () => {
    const own = definePolicy({ id: 'x', ppPlus: { disallowedCategories: { value: ['device-laptop'], source: 'Exampleshire PP+ policy 2025/26, §4' } } });
    const r = check({ category: 'Device-Laptop' }, own.ok ? own.data : undefined);
    expect([r.allowed, r.findings[0]?.message]).toEqual([0, "PP+ may not be spent on the category 'device-laptop' under this policy."]);
  });

  it('a vocabulary word naming two categories, or one with no letter, is a policy error', () => {
    const twice = definePolicy({ id: 'x', ppPlus: { categories: { value: [{ id: 'a', words: ['taxi'] }, { id: 'b', words: ['Taxi'] }], source: 's' } } });
    const blank = definePolicy({ id: 'x', ppPlus: { categories: { value: [{ id: 'a', words: ['--'] }], source: 's' } } });
    expect(twice.ok ? [] : twice.findings.map((f) => [f.code, f.path])).toEqual([['POLICY-INVALID', ['ppPlus', 'categories', 'value', 1, 'words', 0]]]);
    expect(blank.ok ? [] : blank.findings.map((f) => [f.code, f.path])).toEqual([['POLICY-FORMAT', ['ppPlus', 'categories', 'value', 0, 'words', 0]]]);
  });
});

describe('word matching (property)', () => {
  const vocabulary = _compileVocabulary(bolton.ppPlus);
  const transportWords = ['transport', ...(bolton.ppPlus.categories.value.find((c) => c.id === 'transport')?.words ?? [])];
  const filler = fc.array(fc.constantFrom('the', 'weekly', 'Maths', 'session', 'for', '£40', 'spring', 'reading'), { maxLength: 8 });

  it('a transport word between any other words, in any case, is found', () => {
    fc.assert(
      fc.property(filler, fc.constantFrom(...transportWords), filler, fc.boolean(), (before, word, after, upper) => {
        const text = [...before, upper ? word.toUpperCase() : word, ...after].join(' ');
        expect(_findCategories(vocabulary, text).map((m) => m.id)).toContain('transport');
      }),
    );
  });

  it('a transport word glued inside a longer word is not found', () => {
    fc.assert(
      fc.property(filler, fc.constantFrom(...transportWords.filter((w) => !w.includes(' '))), fc.stringMatching(/^[a-z]{1,4}$/), (before, word, glue) => {
        const text = [...before, `${glue}${word}${glue}`].join(' ');
        expect(_findCategories(vocabulary, text).map((m) => m.id)).not.toContain('transport');
      }),
    );
  });

  // The description check reads only the first match naming a disallowed category: the shortcut must give the
  // same category and the same vocabulary word as the full list, for words of every category, plurals and glued words.
  const everyWord = bolton.ppPlus.categories.value.flatMap((c) => [c.id, ...c.words]);
  const piece = fc.oneof(
    fc.constantFrom(...everyWord),
    fc.constantFrom(...everyWord).map((w) => `${w}s`),
    fc.constantFrom('the', 'weekly', 'Maths', 'session', 'for', '£40', 'pass', 'fare', 'kit', 'SCHOOL'),
    fc.stringMatching(/^[a-z]{1,4}$/),
  );
  it('the first disallowed match alone is the first disallowed match of the full list', () => {
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 10 }), fc.constantFrom(' ', ', ', '-'), (words, glue) => {
        const text = words.join(glue);
        const full = _findCategories(vocabulary, text).find((m) => vocabulary.disallowed.has(m.id));
        const first = _findDisallowed(vocabulary, text);
        expect(first === undefined ? undefined : { id: first.id, word: first.word }).toEqual(full);
      }),
      { numRuns: 2000 },
    );
  });
  it('a disallowed word in the plural, and words of allowed categories, are read as the full list reads them', () => {
    expect(_findDisallowed(vocabulary, 'two taxis to the tutor')).toEqual(expect.objectContaining({ id: 'transport', word: 'taxi' }));
    expect(_findDisallowed(vocabulary, 'a tutor and a laptop')).toBeUndefined();
    expect(_findCategories(vocabulary, 'a tutor and a laptop').map((m) => m.id)).toEqual(['tuition', 'equipment']);
  });
});
