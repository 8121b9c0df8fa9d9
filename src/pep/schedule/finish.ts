import { finding, type Finding } from '../../core/finding';
import { toDayNumberOrNull } from '../../core/isoDate';
import { _coverageFindings } from '../../deadlines/_workingDays';
import type { _ScheduleContext, _ScheduleDraft, _ScheduleEntry, PepSchedule, ScheduleItem, ScheduleItemKind, ScheduleStatus } from './types';

const KIND_ORDER: readonly ScheduleItemKind[] = [
  'initial-pep',
  'initial-pep-complete',
  'first-care-review',
  'care-review',
  'placement-change-review',
  'allocation',
  'reminder',
  'sdq-due',
  'termly-pep',
  'ehcp-annual-review-pep',
  'transition-pep',
  'school-place',
  'suspension-provision',
  'submission',
  'distribution',
];

function statusOf(item: _ScheduleDraft, ctx: _ScheduleContext): ScheduleStatus {
  if (item.completedOn !== undefined) return 'done';
  return item.due < ctx.today ? 'overdue' : item.due <= ctx.soon ? 'due-soon' : 'upcoming';
}

/**
 * Turns the obligations' entries into the result: each item judged against today (`done` when the
 * input shows it done, else `overdue`, `due-soon` or `upcoming`) with a `DEADLINE-SCHEDULE-LATE`
 * warning when it was done after its due date; items sorted by due date, kind and meeting; the
 * findings in the order raised, then each note once per code, then the bank-holiday coverage of
 * the years from entering care to the last item.
 * @internal
 */
export function _finishSchedule(entries: readonly _ScheduleEntry[], ctx: _ScheduleContext): PepSchedule {
  const items: ScheduleItem[] = [];
  const findings: Finding[] = [];
  const notes = new Map<string, Finding>();
  for (const e of entries) {
    if ('note' in e) {
      if (!notes.has(e.note.code)) notes.set(e.note.code, e.note);
    } else if ('finding' in e) findings.push(e.finding);
    else {
      const { item, evidence } = e;
      items.push({ ...item, status: statusOf(item, ctx) });
      if (item.completedOn !== undefined && item.completedOn > item.due) {
        findings.push(finding('DEADLINE-SCHEDULE-LATE', 'warning', `The ${item.kind} item was done after its due date.`, evidence ?? undefined, item.basis));
      }
    }
  }
  items.sort(
    (a, b) =>
      (a.due < b.due ? -1 : a.due > b.due ? 1 : 0) || KIND_ORDER.indexOf(a.kind) - KIND_ORDER.indexOf(b.kind) || (a.meeting ?? -1) - (b.meeting ?? -1),
  );
  const far = toDayNumberOrNull(items[items.length - 1]?.due);
  const coverage = far !== null ? _coverageFindings(toDayNumberOrNull(ctx.enteredCare) as number, far, ctx.env.ctx) : [];
  return { items, findings: [...findings, ...notes.values(), ...coverage] };
}
