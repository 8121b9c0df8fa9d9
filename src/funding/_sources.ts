/*
 * Citations used by the funding module's findings. National rules cite (DfE guidance and conditions of grant);
 * council rules cite the policy value's own `source` (read from the policy at run time).
 * Eligibility's citations live with ppPlusEligibility in the pep layer and are re-exported here.
 */

export { _SRC_EYPP, _SRC_FORMAT, _SRC_LAC, _SRC_PLAC, _SRC_PLAC_ABROAD, _SRC_POST_16 } from '../pep/_ppSources';

/** Financial year and no carry-forward. */
export const _SRC_FINANCIAL_YEAR =
  'DfE pupil premium conditions of grant: financial year 1 April to 31 March; centrally held LAC PP+ cannot be carried into the next financial year; The Virtual School Handbook (NAVSH, 2014) §4d(ii)–(iii)';

/** PP+ follows the child across academic years and settings (MK §6). */
export const _SRC_ACROSS_SETTINGS =
  'Milton Keynes Virtual School, Designated Teacher Handbook 2024/25 §6 (PP+ is administered through the financial year, so eligibility may span academic years and educational settings); The Virtual School Handbook (NAVSH, 2014) §4d(iv) (arrangements when a child changes school between instalments)';

/** PP+ is for the child's needs as described in the PEP. */
export const _SRC_PEP_USE =
  "DfE pupil premium conditions of grant: managed by the VSH for the child's educational needs as described in the PEP; The Virtual School Handbook (NAVSH, 2014) §4d(iii)";

/** PP+ per-pupil rate table. */
export const _SRC_RATES = 'DfE pupil premium rates by financial year';
