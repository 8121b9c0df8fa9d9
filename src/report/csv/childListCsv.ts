import { _guarded } from '../../core/_guarded';
import type { CohortRosterAction, CohortSummary } from '../types';
import { toCsv, type CsvCell } from './toCsv';

/**
 * The columns of {@link childListCsv}, in order: the child's id, why they need action (`no-pep`,
 * `overdue`, `initial-late`, `placement-change-no-review`, `not-on-roster`, or without a roster
 * `overdue` and `not-known`), what was due by when, the calendar days past it, the latest PEP meeting
 * held, and every reason as report codes separated by spaces.
 * @example
 * import { CHILD_LIST_COLUMNS } from 'pep-rules/report';
 * CHILD_LIST_COLUMNS.join(',');
 * //=> 'child_id,status,due_date,days_overdue,latest_pep_date,reason_codes'
 */
export const CHILD_LIST_COLUMNS = Object.freeze(['child_id', 'status', 'due_date', 'days_overdue', 'latest_pep_date', 'reason_codes'] as const);

/** The rows of a summary made without a roster: overdue PEPs, then children whose position is not known. */
function withoutRoster(summary: CohortSummary): CsvCell[][] {
  const list = <T>(value: unknown): T[] => (Array.isArray(value) ? value.filter((v) => v !== null && typeof v === 'object') : []);
  const rows: CsvCell[][] = list<CohortSummary['overdue'][number]>(summary.overdue).map((o) => [o.childId, 'overdue', o.due, o.days, null, 'ROSTER-PEP-OVERDUE']);
  for (const n of list<CohortSummary['notKnown'][number]>(summary.notKnown)) rows.push([n.childId, 'not-known', null, null, null, n.reason === 'future-dated' ? 'COHORT-PEP-FUTURE-DATED' : 'COHORT-SCHEDULE-UNAVAILABLE']);
  return rows;
}

const rowOf = (a: CohortRosterAction): CsvCell[] => [a.childId, a.status, a.due, a.daysOverdue, a.latestPep, Array.isArray(a.reasons) ? a.reasons.join(' ') : null];

/**
 * The children needing action as CSV (RFC 4180, CRLF line ends, cells guarded against spreadsheet
 * formulas), one row per child, with the columns of {@link CHILD_LIST_COLUMNS}. With a roster
 * (`cohortSummary(…, { roster })`) the rows are `summary.roster.actions`: no PEP, PEP overdue,
 * initial PEP late, placement change with no review, PEP for a child not on the roster. Without one
 * they are the overdue PEPs (latest PEP date blank) and the children whose position is not known.
 * Child ids only: never a name.
 * @param summary - A {@link CohortSummary}.
 * @returns The CSV text, header row first.
 * @example
 * import { childListCsv, cohortSummary } from 'pep-rules/report';
 * childListCsv(cohortSummary([], { today: '2025-06-30' }));
 * //=> 'child_id,status,due_date,days_overdue,latest_pep_date,reason_codes\r\n'
 */
export function childListCsv(summary: CohortSummary): string {
  return _guarded(unguardedChildListCsv, [summary]);
}

function unguardedChildListCsv(summary: CohortSummary): string {
  if (summary === null || typeof summary !== 'object') return toCsv(CHILD_LIST_COLUMNS, []);
  const actions: unknown = (summary.roster as { actions?: unknown } | undefined)?.actions;
  if (!Array.isArray(actions)) return toCsv(CHILD_LIST_COLUMNS, withoutRoster(summary));
  return toCsv(CHILD_LIST_COLUMNS, actions.filter((a): a is CohortRosterAction => a !== null && typeof a === 'object').map(rowOf));
}
