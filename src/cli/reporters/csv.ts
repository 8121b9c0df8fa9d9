/**
 * The `csv` format of `validate` and `grade`: every finding as one CSV row (the columns of
 * `FINDINGS_COLUMNS` from `pep-rules/report`: record, pep_id, child_id, code, severity, path, message,
 * source), RFC 4180 with CRLF line ends and spreadsheet formulas guarded, written by the report
 * layer's own CSV writer. `record` is `<file>:<line>`. A record with no finding writes no row; the
 * summary line goes to stderr. Rows stream: nothing is kept but the header's state.
 */
import type { Finding } from '../../core/finding';
import { findingsCsv } from '../../report/csv/findingsCsv';
import { _emptyTally, _summaryLine, type _RecordRenderer, type _RecordResult, type _RenderOptions, type _Reporter, type _ReporterOptions } from './reporter';

/** The CSV text of some rows, without the header row. */
function rowsOf(rows: readonly { record: string; pepId: string | null; finding: Finding }[]): string {
  if (rows.length === 0) return '';
  const text = findingsCsv(rows.map((r) => ({ ...r, childId: null })));
  return text.slice(text.indexOf('\r\n') + 2);
}

/** The header row of the format. */
const HEADER = findingsCsv([]);

/**
 * One record's findings as CSV rows (no header), `info` only with `--verbose`.
 * @param o - Verbosity.
 * @returns The renderer.
 */
export function _csvRenderer(o: _RenderOptions): _RecordRenderer {
  return {
    separator: '',
    render(r: _RecordResult) {
      const shown = r.findings.filter((f) => f.severity !== 'info' || o.verbose);
      return rowsOf(shown.map((finding) => ({ record: `${r.file}:${r.line}`, pepId: r.id, finding })));
    },
  };
}

/**
 * The streaming CSV reporter: the header row first, then each record's rows as they come.
 * @param o - Outputs, style, verbosity and command.
 * @returns The reporter.
 */
export function _csvReporter(o: _ReporterOptions): _Reporter {
  const { out } = o;
  const renderer = _csvRenderer(o);
  let started = false;
  const put = (text: string): void => {
    if (!started) {
      out.write(HEADER);
      started = true;
    }
    if (text !== '') out.write(text);
  };
  return {
    record: (r) => put(renderer.render(r, _emptyTally())),
    rendered: (_file, text) => put(text),
    fileProblem: (file, finding) => put(rowsOf([{ record: file, pepId: null, finding }])),
    async end(summary) {
      put('');
      await out.end();
      o.err.write(_summaryLine(summary, o.style));
      await o.err.end();
    },
  };
}
