import type { Pep } from './schema';

/*
 * PEPs from different systems (or with different optional sections) come out of JSON.parse with
 * different hidden classes: the bundled cohort has 24 shapes of PEP and 8 of `views`. Every
 * `pep.section` read in a step that reads the PEP many times per call (about 85 rules, the QA grid,
 * the facts) then goes through V8's megamorphic lookup. The view below is read once per PEP and has
 * one shape for every PEP, so those reads become plain field loads.
 */

/**
 * A shallow copy of a parsed PEP: every section of the interchange format (schema order) read once
 * from the PEP, and `views` the same way; everything below is the PEP's own objects, not copies.
 * A section the PEP leaves out is `undefined` (a read of it gives what a read of the PEP gives).
 * For readers that read sections by name (rules, QA grid, facts); never returned to the caller,
 * never enumerated, and not for the SMART check or the funding step, which get the PEP itself.
 * The list of sections is checked against PepSchema by a test.
 * @param pep - A parsed PEP.
 * @returns The view, typed as the PEP.
 * @internal
 */
export function _pepView(pep: Pep): Pep {
  const views = pep.views;
  return {
    schemaVersion: pep.schemaVersion,
    id: pep.id,
    phase: pep.phase,
    kind: pep.kind,
    core: pep.core,
    term: pep.term,
    meeting: pep.meeting,
    nextMeeting: pep.nextMeeting,
    attendees: pep.attendees,
    child: pep.child,
    carePlacement: pep.carePlacement,
    education: pep.education,
    attendance: pep.attendance,
    exclusions: pep.exclusions,
    sen: pep.sen,
    attainment: pep.attainment,
    sdq: pep.sdq,
    semh: pep.semh,
    views: {
      child: views.child,
      carer: views.carer,
      socialWorker: views.socialWorker,
      designatedTeacher: views.designatedTeacher,
      others: views.others,
    },
    previousTargets: pep.previousTargets,
    targets: pep.targets,
    ppPlus: pep.ppPlus,
    aspirations: pep.aspirations,
    signOff: pep.signOff,
    earlyYears: pep.earlyYears,
    post16: pep.post16,
    transition: pep.transition,
  } as Pep;
}
