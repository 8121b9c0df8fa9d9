export type { FinancialYear } from '../deadlines/financialYearOf';
export { financialYearOf } from '../deadlines/financialYearOf';
export type { PpPlusChild, PpPlusEligibility, PpPlusRoute } from './ppPlusEligibility';
export { ppPlusEligibility } from './ppPlusEligibility';
export type {
  PpPlusCapApplied,
  PpPlusCapKind,
  PpPlusQaGrade,
  PpPlusQaHook,
  PpPlusRelease,
  PpPlusRequestCheck,
  PpPlusRequestInput,
  PpPlusRequestItem,
  PpPlusRequestLine,
} from './checkPpPlusRequest';
export { checkPpPlusRequest } from './checkPpPlusRequest';
export type { LedgerTotals, LedgerYearTotal, PpPlusLedgerEntry } from './totalLedgerByFinancialYear';
export { totalLedgerByFinancialYear } from './totalLedgerByFinancialYear';
export type { PpPlusRate, RateEvidence } from './ppPlusRates';
export { PP_PLUS_RATES, ppPlusRateFor } from './ppPlusRates';
export type { EyppRate } from './eyppRates';
export { EYPP_MAX_HOURS_PER_YEAR, EYPP_RATES, eyppRateOn } from './eyppRates';
export { FUNDING_CODES, type FundingCode } from './codes';
