import { _guarded } from '../../core/_guarded';
import { isIsoDate, type IsoDate } from '../../core/isoDate';
import { _PLACEMENT_CHANGE_RNE, _REASON_NEW_EPISODE, _SHORT_BREAK_STATUS, _TEMPORARY_PLACEMENT } from './_codeSets';
import type { RosterCare, RosterChild, RosterEpisode } from './types';

/** The episode that covers `date` (from DECOM up to the day before DEC); the latest-starting one when episodes overlap. */
function coveringIndex(episodes: readonly RosterEpisode[], date: IsoDate): number {
  let found = -1;
  episodes.forEach((e, i) => {
    if (e.start <= date && (e.end === null || e.end > date)) found = i;
  });
  return found;
}

/** Whether episode `i` continues the period of care of episode `i - 1`. */
function continues(prev: RosterEpisode, cur: RosterEpisode): boolean {
  if (cur.reasonNewEpisode === 'S') return false;
  return prev.end === cur.start && (prev.reasonEnded === null || prev.reasonEnded === 'X1');
}

/** Whether an episode starts a change of placement (a temporary placement, and the return from one to the same placement, do not). */
function isPlacementChange(episodes: readonly RosterEpisode[], i: number): boolean {
  const cur = episodes[i]!;
  const prev = episodes[i - 1]!;
  const changes = cur.reasonNewEpisode !== null && _REASON_NEW_EPISODE.has(cur.reasonNewEpisode) ? _PLACEMENT_CHANGE_RNE.has(cur.reasonNewEpisode) : cur.placement !== prev.placement;
  if (!changes || (cur.placement !== null && _TEMPORARY_PLACEMENT.has(cur.placement))) return false;
  const before = episodes[i - 2];
  const returning = prev.placement !== null && _TEMPORARY_PLACEMENT.has(prev.placement) && before !== undefined && before.placement === cur.placement && before.urn === cur.urn;
  return !returning;
}

/**
 * A child's care on a date, read from their SSDA903 episodes as the DfE guide reads them: looked after
 * on a date when an episode covers it (DECOM on or before it, DEC after it or blank; the child is not
 * looked after on the day the last episode ceased). The current period of care runs back through
 * episodes that follow on the same day (the earlier one ceased with REC `X1`) to one that started with
 * RNE `S`. Placement changes are the episodes of that period starting with RNE `P`, `T`, `U` or `B`
 * (a placement code change when RNE is missing), leaving out temporary placements (T0–T4) and the return
 * from one to the same placement. `shortBreaks` is `true` under legal status V3 or V4.
 * @param child - A child of a roster from {@link readSsda903}.
 * @param date - The date, `'YYYY-MM-DD'`.
 * @returns The child's care on the date, or `null` when not looked after on it (or the date is not a date).
 * @example
 * import { careOn, readSsda903 } from 'pep-rules/report';
 * const { roster } = readSsda903({
 *   header: 'CHILD,DOB,UPN\n7,01/09/2014,\n',
 *   episodes: 'CHILD,DECOM,RNE,LS,PLACE,DEC,REC\n7,03/02/2025,S,C2,U1,10/03/2025,X1\n7,10/03/2025,P,C2,U3,,\n',
 * });
 * careOn(roster.children[0]!, '2025-06-30');
 * //=> { since: '2025-02-03', legalStatus: 'C2', placement: 'U3', shortBreaks: false, placementChanges: ['2025-03-10'] }
 */
export function careOn(child: RosterChild, date: IsoDate): RosterCare | null {
  return _guarded(unguardedCareOn, [child, date]);
}

function unguardedCareOn(child: RosterChild, date: IsoDate): RosterCare | null {
  if (!isIsoDate(date) || child === null || typeof child !== 'object' || !Array.isArray(child.episodes)) return null;
  // Episodes as readSsda903 makes them; anything else (a roster edited by hand) is passed over.
  const episodes = (child.episodes as readonly unknown[]).filter(
    (e): e is RosterEpisode => e !== null && typeof e === 'object' && isIsoDate((e as RosterEpisode).start) && ((e as RosterEpisode).end === null || isIsoDate((e as RosterEpisode).end)),
  );
  const at = coveringIndex(episodes, date);
  if (at < 0) return null;
  let first = at;
  while (first > 0 && continues(episodes[first - 1]!, episodes[first]!)) first -= 1;
  const placementChanges: IsoDate[] = [];
  for (let i = first + 1; i <= at; i += 1) if (isPlacementChange(episodes, i)) placementChanges.push(episodes[i]!.start);
  const current = episodes[at]!;
  return {
    since: episodes[first]!.start,
    legalStatus: current.legalStatus,
    placement: current.placement,
    shortBreaks: current.legalStatus !== null && _SHORT_BREAK_STATUS.has(current.legalStatus),
    placementChanges,
  };
}
