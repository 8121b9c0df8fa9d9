/*
 * Citations used by PP+ eligibility's findings (DfE guidance and conditions of grant). The funding module
 * re-exports them from its own `_sources`.
 */

/** DfE conditions of grant: who the looked-after premium is for. */
export const _SRC_LAC =
  'DfE pupil premium conditions of grant for local authorities: looked after by an English local authority for at least one day, Reception to Year 11 (aged 4 to 15 at 31 August)';

/** DfE conditions of grant: previously looked-after children, claimed by the school. */
export const _SRC_PLAC =
  'DfE pupil premium conditions of grant 2019-20 and for local authorities 2023-24: left care through adoption, a special guardianship order or a child arrangements order, funded through the school census; Milton Keynes Virtual School, Designated Teacher Handbook 2024/25 §11 (the Virtual School does not hold Pupil Premium for previously looked-after children)';

/** DfE conditions of grant 2023-24: children adopted from state care outside England and Wales. */
export const _SRC_PLAC_ABROAD =
  'DfE pupil premium 2023-24 conditions of grant for local authorities: children adopted from state care outside England and Wales are eligible from 1 April 2023';

/** GOV.UK: EYPP for looked-after children is managed by the virtual school head. */
export const _SRC_EYPP =
  "GOV.UK Pupil premium: virtual school heads' responsibilities (EYPP for looked-after children taking up funded early education is managed by the VSH; previously looked-after children's EYPP is claimed by the provider)";

/** Pupil premium stops at Year 11; post-16 support is the 16 to 19 bursary. */
export const _SRC_POST_16 =
  'DfE pupil premium conditions of grant: Reception to Year 11 only; post-16 looked-after young people attract no PP+; 16 to 19 Bursary Fund guide (vulnerable bursary for young people in care and care leavers)';

/** The library's own input format. */
export const _SRC_FORMAT = 'pep-rules funding input format';
