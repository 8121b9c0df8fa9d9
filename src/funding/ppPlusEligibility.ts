/*
 * ppPlusEligibility lives in the pep layer (the PEP facts step needs it, and pep is below funding);
 * `pep-rules/funding` keeps exporting it from here.
 */
export { ppPlusEligibility, type PpPlusChild, type PpPlusEligibility, type PpPlusRoute } from '../pep/ppPlusEligibility';
