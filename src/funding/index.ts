export type { FinancialYear } from './financialYearOf';
export { financialYearOf } from './financialYearOf';
