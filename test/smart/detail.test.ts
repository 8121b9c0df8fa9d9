import { readdirSync, readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { policies } from '../../src/policy/presets/index';
import { checkSmartTarget, checkTargetSet } from '../../src/smart/index';
import type { SmartContext, SmartReport, TargetInput } from '../../src/smart/index';
import { stripToCodes } from '../_helpers/stripToCodes';

/*
 * SMART `detail: 'codes'` is the full report with the explanations left out, nothing else: for every
 * target text the repository holds (the real corpus, the labelled sets), the example PEPs' targets
 * under every preset, and generated targets and contexts, stripping evidence, advice, messages and
 * sources from the 'full' report gives exactly the 'codes' report. The stripping is written here,
 * independently of the library (a deep walk), so an explanation the codes level still builds, or a
 * judgement it makes differently, shows up as a difference.
 */

const strip = stripToCodes;

/** Every evidence, advice, message or source string left in a value. */
function explanations(value: unknown, out: string[] = []): string[] {
  if (Array.isArray(value)) value.forEach((v) => explanations(v, out));
  else if (typeof value === 'object' && value !== null) {
    for (const [k, v] of Object.entries(value)) {
      if ((k === 'message' || k === 'source' || k === 'advice') && typeof v === 'string' && v !== '') out.push(v);
      else if (k === 'evidence' && Array.isArray(v)) out.push(...(v as string[]));
      else explanations(v, out);
    }
  }
  return out;
}

const here = new URL('./', import.meta.url);
const fixtures = new URL('../fixtures/smart/', import.meta.url);
const itemsOf = (json: unknown): { text: string; meetingDate?: string }[] => (Array.isArray(json) ? json : (json as { items: { text: string }[] }).items);
const corpus: { text: string; meetingDate?: string }[] = [
  ...itemsOf(JSON.parse(readFileSync(new URL('labelled.json', here), 'utf8'))),
  ...itemsOf(JSON.parse(readFileSync(new URL('smart-dev.json', here), 'utf8'))),
  ...readdirSync(fixtures)
    .filter((n) => n.startsWith('corpus') && n.endsWith('.json'))
    .flatMap((n) => itemsOf(JSON.parse(readFileSync(new URL(n, fixtures), 'utf8')))),
].filter((i) => typeof i.text === 'string');

const examples = new URL('../../examples/', import.meta.url);
const peps: [string, { targets: TargetInput[]; meeting: { date: string }; nextMeeting?: { date?: string } }][] = [
  ...readdirSync(new URL('peps/', examples))
    .filter((n) => n.endsWith('.json'))
    .map((n) => [n, JSON.parse(readFileSync(new URL(`peps/${n}`, examples), 'utf8'))] as [string, never]),
  ...readFileSync(new URL('cohort.ndjson', examples), 'utf8')
    .trim()
    .split('\n')
    .map((line, i) => [`cohort line ${i + 1}`, JSON.parse(line)] as [string, never]),
];
/**
 * The two tests over every corpus text grow with each labelled set (about 10,000 texts now, 20–30 s each on a quiet
 * core, more than the config's 60 s default on a loaded machine). The limit only catches a hang; it is not a speed
 * check (speed is measured by `npm run bench`, never asserted).
 */
const CORPUS_TIMEOUT = 600_000;
const presets = Object.keys(policies) as (keyof typeof policies)[];

describe("SMART detail: 'codes' (levels of detail, docs/smart.md)", () => {
  it('every target text of the corpus and the labelled sets: the codes report is the full report stripped', () => {
    expect(corpus.length).toBeGreaterThan(400);
    let explained = 0;
    for (const { text, meetingDate } of corpus) {
      for (const context of [{ meetingDate: meetingDate ?? '2025-01-15' }, {}] as SmartContext[]) {
        const full = checkSmartTarget(text, context);
        const codes = checkSmartTarget(text, { ...context, detail: 'codes' });
        expect({ text, codes }).toStrictEqual({ text, codes: strip(full) });
        expect(explanations(codes)).toEqual([]);
        explained += explanations(full).length;
      }
    }
    // The full reports do explain: the comparison is not between two bare reports.
    expect(explained).toBeGreaterThan(corpus.length * 4);
  }, CORPUS_TIMEOUT);

  it.each(presets)('every example PEP, its targets checked as a set with the PEP (%s)', (preset) => {
    for (const [name, pep] of peps) {
      const context: SmartContext = { meetingDate: pep.meeting.date, pep: pep as never, policy: policies[preset], ...(pep.nextMeeting?.date ? { nextReviewDate: pep.nextMeeting.date } : {}) };
      const full = checkTargetSet(pep.targets, context);
      const codes = checkTargetSet(pep.targets, { ...context, detail: 'codes' });
      expect({ name, codes }).toStrictEqual({ name, codes: strip(full) });
      expect({ name, left: explanations(codes) }).toEqual({ name, left: [] });
    }
  });

  it('the corpus as action plans of six, with duplicates and set findings, under every preset', () => {
    const texts = corpus.map((i) => i.text);
    for (const preset of presets) {
      for (let i = 0; i < texts.length; i += 6) {
        const plan = texts.slice(i, i + 6);
        plan.push(plan[0] as string); // a duplicate
        const context: SmartContext = { meetingDate: '2025-01-15', policy: policies[preset] };
        expect(checkTargetSet(plan, { ...context, detail: 'codes' })).toStrictEqual(strip(checkTargetSet(plan, context)));
      }
    }
  }, CORPUS_TIMEOUT);

  it('generated targets and contexts, including unusable ones (fast-check)', () => {
    const words = ['Ava', 'will', 'read', '20', 'high', 'frequency', 'words', 'by', 'Easter', 'improve', 'more', 'attendance', 'to', '95%', 'ongoing', 'soon',
      'end', 'of', 'term', 'Feb', 'half', 'next', 'PEP', '30', 'February', '2026', 'grade', '4', 'from', '3', 'no', 'incidents', 'a', 'week', 'N/A', 'TBC', 'with', 'support', '.', ',', 'Year', '10', 'within', '6', 'weeks'];
    const text = fc.array(fc.constantFrom(...words), { maxLength: 30 }).map((w) => w.join(' '));
    const cell = fc.option(fc.oneof(text, fc.constantFrom('24/07/2020', 'End of term', '2025-03-31', 'ongoing', '31/04/2026', '')), { nil: undefined });
    const target = fc.oneof(
      text,
      fc.record({ text, deadline: cell, expectedOutcome: fc.option(text, { nil: undefined }), area: fc.option(fc.constantFrom('academic', 'semh', 'attendance', 'independence', 'nonsense'), { nil: undefined }), actions: fc.option(text, { nil: undefined }), id: fc.option(fc.constantFrom('t1', 't2'), { nil: undefined }) }, { requiredKeys: ['text'] }),
      fc.constantFrom(42, null, { text: 7 }, {}),
    );
    const pep = peps[1]![1];
    const context = fc.record(
      {
        meetingDate: fc.constantFrom('2025-01-15', '2024-10-09', 'not a date'),
        nextReviewDate: fc.constantFrom('2025-04-15', '2024-02-30'),
        pep: fc.constantFrom(pep, { ...pep, ppPlus: { requests: [{ targetIds: ['t1'] }] }, aspirations: 'to read books and become a vet' }, 'not a PEP'),
        policy: fc.constantFrom(...presets.map((p) => policies[p]), { not: 'a policy' }),
      },
      { requiredKeys: [] },
    );
    fc.assert(
      fc.property(fc.array(target, { maxLength: 6 }), context, (targets, ctx) => {
        const c = ctx as SmartContext;
        const list = targets as (string | TargetInput)[];
        expect(checkTargetSet(list, { ...c, detail: 'codes' })).toStrictEqual(strip(checkTargetSet(list, c)));
        for (const t of list) expect(checkSmartTarget(t, { ...c, detail: 'codes' })).toStrictEqual(strip(checkSmartTarget(t, c)));
      }),
      { numRuns: 300 },
    );
  });

  it("shares one frozen criterion per (met, confidence): no criterion object is built per target", () => {
    const plan = ['Ava will read 20 high frequency words by Easter.', 'Ben will read 20 high frequency words by Easter.', 'Be happier.', 'Cara will be happier.'];
    const set = checkTargetSet(plan, { meetingDate: '2025-01-15', detail: 'codes' });
    const [a, b, c, d] = set.reports as [SmartReport, SmartReport, SmartReport, SmartReport];
    expect(a.specific).toBe(b.specific);
    expect(a.timeBound).toBe(b.measurable);
    expect(c.measurable).toBe(d.measurable);
    expect(a.achievable).toBe(d.relevant); // not judged without the PEP
    expect(Object.isFrozen(a.specific) && Object.isFrozen(a.specific.evidence)).toBe(true);
    expect(a.specific).toStrictEqual({ met: true, evidence: [], confidence: 'high' });
  });

  it("'full' is the default; any other value gives SMART-CONTEXT-INVALID and full detail", () => {
    const text = 'Ava will read more.';
    expect(checkSmartTarget(text, { meetingDate: '2025-01-15', detail: 'full' })).toStrictEqual(checkSmartTarget(text, { meetingDate: '2025-01-15' }));
    const odd = checkSmartTarget(text, { meetingDate: '2025-01-15', detail: 'brief' as never });
    const plain = checkSmartTarget(text, { meetingDate: '2025-01-15' });
    expect(odd.findings[0]).toMatchObject({ code: 'SMART-CONTEXT-INVALID', path: ['detail'] });
    expect(odd.findings[0]?.message).not.toBe('');
    expect({ ...odd, findings: odd.findings.slice(1) }).toStrictEqual(plain);
    expect(plain.measurable.advice).toMatch(/^Say how success will be measured.*Words like 'more'/);
  });

  it("context findings are bare too at 'codes' (a bad meeting date)", () => {
    const r = checkSmartTarget('Ava will read 20 words by 31st October.', { meetingDate: '15/01/2025', detail: 'codes' });
    expect(r.findings).toStrictEqual([
      { code: 'SMART-CONTEXT-INVALID', severity: 'warning', message: '', path: ['meetingDate'] },
      { code: 'SMART-DEADLINE-UNRESOLVED', severity: 'info', message: '', path: [] },
    ]);
  });
});
