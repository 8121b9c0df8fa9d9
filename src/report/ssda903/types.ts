import type { Finding } from '../../core/finding';
import type { IsoDate } from '../../core/isoDate';

/** Which of the two SSDA903 CSV tables a row came from. */
export type Ssda903File = 'header' | 'episodes';

/** A finding about a row of an SSDA903 file: `file` and `line` (the physical line, 1-based, header row = 1) locate it. */
export interface Ssda903Finding extends Finding {
  readonly file: Ssda903File;
  /** Physical line in the file (quoted line breaks counted); 0 for a finding about the whole file. */
  readonly line: number;
}

/** One episode of care (an `episodes` row): a new episode starts whenever the legal status or placement changes. */
export interface RosterEpisode {
  /** DECOM: the date the episode started. */
  readonly start: IsoDate;
  /** RNE: reason for new episode (`S` started to be looked after, `L`, `P`, `T`, `U`, `B`). */
  readonly reasonNewEpisode: string | null;
  /** LS: legal status (`C1`, `C2`, `V2`, `V3`, `V4`, `J1`…). */
  readonly legalStatus: string | null;
  /** CIN: category of need. */
  readonly categoryOfNeed: string | null;
  /** PLACE: placement type (`U1`…`U6`, `K2`, `T0`…`T4`…). */
  readonly placement: string | null;
  /** PLACE_PROVIDER. */
  readonly placementProvider: string | null;
  /** DEC: the date the episode ceased, `null` while open. */
  readonly end: IsoDate | null;
  /** REC: reason the episode ceased (`X1` = a new episode follows in the same period of care). */
  readonly reasonEnded: string | null;
  /** REASON_PLACE_CHANGE: on the episode that ended because the placement changed. */
  readonly reasonPlaceChange: string | null;
  /** URN of the placement (Ofsted), when given. */
  readonly urn: string | null;
  /** The physical line of the row in the episodes file. */
  readonly line: number;
}

/** One child of the SSDA903 header with their episodes, sorted by start date. */
export interface RosterChild {
  /** CHILD: the council's child id. */
  readonly id: string;
  /** UPN, `null` when blank (903 unknown codes `UN1`…`UN5` are kept as given). */
  readonly upn: string | null;
  /** DOB, `null` when not a date. */
  readonly dateOfBirth: IsoDate | null;
  readonly episodes: readonly RosterEpisode[];
  /** The physical line of the child's header row. */
  readonly line: number;
}

/** The children of an SSDA903 return. */
export interface Roster {
  readonly format: 'pep-rules-ssda903-roster';
  readonly children: readonly RosterChild[];
}

/** What {@link readSsda903} returns: the roster (every readable row) and findings about the rest. */
export interface Ssda903Result {
  readonly roster: Roster;
  readonly findings: readonly Ssda903Finding[];
}

/** The two SSDA903 tables as CSV text. */
export interface Ssda903Input {
  readonly header: string;
  readonly episodes: string;
}

/** Options for {@link readSsda903}. */
export interface ReadSsda903Options {
  /** How many row findings to keep (all are counted in one summary finding beyond it). Default 1000. */
  readonly findingLimit?: number;
}

/** A child's care on one date, from the roster. */
export interface RosterCare {
  /** Start of the current period of care (DECOM of its first episode). */
  readonly since: IsoDate;
  /** Legal status on the date. */
  readonly legalStatus: string | null;
  /** Placement type on the date. */
  readonly placement: string | null;
  /** `true` when the legal status on the date is V3 or V4 (an agreed series of short-term breaks). */
  readonly shortBreaks: boolean;
  /** Dates the placement changed in the current period of care, up to the date (temporary placements T0–T4 and the return from them left out). */
  readonly placementChanges: readonly IsoDate[];
}
