import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { careOn, createSsda903Reader, readSsda903, type RosterChild } from '../../src/report/index';

const HEADER = 'CHILD,SEX,DOB,ETHNIC,UPN,MOTHER,MC_DOB';
const EPISODES = 'CHILD,DECOM,RNE,LS,CIN,PLACE,PLACE_PROVIDER,DEC,REC,REASON_PLACE_CHANGE,HOME_POST,PL_POST,URN';
const read = (header: string[], episodes: string[]) => readSsda903({ header: [HEADER, ...header].join('\r\n'), episodes: [EPISODES, ...episodes].join('\r\n') });
const codes = (r: { findings: readonly { code: string; line: number; file: string }[] }) => r.findings.map((f) => `${f.file}:${f.line}:${f.code}`);
const child = (r: ReturnType<typeof read>, id: string): RosterChild => r.roster.children.find((c) => c.id === id)!;

describe('readSsda903: the DfE SSDA903 header and episodes tables', () => {
  it('reads dd/mm/yyyy dates as ISO dates and every episode data item', () => {
    const r = read(['501,1,09/03/2014,WBRI,Z99999000501A,,'], ['501,03/02/2025,S,C2,N1,U1,PR1,14/04/2025,X1,CARPL,,,SC0001', '501,14/04/2025,P,C2,N1,U3,PR1,,,,,,']);
    expect(r.findings).toEqual([]);
    expect(child(r, '501')).toEqual({
      id: '501',
      upn: 'Z99999000501A',
      dateOfBirth: '2014-03-09',
      line: 2,
      episodes: [
        { start: '2025-02-03', reasonNewEpisode: 'S', legalStatus: 'C2', categoryOfNeed: 'N1', placement: 'U1', placementProvider: 'PR1', end: '2025-04-14', reasonEnded: 'X1', reasonPlaceChange: 'CARPL', urn: 'SC0001', line: 2 },
        { start: '2025-04-14', reasonNewEpisode: 'P', legalStatus: 'C2', categoryOfNeed: 'N1', placement: 'U3', placementProvider: 'PR1', end: null, reasonEnded: null, reasonPlaceChange: null, urn: null, line: 3 },
      ],
    });
  });

  it('gives each finding the physical line of its row, counting line breaks inside quoted fields', () => {
    const header = `${HEADER}\n"501",1,"09/03/2014","multi\nline\nethnic",U,,\n502,1,31/02/2014,WBRI,,,\n`;
    const r = readSsda903({ header, episodes: `${EPISODES}\n` });
    // Row 502 starts on line 5: the quoted field of row 501 spans lines 2–4.
    expect(codes(r)).toEqual(['header:5:ROSTER-DATE-INVALID']);
  });

  it('skips a row with malformed quotes and reads the rows after it', () => {
    const header = `${HEADER}\n501,1,09/03/2014,"WB"RI,,,\n502,1,09/03/2015,WBRI,,,\n`;
    const r = readSsda903({ header, episodes: EPISODES });
    expect(codes(r)).toEqual(['header:2:ROSTER-CSV-MALFORMED']);
    expect(r.roster.children.map((c) => c.id)).toEqual(['502']);
  });

  it('reports missing columns; without CHILD or DECOM no row of that table is read', () => {
    const r = readSsda903({ header: 'CHILD,DOB\n501,09/03/2014\n', episodes: 'CHILD,RNE\n501,S\n' });
    expect(r.findings.map((f) => [f.file, f.code, f.severity, f.message])).toEqual([
      ['header', 'ROSTER-COLUMN-MISSING', 'warning', 'The header file has no UPN column.'],
      ['episodes', 'ROSTER-COLUMN-MISSING', 'error', 'The episodes file has no DECOM column, so none of its rows can be read.'],
      ['episodes', 'ROSTER-COLUMN-MISSING', 'warning', 'The episodes file has no LS column.'],
      ['episodes', 'ROSTER-COLUMN-MISSING', 'warning', 'The episodes file has no PLACE column.'],
      ['episodes', 'ROSTER-COLUMN-MISSING', 'warning', 'The episodes file has no DEC column.'],
      ['episodes', 'ROSTER-COLUMN-MISSING', 'warning', 'The episodes file has no REC column.'],
    ]);
    expect(r.roster.children).toEqual([{ id: '501', upn: null, dateOfBirth: '2014-03-09', episodes: [], line: 2 }]);
  });

  it('reads columns by name in any order and case, and ignores a byte-order mark', () => {
    const r = readSsda903({ header: '\uFEFFupn,dob,child\n,09/03/2014,501\n', episodes: 'dec,rec,ls,place,rne,decom,child\n,,C2,U1,S,03/02/2025,501\n' });
    expect(r.findings).toEqual([]);
    expect(child(r as ReturnType<typeof read>, '501').episodes[0]?.start).toBe('2025-02-03');
  });

  it('reports a repeated CHILD row, episodes of a child with no header row, DEC before DECOM, an unknown code and overlapping episodes', () => {
    const r = read(
      ['501,1,09/03/2014,WBRI,,,', '501,2,10/03/2014,WBRI,,,'],
      [
        '501,03/02/2025,S,C2,N1,U1,PR1,,,,,,', // 2: open episode …
        '501,01/03/2025,P,C2,N1,U3,PR1,,,,,,', // 3: … overlapped by this one
        '502,03/02/2025,S,ZZ,N1,U1,PR1,,,,,,', // 4: no header row; LS ZZ is not a 903 code
        '502,10/03/2025,P,C2,N1,U1,PR1,01/03/2025,X1,,,,', // 5: DEC before DECOM, skipped
        '503,3/2/2025,S,C2,N1,U1,PR1,,X1,,,,', // 6: REC without DEC
      ],
    );
    expect(codes(r)).toEqual([
      'header:3:ROSTER-CHILD-DUPLICATE',
      'episodes:4:ROSTER-CODE-UNKNOWN',
      'episodes:4:ROSTER-EPISODE-NO-HEADER',
      'episodes:5:ROSTER-EPISODE-END-BEFORE-START',
      'episodes:6:ROSTER-EPISODE-END-INCOMPLETE',
      'episodes:6:ROSTER-EPISODE-NO-HEADER',
      'episodes:3:ROSTER-EPISODE-OVERLAP',
    ]);
    expect(child(r, '502').episodes.map((e) => e.line)).toEqual([4]);
    expect(child(r, '501').dateOfBirth).toBe('2014-03-09');
  });

  it('never puts a CHILD id, UPN, date of birth or cell value in a message', () => {
    const secret = 'Zsecret';
    const r = read([`${secret},1,99/99/2014,${secret},${secret}9,,`, `${secret},1,01/01/2014,WBRI,,,`], [`${secret}x,03/02/2025,S,${secret},N1,U1,PR1,01/01/2025,E8,${secret},,,`]);
    expect(r.findings.length).toBeGreaterThan(3);
    for (const f of r.findings) expect(f.message).not.toMatch(/secret|99\/99|2014|2025/);
  });

  it('lists at most findingLimit findings per file and counts the rest', () => {
    const rows = Array.from({ length: 5 }, () => ',1,01/01/2014,WBRI,,,');
    const r = readSsda903({ header: [HEADER, ...rows].join('\n'), episodes: EPISODES }, { findingLimit: 2 });
    expect(codes(r)).toEqual(['header:2:ROSTER-CHILD-MISSING', 'header:3:ROSTER-CHILD-MISSING', 'header:0:ROSTER-FINDINGS-LIMITED']);
  });

  it('reports tables that are not text, or empty, instead of throwing', () => {
    expect(codes(readSsda903({ header: 7, episodes: '' } as never))).toEqual(['header:0:ROSTER-INPUT-INVALID', 'episodes:0:ROSTER-FILE-EMPTY']);
    expect(codes(readSsda903(null as never))).toEqual(['header:0:ROSTER-INPUT-INVALID', 'episodes:0:ROSTER-INPUT-INVALID']);
  });

  it('reads the bundled example pair with its one deliberately bad row', () => {
    const text = (f: string) => readFileSync(new URL(`../../examples/ssda903/${f}.csv`, import.meta.url), 'utf8');
    const r = readSsda903({ header: text('header'), episodes: text('episodes') });
    expect(codes(r)).toEqual(['episodes:37:ROSTER-EPISODE-END-BEFORE-START']);
    expect(r.roster.children).toHaveLength(64);
  });

  it('never throws on any text, and every finding has a file and a line within the text', () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom('a', '1', ',', '"', '\n', '\r', '/', ' ', 'S', 'X1') }), fc.string(), (h, e) => {
        const header = `${HEADER}\n${h}`;
        const r = readSsda903({ header, episodes: `${EPISODES}\n${e}` });
        const lines = { header: header.split(/\r\n|\r|\n/).length, episodes: `${EPISODES}\n${e}`.split(/\r\n|\r|\n/).length };
        for (const f of r.findings) expect(f.line).toBeLessThanOrEqual(lines[f.file]);
      }),
      { numRuns: 300, seed: 903 },
    );
  });
});

describe('createSsda903Reader: a return that arrives in chunks', () => {
  it('gives the same result from chunks (split anywhere, even inside a quoted field or a CRLF) as readSsda903 from the whole text', () => {
    const header = `${HEADER}\r\n501,1,"09/03/2014","a\r\nb",,,\r\n502,1,bad,WBRI,,,\r\n`;
    const episodes = `${EPISODES}\r\n501,03/02/2025,S,C2,N1,U1,PR1,,,,,,\r\n501,01/01/2025,P,C2,N1,U1,PR1,,,,,,\r\n`;
    const whole = readSsda903({ header, episodes });
    expect(whole.findings.length).toBeGreaterThan(0);
    for (const size of [1, 3, 17]) {
      const reader = createSsda903Reader();
      for (let i = 0; i < Math.max(header.length, episodes.length); i += size) {
        if (i < header.length) reader.add('header', header.slice(i, i + size));
        if (i < episodes.length) reader.add('episodes', episodes.slice(i, i + size));
      }
      expect(reader.result()).toEqual(whole);
    }
  });

  it('reports a chunk that is not text for that table and reads the rest', () => {
    const reader = createSsda903Reader();
    reader.add('header', 'CHILD,DOB,UPN\n501,01/01/2014,\n');
    reader.add('header', 42 as never);
    reader.add('episodes', EPISODES);
    const r = reader.result();
    expect(codes(r)).toEqual(['header:0:ROSTER-INPUT-INVALID']);
    expect(r.roster.children.map((c) => c.id)).toEqual(['501']);
  });
});

describe('careOn: looked after on a date, as the SSDA903 guide reads episodes', () => {
  const r = read(
    ['501,1,09/03/2014,WBRI,,,', '502,1,09/03/2012,WBRI,,,', '503,1,09/03/2012,WBRI,,,'],
    [
      // 501: started 03/02/2025, legal status change (L), a holiday (T2) and back, then a move (P).
      '501,03/02/2025,S,V2,N1,U1,PR1,01/03/2025,X1,,,,',
      '501,01/03/2025,L,C2,N1,U1,PR1,01/04/2025,X1,,,,',
      '501,01/04/2025,P,C2,N1,T2,PR1,10/04/2025,X1,,,,',
      '501,10/04/2025,P,C2,N1,U1,PR1,14/05/2025,X1,CARPL,,,',
      '501,14/05/2025,P,C2,N1,U4,PR1,,,,,,',
      // 502: left care on 31/03/2024 (E8), started again on 01/06/2025.
      '502,01/09/2020,S,C2,N1,U1,PR1,31/03/2024,E8,,,,',
      '502,01/06/2025,S,V2,N1,K2,PR2,,,,,,',
      // 503: short breaks only (V4).
      '503,02/09/2024,S,V4,N2,U4,PR1,,,,,,',
    ],
  );

  it('runs the current period of care back to the episode that started it (RNE S), through X1 endings', () => {
    expect(careOn(child(r, '501'), '2025-06-30')).toEqual({ since: '2025-02-03', legalStatus: 'C2', placement: 'U4', shortBreaks: false, placementChanges: ['2025-05-14'] });
  });

  it('leaves out a temporary placement (T0–T4) and the return from it to the same placement', () => {
    expect(careOn(child(r, '501'), '2025-04-05')?.placementChanges).toEqual([]);
    expect(careOn(child(r, '501'), '2025-05-01')?.placementChanges).toEqual([]);
  });

  it('is not looked after before DECOM, on the day a period ceased, or between periods; a new period starts again', () => {
    expect(careOn(child(r, '501'), '2025-02-02')).toBeNull();
    expect(careOn(child(r, '502'), '2024-03-30')?.since).toBe('2020-09-01');
    expect(careOn(child(r, '502'), '2024-03-31')).toBeNull();
    expect(careOn(child(r, '502'), '2025-01-01')).toBeNull();
    expect(careOn(child(r, '502'), '2025-06-30')).toEqual({ since: '2025-06-01', legalStatus: 'V2', placement: 'K2', shortBreaks: false, placementChanges: [] });
  });

  it('marks legal status V3 or V4 as short breaks', () => {
    expect(careOn(child(r, '503'), '2025-06-30')?.shortBreaks).toBe(true);
  });

  it('gives null for a date that is not a date', () => {
    expect(careOn(child(r, '501'), '30/06/2025')).toBeNull();
  });
});
