import { _describe, _doneOn, _due, _item } from './due';
import type { _ScheduleContext, _ScheduleEntry } from './types';

/**
 * `school-place`: for each time the child was without a school place (`input.schoolPlaces`), a
 * place secured within `timescales.secureSchoolPlace` of the first day without one (The Virtual
 * School Handbook: "an undertaking to secure a suitable new education placement within 20 school
 * days"); done by `securedOn`. Nothing when the policy sets no figure; a time that began before care
 * counts from entering care.
 * @internal
 */
export function _schoolPlace(ctx: _ScheduleContext): _ScheduleEntry[] {
  const figure = ctx.timescales.secureSchoolPlace;
  if (figure === null || figure === undefined) return [];
  return ctx.schoolPlaces.flatMap((need, i): _ScheduleEntry[] => {
    const from = need.from < ctx.enteredCare ? ctx.enteredCare : need.from;
    if (from >= ctx.adult) return [];
    const due = _due(ctx.env, figure, from);
    if (due.date === null) return [...due.notes];
    const secured = _doneOn(ctx.today, need.securedOn);
    const basis = `A school place secured within ${_describe(figure)} of the child being without one (${figure.source})${due.suffix}`;
    const item = { kind: 'school-place' as const, due: due.date, basis, schoolPlace: i, ...(secured !== undefined ? { completedOn: secured } : {}) };
    return [...due.notes, _item(item, secured !== undefined ? ['schoolPlaces', i, 'securedOn'] : null)];
  });
}
