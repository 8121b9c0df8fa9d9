export { easterSunday } from './easter';
export type { AcademicYear } from './academicYear';
export { academicYearOf, academicYearStarting, ncYearGroup } from './academicYear';
export type { FinancialYear } from '../funding/financialYearOf';
export { financialYearOf } from '../funding/financialYearOf';
