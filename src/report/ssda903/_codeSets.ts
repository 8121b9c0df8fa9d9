/*
 * The SSDA903 code sets the roster reads, from the DfE "Children looked after by local authorities in
 * England" guide and technical specification (data dictionary code sets: legal status, placement
 * type, reason for new episode, reason episode ceased, reason placement changed). A code outside a
 * set is kept as given and reported (ROSTER-CODE-UNKNOWN). Internal: not re-exported.
 */

/** Where the code sets and the rules built on them come from. */
export const _SSDA903_GUIDE = 'DfE, Children looked after by local authorities in England: guide to the SSDA903 collection, episode data items and code sets';

const set = (codes: string): ReadonlySet<string> => new Set(codes.split(' '));

/** LS: legal status. V3 and V4 are an agreed series of short-term breaks (respite). */
export const _LEGAL_STATUS = set('C1 C2 D1 E1 V2 V3 V4 J1 J2 J3 L1 L2 L3');
/** Legal statuses of an agreed series of short-term breaks. */
export const _SHORT_BREAK_STATUS = set('V3 V4');
/** RNE: S started to be looked after; L legal status only; P, T, U, B a change of placement (T and B with the same carers). */
export const _REASON_NEW_EPISODE = set('S L P T U B');
/** Reasons for a new episode that change the placement. */
export const _PLACEMENT_CHANGE_RNE = set('P T U B');
/** PLACE: placement type. */
export const _PLACEMENT = set('A3 A4 A5 A6 H5 K1 K2 K3 P1 P2 P3 R1 R2 R3 R5 S1 T0 T1 T2 T3 T4 U1 U2 U3 U4 U5 U6 Z1');
/** Temporary placements (hospital, holiday, carer's holiday, seven days or less): the child returns to the placement they left. */
export const _TEMPORARY_PLACEMENT = set('T0 T1 T2 T3 T4');
/** REC: reason the episode ceased. X1: the episode ceased and a new one began in the same period of care. */
export const _REASON_ENDED = set('E11 E12 E13 E14 E15 E16 E17 E2 E3 E4A E4B E41 E45 E46 E47 E48 E5 E6 E7 E8 E9 X1');
/** REASON_PLACE_CHANGE. */
export const _REASON_PLACE_CHANGE = set('CARPL CLOSE ALLEG STAND APPRR CREQB CREQO CHILD LAREQ PLACE CUSTOD OTHER');
