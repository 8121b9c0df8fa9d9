import { isIsoDate, isoDateOf, type IsoDate } from '../../core/isoDate';

const DMY = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/;

/**
 * An SSDA903 date (`dd/mm/yyyy`, as the DfE specification writes them) as `'YYYY-MM-DD'`; an ISO
 * date is accepted as it is. `null` for anything else, or a day that does not exist.
 * @internal
 */
export function _dateOf903(value: string): IsoDate | null {
  const m = DMY.exec(value);
  if (m === null) return isIsoDate(value) ? value : null;
  return isoDateOf(Number(m[3]), Number(m[2]), Number(m[1]));
}
