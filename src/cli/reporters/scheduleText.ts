/** How `pep-rules deadlines` shows a schedule as text. */
import type { PepSchedule, ScheduleItem } from '../../pep/pepSchedule';
import { _findingLine } from './finding';
import type { _Style } from './output';

function statusText(item: ScheduleItem, style: _Style): string {
  const s = item.status.padEnd(9);
  return item.status === 'overdue' ? style.red(s) : item.status === 'due-soon' ? style.yellow(s) : item.status === 'done' ? style.green(s) : s;
}

/**
 * The schedule as text: a heading, one line per item (due date, status, kind, basis), the findings.
 * @param schedule - What `pepSchedule` returned.
 * @param today - The date status is judged on.
 * @param policyLabel - The policy's name as given.
 * @param style - Colours (or none).
 * @returns The text.
 */
export function _scheduleText(schedule: PepSchedule, today: string, policyLabel: string, style: _Style): string {
  let out = `Schedule on ${today} under the ${policyLabel} policy\n`;
  for (const item of schedule.items) {
    out += `  ${item.due}  ${statusText(item, style)} ${style.bold(item.kind.padEnd(24))} ${style.dim(item.basis)}\n`;
  }
  if (schedule.items.length === 0) out += '  (no items)\n';
  for (const f of schedule.findings) out += _findingLine(f, style);
  return out;
}
