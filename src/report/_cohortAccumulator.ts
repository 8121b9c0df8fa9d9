/*
 * The engine behind cohortSummary / createCohortAccumulator. Each record is judged once when it is
 * added (_assessRecord, the one adapter to assessPep and friends); each dimension of the summary
 * (dimensions/*) keeps what it needs as a few fields of a small per-child record, so memory grows
 * with the number of children, not with the size of the PEPs. Schedules (pepSchedule) are worked
 * out in result(), when every meeting of a child is known. Internal: not re-exported.
 */
import { _isRecord } from '../core/guards';
import { _assessRecord, type _AssessContext, type _AssessedPep } from './_assessRecord';
import { _cohortHeader } from './_cohortDefinitions';
import { _readCohortOptions } from './_cohortRun';
import { _safeId } from './_cohortStats';
import { createAttendance, type AttendanceSlot } from './dimensions/attendance';
import { createFindingCodes, type CodesSlot } from './dimensions/findingCodes';
import { createInvalidRecords } from './dimensions/invalidRecords';
import { createPepStatus, futureDatedFindings, type StatusSlot } from './dimensions/pepStatus';
import { createPpPlus } from './dimensions/ppPlus';
import { profile, type ProfileSlot } from './dimensions/profile';
import { qaGrades, type QaSlot } from './dimensions/qaGrades';
import { createRecords, type RecordsSlot } from './dimensions/records';
import { createSdq, sdqReading, type SdqSlot } from './dimensions/sdq';
import { smartRatings, type SmartSlot } from './dimensions/smartRatings';
import type { CohortAccumulator, CohortSummary, CohortSummaryOptions } from './types';

/** What the summary keeps about a child: each dimension's few fields of their current PEP. */
type ChildState = { readonly key: string } & RecordsSlot & StatusSlot & QaSlot & SmartSlot & SdqSlot & AttendanceSlot & CodesSlot & ProfileSlot;

/** Creates the accumulator. Never throws. */
export function _createCohortAccumulator(options: CohortSummaryOptions): CohortAccumulator {
  const run = _readCohortOptions(options);
  const { policy, day, smallBelow } = run;
  const children = new Map<string, ChildState>();
  const records = createRecords(run.includeNames, day);
  const invalid = createInvalidRecords(run.listLimit);
  const status = createPepStatus(policy, day, run.calendar);
  const sdq = createSdq(policy);
  const attendance = createAttendance(policy);
  const ppPlus = createPpPlus();
  const codes = createFindingCodes();
  const context: _AssessContext = { policy, today: day, calendar: run.calendar, ledger: ppPlus.ledger };

  /** The child's facts from their current PEP, one dimension after another. */
  const facts = (a: _AssessedPep, position: number) => ({
    ...records.slot(a.pep, position),
    ...status.add(a.pep),
    ...qaGrades.add(a),
    ...smartRatings.add(a),
    ...sdq.add(a),
    ...attendance.add(a),
    ...codes.add(a),
    ...profile.add(a),
  });

  function add(record: unknown, at?: { readonly line?: number }): void {
    const position = records.read(at);
    if (!run.ready) return;
    const a = _assessRecord(record, context);
    if (!a.ok) return invalid.add(position, _isRecord(record) ? _safeId(record.id) : null, a.codes);
    const { pep } = a;
    records.add(pep, position);
    ppPlus.add(pep.child.id, pep.id, a.ppPlus);
    const child = children.get(pep.child.id);
    if (child === undefined) children.set(pep.child.id, { key: pep.child.id, ...status.first(pep.id, pep), ...facts(a, position) });
    else {
      status.addMeeting(child, pep.id, pep);
      if (records.isCurrent(child, pep)) Object.assign(child, facts(a, position));
    }
  }

  function result(): CohortSummary {
    const { cohort, records: counts, reused, replaced } = records.result(children, invalid.count());
    const position = status.result(cohort, smallBelow);
    const readings = cohort.map((c, i) => ({ status: position.statuses[i]!, grade: c.grade, sdq: sdqReading(c), attendance: attendance.reading(c) }));
    return {
      ..._cohortHeader(run),
      records: counts,
      ...position.summary,
      qaGrades: qaGrades.result(cohort, smallBelow),
      smartRatings: smartRatings.result(cohort, smallBelow),
      sdq: sdq.result(cohort, smallBelow),
      attendance: attendance.result(cohort, smallBelow),
      ppPlus: ppPlus.result(),
      breakdowns: profile.result(cohort, readings, smallBelow),
      findingsByCode: codes.result(cohort),
      invalid: invalid.result(),
      findings: [...run.findings, ...reused, ...futureDatedFindings(counts.futureDated, position.futureOnly), ...position.findings, ...replaced],
    };
  }

  return {
    add,
    addUnreadable: (why, at) => invalid.addUnreadable(records.read(at), why),
    result,
  };
}
