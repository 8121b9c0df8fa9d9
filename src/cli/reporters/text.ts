/** The `text` format of `validate` and `grade`: plain text for people. */
import type { _Grade } from '../_assess';
import { _findingLine, _isShown } from './finding';
import type { _Style } from './output';
import { _emptyTally, _summaryLine, type _RecordRenderer, type _RenderOptions, type _Reporter, type _ReporterOptions } from './reporter';

function gradeLabel(grade: _Grade | null, style: _Style): string {
  if (grade === null) return style.dim('ungraded');
  const text = grade.toUpperCase();
  return grade === 'red' ? style.red(text) : grade === 'amber' ? style.yellow(text) : grade === 'green' ? style.green(text) : style.gold(text);
}

/** The text of one record: a block when it has something to say. */
export function _textRenderer(o: _RenderOptions): _RecordRenderer {
  const { style } = o;
  return {
    separator: '',
    render(r) {
      const visible = r.findings.filter((f) => _isShown(f, o.verbose));
      if (o.command === 'validate' && visible.length === 0) return '';
      const where = style.dim(`${r.file}:${r.line}`);
      const id = r.id ?? style.dim('(no id)');
      const tail = o.command === 'grade' && !r.malformed ? `  ${gradeLabel(r.grade, style)}` : r.malformed ? `  ${style.red('unreadable')}` : '';
      let text = `${where}  ${id}${tail}\n`;
      for (const f of visible) text += _findingLine(f, style);
      return text;
    },
  };
}

/** Plain text for people: one block per record that has something to say, then the summary line. */
export function _textReporter(o: _ReporterOptions): _Reporter {
  const { out, style } = o;
  const renderer = _textRenderer(o);
  return {
    record(r) {
      out.write(renderer.render(r, _emptyTally()));
    },
    rendered(_file, text) {
      out.write(text);
    },
    fileProblem(file, f) {
      out.write(`${style.dim(file)}\n${_findingLine(f, style)}`);
    },
    async end(summary) {
      out.write(_summaryLine(summary, style));
      await out.end();
    },
  };
}
