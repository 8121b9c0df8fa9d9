import { _guarded } from '../../core/_guarded';
import { _isRecord } from '../../core/guards';
import type { IsoDate } from '../../core/isoDate';
import { _csvRows, type _CsvRow } from './_csvRows';
import { _LEGAL_STATUS, _PLACEMENT, _REASON_ENDED, _REASON_NEW_EPISODE, _REASON_PLACE_CHANGE } from './_codeSets';
import { _at, _cell, _columns, type _ColumnIndex } from './_columns';
import { _dateOf903 } from './_dates';
import type { ReadSsda903Options, RosterChild, RosterEpisode, Ssda903File, Ssda903Finding, Ssda903Input, Ssda903Result } from './types';

const FINDING_LIMIT = 1000;

/** Findings of one run, kept up to a limit per file; the rest are counted. */
class Findings {
  readonly kept: Ssda903Finding[] = [];
  private readonly listed = { header: 0, episodes: 0 };
  private readonly dropped = { header: 0, episodes: 0 };
  constructor(private readonly limit: number) {}
  add(f: Ssda903Finding): void {
    if (this.listed[f.file] < this.limit) {
      this.listed[f.file] += 1;
      this.kept.push(f);
    } else this.dropped[f.file] += 1;
  }
  result(): Ssda903Finding[] {
    const extra = (['header', 'episodes'] as const)
      .filter((file) => this.dropped[file] > 0)
      .map((file) => _at(file, 0, 'ROSTER-FINDINGS-LIMITED', 'info', `${this.dropped[file]} more findings about the ${file} file were counted but not listed.`));
    return [...this.kept, ...extra];
  }
}

/** A mutable child while the files are read. */
interface Draft {
  id: string;
  upn: string | null;
  dateOfBirth: IsoDate | null;
  line: number;
  episodes: RosterEpisode[];
}

/** Reads one table's rows: the column row first, then each row through `row`. */
function readTable(file: Ssda903File, text: string, out: Findings, row: (r: _CsvRow, index: _ColumnIndex) => void): void {
  const { rows, malformedLines } = _csvRows(text);
  for (const line of malformedLines) out.add(_at(file, line, 'ROSTER-CSV-MALFORMED', 'error', `Line ${line} of the ${file} file has malformed quotes; the row was skipped.`));
  const head = rows[0];
  const cols = _columns(file, head?.fields);
  cols.findings.forEach((f) => out.add(f));
  if (!cols.readable) return;
  const width = head!.fields.length;
  for (const r of rows.slice(1)) {
    if (r.fields.length !== width) {
      out.add(_at(file, r.line, 'ROSTER-ROW-FIELDS', 'warning', `Line ${r.line} of the ${file} file has ${r.fields.length} fields where the column row has ${width}; it was read by position.`));
    }
    row(r, cols.index);
  }
}

/** Reads the header table into children by CHILD id. */
function readHeader(text: string, out: Findings, children: Map<string, Draft>): void {
  readTable('header', text, out, ({ fields, line }, index) => {
    const id = _cell(fields, index, 'CHILD');
    if (id === null) return out.add(_at('header', line, 'ROSTER-CHILD-MISSING', 'error', `Line ${line} of the header file has no CHILD id; the row was skipped.`));
    if (children.has(id)) {
      return out.add(_at('header', line, 'ROSTER-CHILD-DUPLICATE', 'error', `Line ${line} of the header file repeats the CHILD id of line ${children.get(id)!.line}; the later row was skipped.`));
    }
    const dobText = _cell(fields, index, 'DOB');
    const dateOfBirth = dobText === null ? null : _dateOf903(dobText);
    if (dateOfBirth === null) out.add(_at('header', line, 'ROSTER-DATE-INVALID', 'warning', `Line ${line} of the header file has no DOB written dd/mm/yyyy; the child's age is not known.`));
    children.set(id, { id, upn: _cell(fields, index, 'UPN'), dateOfBirth, line, episodes: [] });
  });
}

const CODED: readonly [string, ReadonlySet<string>][] = [
  ['RNE', _REASON_NEW_EPISODE],
  ['LS', _LEGAL_STATUS],
  ['PLACE', _PLACEMENT],
  ['REC', _REASON_ENDED],
  ['REASON_PLACE_CHANGE', _REASON_PLACE_CHANGE],
];

/** An episode row as an episode, or `null` (with a finding) when its dates make it unusable. */
function episodeOf(fields: readonly string[], index: _ColumnIndex, line: number, out: Findings): RosterEpisode | null {
  const cell = (c: string) => _cell(fields, index, c);
  const startText = cell('DECOM');
  const start = startText === null ? null : _dateOf903(startText);
  const endText = cell('DEC');
  const end = endText === null ? null : _dateOf903(endText);
  if (start === null || (endText !== null && end === null)) {
    const column = start === null ? 'DECOM' : 'DEC';
    out.add(_at('episodes', line, 'ROSTER-DATE-INVALID', 'error', `Line ${line} of the episodes file has no ${column} written dd/mm/yyyy; the episode was skipped.`));
    return null;
  }
  if (end !== null && end < start) {
    out.add(_at('episodes', line, 'ROSTER-EPISODE-END-BEFORE-START', 'error', `Line ${line} of the episodes file has DEC before DECOM; the episode was skipped.`));
    return null;
  }
  for (const [column, codes] of CODED) {
    const value = cell(column);
    if (value !== null && !codes.has(value)) out.add(_at('episodes', line, 'ROSTER-CODE-UNKNOWN', 'warning', `Line ${line} of the episodes file has a ${column} code that is not in the SSDA903 code set; it was kept as given.`));
  }
  if ((end === null) !== (cell('REC') === null)) {
    out.add(_at('episodes', line, 'ROSTER-EPISODE-END-INCOMPLETE', 'warning', `Line ${line} of the episodes file has only one of DEC and REC; both are coded or both left blank.`));
  }
  return {
    start, reasonNewEpisode: cell('RNE'), legalStatus: cell('LS'), categoryOfNeed: cell('CIN'), placement: cell('PLACE'), placementProvider: cell('PLACE_PROVIDER'),
    end, reasonEnded: cell('REC'), reasonPlaceChange: cell('REASON_PLACE_CHANGE'), urn: cell('URN'), line,
  };
}

/** Reads the episodes table onto the children; a child with episodes but no header row is added (and said). */
function readEpisodes(text: string, out: Findings, children: Map<string, Draft>): void {
  const unknown = new Set<string>();
  readTable('episodes', text, out, ({ fields, line }, index) => {
    const id = _cell(fields, index, 'CHILD');
    if (id === null) return out.add(_at('episodes', line, 'ROSTER-CHILD-MISSING', 'error', `Line ${line} of the episodes file has no CHILD id; the row was skipped.`));
    const episode = episodeOf(fields, index, line, out);
    let child = children.get(id);
    if (child === undefined) {
      child = { id, upn: null, dateOfBirth: null, line: 0, episodes: [] };
      children.set(id, child);
    }
    if (child.line === 0 && !unknown.has(id)) {
      unknown.add(id);
      out.add(_at('episodes', line, 'ROSTER-EPISODE-NO-HEADER', 'warning', `Line ${line} of the episodes file is for a CHILD with no row in the header file; the child is kept with no DOB or UPN.`));
    }
    if (episode !== null) child.episodes.push(episode);
  });
}

/** Sorts each child's episodes and reports overlaps (a new episode starting before the previous one ceased). */
function finish(children: Map<string, Draft>, out: Findings): RosterChild[] {
  const result: RosterChild[] = [];
  for (const c of children.values()) {
    const episodes = [...c.episodes].sort((a, b) => (a.start < b.start ? -1 : a.start > b.start ? 1 : a.line - b.line));
    for (let i = 1; i < episodes.length; i += 1) {
      const prev = episodes[i - 1]!;
      const cur = episodes[i]!;
      if (prev.end === null || cur.start < prev.end) {
        out.add(_at('episodes', cur.line, 'ROSTER-EPISODE-OVERLAP', 'warning', `Line ${cur.line} of the episodes file starts before the child's previous episode (line ${prev.line}) ceased.`));
      }
    }
    result.push(Object.freeze({ id: c.id, upn: c.upn, dateOfBirth: c.dateOfBirth, episodes: Object.freeze(episodes), line: c.line }));
  }
  return result;
}

/**
 * Reads a council's SSDA903 return (the DfE children looked after return) from its `header` and
 * `episodes` CSV tables into a roster: every child with their episodes of care. Dates written
 * `dd/mm/yyyy` become `'YYYY-MM-DD'`. A bad row gives a finding with its `file` and physical `line`
 * (quoted line breaks counted) and never stops the rest: missing columns, malformed quotes, rows with
 * no CHILD, repeated CHILD rows, bad dates, unknown codes, DEC before DECOM, episodes of a child with no
 * header row, overlapping episodes. Messages never hold a child's id, UPN, date of birth or a cell's
 * value. Use {@link careOn} to ask who was looked after on a date. Pure; never throws.
 * @param input - `{ header, episodes }`, the CSV text of each table.
 * @param options - `{ findingLimit? }` (default 1000 findings listed per file; the rest are counted).
 * @returns `{ roster, findings }`.
 * @example
 * import { readSsda903 } from 'pep-rules/report';
 * const { roster, findings } = readSsda903({
 *   header: 'CHILD,SEX,DOB,ETHNIC,UPN,MOTHER,MC_DOB\n101,1,01/09/2014,WBRI,UN1,,\n',
 *   episodes: 'CHILD,DECOM,RNE,LS,CIN,PLACE,PLACE_PROVIDER,DEC,REC,REASON_PLACE_CHANGE,HOME_POST,PL_POST,URN\n101,03/02/2025,S,C2,N1,U1,PR1,,,,,,\n',
 * });
 * [roster.children[0]?.dateOfBirth, roster.children[0]?.episodes[0]?.start, findings.length];
 * //=> ['2014-09-01', '2025-02-03', 0]
 */
export function readSsda903(input: Ssda903Input, options?: ReadSsda903Options): Ssda903Result {
  return _guarded(unguardedReadSsda903, [input, options]);
}

function unguardedReadSsda903(input: Ssda903Input, options?: ReadSsda903Options): Ssda903Result {
  const limit = _isRecord(options) && Number.isInteger(options.findingLimit) && (options.findingLimit as number) >= 0 ? (options.findingLimit as number) : FINDING_LIMIT;
  const out = new Findings(limit);
  const children = new Map<string, Draft>();
  const given: Partial<Record<Ssda903File, unknown>> = _isRecord(input) ? input : {};
  for (const file of ['header', 'episodes'] as const) {
    const text = given[file];
    if (typeof text !== 'string') {
      out.add(_at(file, 0, 'ROSTER-INPUT-INVALID', 'error', `The ${file} table was not given as CSV text.`));
      continue;
    }
    if (file === 'header') readHeader(text, out, children);
    else readEpisodes(text, out, children);
  }
  const list = finish(children, out);
  return { roster: Object.freeze({ format: 'pep-rules-ssda903-roster' as const, children: Object.freeze(list) }), findings: out.result() };
}
