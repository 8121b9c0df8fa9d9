import type { YearGroup } from '../core/enums';
import { ncYearGroup } from '../deadlines/academicYear';

/*
 * The facts and PP+ eligibility both ask for the chronological year group on the meeting date, one
 * after the other, with the same two strings: the last answer is kept (a function of its two
 * arguments only, so keeping it changes nothing but the time).
 */
let lastDateOfBirth: unknown;
let lastOnDate: unknown;
let lastYearGroup: YearGroup | null = null;

/**
 * `ncYearGroup(dateOfBirth, onDate)`, worked out once for the same two arguments asked twice in a row.
 * @param dateOfBirth - The child's date of birth.
 * @param onDate - The date.
 * @returns What ncYearGroup returns.
 * @internal
 */
export function _ncYearGroup(dateOfBirth: unknown, onDate: unknown): YearGroup | null {
  if (dateOfBirth !== lastDateOfBirth || onDate !== lastOnDate) {
    lastYearGroup = ncYearGroup(dateOfBirth, onDate);
    lastDateOfBirth = dateOfBirth;
    lastOnDate = onDate;
  }
  return lastYearGroup;
}
