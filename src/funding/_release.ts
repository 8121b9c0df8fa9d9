import type { _PepInput, _Run } from './_input';
import { _pepTerm, type TermKey } from './_caps';
import { _windowContaining } from './_periods';
import type { PpPlusRelease } from './_types';

const label = (t: TermKey): string => `${t.term} ${t.academicYear}`;

/** The term after a term: autumn → spring → summer → autumn of the next academic year. */
function nextTerm(t: TermKey): TermKey {
  if (t.term === 'autumn') return { academicYear: t.academicYear, term: 'spring' };
  if (t.term === 'spring') return { academicYear: t.academicYear, term: 'summer' };
  const start = Number(t.academicYear.slice(0, 4)) + 1;
  return { academicYear: `${start}/${String((start + 1) % 100).padStart(2, '0')}`, term: 'autumn' };
}

/**
 * When the allowed amount goes out, by the policy's release timing: on the PEP (`period` and
 * `paidIn` null); termly (for the PEP's term, sent at the start of the next); in instalments (the
 * window holding the meeting date).
 * @param run - The run (its rules hold the release timing).
 * @param pep - The PEP's fields.
 * @param allowedPence - What may be paid.
 * @returns The release, or `null` when nothing is allowed or the meeting date is unknown.
 * @internal
 */
export function _releaseOf(run: _Run, pep: _PepInput, allowedPence: number): PpPlusRelease | null {
  if (allowedPence <= 0 || pep.meetingDate === null) return null;
  const { timing, source } = run.rules.release;
  if (timing === 'termly') {
    const term = _pepTerm(pep.raw, pep.meetingDate);
    return { timing, period: label(term), paidIn: label(nextTerm(term)), source };
  }
  if (timing === 'instalments') {
    const w = _windowContaining(pep.meetingDate, run.rules.instalments);
    return { timing, period: w?.window.label ?? null, paidIn: null, source: w?.window.source ?? source };
  }
  return { timing, period: null, paidIn: null, source };
}
