/*
 * Records and children: how many records were read and were PEPs, repeated PEP ids, which PEP is a
 * child's current one, who has left care, and the identifiers the summary may print.
 * Internal: not re-exported.
 */
import { _isRecord } from '../../core/guards';
import { finding, type Finding } from '../../core/finding';
import { ageOn, type IsoDate } from '../../core/isoDate';
import type { Pep } from '../../pep/schema';
import { _safeId } from '../_cohortStats';
import type { CohortPepRef, CohortSummary } from '../types';

/** What the summary keeps about who a child is: their current PEP's identifiers and dates. */
export interface RecordsSlot {
  pepId: string;
  pepRef: string;
  childRef: string;
  /** The position of the current PEP's record (1-based, or the caller's line). */
  record: number;
  meetingDate: IsoDate;
  dateOfBirth: IsoDate;
  leftCare: IsoDate | null;
  /** Read only with `includeNames`, so a name can never leak into a summary otherwise. */
  name: string | null;
}

/** A child in the cohort, by identifiers only. */
export const refOf = (c: RecordsSlot): CohortPepRef => ({ pepId: c.pepRef, childId: c.childRef });

/**
 * Whether a PEP ranks above the child's current one: a PEP held by the report date (meeting on or
 * before `day`) above one dated after it; among held PEPs the latest meeting, among future-dated ones
 * the earliest (it stands in only for a child with no PEP held yet); on a tie, the later record.
 */
function ranksAbove(date: IsoDate, current: IsoDate, day: IsoDate): boolean {
  const held = date <= day;
  if (held !== current <= day) return held;
  return held ? date >= current : date <= current;
}

/** Counts records and children; decides each child's current PEP as of the report date `day`. */
export function createRecords(includeNames: boolean, day: IsoDate) {
  let read = 0;
  let valid = 0;
  let duplicatePepIds = 0;
  let replacedIds = 0;
  const pepOwner = new Map<string, string>();
  const reused: Finding[] = [];
  // PEP ids whose meeting is after the report date (a repeated id that is held removes its own).
  const futureIds = new Set<string>();

  const refOfId = (id: string, record: number): string => {
    const safe = _safeId(id);
    if (safe !== null) return safe;
    replacedIds += 1;
    return `#${record}`;
  };

  return {
    /** Counts a record read; its position is the caller's line when given. */
    read(at: unknown): number {
      read += 1;
      return _isRecord(at) && Number.isInteger(at.line) ? (at.line as number) : read;
    },
    /** Counts a PEP; a PEP id seen before replaces that record (for another child, both are kept and said). */
    add(pep: Pep, position: number): void {
      valid += 1;
      const owner = pepOwner.get(pep.id);
      if (owner !== undefined) {
        duplicatePepIds += 1;
        if (owner !== pep.child.id) {
          reused.push(finding('COHORT-PEP-ID-REUSED', 'warning', `Record ${position} repeats the id of a PEP for another child; both are kept.`, [position, 'id']));
        }
      }
      pepOwner.set(pep.id, pep.child.id);
      if (pep.meeting.date > day) futureIds.add(pep.id);
      else futureIds.delete(pep.id);
    },
    /** The child's current PEP is their latest held by the report date (see `ranksAbove`); a repeated PEP id replaces its record. */
    isCurrent: (child: RecordsSlot, pep: Pep): boolean => child.pepId === pep.id || ranksAbove(pep.meeting.date, child.meetingDate, day),
    /** What the summary keeps when `pep` becomes the child's current PEP. */
    slot(pep: Pep, position: number): RecordsSlot {
      return {
        pepId: pep.id,
        pepRef: refOfId(pep.id, position),
        childRef: refOfId(pep.child.id, position),
        record: position,
        meetingDate: pep.meeting.date,
        dateOfBirth: pep.child.dateOfBirth,
        leftCare: pep.child.leftCare ?? null,
        name: includeNames ? `${pep.child.forename} ${pep.child.surname}`.trim() : null,
      };
    },
    /** The counts (with `invalid` from the invalid records), and the children in care on `day` and under 18. */
    result<C extends RecordsSlot>(children: ReadonlyMap<string, C>, invalid: number) {
      const cohort = [...children.values()].filter((c) => !((c.leftCare !== null && c.leftCare <= day) || ageOn(c.dateOfBirth, day) >= 18));
      const records: CohortSummary['records'] = {
        read,
        valid,
        invalid,
        duplicatePepIds,
        superseded: Math.max(0, valid - duplicatePepIds - children.size),
        futureDated: futureIds.size,
        leftCare: children.size - cohort.length,
        children: cohort.length,
      };
      const replaced = replacedIds === 0 ? [] : [
        finding('COHORT-ID-NOT-IDENTIFIER', 'info', `${replacedIds} PEP or child ids are not plain identifiers (they may hold names or free text) and are shown as #<record> instead.`),
      ];
      return { cohort, records, reused: [...reused], replaced };
    },
  };
}
