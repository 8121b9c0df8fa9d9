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
import type { CohortPepStatus } from './types';
import { createPpPlus } from './dimensions/ppPlus';
import { profile, type ProfileSlot } from './dimensions/profile';
import { qaGrades, type QaSlot } from './dimensions/qaGrades';
import { createRecords, type RecordsSlot } from './dimensions/records';
import { createSdq, sdqReading, type SdqSlot } from './dimensions/sdq';
import { smartRatings, type SmartSlot } from './dimensions/smartRatings';
import { _joinRoster, type _PepChild } from './roster/joinRoster';
import type { CohortAccumulator, CohortRosterSection, CohortSummary, CohortSummaryOptions, CohortDueItem } from './types';

/** What the summary keeps about a child: each dimension's few fields of their current PEP (and their UPN, for a roster matched on it). */
type ChildState = { readonly key: string; upn: string | null } & RecordsSlot & StatusSlot & QaSlot & SmartSlot & SdqSlot & AttendanceSlot & CodesSlot & ProfileSlot;

/** The run's positions, as the roster join reads them. */
interface Positions {
  readonly statuses: readonly CohortPepStatus[];
  readonly overdue: readonly CohortDueItem[];
}

/** The PEP children as the roster join needs them: the cohort with its positions, and the rest (left care by their PEP) with theirs. */
function pepChildren(cohort: readonly ChildState[], inCohort: Positions, others: readonly ChildState[], outside: Positions): _PepChild[] {
  const of = (list: readonly ChildState[], p: Positions, member: boolean): _PepChild[] => {
    const late = new Map(p.overdue.map((o) => [`${o.pepId}\u0000${o.childId}`, { due: o.due, days: o.days }]));
    return list.map((c, i) => ({
      childId: c.key,
      upn: c.upn,
      childRef: c.childRef,
      inCohort: member,
      status: p.statuses[i]!,
      overdue: late.get(`${c.pepRef}\u0000${c.childRef}`) ?? null,
      meetings: c.meetings,
      dateOfBirth: c.dateOfBirth,
    }));
  };
  return [...of(cohort, inCohort, true), ...of(others, outside, false)];
}

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
    if (child === undefined) children.set(pep.child.id, { key: pep.child.id, upn: pep.child.upn ?? null, ...status.first(pep.id, pep), ...facts(a, position) });
    else {
      status.addMeeting(child, pep.id, pep);
      if (records.isCurrent(child, pep)) Object.assign(child, facts(a, position));
    }
  }

  /** The roster section: the cohort's positions as worked out once, and the positions of PEP children outside it. */
  function rosterSection(cohort: readonly ChildState[], position: Positions): CohortRosterSection | null {
    if (run.roster === null || !run.ready) return null;
    const inCohort = new Set(cohort);
    const others = [...children.values()].filter((c) => !inCohort.has(c));
    const outside = status.result(others, smallBelow);
    const peps = pepChildren(cohort, position, others, { statuses: outside.statuses, overdue: outside.summary.overdue });
    return _joinRoster(run.roster, peps, { policy, day, calendar: run.calendar, matchOn: run.matchOn, shortBreaks: run.shortBreaks, listLimit: run.listLimit });
  }

  function result(): CohortSummary {
    const { cohort, records: counts, reused, replaced } = records.result(children, invalid.count());
    const position = status.result(cohort, smallBelow);
    const roster = rosterSection(cohort, { statuses: position.statuses, overdue: position.summary.overdue });
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
      ...(roster !== null ? { roster } : {}),
    };
  }

  return {
    add,
    addUnreadable: (why, at) => invalid.addUnreadable(records.read(at), why),
    result,
  };
}
