import fc from 'fast-check';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { CHILD_LIST_COLUMNS, childListCsv, cohortSummary, csvCell, FINDINGS_COLUMNS, findingsCsv, readSsda903, toCsv } from '../../src/report/index';
import { pep } from './_pep';

describe('toCsv: RFC 4180 (Common Format and MIME Type for CSV Files) §2', () => {
  it('ends every line, the last one too, with CRLF (§2.1–2.2)', () => {
    expect(toCsv(['a', 'b'], [['1', '2'], ['3', '4']])).toBe('a,b\r\n1,2\r\n3,4\r\n');
  });

  it('quotes a field with a comma, a double quote or a line break, doubling the quotes (§2.6–2.7)', () => {
    expect(toCsv(['x'], [['a,b'], ['say "hi"'], ['two\nlines'], ['cr\r']])).toBe('x\r\n"a,b"\r\n"say ""hi"""\r\n"two\nlines"\r\n"cr\r"\r\n');
  });

  it('pads short rows and cuts long ones to the header', () => {
    expect(toCsv(['a', 'b'], [['1'], ['1', '2', '3']])).toBe('a,b\r\n1,\r\n1,2\r\n');
  });

  it('reads back, through a CSV parser, to the same cells (property)', () => {
    fc.assert(
      fc.property(fc.array(fc.array(fc.string(), { minLength: 2, maxLength: 2 }), { maxLength: 5 }), (rows) => {
        const text = toCsv(['a', 'b'], rows);
        const parsed = Papa.parse<string[]>(text, { newline: '\r\n', skipEmptyLines: false }).data.slice(1, -1);
        const guarded = rows.map((r) => r.map((c) => (/^[=+\-@\t\r]/.test(c) ? `'${c}` : c)));
        expect(parsed).toEqual(guarded);
      }),
      { numRuns: 300, seed: 4180 },
    );
  });
});

describe('csvCell: formula-injection guard (OWASP, CSV injection)', () => {
  it.each([['=1+1'], ['+1'], ['-1+2'], ['@SUM(A1)'], ['\tx'], ['\rx']])('prefixes %j with an apostrophe so a spreadsheet shows it as text', (text) => {
    expect(csvCell(text).replace(/^"|"$/g, '').startsWith(`'${text[0]}`)).toBe(true);
  });

  it('writes numbers (negative too), booleans and empty cells as they are', () => {
    expect([csvCell(-3), csvCell(2.5), csvCell(Number.NaN), csvCell(true), csvCell(null), csvCell(undefined), csvCell('plain')]).toEqual(['-3', '2.5', '', 'true', '', '', 'plain']);
  });
});

describe('childListCsv', () => {
  it('with a roster: one row per child needing action, in the documented columns', () => {
    const { roster } = readSsda903({
      header: 'CHILD,DOB,UPN\n701,01/09/2014,\n702,01/09/2014,\n',
      episodes: 'CHILD,DECOM,RNE,LS,PLACE,DEC,REC\n701,01/06/2022,S,C2,U1,,\n702,01/06/2022,S,C2,U1,,\n',
    });
    const s = cohortSummary([pep({ id: 'p', childId: '702', meeting: '2024-10-09', enteredCare: '2022-06-01' })], { today: '2025-06-30', roster });
    const lines = childListCsv(s).split('\r\n');
    expect(lines[0]).toBe(CHILD_LIST_COLUMNS.join(','));
    // 10 working days from 01/06/2022 skip the Platinum Jubilee bank holidays (2 and 3 June 2022): due 17/06/2022.
    expect(lines.slice(1)).toEqual(['701,no-pep,2022-06-17,1109,,ROSTER-CHILD-NO-PEP ROSTER-INITIAL-PEP-LATE', '702,overdue,2025-03-31,91,2024-10-09,ROSTER-PEP-OVERDUE', '']);
  });

  it('without a roster: the overdue PEPs', () => {
    const s = cohortSummary([pep({ id: 'p', childId: '702', meeting: '2024-10-09', enteredCare: '2022-06-01' })], { today: '2025-06-30' });
    expect(childListCsv(s).split('\r\n')[1]).toBe('702,overdue,2025-03-31,91,,ROSTER-PEP-OVERDUE');
  });
});

describe('findingsCsv', () => {
  it('writes one row per finding in the documented columns, guarding a hostile id', () => {
    const text = findingsCsv([
      { record: 1, pepId: '=HYPERLINK("x")', childId: null, finding: { code: 'PEP-X', severity: 'warning', message: 'A, b.', path: ['targets', 0, 'text'], source: 'Halton PEP Policy, "QA"' } },
    ]);
    expect(text).toBe(`${FINDINGS_COLUMNS.join(',')}\r\n1,"'=HYPERLINK(""x"")",,PEP-X,warning,targets.0.text,"A, b.","Halton PEP Policy, ""QA"""\r\n`);
  });
});
