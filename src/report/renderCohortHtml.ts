import { _guarded } from '../core/_guarded';
import { _compliance, _dataQuality, _definitions, _header, _keyFigures, _ppPlus, _profile, _quality, _wellbeing, type _Page } from './_cohortHtmlSections';
import { _roster } from './_cohortHtmlRoster';
import { _legend } from './_cohortLegend';
import type { CohortSummary } from './types';

/** Options for {@link renderCohortHtml}. */
export interface RenderCohortHtmlOptions {
  /**
   * Print child names in the overdue list. Names appear only when the summary carries them
   * (`cohortSummary(…, { includeNames: true })`); with `false` (the default) none are printed even if it does.
   */
  readonly includeNames?: boolean;
  /** The report's title. Default `'Virtual school PEP report'`. */
  readonly title?: string;
  /** Rows printed per list (overdue, due soon, SDQ concern, attendance, invalid); the rest are counted. Default 200. */
  readonly maxListRows?: number;
}

/**
 * Renders a cohort summary as one self-contained HTML page: no scripts and no network assets
 * (a Content-Security-Policy forbids both), inline SVG bar charts each with an accessible table
 * (caption, `th scope`), and print CSS for A4. Every text is escaped. Percentages of groups below
 * the small-cohort threshold are printed as `n<5` and marked. Child names are printed only when
 * both the summary carries them and `includeNames` is `true`, and then only in the overdue list.
 * Pure: a summary in, a string out. Anything that is not a summary gives a short page saying so.
 * @param summary - From `cohortSummary` or `createCohortAccumulator(…).result()`.
 * @param options - `includeNames`, `title`, `maxListRows`.
 * @returns The HTML document.
 * @example
 * import { cohortSummary, renderCohortHtml } from 'pep-rules/report';
 * const html = renderCohortHtml(cohortSummary([], { today: '2025-06-30' }), { title: 'Spring <review>' });
 * [html.startsWith('<!DOCTYPE html>'), html.includes('<title>Spring &#60;review&#62;</title>'), html.includes('<script')];
 * //=> [true, true, false]
 */
export function renderCohortHtml(summary: CohortSummary, options: RenderCohortHtmlOptions = {}): string {
  return _guarded(unguardedRenderCohortHtml, [summary, options]);
}

function unguardedRenderCohortHtml(summary: CohortSummary, options: RenderCohortHtmlOptions = {}): string {
  const opts: RenderCohortHtmlOptions = typeof options === 'object' && options !== null ? options : {};
  const s = summary as unknown;
  const isSummary =
    typeof s === 'object' && s !== null && (s as CohortSummary).format === 'pep-rules-cohort-summary' && (s as CohortSummary).version === 1;
  if (isSummary) {
    try {
      return render(s as CohortSummary, opts);
    } catch {
      // A summary changed by hand so that a section is missing: fall through to the notice.
    }
  }
  return (
    `<!DOCTYPE html><html lang="en-GB"><head><meta charset="utf-8"><title>Not a cohort summary</title></head>` +
    `<body><p>This is not a cohort summary from pep-rules (format pep-rules-cohort-summary, version 1), so there is nothing to report.</p></body></html>\n`
  );
}

/** The page, section by section (each in `_cohortHtmlSections`), one line of the document per entry. */
function render(s: CohortSummary, options: RenderCohortHtmlOptions): string {
  const page: _Page = {
    s,
    below: s.definitions.smallCohortBelow,
    names: options.includeNames === true && s.includesNames,
    max: typeof options.maxListRows === 'number' && options.maxListRows >= 1 ? Math.min(1e6, Math.trunc(options.maxListRows)) : 200,
    title: typeof options.title === 'string' ? options.title : 'Virtual school PEP report',
  };
  const sections = [_header, _keyFigures, _legend, _roster, _compliance, _quality, _wellbeing, _ppPlus, _profile, _dataQuality, _definitions];
  return sections.flatMap((section) => section(page)).join('\n');
}
