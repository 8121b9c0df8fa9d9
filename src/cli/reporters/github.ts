/** The `github` format of `validate` and `grade`: GitHub Actions workflow annotations. */
import type { Finding } from '../../core/finding';
import { _formatPath, _isShown } from './finding';
import { _emptyTally, _summaryLine, type _RecordRenderer, type _RenderOptions, type _Reporter, type _ReporterOptions } from './reporter';

/**
 * Annotations of one kind (error, warning, notice) that GitHub shows per step: "10 warning
 * annotations, 10 error annotations, and 10 notice annotations per step; 50 annotations per job"
 * (actions/toolkit, docs/problem-matchers.md, "Limitations").
 */
const _GITHUB_ANNOTATIONS_PER_KIND = 10;

/** The annotation kinds, in the order they are counted and reported. */
const LEVELS = ['error', 'warning', 'notice'] as const;
type Level = (typeof LEVELS)[number];

/** Escapes a GitHub workflow command's message. */
function ghData(s: string): string {
  return s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}
/** Escapes a GitHub workflow command's property value. */
function ghProperty(s: string): string {
  return ghData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

/** `104 error and 791 warning annotations`: the kinds written more often than GitHub shows. */
function hiddenKinds(counts: Readonly<Record<Level, number>>): string {
  const over = LEVELS.filter((l) => counts[l] > _GITHUB_ANNOTATIONS_PER_KIND).map((l) => `${counts[l]} ${l}`);
  return over.length === 0 ? '' : `${over.length === 1 ? over[0] : `${over.slice(0, -1).join(', ')} and ${over.at(-1)}`} annotations`;
}

/**
 * The closing line of a run that wrote more annotations of a kind than GitHub shows: the full
 * counts, the limit, and where the rest are.
 * @param command - `validate` or `grade`.
 * @param counts - Annotations written, per kind.
 * @returns The line, or `''` when GitHub shows every annotation.
 */
function _githubLimitLine(command: string, counts: Readonly<Record<Level, number>>): string {
  if (hiddenKinds(counts) === '') return '';
  const all = LEVELS.map((l) => `${counts[l]} ${l}`).join(', ');
  const limit = _GITHUB_ANNOTATIONS_PER_KIND;
  return (
    `pep-rules ${command}: annotations written: ${all}. GitHub shows the first ${limit} of each kind per step (50 per job); ` +
    `every annotation is in this log above, and --format junit or --format json gives every finding as a report.\n`
  );
}

type Annotate = (lvl: Level, file: string | null, line: number | null, title: string, message: string) => string;

/** One annotation line, counted into `counts`. */
function annotation(counts: Record<Level, number>): Annotate {
  return (lvl, file, line, title, message) => {
    const props = file === null ? [] : [`file=${ghProperty(file)}`];
    if (line !== null) props.push(`line=${line}`);
    props.push(`title=${ghProperty(title)}`);
    counts[lvl]++;
    return `::${lvl} ${props.join(',')}::${ghData(message)}\n`;
  };
}

const level = (f: Finding): Level => (f.severity === 'error' ? 'error' : f.severity === 'warning' ? 'warning' : 'notice');

/** One record's annotations, counted into the tally's `annotations`. */
export function _githubRenderer(o: _RenderOptions): _RecordRenderer {
  return {
    separator: '',
    render(r, tally) {
      const annotate = annotation(tally.annotations);
      const who = r.id === null ? '' : `${r.id}: `;
      let text = '';
      for (const f of r.findings) {
        if (!_isShown(f, o.verbose)) continue;
        const path = _formatPath(f.path);
        text += annotate(level(f), r.file, r.line, f.code, `${who}${path === '' ? '' : `${path}: `}${f.message}`);
      }
      if (o.command === 'grade' && (r.grade === 'red' || r.grade === 'amber')) {
        text += annotate(r.grade === 'red' ? 'error' : 'warning', r.file, r.line, `PEP graded ${r.grade}`, `${who}the PEP is graded ${r.grade} against the QA grid.`);
      }
      return text;
    },
  };
}

/**
 * GitHub Actions workflow annotations: `::error file=…,line=…,title=CODE::message` per error,
 * `::warning` per warning (`::notice` per info with `--verbose`), and for `grade` an annotation
 * per red (`::error`) or amber (`::warning`) PEP; then the summary line as plain log text. When a
 * kind is written more than GitHub shows per step, a `::notice` and a last line say so, with the
 * full counts and how to get the rest.
 */
export function _githubReporter(o: _ReporterOptions): _Reporter {
  const { out } = o;
  const counts: Record<Level, number> = { error: 0, warning: 0, notice: 0 };
  const annotate = annotation(counts);
  const renderer = _githubRenderer(o);
  return {
    record(r) {
      const tally = _emptyTally();
      tally.annotations = counts;
      out.write(renderer.render(r, tally));
    },
    rendered(_file, text, tally) {
      for (const l of LEVELS) counts[l] += tally.annotations[l];
      out.write(text);
    },
    fileProblem(file, f) {
      out.write(annotate(level(f), file, null, f.code, f.message));
    },
    async end(summary) {
      const hidden = hiddenKinds(counts);
      if (hidden !== '') {
        const limit = _GITHUB_ANNOTATIONS_PER_KIND;
        out.write(annotate('notice', null, null, 'More annotations than GitHub shows', `${hidden} were written; GitHub shows the first ${limit} of each kind per step. The step log has them all; --format junit or --format json gives every finding.`));
      }
      out.write(_summaryLine(summary, o.style));
      out.write(_githubLimitLine(summary.command, counts));
      await out.end();
    },
  };
}
