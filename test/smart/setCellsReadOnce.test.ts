import { describe, expect, it } from 'vitest';
import { _analyseText, _scanOptionsOf, type _AnalyseOptions, type _CellMemo } from '../../src/smart/_analyse';
import { _termCtx } from '../../src/smart/_terms';
import { checkSmartTarget, checkTargetSet } from '../../src/smart/index';
import type { SmartContext, SmartReport, TargetInput } from '../../src/smart/index';

// A plan's targets often share one "Timescale (When)" cell (Halton PEP Policy 2023-24, Appendix C: each target has its
// own timescale column). checkTargetSet reads each distinct cell once per call; every target's report must be what
// checkSmartTarget gives it alone. Own wording throughout.
const TARGETS: TargetInput[] = [
  { text: 'Mia will read 20 books from the class library.', deadline: 'July 2025' },
  { text: 'Mia will know her 6 and 7 times tables by 30 June 2025.', deadline: 'July 2025' },
  { text: 'Mia will feel more settled.', deadline: 'July 2025' },
  { text: 'Tom will attend 95% of sessions.', deadline: 'end of summer term' },
  { text: 'Tom will join a lunchtime club.', deadline: 'end of summer term' },
  { text: 'Tom will write a paragraph with capital letters over time.', deadline: 'ongoing' },
  { text: 'Tom will spell 30 common exception words.', deadline: 'ongoing' },
  { text: 'Mia will swim 25 metres unaided.', deadline: '31/04/2026' },
  { text: 'Mia will finish her art portfolio by 30 February 2026.', deadline: '31/04/2026' },
  { text: 'Mia will use 3 calming strategies when upset.', deadline: '' },
  { text: 'Mia will count to 100 by Easter.', deadline: '' },
  { text: 'Tom will be happier.', deadline: '   ' },
  { text: 'Tom will get a grade 5 in his English mock.', deadline: 'TBC' },
  { text: 'N/A', deadline: 'July 2025' },
  { text: 'Tom will improve in maths.', deadline: 'ongoing' },
  { text: 'Tom will read aloud to an adult 3 times a week.', deadline: 'end of summer term' },
];

/** A set report with each finding's leading target index removed: the report checkSmartTarget gives alone. */
function alone(report: SmartReport, i: number): SmartReport {
  return {
    ...report,
    findings: report.findings.map((f) => {
      expect(f.path?.[0]).toBe(i);
      return { ...f, path: (f.path ?? []).slice(1) };
    }),
  };
}

const CONTEXTS: [string, SmartContext][] = [
  ['full, with meeting and review dates', { meetingDate: '2025-01-15', nextReviewDate: '2025-05-01' }],
  ['codes, with meeting and review dates', { meetingDate: '2025-01-15', nextReviewDate: '2025-05-01', detail: 'codes' }],
  ['full, with no meeting date (deadlines unresolved)', {}],
  ['codes, with no meeting date', { detail: 'codes' }],
];

describe('Halton Appendix C, Time Bound: a cell shared by targets of one plan gives each target the reading it has alone', () => {
  for (const [name, context] of CONTEXTS) {
    it(`every report deep-equals checkSmartTarget of that target alone (${name})`, () => {
      const set = checkTargetSet(TARGETS, context);
      expect(set.reports).toHaveLength(TARGETS.length);
      set.reports.forEach((r, i) => expect(alone(r, i)).toEqual(checkSmartTarget(TARGETS[i]!, context)));
    });
  }

  it('the shared cells give different outcomes: a date, a term, vague, impossible, empty and a placeholder cell', () => {
    const set = checkTargetSet(TARGETS, { meetingDate: '2025-01-15' });
    const r = set.reports;
    // The cell's date wins over the text's own (Time Bound: the timescale column).
    expect(r[0]?.deadline).toEqual({ kind: 'date', date: '2025-07-31' });
    expect(r[1]?.deadline).toEqual({ kind: 'date', date: '2025-07-31' });
    expect(r[3]?.deadline?.kind).toBe('term');
    // Vague in the cell: no deadline, with the cell's and the text's own vague words.
    expect(r[5]?.timeBound.met).toBe(false);
    expect(r[5]?.timeBound.evidence.length).toBe(2);
    expect(r[6]?.timeBound.evidence.length).toBe(1);
    // An impossible cell date: reported on the cell, whatever the text gives.
    expect(r[7]?.findings.filter((f) => f.code === 'SMART-DATE-IMPOSSIBLE').map((f) => f.path)).toEqual([[7, 'deadline']]);
    expect(r[8]?.findings.filter((f) => f.code === 'SMART-DATE-IMPOSSIBLE').map((f) => f.path)).toEqual([[8, 'deadline']]);
    // An empty cell: the text's own point stands ("by Easter").
    expect(r[9]?.timeBound.met).toBe(false);
    expect(r[10]?.timeBound.met).toBe(true);
    expect(r[13]?.findings.map((f) => f.code)).toEqual(['SMART-TEXT-PLACEHOLDER']);
  });

  it('no list is shared between two reports: changing one target\'s evidence leaves the next one with the same cell as it was', () => {
    const set = checkTargetSet(TARGETS, { meetingDate: '2025-01-15' });
    const [a, b] = [set.reports[0]!, set.reports[1]!];
    expect(a.timeBound.evidence).not.toBe(b.timeBound.evidence);
    (a.timeBound.evidence as string[]).push('changed');
    expect(b.timeBound.evidence).toEqual(checkSmartTarget(TARGETS[1]!, { meetingDate: '2025-01-15' }).timeBound.evidence);
    const [i, j] = [set.reports[7]!, set.reports[8]!];
    expect(i.timeBound.evidence).not.toBe(j.timeBound.evidence);
  });

  it('no deadline object is shared between two reports: each target with the same cell holds its own', () => {
    const set = checkTargetSet(TARGETS, { meetingDate: '2025-01-15' });
    const [a, b] = [set.reports[0]!, set.reports[1]!];
    expect(a.deadline).not.toBeNull();
    expect(a.deadline).toEqual(b.deadline);
    expect(a.deadline).not.toBe(b.deadline);
    (a.deadline as { kind: string }).kind = 'changed';
    expect(b.deadline).toEqual(checkSmartTarget(TARGETS[1]!, { meetingDate: '2025-01-15' }).deadline);
  });
});

describe('Halton Appendix C, Time Bound: the cells of one set are read once, within that set only', () => {
  const terms = _termCtx('2025-01-15', undefined);
  const opts: _AnalyseOptions = { terms, meeting: '2025-01-15', nextReview: null, evidence: true, scan: _scanOptionsOf(terms, '2025-01-15', null) };

  it('a second target with the same cell reads no cell: fewer steps, the same deadline', () => {
    const cells: _CellMemo = new Map();
    const first = { n: 0 };
    const again = { n: 0 };
    const fresh = { n: 0 };
    const a = _analyseText('Mia will read 20 books.', 'end of summer term', opts, first, cells);
    const b = _analyseText('Mia will read 20 books.', 'end of summer term', opts, again, cells);
    const c = _analyseText('Mia will read 20 books.', 'end of summer term', opts, fresh);
    expect(cells.size).toBe(1);
    expect(again.n).toBeLessThan(first.n);
    expect(fresh.n).toBe(first.n);
    expect(b.deadline).toEqual(a.deadline);
    expect(c.deadline).toEqual(a.deadline);
  });

  it('an empty or blank cell is not kept; a cell kept at detail full is read again at codes', () => {
    const cells: _CellMemo = new Map();
    _analyseText('Mia will read 20 books.', '', opts, { n: 0 }, cells);
    _analyseText('Mia will read 20 books.', '  ', opts, { n: 0 }, cells);
    expect(cells.size).toBe(0);
    _analyseText('Tom will be calmer.', 'ongoing', opts, { n: 0 }, cells);
    const codes = _analyseText('Tom will be calmer.', 'ongoing', { ...opts, evidence: false }, { n: 0 }, cells);
    expect(codes.deadline.vague).toEqual(_analyseText('Tom will be calmer.', 'ongoing', { ...opts, evidence: false }, { n: 0 }).deadline.vague);
    expect(codes.deadline.vague).not.toEqual(['ongoing']);
  });

  it('two calls with different meeting dates each resolve the cell for their own meeting (nothing kept across calls)', () => {
    const target = [{ text: 'Mia will read 20 books.', deadline: 'end of March' }];
    const early = checkTargetSet(target, { meetingDate: '2025-01-15' }).reports[0]?.deadline;
    const late = checkTargetSet(target, { meetingDate: '2026-01-15' }).reports[0]?.deadline;
    expect(early).toEqual({ kind: 'date', date: '2025-03-31' });
    expect(late).toEqual({ kind: 'date', date: '2026-03-31' });
  });
});
