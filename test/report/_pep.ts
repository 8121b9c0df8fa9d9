/*
 * Hand-made PEPs for the cohort tests: the bundled good school-age example with the fields a test
 * cares about replaced. Names carry marker strings so a test can prove they never leak.
 */
import { readFileSync } from 'node:fs';

export const NAME_MARKERS = { forename: 'Qzforename', surname: 'Vvsurname' } as const;

const base = JSON.parse(readFileSync(new URL('../../examples/peps/school-age-good.json', import.meta.url), 'utf8')) as Record<string, unknown>;

type Json = Record<string, unknown>;

export interface PepSpec {
  readonly id: string;
  readonly childId: string;
  readonly meeting: string;
  readonly kind?: string;
  readonly core?: boolean;
  readonly phase?: string;
  readonly dateOfBirth?: string;
  readonly enteredCare?: string;
  readonly leftCare?: string;
  /** `null` removes the recorded year group. */
  readonly yearGroup?: string | null;
  readonly sen?: 'none' | 'sen-support' | 'ehcp' | null;
  readonly educationOutOfArea?: boolean | null;
  readonly careOutOfArea?: boolean | null;
  /** `null` removes attendance. */
  readonly attendance?: number | null;
  readonly sdq?: readonly { informant: 'parent' | 'teacher' | 'self'; completedOn: string; totalDifficulties: number }[] | null;
  /** PP+ requests, fully costed; none by default. */
  readonly ppPlus?: readonly { amount: number; targetIds?: readonly string[] }[] | null;
  readonly name?: string;
}

/** A valid PEP built from the good school-age example. */
export function pep(spec: PepSpec): Json {
  const p = structuredClone(base) as Json;
  p.id = spec.id;
  p.kind = spec.kind ?? 'termly';
  p.core = spec.core ?? true;
  if (spec.phase !== undefined) p.phase = spec.phase;
  delete p.term;
  p.meeting = { ...(p.meeting as Json), date: spec.meeting };
  p.nextMeeting = { ...(p.nextMeeting as Json), date: '2025-07-16' };
  const child = p.child as Json;
  child.id = spec.childId;
  child.forename = spec.name ?? NAME_MARKERS.forename;
  child.surname = NAME_MARKERS.surname;
  if (spec.dateOfBirth !== undefined) child.dateOfBirth = spec.dateOfBirth;
  if (spec.enteredCare !== undefined) child.enteredCare = spec.enteredCare;
  if (spec.leftCare !== undefined) child.leftCare = spec.leftCare;
  if (spec.yearGroup === null) delete child.yearGroup;
  else if (spec.yearGroup !== undefined) child.yearGroup = spec.yearGroup;
  if (spec.sen === null) delete p.sen;
  else if (spec.sen !== undefined) p.sen = { status: spec.sen };
  const education = p.education as Json;
  const setting = education.setting as Json;
  if (spec.educationOutOfArea === null) delete setting.outOfArea;
  else if (spec.educationOutOfArea !== undefined) setting.outOfArea = spec.educationOutOfArea;
  const care = p.carePlacement as Json;
  if (spec.careOutOfArea === null) delete care.outOfArea;
  else if (spec.careOutOfArea !== undefined) care.outOfArea = spec.careOutOfArea;
  if (spec.attendance === null) delete p.attendance;
  else if (spec.attendance !== undefined) p.attendance = { percentage: spec.attendance };
  if (spec.sdq === null) delete p.sdq;
  else if (spec.sdq !== undefined) p.sdq = spec.sdq.map((s) => ({ ...s }));
  p.signOff = { ...(p.signOff as Json), submitted: spec.meeting };
  if (spec.ppPlus === undefined || spec.ppPlus === null) delete p.ppPlus;
  else {
    p.ppPlus = {
      eligible: true,
      requests: spec.ppPlus.map((r, i) => ({
        targetIds: [...(r.targetIds ?? ['t1'])],
        description: `Tuition block ${i + 1}`,
        amount: r.amount,
        breakdown: [{ item: 'Tuition sessions', quantity: r.amount / 50, unitCost: 50, amount: r.amount }],
      })),
    };
  }
  return p;
}
