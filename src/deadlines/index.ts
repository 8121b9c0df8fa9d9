export { easterSunday } from './easter';
export type { AcademicYear } from './academicYear';
export { academicYearOf, academicYearStarting, ncYearGroup } from './academicYear';
export type { FinancialYear } from './financialYearOf';
export { financialYearOf } from './financialYearOf';
export type { BankHoliday, BankHolidayOptions, InjectedHolidays, WorkingDayOptions } from './types';
export type { BankHolidaysResult } from './bankHolidays';
export { BANK_HOLIDAYS_CONFIRMED_TO, bankHolidays, bankHolidaysChecked, isBankHoliday } from './bankHolidays';
export type { GovUkFeedResult } from './bankHolidaysFromGovUk';
export { bankHolidaysFromGovUk } from './bankHolidaysFromGovUk';
export type { WorkingDateResult } from './addWorkingDays';
export { addWorkingDays, addWorkingDaysChecked } from './addWorkingDays';
export type { WorkingDaysCountResult } from './workingDaysBetween';
export { workingDaysBetween, workingDaysBetweenChecked } from './workingDaysBetween';
export { isWorkingDay } from './isWorkingDay';
export type {
  DateRange,
  SchoolCalendar,
  SchoolCalendarInput,
  SchoolCalendarResult,
  SchoolTerm,
  SchoolTermInput,
} from './createSchoolCalendar';
export { createSchoolCalendar } from './createSchoolCalendar';
export type { SchoolDateResult } from './addSchoolDays';
export { addSchoolDays, addSchoolDaysChecked } from './addSchoolDays';
export type { SchoolDaysCountResult } from './schoolDaysBetween';
export { schoolDaysBetween, schoolDaysBetweenChecked } from './schoolDaysBetween';
export type { TermPosition } from './termOf';
export type { TermOfDate } from './termOfDate';
export { termOfDate } from './termOfDate';
export { termOf } from './termOf';
export { isSchoolDay } from './isSchoolDay';
export { DEADLINE_CODES, type DeadlineCode } from './codes';
