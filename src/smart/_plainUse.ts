/**
 * Aims that name a thing used or a subject to improve, with no skill within it: "use technology to help with her learning",
 * "use his phone responsibly", a grid row's "Writing to improve". Barnet Virtual School PEP Guidance, 5. Setting SMART
 * Outcomes, Step One ("Start with the broad area of need") is not yet specific; the labelling guide, Specific rule 1 (a broad
 * area or disposition is not specific) and rule 4 (a child using a NAMED strategy is specific: "use a now and next board at
 * the start of each lesson"). Measurable rule 6: "improve" is a process verb alone.
 */
import type { _Doc } from './_doc';
import { _endsIng, _endsLy } from './_ends';
import { _AREA_NOUNS, _DISPOSITION_MANNERS, _GENERIC_OBJECTS, _PERSONAL_DEVICES, _SUBJECTS } from './_phrases';

/** Words before "use" that make it the child's aim ("to use", "will use"). */
const USE_FRAME: ReadonlySet<string> = new Set(['to', 'will', "'ll", 'can', 'must', 'should']);
/** Words opening the thing used ("his phone", "the technology", "her own mobile phone"). */
const THING_LEAD: ReadonlySet<string> = new Set(['his', 'her', 'their', 'my', 'your', 'the', 'a', 'an', 'own']);
/** A kind of thing with no tool named ("technology"): as "use strategies" names none (Barnet, Examples: not "vague, generic"). */
const BROAD_TECH: ReadonlySet<string> = new Set(['technology', 'technologies', 'tech']);
/** Verbs of a purpose that helps ("to help with her learning", "to support his work"). */
const HELPING: ReadonlySet<string> = new Set(['help', 'support', 'aid', 'assist']);
/** Words between the purpose's verb and what it helps ("help him with", "help with her"). */
const HELP_FILLERS: ReadonlySet<string> = new Set(['with', 'him', 'her', 'them', 'me', 'his', 'their', 'my', 'the']);
/** What such a purpose helps, the whole of the child's schooling: an area, not a task ("her learning", "his work"). */
const BROAD_ENDS: ReadonlySet<string> = new Set(['learning', 'work', 'studies', 'education', 'schoolwork']);
/**
 * Manners that name a disposition ("responsibly", "sensibly", "maturely", "properly"), as "be more responsible" does (Specific
 * rule 1), when the thing used is itself general ({@link GENERAL_THINGS}). Not "appropriately": a named strategy used
 * "appropriately" ("use his time out card appropriately") is seen used (settled development labels: specific).
 */
const DISPOSITION_MANNERS = _DISPOSITION_MANNERS;
/**
 * Things of general use whose use "responsibly" or "sensibly" is a way of behaving, not a skill (Specific rule 1): technology,
 * a device, the internet, equipment, money. A named tool, skill or place used so ("his inhaler", "full stops", "the stairs", "a
 * knife and fork") is the particular act seen done (Specific rule 4: "a child using a named strategy is specific"). The generic
 * objects ("resources", "tools", "strategies") count as well.
 */
const GENERAL_THINGS: ReadonlySet<string> = new Set([
  ...BROAD_TECH, ..._PERSONAL_DEVICES, 'internet', 'online', 'tablets', 'device', 'devices', 'equipment', 'money',
]);
/** Words that join a second manner to the first ("responsibly and safely"). */
const MANNER_JOINS: ReadonlySet<string> = new Set(['and', ',', 'or']);
/** Process verbs after a subject named alone ("Writing to improve"): Measurable rule 6. */
const IMPROVING: ReadonlySet<string> = new Set(['improve', 'develop', 'progress']);
/** Marks that end a segment here: a sentence, a heading's mark, a bullet, a grid's cell. */
const SEGMENT_MARKS: ReadonlySet<string> = new Set(['.', '\n', ';', '!', '?', ':', '-', '–', '—', '|', '•', '*']);
/** Most words a thing used may run to before its manner ("his mobile phone"). */
const THING_REACH = 3;

/** Whether token k ends a segment (a mark of {@link SEGMENT_MARKS}, or the text's end). */
function segmentEndAt(doc: _Doc, k: number): boolean {
  const t = doc.toks[k];
  return t === undefined || (t.kind === 'p' && SEGMENT_MARKS.has(doc.w[k] ?? ''));
}

/** The start of the segment holding token k. */
function segmentStart(doc: _Doc, k: number): number {
  let s = k;
  while (s > 0 && !segmentEndAt(doc, s - 1)) s--;
  return s;
}

/** Whether a purpose helping the whole of the schooling or a subject runs to the segment's end ("to help with her learning"). */
function broadHelp(doc: _Doc, k: number): boolean {
  if (doc.w[k] !== 'to' || !HELPING.has(doc.w[k + 1] ?? '')) return false;
  let j = k + 2;
  while (j < k + 5 && HELP_FILLERS.has(doc.w[j] ?? '')) j++;
  // A school subject or area helped ("with his reading", "with maths") is a broad area too (Specific rule 1: "improve his literacy").
  return (BROAD_ENDS.has(doc.w[j] ?? '') || wholeSubject(doc.w[j] ?? '')) && segmentEndAt(doc, j + 1);
}

/**
 * The end (exclusive) of a plain use opened by "use" at i, or -1: a kind of thing with no tool named, alone or with a purpose
 * that helps the whole of the schooling ("use technology to help with her learning"), or a thing used in a manner of
 * disposition ("use his phone responsibly"), closing its segment.
 */
function plainUseEnd(doc: _Doc, i: number): number {
  if (doc.w[i] !== 'use' || !USE_FRAME.has(doc.w[i - 1] ?? '')) return -1;
  let k = i + 1;
  while (THING_LEAD.has(doc.w[k] ?? '')) k++;
  if (BROAD_TECH.has(doc.w[k] ?? '')) {
    if (segmentEndAt(doc, k + 1)) return k + 1;
    if (broadHelp(doc, k + 1)) return segmentClose(doc, k + 1);
  }
  for (let j = k; j < k + THING_REACH && doc.toks[j]?.kind === 'w'; j++) {
    if (DISPOSITION_MANNERS.has(doc.w[j] ?? '')) return j > k && generalThing(doc.w[j - 1] ?? '') ? mannerEnd(doc, j + 1) : -1;
  }
  return -1;
}

/** Whether x, the last word of the thing used, names a thing of general use ({@link GENERAL_THINGS}) or a generic object. */
function generalThing(x: string): boolean {
  return GENERAL_THINGS.has(x) || _GENERIC_OBJECTS.has(x);
}

/**
 * The end of the segment after a manner of disposition that ends at k, or -1: a second manner joined to it ("responsibly and
 * safely") and a deadline ("by Easter") name no skill and are read past (Specific rule 1: a disposition dated or doubled is one
 * still); anything else ("to text his carer", "in lessons") is left as read.
 */
function mannerEnd(doc: _Doc, k: number): number {
  let e = k;
  let j = k;
  while (MANNER_JOINS.has(doc.w[j] ?? '')) j++;
  if (j > k && _endsLy(doc.w[j] ?? '')) e = j + 1;
  while (!segmentEndAt(doc, e) && (doc.used[e] === 1 || doc.w[e] === ',')) e++;
  return segmentEndAt(doc, e) ? e : -1;
}

/** The end of the segment holding token k. */
function segmentClose(doc: _Doc, k: number): number {
  let e = k;
  while (!segmentEndAt(doc, e)) e++;
  return e;
}

/** Whether every span lies inside [s, e). */
function allInside(spans: readonly (readonly [number, number])[], s: number, e: number): boolean {
  return spans.every(([a, b]) => a >= s && b <= e);
}

/**
 * Whether the text's only aim is a plain use ({@link plainUseEnd}): every anchor and every measure lies in its segment, which
 * holds no number. "Use a now and next board at the start of each lesson", "use a laptop", "use his time out card
 * appropriately" name the tool and are left as read (Specific rule 4).
 * @param doc - The target's document.
 * @param anchors - The specific anchors found.
 * @param measures - The measure spans found.
 * @returns True when the aim is a plain use.
 */
function plainUseOnly(doc: _Doc, anchors: readonly (readonly [number, number])[], measures: readonly (readonly [number, number])[]): boolean {
  for (let i = 1; i < doc.toks.length; i++) {
    const e = plainUseEnd(doc, i);
    if (e < 0) continue;
    const s = segmentStart(doc, i);
    // A number names a figure, unless it dates the aim ("by 31 March": see mannerEnd).
    for (let k = s; k < e; k++) if (doc.toks[k]?.kind === 'n' && doc.used[k] !== 1) return false;
    return allInside(anchors, s, e) && allInside(measures, s, e);
  }
  return false;
}

/** {@link _SUBJECTS} and {@link _AREA_NOUNS} in one set (neither changes after loading): one look-up for a word in neither. */
const SUBJECTS_OR_AREAS: ReadonlySet<string> = new Set([..._SUBJECTS, ..._AREA_NOUNS]);

/** Whether x names a subject or area as a whole: a school subject, an area noun, or a skill's gerund ("Writing", "Spelling"). */
function wholeSubject(x: string): boolean {
  return SUBJECTS_OR_AREAS.has(x) || _endsIng(x);
}

/**
 * Whether the segment [s, e) is a subject named alone ("Writing") or with only "to improve" after it ("Writing to improve",
 * "Reading needs to improve"); `improving` says which.
 */
function subjectSegment(doc: _Doc, s: number, e: number): 'alone' | 'improving' | null {
  if (doc.toks[s]?.kind !== 'w' || !wholeSubject(doc.w[s] ?? '')) return null;
  if (e === s + 1) return 'alone';
  let k = s + 1;
  if (doc.w[k] === 'needs') k++;
  // A deadline after it ("Writing to improve by the summer") dates the area, and names no skill in it.
  let end = e;
  while (end > k + 2 && doc.used[end - 1] === 1) end--;
  return end === k + 2 && doc.w[k] === 'to' && IMPROVING.has(doc.w[k + 1] ?? '') ? 'improving' : null;
}

/**
 * Whether every anchor lies in a segment naming a subject alone or "to improve" with nothing else ("Year 6 | Writing |
 * Writing to improve | CT | ongoing"), and one such segment says "to improve": the subject as a whole, the broad area
 * (Specific rule 1), with a process verb alone (Measurable rule 6). "Writing | use capital letters in 4 of 5 pieces" names
 * the skill in another cell and is left as read.
 * @param doc - The target's document.
 * @param anchors - The specific anchors found.
 * @param measures - The measure spans found: each lies in such a segment too.
 * @returns True when the aim is only a subject to improve.
 */
function subjectToImproveOnly(doc: _Doc, anchors: readonly (readonly [number, number])[], measures: readonly (readonly [number, number])[]): boolean {
  let improving = false;
  // Anchors, then measures, with no list made of both; a segment whose first word names no subject ends the reading before
  // its end is looked for (subjectSegment reads that word first).
  for (let k = 0; k < anchors.length + measures.length; k++) {
    const a = (k < anchors.length ? anchors[k] : measures[k - anchors.length]) as readonly [number, number];
    const s = segmentStart(doc, a[0]);
    if (doc.toks[s]?.kind !== 'w' || !wholeSubject(doc.w[s] ?? '')) return false;
    const kind = subjectSegment(doc, s, segmentClose(doc, a[0]));
    if (kind === null) return false;
    improving = improving || kind === 'improving';
  }
  return improving;
}

/**
 * Whether the text's aim is only a plain use ({@link plainUseOnly}: "use technology to help with her learning", "use his phone
 * responsibly") or a subject only "to improve" ({@link subjectToImproveOnly}): neither specific nor measurable (the labelling
 * guide, Specific rules 1 and 4; Measurable rule 6).
 * @param doc - The target's document.
 * @param anchors - The specific anchors found.
 * @param measures - The measure spans found.
 * @returns True when the aim names no tool, skill or figure.
 */
export function _plainAim(doc: _Doc, anchors: readonly (readonly [number, number])[], measures: readonly (readonly [number, number])[]): boolean {
  return anchors.length > 0 && (plainUseOnly(doc, anchors, measures) || subjectToImproveOnly(doc, anchors, measures));
}
