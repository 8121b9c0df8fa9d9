/**
 * The `summary` command's text: a cohort on one screen (grades, PEP position, the most overdue
 * PEPs) with the commands that give the full report and every finding.
 */
import { _kindLabel as dueKind, _longDate } from '../../report/_cohortWords';
import type { CohortDistribution, CohortDueItem, CohortSummary } from '../../report/types';
import type { _Style } from './output';
import { _plural } from './reporter';

/** How many overdue PEPs the summary lists (the full report lists them all). */
export const _SUMMARY_OVERDUE_ROWS = 5;

/** `3634` → `3,634`. */
function thousands(n: number): string {
  return String(n).replace(/\B(?=(\d{3})+$)/g, ',');
}

/** The cells of one distribution: label, count and percentage (none for a small cohort). */
function cells(d: CohortDistribution): Cell[] {
  return d.rows.map((r) => ({
    label: r.label,
    count: String(r.count),
    pct: d.small || r.percent === null ? '' : `${r.percent.toFixed(1)}%`,
  }));
}

/** One table cell: a label, its count and its percentage. */
type Cell = { readonly label: string; readonly count: string; readonly pct: string };

/** Two distributions side by side under their headings, about 80 columns wide. */
function twoTables(left: [string, CohortDistribution], right: [string, CohortDistribution]): string[] {
  const l = cells(left[1]);
  const r = cells(right[1]);
  const lw = Math.max(left[0].length, ...l.map((c) => c.label.length));
  const rw = Math.max(right[0].length, ...r.map((c) => c.label.length));
  const cell = (c: Cell | undefined, width: number): string => (c === undefined ? ''.padEnd(width + 11) : `${c.label.padEnd(width)}${c.count.padStart(4)}${c.pct.padStart(7)}`);
  const lines = [`  ${left[0].padEnd(lw + 11)}   ${right[0]}`];
  for (let i = 0; i < Math.max(l.length, r.length); i++) lines.push(`  ${cell(l[i], lw)}   ${cell(r[i], rw)}`.trimEnd());
  return lines;
}

/** `Overdue: 19 (termly PEP 19)` and the most overdue PEPs, one line each. */
function overdueLines(overdue: readonly CohortDueItem[], style: _Style): string[] {
  if (overdue.length === 0) return [style.green('Overdue: none.')];
  const byKind = new Map<string, number>();
  for (const o of overdue) byKind.set(o.kind, (byKind.get(o.kind) ?? 0) + 1);
  const kinds = [...byKind].map(([k, n]) => `${dueKind(k)} ${n}`).join(', ');
  const shown = overdue.slice(0, _SUMMARY_OVERDUE_ROWS);
  const pw = Math.max(...shown.map((o) => o.pepId.length));
  const cw = Math.max(...shown.map((o) => o.childId.length));
  const kw = Math.max(...shown.map((o) => dueKind(o.kind).length));
  const lines = [`${style.red(`Overdue: ${overdue.length}`)} (${kinds}), most overdue first:`];
  for (const o of shown) {
    lines.push(`  ${o.pepId.padEnd(pw)}  ${o.childId.padEnd(cw)}  ${dueKind(o.kind).padEnd(kw)}  due ${_longDate(o.due)}, ${thousands(o.days)} ${o.days === 1 ? 'day' : 'days'} overdue`);
  }
  if (overdue.length > shown.length) lines.push(`  … and ${overdue.length - shown.length} more in the full report`);
  return lines;
}

/** The first two lines: what was read, on what date, under which policy. */
function headLines(s: CohortSummary, input: string, style: _Style): string[] {
  const r = s.records;
  const set = [r.superseded > 0 ? `${r.superseded} earlier PEPs` : '', r.leftCare > 0 ? `${r.leftCare} left care` : ''].filter((x) => x !== '');
  const unreadable = r.invalid > 0 ? style.red(`${r.invalid} unreadable`) : '0 unreadable';
  return [
    style.bold(`PEP cohort summary on ${_longDate(s.today)} · policy ${s.policy.id} · ${input}`),
    `${_plural(r.read, 'record')}: ${_plural(r.valid, 'PEP')}, ${unreadable} · ${r.children} ${r.children === 1 ? 'child' : 'children'}` +
      `${set.length > 0 ? ` (set aside: ${set.join(', ')})` : ''}, ${s.upToDate.count} up to date`,
  ];
}

/**
 * The roster's counts on one line (empty without a roster): children in care by the SSDA903 roster,
 * with a current PEP, overdue, with none, then what else needs action.
 * @param s - The cohort summary.
 * @returns The line, ending with a newline, or `''`.
 */
export function _rosterText(s: CohortSummary): string {
  const r = s.roster;
  if (r === undefined) return '';
  return (
    `Roster (SSDA903): ${r.children.count} children in care: ${r.withCurrentPep.count} with a current PEP, ${r.overdue.count} overdue, ${r.noPep.count} with no PEP` +
    ` · ${r.initialLate.count} initial PEP late · ${r.placementChangeNoReview.count} placement change without review` +
    ` · ${r.notOnRoster.count} PEPs not on the roster · ${r.shortBreaks.count} short breaks only\n`
  );
}

/** Shell-quotes an argument for a hint line when it needs it. */
function shellArg(arg: string): string {
  return /^[A-Za-z0-9_./:@%+=,-]+$/.test(arg) ? arg : `'${arg.replace(/'/g, `'\\''`)}'`;
}

/**
 * The `summary` command's text.
 * @param s - The cohort summary.
 * @param run - The input as given and the options to repeat in the hints (`--today …`, `--policy …`).
 * @param style - Colours (or none).
 * @returns About 20 lines (at most 21), each ending with a newline.
 */
export function _cohortText(s: CohortSummary, run: { readonly input: string; readonly options: readonly string[] }, style: _Style): string {
  const args = [shellArg(run.input), ...run.options.map(shellArg)].join(' ');
  const lines = [
    ...headLines(s, run.input, style),
    '',
    ...twoTables(['Children by QA grade', s.qaGrades], ['Children by PEP position', s.status]),
    '',
    ...overdueLines(s.overdue, style),
    ...(s.roster !== undefined ? ['', _rosterText(s).trimEnd()] : []),
    '',
    `Full report:    pep-rules report ${args} --html cohort-report.html`,
    `Every finding:  pep-rules grade ${args}`,
    '                (add --format junit or --format json for CI)',
  ];
  if (s.findings.length > 0) lines.push(`Notes:          ${s.findings.map((f) => f.code).filter((c, i, all) => all.indexOf(c) === i).join(', ')} (see the full report)`);
  return `${lines.join('\n')}\n`;
}
