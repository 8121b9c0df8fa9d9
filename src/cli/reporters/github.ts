/** The `github` format of `validate` and `grade`: GitHub Actions workflow annotations. */
import type { Finding } from '../../core/finding';
import { _formatPath, _isShown } from './finding';
import { _summaryLine, type _Reporter, type _ReporterOptions } from './reporter';

/** Escapes a GitHub workflow command's message. */
function ghData(s: string): string {
  return s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}
/** Escapes a GitHub workflow command's property value. */
function ghProperty(s: string): string {
  return ghData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

/**
 * GitHub Actions workflow annotations: `::error file=…,line=…,title=CODE::message` per error,
 * `::warning` per warning (`::notice` per info with `--verbose`), and for `grade` an annotation
 * per red (`::error`) or amber (`::warning`) PEP; then the summary line as plain log text.
 */
export function _githubReporter(o: _ReporterOptions): _Reporter {
  const { out } = o;
  const level = (f: Finding): string => (f.severity === 'error' ? 'error' : f.severity === 'warning' ? 'warning' : 'notice');
  const annotate = (lvl: string, file: string, line: number | null, title: string, message: string): void => {
    const props = [`file=${ghProperty(file)}`];
    if (line !== null) props.push(`line=${line}`);
    props.push(`title=${ghProperty(title)}`);
    out.write(`::${lvl} ${props.join(',')}::${ghData(message)}\n`);
  };
  return {
    record(r) {
      const who = r.id === null ? '' : `${r.id}: `;
      for (const f of r.findings) {
        if (!_isShown(f, o.verbose)) continue;
        const path = _formatPath(f.path);
        annotate(level(f), r.file, r.line, f.code, `${who}${path === '' ? '' : `${path}: `}${f.message}`);
      }
      if (o.command === 'grade' && (r.grade === 'red' || r.grade === 'amber')) {
        annotate(r.grade === 'red' ? 'error' : 'warning', r.file, r.line, `PEP graded ${r.grade}`, `${who}the PEP is graded ${r.grade} against the QA grid.`);
      }
    },
    fileProblem(file, f) {
      annotate(level(f), file, null, f.code, f.message);
    },
    async end(summary) {
      out.write(_summaryLine(summary, o.style));
      await out.end();
    },
  };
}
