/** The `json` and `ndjson` formats of `validate` and `grade`: the same objects, as one array or one per line. */
import { _emptyTally, _summaryLine, type _RecordRenderer, type _RecordResult, type _RenderOptions, type _Reporter, type _ReporterOptions, type _Summary } from './reporter';

/** The JSON object for one record (also one NDJSON line). */
function recordJson(r: _RecordResult, command: 'validate' | 'grade'): Record<string, unknown> {
  const base: Record<string, unknown> = { type: 'record', file: r.file, line: r.line, id: r.id, malformed: r.malformed, valid: r.valid };
  // A malformed record also says where its bytes start, for a tool that cuts it out of the file.
  if (r.malformed && r.offset !== undefined) base.offset = r.offset;
  if (command === 'grade') {
    base.grade = r.grade;
    base.nonNegotiables = r.nonNegotiables;
    base.criteria = r.criteria;
  }
  base.failed = r.failed;
  base.findings = r.findings;
  return base;
}

function summaryJson(s: _Summary): Record<string, unknown> {
  const out: Record<string, unknown> = {
    type: 'summary',
    command: s.command,
    policy: s.policy,
    today: s.today,
    failOn: s.failOn,
    files: s.files,
    records: s.records,
    valid: s.valid,
    invalid: s.invalid,
    malformed: s.malformed,
    findings: { error: s.errors, warning: s.warnings, info: s.info },
  };
  if (s.command === 'grade') out.grades = s.grades;
  out.failed = s.failed;
  out.ioErrors = s.ioErrors;
  out.exitCode = s.exitCode;
  return out;
}

/** One record as JSON: a line of NDJSON, or an element of the `json` array (joined by `,\n`). */
export function _jsonRenderer(o: _RenderOptions, layout: 'json' | 'ndjson'): _RecordRenderer {
  return {
    separator: layout === 'json' ? ',\n' : '',
    render(r) {
      const text = JSON.stringify(recordJson(r, o.command));
      return layout === 'ndjson' ? `${text}\n` : text;
    },
  };
}

/**
 * NDJSON: one object per line, `type` `'record'`, `'file'` (a problem with a whole input) or
 * `'summary'` (last line). `json` is the same objects streamed as one JSON array.
 */
export function _jsonReporter(o: _ReporterOptions, layout: 'json' | 'ndjson'): _Reporter {
  const { out } = o;
  const renderer = _jsonRenderer(o, layout);
  let first = true;
  /** Writes rendered text: a line each in NDJSON, elements of the array in `json`. */
  const put = (text: string): void => {
    if (layout === 'ndjson') out.write(text);
    else {
      out.write(first ? `[\n${text}` : `,\n${text}`);
      first = false;
    }
  };
  const emit = (obj: Record<string, unknown>): void => put(layout === 'ndjson' ? `${JSON.stringify(obj)}\n` : JSON.stringify(obj));
  return {
    record(r) {
      put(renderer.render(r, _emptyTally()));
    },
    rendered(_file, text) {
      if (text !== '') put(text);
    },
    fileProblem(file, f) {
      emit({ type: 'file', file, findings: [f] });
    },
    async end(summary) {
      emit(summaryJson(summary));
      if (layout === 'json') out.write('\n]\n');
      await out.end();
      o.err.write(_summaryLine(summary, o.style));
      await o.err.end();
    },
  };
}
