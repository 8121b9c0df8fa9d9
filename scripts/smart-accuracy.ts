/**
 * SMART accuracy against the labelled sets: agreement and confusion figures for specific,
 * measurable and time-bound, and exact deadline extraction.
 *
 *   npx tsx scripts/smart-accuracy.ts                    # the three older sets, the corpus and the extra set
 *   npx tsx scripts/smart-accuracy.ts --errors           # also list every disagreement (development data only)
 *   npx tsx scripts/smart-accuracy.ts --set=extra12      # one set (corpus, extra, extra2 … extra69)
 *   npx tsx scripts/smart-accuracy.ts --set=development  # every development set and their totals (--errors: their disagreements)
 */
import { readFileSync } from 'node:fs';
import { checkSmartTarget } from '../src/smart/index';

interface Item {
  id: string;
  text: string;
  specific: boolean;
  measurable: boolean;
  timeBound: boolean;
  deadline: unknown;
  meetingDate?: string;
}

const SETS = [
  ['smart-dev.json (shared dev set)', 'test/smart/smart-dev.json'],
  ['tuning.json (seed examples, tuning)', 'test/smart/tuning.json'],
  ['labelled.json (held out)', 'test/smart/labelled.json'],
] as const;

const showErrors = process.argv.includes('--errors');
const only = process.argv.find((a) => a.startsWith('--set='))?.slice(6);

const canonical = (v: unknown): string => JSON.stringify(v, (_k, x: unknown) => (x && typeof x === 'object' && !Array.isArray(x) ? Object.fromEntries(Object.entries(x).sort()) : x));

for (const [label, file] of SETS) {
  if (only !== undefined && !file.includes(only)) continue;
  const data = JSON.parse(readFileSync(new URL(`../${file}`, import.meta.url), 'utf8')) as { reference: { meetingDate: string }; items: Item[] };
  const conf = { specific: [0, 0, 0, 0], measurable: [0, 0, 0, 0], timeBound: [0, 0, 0, 0] } as Record<string, number[]>;
  let timed = 0;
  let exact = 0;
  let allExact = 0;
  const errors: string[] = [];
  for (const item of data.items) {
    const r = checkSmartTarget(item.text, { meetingDate: item.meetingDate ?? data.reference.meetingDate });
    const got = { specific: r.specific.met === true, measurable: r.measurable.met === true, timeBound: r.timeBound.met === true };
    for (const key of ['specific', 'measurable', 'timeBound'] as const) {
      const c = conf[key] as number[];
      const cell = (item[key] ? 0 : 2) + (got[key] ? 0 : 1); // TP, FN, FP, TN
      c[cell] = (c[cell] ?? 0) + 1;
      if (item[key] !== got[key]) errors.push(`${item.id} ${key}: expected ${item[key]} got ${got[key]} | ${item.text.slice(0, 140).replace(/\s+/g, " ")}`);
    }
    const same = canonical(r.deadline) === canonical(item.deadline);
    if (same) allExact += 1;
    if (item.deadline !== null) {
      timed += 1;
      if (same) exact += 1;
    }
    if (!same) errors.push(`${item.id} deadline: expected ${canonical(item.deadline)} got ${canonical(r.deadline)} | ${item.text.slice(0, 140).replace(/\s+/g, " ")}`);
  }
  const n = data.items.length;
  console.log(`\n${label}: ${n} targets`);
  for (const key of ['specific', 'measurable', 'timeBound']) {
    const [tp, fn, fp, tn] = conf[key] as [number, number, number, number];
    console.log(`  ${key.padEnd(10)} agreement ${(((tp + tn) / n) * 100).toFixed(1).padStart(5)}%   TP ${tp}  FN ${fn}  FP ${fp}  TN ${tn}`);
  }
  console.log(`  deadline   exact on timed targets ${((exact / Math.max(1, timed)) * 100).toFixed(1)}% (${exact}/${timed}); exact on all ${((allExact / n) * 100).toFixed(1)}% (${allExact}/${n})`);
  if (showErrors) for (const e of errors) console.log(`    ${e}`);
}

/*
 * The real corpus (test/fixtures/smart/corpus.json) against the settled labels (labels.json), as the
 * labelling guide fixes: meeting 15 January 2025, no calendar, no next review. Splits: development,
 * frozen held-out (split.json) and the published subset; verdict against publisherVerdict
 * (outstanding/good = good, requires-improvement = poor).
 *   --corpus-errors   list the development split's disagreements only (never the held-out split's)
 *   --errors          the same (with --set=extra: the extra set's disagreements)
 *   --dev             print the development split only (while tuning: the held-out split, the published
 *                     subset and the whole corpus, which contain held-out targets, are not scored at all)
 */
type Label = { specific: boolean; measurable: boolean; timeBound: boolean; deadline: string };
type CorpusItem = { id: string; text: string; kind: string; publisherVerdict?: 'good' | 'poor'; writerVerdict?: 'good' | 'poor' };
const fixture = <T>(name: string): T => JSON.parse(readFileSync(new URL(`../test/fixtures/smart/${name}`, import.meta.url), 'utf8')) as T;

/** The analyser's deadline as a guide label (`~` when it says the point is inferred). */
function deadlineLabel(d: unknown): string {
  if (d === null || d === undefined) return 'none';
  const x = d as { kind: string; date?: string; term?: string; part?: string; days?: number; approximate?: boolean };
  const tilde = x.approximate === true ? '~' : '';
  if (x.kind === 'date') return `date:${x.date}${tilde}`;
  if (x.kind === 'term') return `term:${x.term}:${x.part}${tilde}`;
  if (x.kind === 'relative') return `relative:${x.days}${tilde}`;
  return `${x.kind}${tilde}`;
}

/** What one set scored: targets, right answers per criterion, exact deadlines of the time-bound targets. */
interface Counts {
  n: number;
  specific: number;
  measurable: number;
  timeBound: number;
  exact: number;
  timed: number;
}

function scoreCorpus(name: string, items: CorpusItem[], labels: Record<string, Label>, listErrors: boolean, verdictBy = 'publisher'): Counts {
  const conf: Record<string, number[]> = { specific: [0, 0, 0, 0], measurable: [0, 0, 0, 0], timeBound: [0, 0, 0, 0] };
  let timed = 0, exact = 0, strict = 0, judged = 0, agree = 0;
  const verdict = [0, 0, 0, 0]; // publisher good & got good, good & got poor, poor & got good, poor & got poor
  // The verdict the settled labels themselves give (their S, M and T with the analyser's achievable and relevant,
  // rated the same way): what agreeing with every label would score against the publisher.
  let labelAgree = 0;
  const errors: string[] = [];
  // Agreement split by the analyser's own confidence: [high right, high, low right, low] per criterion.
  const byConfidence: Record<string, number[]> = { specific: [0, 0, 0, 0], measurable: [0, 0, 0, 0], timeBound: [0, 0, 0, 0] };
  for (const item of items) {
    const want = labels[item.id] as Label;
    const r = checkSmartTarget(item.text, { meetingDate: '2025-01-15' });
    for (const key of ['specific', 'measurable', 'timeBound'] as const) {
      const got = r[key].met === true;
      const c = conf[key] as number[];
      const cell = (want[key] ? 0 : 2) + (got ? 0 : 1); // TP, FN, FP, TN
      c[cell] = (c[cell] ?? 0) + 1;
      const b = byConfidence[key] as number[];
      const at = r[key].confidence === 'low' ? 2 : 0;
      b[at + 1] = (b[at + 1] ?? 0) + 1;
      if (want[key] === got) b[at] = (b[at] ?? 0) + 1;
      if (want[key] !== got) errors.push(`${item.id} ${key}: label ${want[key]} got ${got} | ${item.text.slice(0, 140).replace(/\s+/g, " ")}`);
    }
    const gotD = deadlineLabel(r.deadline);
    if (want.deadline !== 'none') {
      timed += 1;
      if (gotD.replace('~', '') === want.deadline.replace('~', '')) exact += 1;
      if (gotD === want.deadline) strict += 1;
    }
    if (gotD.replace('~', '') !== want.deadline.replace('~', '')) errors.push(`${item.id} deadline: label ${want.deadline} got ${gotD} | ${item.text.slice(0, 140).replace(/\s+/g, " ")}`);
    if (item.publisherVerdict !== undefined) {
      judged += 1;
      const good = r.rating !== 'requires-improvement';
      if (good === (item.publisherVerdict === 'good')) agree += 1;
      else errors.push(`${item.id} verdict: ${verdictBy} ${item.publisherVerdict} got ${r.rating} | ${item.text.slice(0, 140).replace(/\s+/g, " ")}`);
      const missedByLabels = (want.specific ? 0 : 1) + (want.measurable ? 0 : 1) + (want.timeBound ? 0 : 1) + (r.achievable.met === false ? 1 : 0) + (r.relevant.met === false ? 1 : 0);
      if (missedByLabels <= 1 === (item.publisherVerdict === 'good')) labelAgree += 1;
      const vi = (item.publisherVerdict === 'good' ? 0 : 2) + (good ? 0 : 1);
      verdict[vi] = (verdict[vi] ?? 0) + 1;
    }
  }
  const n = items.length;
  const pct = (a: number, b: number): string => `${((100 * a) / Math.max(1, b)).toFixed(1)}%`;
  console.log(`\n${name}: ${n} targets`);
  for (const key of ['specific', 'measurable', 'timeBound']) {
    const [tp, fn, fp, tn] = conf[key] as [number, number, number, number];
    console.log(`  ${key.padEnd(10)} accuracy ${pct(tp + tn, n).padStart(6)}   TP ${tp}  FP ${fp}  FN ${fn}  TN ${tn}`);
  }
  const split = (key: string): string => {
    const [hr, h, lr, l] = byConfidence[key] as [number, number, number, number];
    return `${key} high ${hr}/${h} (${pct(hr, h)}), low ${lr}/${l} (${pct(lr, l)})`;
  };
  console.log(`  confidence ${['specific', 'measurable', 'timeBound'].map(split).join('; ')}`);
  console.log(`  deadline   exact on time-bound targets ${pct(exact, timed)} (${exact}/${timed}); with the ~ (approximate) mark too ${pct(strict, timed)} (${strict}/${timed})`);
  if (judged > 0) {
    console.log(`  verdict    agrees with the ${verdictBy} ${pct(agree, judged)} (${agree}/${judged}); ${verdictBy} good: rated good ${verdict[0]}, poor ${verdict[1]}; ${verdictBy} poor: rated good ${verdict[2]}, poor ${verdict[3]}`);
    console.log(`             the settled labels, rated the same way, agree with the ${verdictBy} ${pct(labelAgree, judged)} (${labelAgree}/${judged})`);
  }
  if (listErrors) for (const e of errors) console.log(`    ${e}`);
  const right = (key: string): number => {
    const [tp, , , tn] = conf[key] as [number, number, number, number];
    return tp + tn;
  };
  return { n, specific: right('specific'), measurable: right('measurable'), timeBound: right('timeBound'), exact, timed };
}

const development = only === 'development';

/** The corpus's development split (never the frozen held-out split). */
function corpusDevelopment(listErrors = false): Counts {
  const corpus = fixture<CorpusItem[]>('corpus.json');
  const held = new Set(fixture<{ heldOut: string[] }>('split.json').heldOut);
  return scoreCorpus('corpus, development split', corpus.filter((t) => !held.has(t.id)), fixture<{ labels: Record<string, Label> }>('labels.json').labels, listErrors);
}

/** The extra published set, whole. */
function extraWhole(listErrors = false): Counts {
  return scoreCorpus('extra published set (unseen), whole', fixture<CorpusItem[]>('corpus-extra.json'), fixture<{ labels: Record<string, Label> }>('labels-extra.json').labels, listErrors);
}

if (only === undefined || only === 'corpus') {
  const corpus = fixture<CorpusItem[]>('corpus.json');
  const labels = fixture<{ labels: Record<string, Label> }>('labels.json').labels;
  const held = new Set(fixture<{ heldOut: string[] }>('split.json').heldOut);
  corpusDevelopment(process.argv.includes('--corpus-errors') || showErrors);
  if (!process.argv.includes('--dev')) {
    scoreCorpus('corpus, frozen held-out split', corpus.filter((t) => held.has(t.id)), labels, false);
    scoreCorpus('corpus, published subset', corpus.filter((t) => t.kind === 'published'), labels, false);
    scoreCorpus('corpus, whole', corpus, labels, false);
  }
}

/*
 * The extra published set (corpus-extra.json, 116 targets gathered after the analyser's tuning, labelled
 * twice independently, labels-extra.json adjudicated): never used for tuning, so all of it is held out.
 * `--set=extra`. Reported with and without the Buckinghamshire outcome bank (88 generic bank lines).
 */
if (only === undefined || only === 'extra') {
  const extra = fixture<CorpusItem[]>('corpus-extra.json');
  const labels = fixture<{ labels: Record<string, Label> }>('labels-extra.json').labels;
  extraWhole(showErrors);
  scoreCorpus('extra published set (unseen), without the Buckinghamshire bank', extra.filter((t) => !((t as { source?: { title?: string } }).source?.title ?? '').startsWith('Example outcomes for EHC plans')), labels, false);
  if (!process.argv.includes('--dev')) {
    const all = [...fixture<CorpusItem[]>('corpus.json').filter((t) => t.kind === 'published'), ...extra];
    scoreCorpus('all published targets (corpus + extra)', all, { ...fixture<{ labels: Record<string, Label> }>('labels.json').labels, ...labels }, false);
  }
}

/** The writer's own view (`writerVerdict`) in the place of a publisher's, for the verdict line. */
function withWriterVerdict(items: CorpusItem[]): CorpusItem[] {
  return items.map((t) => (t.writerVerdict === undefined ? t : { ...t, publisherVerdict: t.writerVerdict }));
}

/** A later batch: its targets (corpus-<name>.json) and settled labels (labels-<name>.json). */
function batch(name: string): { items: CorpusItem[]; labels: Record<string, Label> } {
  return { items: fixture<CorpusItem[]>(`corpus-${name}.json`), labels: fixture<{ labels: Record<string, Label> }>(`labels-${name}.json`).labels };
}

/**
 * The later batches, each scored like the corpus against its settled labels. `unseen` batches print figures only
 * (never their disagreements): they are measured at the start and the end of a session, and become development
 * data (their disagreements listed by `--errors`) once measured unseen. Each one's story, agreement and first
 * figures are in test/fixtures/smart/SOURCES.md.
 */
interface Batch {
  /** `--set=<name>`; its files are corpus-<name>.json and labels-<name>.json. */
  name: string;
  title: string;
  /** The records carry the writer's own view (`writerVerdict`), compared in the verdict line. */
  writer: boolean;
  unseen: boolean;
}
const BATCHES: readonly Batch[] = [
  // Gathered and labelled by others after the first extra set was used for development; measured unseen once.
  { name: 'extra2', title: 'second published set (measured unseen once, development since), whole', writer: false, unseen: false },
  // Councils, virtual schools, SEND and NHS services and schools only; measured once at the end of its session.
  { name: 'extra3', title: 'third published set (unseen), whole', writer: false, unseen: false },
  // Written in the style of real PEPs by someone who never saw the analyser; measured unseen once.
  { name: 'extra5', title: 'fifth set, written in the style of real PEPs (measured unseen once, development since)', writer: false, unseen: false },
  // Measured unseen at the start and end of two sessions (last: S 86.8%, M 87.6%, T 96.8%, deadlines 128/139).
  { name: 'extra6', title: 'sixth set, written in the style of real PEPs (measured unseen in two sessions, development since 4 December 2026)', writer: false, unseen: false },
  // Reviews across a school year, carried-over targets, EHCP outcomes; unseen in three sessions (last: S 90.4%, M 93.6%, T 98.0%, deadlines 141/157).
  { name: 'extra7', title: 'seventh set, written in the style of real PEPs (measured unseen in three sessions, development since 4 December 2026)', writer: false, unseen: false },
  // Unseen in one session (last: S 86.4%, M 94.0%, T 98.0%, deadlines 134/147).
  { name: 'extra8', title: 'eighth set, written in the style of real PEPs (measured unseen in one session, development since 4 December 2026, evening)', writer: false, unseen: false },
  // The first with the writer's own view; unseen in one session (last: S 87.2%, M 90.4%, T 98.4%, deadlines 123/128).
  { name: 'extra9', title: 'ninth set, written in the style of real PEPs (measured unseen in one session, development since 4 December 2026, night)', writer: true, unseen: false },
  // Unseen in one session and at the start of the next (last: S 86.0%, M 89.6%, T 95.2%, deadlines 130/145).
  { name: 'extra10', title: 'tenth set, written in the style of real PEPs (measured unseen in one session, development since 4 December 2026, late)', writer: true, unseen: false },
  // Unseen in one session and at the start of the next (last: S 84.0%, M 87.6%, T 95.2%, deadlines 100/108).
  { name: 'extra11', title: 'eleventh set, written in the style of real PEPs (measured unseen in one session, development since 4 December 2026, late)', writer: true, unseen: false },
  // North of England and the Midlands; unseen in one session and at the start of the next (last: S 88.4%, M 91.2%, T 96.4%, deadlines 110/120).
  { name: 'extra12', title: 'twelfth set, written in the style of real PEPs (measured unseen in one session, development since 4 December 2026, night)', writer: true, unseen: false },
  // London, the south, colleges and alternative provision; unseen in one session and at the start of the next (last: S 89.2%, M 92.8%, T 96.4%, deadlines 126/137).
  { name: 'extra13', title: 'thirteenth set, written in the style of real PEPs (measured unseen in one session, development since 4 December 2026, night)', writer: true, unseen: false },
  // Special schools, SEMH schools, pupil referral units and children's homes; unseen in one session and at the start of the next (last: S 84.4%, M 90.8%, T 96.0%, deadlines 92/104).
  { name: 'extra14', title: 'fourteenth set, written in the style of real PEPs (measured unseen in one session, development since 5 December 2026)', writer: true, unseen: false },
  // East of England and the coast, early years settings, colleges and fostering agencies; unseen in one session and at the start of the next (last: S 88.8%, M 92.4%, T 94.8%, deadlines 121/136).
  { name: 'extra15', title: 'fifteenth set, written in the style of real PEPs (measured unseen in one session, development since 5 December 2026)', writer: true, unseen: false },
  // Outer London and the Home Counties; unseen in one session and at the start of the next (last: S 88.4%, M 90.4%, T 96.0%, deadlines 125/139).
  { name: 'extra16', title: 'sixteenth set, written in the style of real PEPs (measured unseen in one session, development since 5 December 2026, night)', writer: true, unseen: false },
  // Rural north-west and the Welsh border; unseen in one session and at the start of the next (last: S 86.4%, M 87.6%, T 97.2%, deadlines 111/116).
  { name: 'extra17', title: 'seventeenth set, written in the style of real PEPs (measured unseen in one session, development since 5 December 2026, night)', writer: true, unseen: false },
  // The Midlands' big cities: large academies, termly tracking, children placed out of area, pupils new to English, ePEP fixed fields pasted together; unseen in one session and at the start of the next (last: S 85.6%, M 90.0%, T 97.2%, deadlines 112/120).
  { name: 'extra18', title: 'eighteenth set, written in the style of real PEPs (measured unseen in one session, development since 5 December 2026, morning)', writer: true, unseen: false },
  // The north-east and the Yorkshire coast: trauma-informed primaries, hospital schools, reduced timetables, leaving-care workers; unseen in one session and at the start of the next (last: S 81.6%, M 88.0%, T 96.4%, deadlines 108/121).
  { name: 'extra19', title: 'nineteenth set, written in the style of real PEPs (measured unseen in one session, development since 5 December 2026, morning)', writer: true, unseen: false },
  // The south coast and Kent: unaccompanied asylum-seeking children and ESOL, coastal secondaries, FE colleges and 16+ supported accommodation; unseen in one session and at the start of the next (last: S 89.2%, M 90.8%, T 96.4%, deadlines 131/146).
  { name: 'extra20', title: 'twentieth set, written in the style of real PEPs (measured unseen in one session, development since 5 December 2026, second morning)', writer: true, unseen: false },
  // The south-west, in the voices of social workers, foster carers, IROs and the children themselves: rural placements, out-of-county special schools, EHCP outcomes; unseen in one session and at the start of the next (last: S 93.2%, M 90.8%, T 99.2%, deadlines 138/150).
  { name: 'extra21', title: 'twenty-first set, written in the style of real PEPs (measured unseen in one session, development since 5 December 2026, second morning)', writer: true, unseen: false },
  // Inner and outer London: pupil referral units and alternative provision, managed moves, part-time timetables, criminal exploitation, data drops and flight paths, Year 6 to 7 transition; unseen in one session and at the start of the next (last: S 92.4%, M 93.2%, T 96.0%, deadlines 109/127).
  { name: 'extra22', title: 'twenty-second set, written in the style of real PEPs (measured unseen in one session, development since 5 December 2026, midday)', writer: true, unseen: false },
  // The East of England and Lincolnshire: rural mixed-age primaries, coastal towns, long-term foster care and special guardianship, SEN support plans, land-based colleges and T levels; unseen in one session and at the start of the next (last: S 91.2%, M 91.6%, T 97.6%, deadlines 133/137).
  { name: 'extra23', title: 'twenty-third set, written in the style of real PEPs (measured unseen in one session, development since 5 December 2026, midday)', writer: true, unseen: false },
  // Published style, all of England: EHCP outcomes with steps, SEN support plan and IEP banks by area of need, "I can" statements, present-tense "Child is able to …" outcomes, placeholders, therapy-style criteria, poor and better pairs; unseen in one session and at the start of the next (last: S 89.2%, M 94.0%, T 98.8%, deadlines 116/119).
  { name: 'extra24', title: 'twenty-fourth set, written in the style of published target banks and outcome guides (measured unseen in one session, development since 5 December 2026, afternoon)', writer: true, unseen: false },
  // The big cities of the north (Manchester, Salford, Liverpool, Leeds, Bradford, Sheffield, Hull): children's homes and secure homes, youth justice, EAL and new arrivals, medical needs, alternative provision, Functional Skills and resits; unseen in one session and at the start of the next (last: S 93.6%, M 92.8%, T 96.8%, deadlines 125/137).
  { name: 'extra25', title: 'twenty-fifth set, written in the style of real PEPs (measured unseen in one session, development since 5 December 2026, afternoon)', writer: true, unseen: false },
  // The Midlands: kinship care and special guardianship, children coming back into care, exclusions and managed moves, SEMH and MLD special schools, KS2 SATs and the multiplication check, BTECs, T levels and apprenticeships, EBSA; unseen in one session and at the start of the next (last: S 94.4%, M 94.0%, T 99.2%, deadlines 142/146).
  { name: 'extra26', title: 'twenty-sixth set, written in the style of real PEPs (measured unseen in one session, development since 5 December 2026, late afternoon)', writer: true, unseen: false },
  // Kent and the South East: unaccompanied young people arriving through Dover, age assessments and ESOL, grammar schools and the Kent Test, independent and residential special schools, school refusal, care leavers at university; unseen in one session and at the start of the next (last: S 91.2%, M 92.4%, T 97.6%, deadlines 131/141).
  { name: 'extra27', title: 'twenty-seventh set, written in the style of real PEPs (measured unseen in one session, development since 5 December 2026, late afternoon)', writer: true, unseen: false },
  // The North West and Cumbria, a fifth in the children's own words: seaside and mill towns, placement moves between districts, long rural journeys and mixed-year classes, SATs and phonics resits, apprenticeships, FASD, YOT, return from exclusion; unseen in one session and at the start of the next (last: S 90.4%, M 94.0%, T 98.4%, deadlines 128/134).
  { name: 'extra28', title: 'twenty-eighth set, written in the style of real PEPs (measured unseen in one session, development since 5 December 2026, evening)', writer: true, unseen: false },
  // Published style again, all of England: virtual schools' example boxes, PEP quality-audit tools with weak and strengthened targets, PP+ guidance, early-years and post-16 PEP guidance, SEN support plan banks, table rows and placeholders; unseen in one session and at the start of the next (last: S 91.6%, M 92.0%, T 98.4%, deadlines 132/138).
  { name: 'extra29', title: 'twenty-ninth set, written in the style of published guidance and target banks (measured unseen in one session, development since 5 December 2026, evening)', writer: true, unseen: false },
  // Yorkshire and the Humber, a sixth in the children's own words: former mining towns and Dales villages, persistent absence and EBSA, reduced timetables, reading and spelling ages, GCSE resits and vocational courses, rugby league and brass bands, Roma and Traveller children; unseen in one session and at the start of the next (last: S 92.8%, M 90.8%, T 98.4%, deadlines 126/133).
  { name: 'extra30', title: 'thirtieth set, written in the style of real PEPs (measured unseen in one session, development since 5 December 2026, late evening)', writer: true, unseen: false },
  // The Thames Valley and Wessex: children placed out of county, PP+ requests with a costed item and the target it supports, tutoring, the 11+ and transfer tests, UCAS and T levels, SEN support plans, hospital and online tuition; unseen in one session and at the start of the next (last: S 96.8%, M 94.4%, T 99.6%, deadlines 121/126).
  { name: 'extra31', title: 'thirty-first set, written in the style of real PEPs (measured unseen in one session, development since 5 December 2026, late evening)', writer: true, unseen: false },
  // The North East: Tyneside, Wearside, Teesside, County Durham and Northumberland's three-tier schools, a seventh in the children's own words with local words; RAG ratings and pasted "Actions / Who / By when" fields, standardised scores and reading ages, BTECs and port and factory apprenticeships; unseen in one session and at the start of the next (last: S 92.8%, M 91.2%, T 98.4%, deadlines 123/129).
  { name: 'extra32', title: 'thirty-second set, written in the style of real PEPs (measured unseen in one session, development since 5 December 2026, late evening)', writer: true, unseen: false },
  // Special schools, alternative provision and PRUs, and unaccompanied children learning English, in councils all over England: EHCP outcomes with short-term steps, PECS, Makaton and AAC, the Engagement Model and small steps, reintegration and reduced timetables, ESOL levels, supported internships; unseen in one session and at the start of the next (last: S 89.2%, M 92.8%, T 100%, deadlines 135/138).
  { name: 'extra33', title: 'thirty-third set, written in the style of real PEPs (measured unseen in one session, development since 5 December 2026, late evening)', writer: true, unseen: false },
  // Published material from councils, virtual schools, SEND services and trusts, a third such set: exemplar PEP target tables, newsletters' "target of the month", ePEP help pages, QA reports, SALT and EP recommendations turned into targets, PP+ request forms, careers templates (Gatsby, Skills Builder), reduced-timetable agreements, early-years one-page plans; unseen in one session and at the start of the next (last: S 94.4%, M 96.4%, T 98.8%, deadlines 131/137).
  { name: 'extra34', title: 'thirty-fourth set, written in the style of published guidance and target banks (measured unseen in one session, development since 6 December 2026, small hours)', writer: true, unseen: false },
  // Older children at risk and on the move in the East of England and the Home Counties, a sixth in their own words: missing episodes, exploitation, managed moves, exclusions, education in custody and resettlement, youth justice, construction and vocational courses, care leavers, young parents; and younger siblings placed together; unseen in one session and at the start of the next (last: S 88.8%, M 90.8%, T 97.6%, deadlines 114/124).
  { name: 'extra35', title: 'thirty-fifth set, written in the style of real PEPs (measured unseen in one session, development since 6 December 2026, small hours)', writer: true, unseen: false },
  // West Midlands, the Black Country, Staffordshire, Stoke, Shropshire, Telford and Herefordshire: children placed out of their home council's area, kinship and connected-persons care, three-tier schools; "Target | Action | By whom | By when | Cost" rows, "Current attainment: / Next step:", "Child's voice:", "Carer's view:"; unseen in one session and at the start of the next (last: S 94.0%, M 90.0%, T 99.6%, deadlines 128/133).
  { name: 'extra36', title: 'thirty-sixth set, written in the style of real PEPs (measured unseen in one session, development since 6 December 2026, early morning)', writer: true, unseen: false },
  // Published material, a fourth such set: training slides and handouts for designated teachers and social workers, virtual school annual reports, EHCP outcome guides with short-term steps, target banks by subject and phase, QA tools, ePEP user guides, foster carers' handbooks, post-16 and Pathway Plan guides, Early Years PEP guidance, PP+ worked examples; unseen in one session and at the start of the next (last: S 92.4%, M 94.0%, T 99.2%, deadlines 145/147).
  { name: 'extra37', title: 'thirty-seventh set, written in the style of published guidance and target banks (measured unseen in one session, development since 6 December 2026, early morning)', writer: true, unseen: false },
  // Essex, Southend, Thurrock, Hertfordshire, Bedford, Central Bedfordshire, Luton and Milton Keynes: SEND in mainstream and resource bases, hospital and medical education, young carers and sibling groups, placement moves and taxis, part-time timetables, reading with carers, PP+ tutoring, GCSE resits, T levels, apprenticeships and ESOL; "Strengths / Barriers / Target / Support / Success looks like", "Area of need:", "Who will help:", "Outcome (RAG):"; unseen in one session and at the start of the next (last: S 94.8%, M 93.6%, T 98.8%, deadlines 124/125).
  { name: 'extra38', title: 'thirty-eighth set, written in the style of real PEPs (measured unseen in one session, development since 6 December 2026, morning)', writer: true, unseen: false },
  // Published material, a fifth such set: completed ePEP forms in supplier user guides, virtual school newsletters, inspection and peer-review extracts, conference handouts with rewrites as separate rows, SEND outcome banks, EHCP annual-review steps, Gatsby careers plans, Pathway Plan guidance, attendance plans, intervention menus, PP+ requests with "Intended impact:", early-years learning journeys, alternative-provision agreements; unseen in one session and at the start of the next (last: S 95.6%, M 95.6%, T 98.4%, deadlines 120/126).
  { name: 'extra39', title: 'thirty-ninth set, written in the style of published guidance and target banks (measured unseen in one session, development since 6 December 2026, morning)', writer: true, unseen: false },
  // Gloucestershire, Bristol, Bath and North East Somerset, North Somerset, South Gloucestershire, Wiltshire, Swindon and Worcestershire: placements across the Welsh border, three-tier schools, the 11+, forces and traveller families, anxiety-based school avoidance and phased returns, clubs and DofE, phonics and times-tables checks, mocks, traineeships and supported internships; ePEP fields pasted together ("Target: … Baseline: … Action: … Responsible: … Timescale: … Progress:"), "SMART target:", "Next steps:", "Impact:"; unseen in one session and at the start of the next (last: S 96.4%, M 96.4%, T 99.2%, deadlines 127/130).
  { name: 'extra40', title: 'fortieth set, written in the style of real PEPs (measured unseen in one session, development since 6 December 2026, late morning)', writer: true, unseen: false },
  // Published material, a sixth such set: training quizzes with each option a row, designated-teacher handbooks' worked examples, PP+ impact reports, ILACS and SEND inspection extracts, SEN information reports and local-offer pages, SALT and OT programme sheets, EHCP outcome banks and preparation for adulthood, Early Help plans, intervention outlines, college learning agreements, careers templates, QA audits' examples; "Outcome:", "Provision:", "Success criteria:", "Evidence of impact:", "Review point:", "Cost:" lines; unseen in one session and at the start of the next (last: S 95.6%, M 94.8%, T 99.2%, deadlines 126/128).
  { name: 'extra41', title: 'forty-first set, written in the style of published guidance and target banks (measured unseen in one session, development since 6 December 2026, late morning)', writer: true, unseen: false },
  // Cornwall, the Isles of Scilly, Devon, Plymouth, Torbay, Somerset, Dorset and Bournemouth, Christchurch and Poole: long bus and ferry journeys, children placed far from home, fishing and naval families, hospital and home tuition, alternative provision on farms and boats, young carers, phonics groups and the multiplication check, options, Functional Skills, land-based courses and apprenticeships, supported lodgings; "What: … Who: … When: … How will we know:", RAG notes, "Next PEP:", "Carried forward:"; unseen in one session and at the start of the next (last: S 95.6%, M 96.0%, T 98.4%, deadlines 125/129).
  { name: 'extra42', title: 'forty-second set, written in the style of real PEPs (measured unseen in one session, development since 6 December 2026, afternoon)', writer: true, unseen: false },
  // Published material, a seventh such set: target-setting workshop handouts with a weak target and its rewrite as separate rows, "do and don't" tables, EHCP annual-review interim outcomes, SENCO toolkits and provision maps, one-page profiles and pupil passports, child-friendly "My PEP" forms, fostering charities' guides, youth justice and Team Around the School plans, apprenticeship learning plans, care-leaver PEP guidance, Gatsby careers plans, governors' reports, PP+ spending plans, nurture-group and Boxall targets; "Interim outcome:", "Measured by:", "Review date:", "Funded by:" lines; unseen in one session and at the start of the next (last: S 92.0%, M 93.2%, T 99.6%, deadlines 127/130).
  { name: 'extra43', title: 'forty-third set, written in the style of published guidance and target banks (measured unseen in one session, development since 6 December 2026, afternoon)', writer: true, unseen: false },
  // Hampshire, the Isle of Wight, Portsmouth, Southampton, West Sussex, East Sussex, Brighton and Hove and Surrey: army and navy families, the island ferry and children placed across the Solent, Gypsy, Roma and Traveller children, children placed by London boroughs, ELSA and counselling, emotionally based school avoidance and phased returns, infant-to-junior and secondary transfer, reading and spelling ages, flight paths, T levels, traineeships and the 16-19 bursary; "Target: … | Action: … | Who: … | By: … | RAG:", "Success looks like:", "Evidence:", carry-over notes; unseen in one session and at the start of the next (last: S 95.2%, M 95.6%, T 98.4%, deadlines 128/133).
  { name: 'extra44', title: 'forty-fourth set, written in the style of real PEPs (measured unseen in one session, development since 6 December 2026, late afternoon)', writer: true, unseen: false },
  // Published material, an eighth such set: PEP quality-assurance scoring sheets, virtual school heads' annual reports and case studies, scrutiny and corporate-parenting papers, charity toolkits, schools' Pupil Premium and PP+ strategy statements, intervention outlines, SALT and OT target sheets, educational psychologists' recommendations, early-years progress checks and Development Matters statements, flight-path tracking grids, bursary agreements, pathway plans, e-learning "Which of these is SMART?" options; "Intended outcome:", "Success criteria:", "Baseline:", "Impact:" lines; unseen in one session and at the start of the next (last: S 94.8%, M 94.4%, T 99.6%, deadlines 125/129).
  { name: 'extra45', title: 'forty-fifth set, written in the style of published guidance and target banks (measured unseen in one session, development since 6 December 2026, late afternoon)', writer: true, unseen: false },
  // Nottingham, Nottinghamshire, Derby, Derbyshire, Leicester, Leicestershire, Rutland and North and West Northamptonshire: unaccompanied asylum-seeking young people and ESOL entry levels, interpreters, children placed out of county and long taxi journeys, Peak District buses, kinship carers, children's homes, reduced timetables, managed moves, AP and PRUs, the multiplication tables check, SATs, reading ages, precision teaching, Lexia and Nessy, GCSE resits, Functional Skills, apprenticeships, supported internships, the care leavers' bursary; "Area of need: … | Target: … | Provision: … | Cost: … | By when: …", "What will success look like?", "Progress at review:", shorthand notes; unseen in one session and at the start of the next (last: S 96.8%, M 93.2%, T 99.6%, deadlines 130/132).
  { name: 'extra46', title: 'forty-sixth set, written in the style of real PEPs (measured unseen in one session, development since 6 December 2026, evening)', writer: true, unseen: false },
  // Published material, a ninth such set: ePEP software help pages and user guides, councils' "completing the PEP" slides with before-and-after rewrites as separate rows, virtual school newsletters, academy trusts' policies with example targets, CAMHS and looked-after children's nurse health-plan goals, tutoring impact summaries, intervention evaluations, book-gifting aims, summer-school reports, attendance improvement plans, PEP audit findings, care-leaver university pages, Staying Put and Staying Close guidance, early-years funding plans, foster-carer training handouts; "Aim:", "Objective:", "Measure of success:", "Baseline:", "Timescale:", "Owner:", "Outcome:" lines; unseen in one session and at the start of the next (last: S 93.6%, M 95.6%, T 99.2%, deadlines 122/124).
  { name: 'extra47', title: 'forty-seventh set, written in the style of published guidance and target banks (measured unseen in one session, development since 6 December 2026, evening)', writer: true, unseen: false },
  // Cheshire and Merseyside (Halton, Warrington, Cheshire East, Cheshire West and Chester, St Helens, Wirral, Knowsley and Sefton): young carers, short breaks, children waiting for autism or ADHD assessment, EBSA and phased returns, part-time timetables with a plan to add hours, suspensions and internal isolation, taxi runs across the Mersey, PP+ tutoring, phonics screening retakes, the multiplication tables check, SATs, Year 9 options, mocks, GCSE and resit grades, T levels, apprenticeships, travel training, bank accounts and budgeting; "Target | Actions | Who | PP+ cost | Date to be achieved | RAG", "Pupil voice:", "Baseline: … Target: … Evidence:", shorthand; unseen in one session and at the start of the next (last: S 93.6%, M 94.4%, T 98.0%, deadlines 127/132).
  { name: 'extra48', title: 'forty-eighth set, written in the style of real PEPs (measured unseen in one session, development since 6 December 2026, night)', writer: true, unseen: false },
  // Published material, a tenth such set: SENCo handbooks and provision maps, speech and language therapy and educational psychology recommendations as targets, youth offending team education plans, careers guidance and Gatsby-benchmark action plans, mentoring and independent-visitor charity goals, sports, arts and music-hub outcomes, Duke of Edinburgh plans, post-adoption, special guardianship and kinship guides, PP+ plans for previously looked-after children, exam access arrangements, hospital and medical-needs education reports, designated teacher network notes, e-learning "Which is the better target?" options; "Goal:", "Step:", "Success criteria:", "Baseline:", "Review date:", "Lead:", "Impact measure:" lines; unseen in one session and at the start of the next (last: S 95.6%, M 96.8%, T 99.2%, deadlines 136/138).
  { name: 'extra49', title: 'forty-ninth set, written in the style of published guidance and target banks (measured unseen in one session, development since 6 December 2026, night)', writer: true, unseen: false },
  // Lancashire, Blackpool and Blackburn with Darwen (Preston, Burnley, Lancaster, Morecambe, Fleetwood, Accrington, Chorley, Skelmersdale, the Ribble Valley): children moved in an emergency mid-term and waiting for a school place, Gypsy, Roma and Traveller children, English as an additional language (Polish, Urdu, Romanian), hearing and visual impairment, risk of exploitation, phones at night and sleep, school refusal and home tuition, part-time PRU places, Reading Recovery, handwriting and fine motor skills, the multiplication tables check, SATs and the move to high school, college applications, the Prince's Trust and traineeships, theory tests, part-time jobs, bus passes; "Need | Outcome | Strategy | Who | When | Progress", "WWW / EBI", "Target 1:", "Next steps:", "1) … 2) …", "Progress since last PEP:", shorthand and typing slips; unseen in one session and at the start of the next (last: S 94.4%, M 94.8%, T 98.4%, deadlines 127/131).
  { name: 'extra50', title: 'fiftieth set, written in the style of real PEPs (measured unseen in one session, development since 7 December 2026, night)', writer: true, unseen: false },
  // Published material, an eleventh such set: inspection reports and local authority PEP audits quoting targets, early help and Team Around the Family plans, Family Hub and Start for Life leaflets, EYFS progress-check guidance, Portage and early-support plans, ADHD and autism parent-course handouts, attendance support plans and letters, reading-scheme and tutoring providers' impact pages, children's homes' Statements of Purpose, college high-needs learner agreements, Jobcentre youth offer action plans, Care Leaver Covenant pages, online quizzes for designated teachers ("Spot the SMART target"); "Outcome:", "Action:", "Measure:", "Start point:", "End point:", "Responsible:", "Deadline:" lines; unseen in one session and at the start of the next (last: S 96.4%, M 96.8%, T 99.2%, deadlines 127/130).
  { name: 'extra51', title: 'fifty-first set, written in the style of published guidance and target banks (measured unseen in one session, development since 7 December 2026, night)', writer: true, unseen: false },
  // Norfolk, Suffolk, Cambridgeshire and Peterborough (Norwich, Great Yarmouth, King's Lynn, Thetford, Ipswich, Lowestoft, Bury St Edmunds, Cambridge, Wisbech, March, Peterborough): children of seasonal workers moved mid-year, rural isolation and long taxi journeys, children placed out of county, unaccompanied asylum-seeking children learning English (ESOL), dyslexia and dyscalculia screening, dyspraxia, selective mutism, Tourette's, self-harm and CAMHS waiting lists, reduced timetables and managed moves, the phonics screening check, KS3 catch-up, GCSE options and predicted grades, Functional Skills, T levels and supported internships, the CSCS card, driving licences, documents for college enrolment; "Area of need | SMART target | Actions | Responsible | Review", "Baseline → Target", "Short-term: … Long-term: …", "Last PEP's target: …", EHCP outcomes, shorthand ("1:1 w/ TA", "x3 p/w", "by Oct HT") and typing slips; unseen in one session and at the start of the next (last: S 97.6%, M 96.0%, T 99.6%, deadlines 129/130).
  { name: 'extra52', title: 'fifty-second set, written in the style of real PEPs (measured unseen in one session, development since 7 December 2026, night)', writer: true, unseen: false },
  // Published material, a twelfth such set: virtual school annual reports and case studies, headteacher reports to Corporate Parenting Boards, PEP quality assurance frameworks with graded example targets, SEND information reports and Pupil Premium strategy statements, NHS health review templates, speech and language home programmes, OT sensory diets, reading charities' impact reports, holiday activities programme aims, sports-club and Scouting badge goals, care-experienced bursary pages, apprenticeship end-point assessment guides, Youth Justice Service plans, fostering agencies' training slides ("Good target / Better target"); "Intended outcome:", "Success criteria:", "Evidence:", "Baseline:", "Target date:", "Lead:", "Impact:" lines; unseen in one session and at the start of the next (last: S 96.0%, M 96.8%, T 97.6%, deadlines 125/130).
  { name: 'extra53', title: 'fifty-third set, written in the style of published guidance and target banks (measured unseen in one session, development since 7 December 2026, night)', writer: true, unseen: false },
  // The North East: Tyne and Wear, County Durham, Northumberland and Teesside (Newcastle, Gateshead, Sunderland, South Shields, Durham, Darlington, Hartlepool, Middlesbrough, Stockton, Redcar, Hexham, Berwick, Ashington): sibling groups split across placements, contact before school, domestic abuse and trauma, foetal alcohol spectrum disorder, attachment and ADHD medication, developmental language disorder, low reading ages, Boxall profiles and nurture groups, restorative meetings after exclusions, part-time timetables built back up, friendship fall-outs online, County Lines risk, the multiplication tables check, SATs, GCSE options and resits, BTECs and Level 1 study programmes, traineeships, shipyard, factory and construction apprenticeships, the Duke of Edinburgh bronze award, bus and Metro travel, bank accounts and National Insurance numbers; "Outcome | Steps | Who | By when | RAG", "Now: … Next: …", "Target (child's words): …", numbered steps, "Carer will …" and "School will …" lines, "Review: …" notes, shorthand ("w/c 3/2", "x2 wkly", "b4 Xmas", "end of Spr 1") and typing slips; unseen in one session and at the start of the next (last: S 95.2%, M 97.2%, T 99.2%, deadlines 127/132).
  { name: 'extra54', title: 'fifty-fourth set, written in the style of real PEPs (measured unseen in one session, development since 7 December 2026, small hours)', writer: true, unseen: false },
  // Published material, a thirteenth such set: inspection reports of children's services and schools quoting plans, virtual school PEP training workbooks ("rewrite this target"), designated teacher handbooks, EHCP annual review forms and outcomes ladders, nurture group and Boxall guidance, ELSA session plans, attendance action plans and Fast Track letters, individual behaviour support plans, tutoring programmes' pupil plans, library summer reading challenges, youth work outcome frameworks, care leavers' local offer pages, employability action plans, apprenticeship progress reviews, children in care councils' pledges, kinship-care leaflets; "Objective:", "Indicator of success:", "Starting point:", "Milestone:", "Owner:", "Completion date:", "How we will know:" lines, "Weak: … Strong: …" pairs; unseen in one session and at the start of the next (last: S 95.6%, M 95.6%, T 99.2%, deadlines 132/134).
  { name: 'extra55', title: 'fifty-fifth set, written in the style of published guidance and target banks (measured unseen in one session, development since 7 December 2026, small hours)', writer: true, unseen: false },
  // The West Midlands shire counties and the Welsh border: Herefordshire, Worcestershire, Shropshire, Telford and Wrekin, Warwickshire (Hereford, Leominster, Ross-on-Wye, Kington, Ludlow, Shrewsbury, Telford, Kidderminster, Bromsgrove, Evesham, Nuneaton, Rugby, Stratford): farm placements and long taxi journeys, Traveller and Gypsy Roma children, Polish- and Romanian-speaking children learning English, young carers, PDA, autism and sensory needs, epilepsy, missing-from-care episodes and exploitation, part-time timetables and the PRU, EHCP reviews, PECS and toileting in the early years, the Warwickshire 11+, GCSE resits, land-based and equine colleges, agricultural and groundworks apprenticeships, the CSCS card, driving theory; "Area | Target | Who | By when", "What we want to achieve:", "Small steps:", "Child's view:", "Previous target — met/partly/not met", shorthand ("2x wk", "b4 Feb HT", "end Spr 2"); unseen in one session and at the start of the next (last: S 93.2%, M 90.4%, T 99.2%, deadlines 134/144).
  { name: 'extra56', title: 'fifty-sixth set, written in the style of real PEPs (measured unseen in one session, development since 7 December 2026, morning)', writer: true, unseen: false },
  // Published material, a fourteenth such set: Early Help and Team Around the Family plans, SEN support plan-do-review (APDR) guidance, school-readiness checklists, pathway plan guidance for care leavers, post-16 PEP guidance, youth justice intervention plans, speech and language therapy target banks, educational psychology recommendations, sensory and OT programme goals, Reading Recovery and Maths Recovery records, careers (Gatsby benchmark) action plans, holiday activity and sport aims, virtual school newsletters' "target of the term", governors' reports, local authority audit tools grading example targets, training slides contrasting weak and strong targets; "Aim:", "Target:", "Measure:", "Baseline:", "Review date:", "Responsible:", "What success looks like:", "Before: … After: …" lines; unseen in one session and at the start of the next (last: S 93.2%, M 95.2%, T 98.8%, deadlines 123/131).
  { name: 'extra57', title: 'fifty-seventh set, written in the style of published guidance and target banks (measured unseen in one session, development since 7 December 2026, morning)', writer: true, unseen: false },
  // Cumbria, North Yorkshire and the East Riding (Carlisle, Barrow, Kendal, Whitehaven, Workington, Penrith, Harrogate, Scarborough, Northallerton, Skipton, Selby, Hull, Bridlington): rural isolation and long bus journeys, small village schools with mixed-age classes, placements out of county, care leavers in supported lodgings, seasonal work, Sellafield and engineering apprenticeships, armed-forces families, Ukrainian and Syrian children learning English, hearing impairment, dyslexia and dyscalculia, anxiety, self-harm and school refusal, ELSA, Lexia and Times Tables Rock Stars, the phonics check, SATs, GCSE resits, T levels, DofE, swimming and Bikeability; "Need | Target | Action | Who | When | Cost (PP+)", "Where I am now / Where I want to be / How I will get there", "Target met? Y/N/partly", shorthand ("b4 Whit", "end Aut 2", "x3 per wk"); unseen in one session and at the start of the next (last: S 88.4%, M 90.0%, T 98.0%, deadlines 126/141).
  { name: 'extra58', title: 'fifty-eighth set, written in the style of real PEPs (measured unseen in one session, development since 7 December 2026, mid-morning)', writer: true, unseen: false },
  // Published material, a fifteenth such set: virtual school PEP handbooks' good and poor example boxes, inspection reports quoting plans, SENCO target banks by area of need, provision maps, attendance and behaviour support plans, college personal development plans, supported internship and apprenticeship learning plans, pathway plans' EET sections, speech and language "I can" statements, early years development plans, Letterbox Club, Music Hub and sports funding plans, PP+ requests ("What will the funding achieve?"), virtual school heads' annual reports; "Outcome:", "Success criteria:", "Baseline:", "Target date:", "Responsible:", "Evidence of impact:" lines, "Poor example: … Better: …" pairs written as separate targets, numbered steps and bullets; unseen in one session and at the start of the next (last: S 90.8%, M 94.0%, T 97.6%, deadlines 112/130).
  { name: 'extra59', title: 'fifty-ninth set, written in the style of published guidance and target banks (measured unseen in one session, development since 7 December 2026, mid-morning)', writer: true, unseen: false },
  // Wiltshire, Somerset, Bristol, Bath and North East Somerset, Swindon and North Somerset (Salisbury, Trowbridge, Chippenham, Devizes, Frome, Taunton, Yeovil, Bridgwater, Weston-super-Mare, Bristol, Bath, Swindon): army garrison towns and forces families moving schools, rural bus routes, Somali-, Polish- and Arabic-speaking children learning English, unaccompanied asylum-seeking young people and ESOL, county lines and exploitation, reduced timetables, alternative provision and hospital education, autism, ADHD, FASD, selective mutism, speech and language delay, emotionally based school avoidance, young carers, the phonics check and its Year 2 re-check, the multiplication tables check, SATs and the 11+, GCSE options, mocks and resits, BTECs, an engineering T level, Hinkley Point and aerospace apprenticeships, land-based and animal care courses, swimming, Scouts, DofE, a football academy, care leavers' driving, banking, GP registration, budgeting and tenancy; "Area of need | SMART target | Actions | Who | By when | PP+ £" rows, "What's working / What's not / Next steps", "Last target: achieved / partly / not", the child's words in lower case, shorthand ("by Feb HT", "end Sum 1", "2x wkly", "w/c 10/3") and typing slips; unseen in one session and at the start of the next (last: S 92.8%, M 94.8%, T 100%, deadlines 129/137).
  { name: 'extra60', title: 'sixtieth set, written in the style of real PEPs (measured unseen in one session, development since 7 December 2026, afternoon)', writer: true, unseen: false },
  // Published material, a sixteenth such set: virtual school PEP guidance with weak and SMART versions of a target (each its own item), EHCP outcome guides (outcomes to the end of a key stage with short-term steps, preparing for adulthood), SEN support plans and one-page profiles, target banks for speech, language and communication, social and emotional skills, fine and gross motor skills and self-care, maths and literacy ladders, early years next steps and the two-year-old check, post-16 and pathway plan EET goals, NEET re-engagement, attendance improvement and reintegration plans, tutoring and mentoring agreements, PP+ application forms ("Intended outcome:", "How impact will be measured:"), QA audit tools and training slides grading example targets RED/AMBER/GREEN; "Outcome:", "Short-term target:", "Success looks like:", "Baseline:", "Measure:", "Target date:", "Lead:", "Review:" lines, "|" rows, numbered steps, bullets, capitals, templates and typing slips; unseen in one session and at the start of the next (last: S 94.0%, M 94.4%, T 98.8%, deadlines 121/134).
  { name: 'extra61', title: 'sixty-first set, written in the style of published guidance and target banks (measured unseen in one session, development since 7 December 2026, afternoon)', writer: true, unseen: false },
  // Northamptonshire, Bedfordshire, Luton, Hertfordshire and Buckinghamshire (Northampton, Corby, Kettering, Wellingborough, Bedford, Luton, Dunstable, Stevenage, Watford, Hemel Hempstead, High Wycombe, Aylesbury): warehouse, logistics and airport jobs, Corby's Scottish and Eastern European families, Luton's Bangladeshi and Pakistani families, Romanian- and Lithuanian-speaking children new to English, unaccompanied young people, the Bucks 11+, three-tier schools, resourced provision, out-of-county placements, part-time timetables and pupil referral units, ADHD medication reviews, dyslexia, hearing impairment and BSL, tics, self-harm and CAMHS waits, sibling contact, placement moves, the phonics and times tables checks, reading ages, GCSE predictions, construction, motor vehicle and logistics courses, cadets, boxing, music lessons, care leavers' Universal Credit and bursaries; "Target | Steps to achieve | Who | Review date | Outcome" rows, "Child's view", "Carer will…", "RAG:", "[x]" tick boxes, "Previous target carried forward", shorthand and typing slips; unseen in one session and at the start of the next (last: S 87.6%, M 90.8%, T 97.2%, deadlines 121/137).
  { name: 'extra62', title: 'sixty-second set, written in the style of real PEPs (measured unseen in one session, development since 7 December 2026, late afternoon)', writer: true, unseen: false },
  // Published material, a seventeenth such set: virtual school handbooks' example targets by key stage, "Is this target SMART?" quizzes (the answer its own item), designated teacher workbooks, case studies quoting a plan, occupational therapy, physiotherapy and speech and language therapy goals, educational psychology recommendations as targets, sensory diets, reading recovery and precision teaching, nurture group Boxall targets, ELSA plans, alternative provision agreements, college learning agreements, supported internships, pathway plans' EET sections, PP+ termly reports ("Target set | Progress | Impact"), local offer outcomes; "Goal:", "Steps:", "By:", "Measured by:", "Responsible:", "Expected outcome:", "Evidence:" lines, numbered lists, bullets, capitals, "|" rows, quoted example boxes and typing slips; unseen in one session and at the start of the next (last: S 91.2%, M 93.6%, T 99.6%, deadlines 125/130).
  { name: 'extra63', title: 'sixty-third set, written in the style of published guidance and target banks (measured unseen in one session, development since 7 December 2026, late afternoon)', writer: true, unseen: false },
  // Kent, Medway and the Isle of Wight (Margate, Ramsgate, Folkestone, Dover, Ashford, Maidstone, Gravesend, Dartford, Chatham, Gillingham, Sheerness, Canterbury, Newport, Ryde, Cowes): coastal towns, children placed from London boroughs, unaccompanied asylum-seeking children arriving at Dover and their ESOL, the Kent and Medway Tests, ferry crossings to the Island, the port and seasonal work, hospital education, EBSA and reduced timetables, exclusions and managed moves, speech and language delay, autism and PDA, FASD, epilepsy and diabetes care plans, sibling groups apart, family time, kinship carers and special guardianship, the reception baseline and two-year-old funding, the times tables check, SATs, GCSE mocks and resits, T levels, catering, sea cadets, sailing, lifeguard club, drama, care leavers' Staying Put, driving licences, ID, bank accounts and supported lodgings; "Area | Target | Actions | By whom | By when | Cost" rows, "My target (in my words)", "DT comment:", "SW to…", "VSH:", "Progress since last PEP:", "Carried over – not met", numbered lists, shorthand and typing slips; unseen in one session and at the start of the next (last: S 91.2%, M 92.4%, T 98.8%, deadlines 111/131).
  { name: 'extra64', title: 'sixty-fourth set, written in the style of real PEPs (measured unseen in one session, development since 7 December 2026, evening)', writer: true, unseen: false },
  // Published material, an eighteenth such set: PEP quality assurance frameworks' graded example targets, "good target / weak target" tables in virtual school annual reports, designated teacher network slides, EHCP section E outcomes with interim steps, SEN support plan exemplars, target banks (reading, writing, maths, phonics, attention and listening, self-regulation, independence and life skills), attendance action plans, reintegration timetables after exclusion, early years next steps, post-16 study programmes and work experience, apprenticeship learning plans, NEET re-engagement, pathway plans' EET goals, mentoring agreements, PP+ impact reports and bid forms, schools' target-setting pages; "Target:", "Success criteria:", "Baseline:", "Evidence:", "Review date:", "Who:", "Impact:" lines, "|" rows, numbered steps, bullets, capitals and typing slips; unseen in one session and at the start of the next (last: S 94.4%, M 96.0%, T 96.4%, deadlines 113/124).
  { name: 'extra65', title: 'sixty-fifth set, written in the style of published guidance and target banks (measured unseen in one session, development since 7 December 2026, evening)', writer: true, unseen: false },
  // Inner and outer London boroughs (Hackney, Tower Hamlets, Newham, Lambeth, Southwark, Lewisham, Croydon, Brent, Haringey, Enfield, Barking and Dagenham, Ealing, Hounslow, Islington): children placed out of borough and travelling back, Somali, Bengali, Turkish, Polish, Portuguese, Eritrean, Albanian and Afghan families and unaccompanied young people, EAL at every stage, temporary accommodation and housing moves, county lines, exploitation and contextual safeguarding, youth offending orders, managed moves, PRUs and alternative provision, CAMHS, ADHD, autism, sickle cell and asthma care plans, young carers, Saturday school, boxing, football academies, music production, the Zip card, 11+ and faith school admissions, SATs, GCSEs, BTECs, A levels, sixth-form college, NHS and TfL apprenticeships, university applications, the care leavers' bursary, council tax exemption and a first tenancy; "Target | Action | Who | When | Review" rows, "What I want to achieve", "Actions for school / carer / SW / VS", "IRO comment:", "Update from last PEP:", "Not achieved – carry forward", "RAG: Amber", numbered lists, shorthand and typing slips; unseen in one session and at the start of the next (last: S 90.0%, M 92.8%, T 98.0%, deadlines 123/135).
  { name: 'extra66', title: 'sixty-sixth set, written in the style of real PEPs (measured unseen in one session, development since 7 December 2026, late night)', writer: true, unseen: false },
  // Published material, a nineteenth such set: social workers' and IROs' PEP guides with "instead of … write …" boxes, virtual school training workbooks' rewrite exercises, EHCP annual review outcomes with progress notes, speech and language and occupational therapy goal banks, SEMH intervention plans (Zones of Regulation, Thrive, Lego therapy, nurture), reading and spelling interventions' entry and exit criteria, maths catch-up plans, attendance panels' action plans, early help plans, youth justice education targets, care leavers' local offers and pathway plans, further education learning agreements, supported internships and traineeships, PP+ policies' worked examples and termly impact returns, inspection comments quoting a target, schools' target-setting pages; "Outcome:", "Step 1/2/3:", "Success criteria:", "Measured by:", "Baseline → target:", "By when:", "Lead:", "Review:", "Impact:" lines, "|" rows, numbered and lettered lists, bullets, capitals and typing slips; unseen in one session and at the start of the next (last: S 89.2%, M 91.6%, T 99.6%, deadlines 139/147).
  { name: 'extra67', title: 'sixty-seventh set, written in the style of published guidance and target banks (measured unseen in one session, development since 7 December 2026, late night)', writer: true, unseen: false },
  // West and South Yorkshire (Leeds, Bradford, Wakefield, Kirklees, Calderdale, Sheffield, Rotherham, Doncaster, Barnsley): Pakistani, Bangladeshi, Roma, Slovak, Kurdish and Eastern European families, Gypsy and Traveller heritage, unaccompanied young people from Sudan and Iran, EAL from new arrival to fluent, kinship care and special guardianship in progress, residential and semi-independent placements, long taxi journeys from the Dales and the coast, PRUs, SEMH special schools, a hearing impairment unit, Makaton and PECS, dyslexia screening, Read Write Inc and Little Wandle phonics, the phonics check, SATs, the multiplication tables check, GCSE resits, T Levels, college courses, apprenticeships, rugby league and football foundations, boxing, cadets, madrassa, DofE, referral orders, criminal exploitation and curfews, self-harm and CAMHS waiting lists, attendance panels, part-time timetables built back up and care leavers' first flats; "Area of need | Target | Strategies | Who | By when | Progress" rows, "My voice:", "Carer's view:", "DT comment:", "Previous target – achieved / partly / not achieved", "Next steps", RAG ratings, tick-box leftovers, shorthand ("w/b 24/2", "end of Aut 2", "by Feb HT") and typing slips; unseen in one session and at the start of the next (last: S 92.4%, M 96.8%, T 98.4%, deadlines 113/128).
  { name: 'extra68', title: 'sixty-eighth set, written in the style of real PEPs (measured unseen in one session, development since 8 December 2026, after midnight)', writer: true, unseen: false },
  // Published material, a twentieth such set: early years PEP guidance (Development Matters, key workers' next steps), post-16 PEP and pathway plan examples, designated teacher training handouts with good / better / best versions, educational psychologists' recommendations as outcomes, SENCO provision maps and support plans, one-page profiles, attendance improvement plans and fast-track letters, reduced timetable plans with a return schedule, managed moves and reintegration agreements, alternative provision agreements, virtual school annual reports quoting strong and weak targets, anti-bullying and online safety plans, careers (Gatsby benchmarks) action plans, bursary conditions and PP+ bids with their expected impact; "Outcome:", "Next step:", "What will success look like?", "Evidence:", "Starting point:", "Target by:", "Responsible:", "Review point:", "Good:", "Better:", "Best:", "Weak example:", "Improved example:" lines, "|" rows, numbered and lettered lists, bullets, capitals and typing slips; unseen in one session and at the start of the next (last: S 89.6%, M 92.4%, T 98.0%, deadlines 115/129).
  { name: 'extra69', title: 'sixty-ninth set, written in the style of published guidance and target banks (measured unseen in one session, development since 8 December 2026, after midnight)', writer: true, unseen: false },
  // Greater Manchester (Manchester, Salford, Trafford, Stockport, Tameside, Oldham, Rochdale, Bury, Bolton, Wigan): Somali, Pakistani, Polish, Romanian, Eritrean, Afghan, Nigerian and Irish Traveller families, unaccompanied young people from Albania, Vietnam and Afghanistan with age assessments, EAL beginners on ESOL bridging courses, kinship care, special guardianship, independent fostering agencies, out-of-area placements with trams, buses and taxis, children's homes, staying put and supported lodgings, hospital school, sensory and autism bases, SALT and OT programmes, Precision Teaching, Toe by Toe, Lexia, Numbots, Times Tables Rock Stars, SATs, the multiplication check, mocks, Functional Skills, BTECs, construction and hair and beauty courses, Prince's Trust, football and rugby league trusts, brass bands, cadets, boxing, youth theatre, NCS, knife crime, county lines, missing episodes, online safety, young carers, emotionally based school avoidance, managed moves and alternative provision, UCAS and apprenticeships; "Strengths | Needs | Target | Action | Lead | Timescale | RAG" rows, "What's working well / worried about / needs to happen", "Child's view:", "SW update:", "VSH comment:", "Review of previous targets:", "PP+ request: £…", copied-in emails, half-empty cells, shorthand ("wk beg 3/3", "Feb HT", "2x wkly", "Spr 1", "tbc") and typing slips.
  { name: 'extra70', title: 'seventieth set, written in the style of real PEPs (unseen: start and end of a session only)', writer: true, unseen: true },
  // Published material, a twenty-first such set: PEP quality assurance frameworks quoting targets rated inadequate / requires improvement / good / outstanding, speech and language and occupational therapy goals, hearing and vision support, emotionally based school avoidance return plans, attachment- and trauma-aware examples, hospital and medical needs education, youth justice education, training and employment plans, SEN support and assess-plan-do-review records, tutoring plans with session counts, exam access arrangements, Letterbox Club and reading for pleasure, 16-19 bursary and study programme conditions, virtual school enrichment, target banks by key stage and area of need, transitions, and children in care councils' own "my targets" leaflets; "Area:", "Target:", "Success criteria:", "Baseline:", "Measure:", "Frequency:", "By whom:", "By when:", "Review date:", "Inadequate:", "Requires improvement:", "Good:", "Outstanding:", "Rewritten as:" lines, "|" rows, numbered and lettered lists, bullets, capitals and typing slips.
  { name: 'extra71', title: 'seventy-first set, written in the style of published guidance and target banks (unseen: start and end of a session only)', writer: true, unseen: true },
];

/** Scores one batch; the third is scored again with the one target of corpus-extra4.json (found by the fifth gathering). */
function scoreBatch(b: Batch, listErrors: boolean): Counts {
  const { items, labels } = batch(b.name);
  const counts = scoreCorpus(b.title, b.writer ? withWriterVerdict(items) : items, labels, listErrors && !b.unseen, b.writer ? 'writer' : 'publisher');
  if (b.name === 'extra3' && !development) {
    const fourth = batch('extra4');
    scoreCorpus('third and fourth published sets (unseen), together', [...items, ...fourth.items], { ...labels, ...fourth.labels }, listErrors);
  }
  return counts;
}

for (const b of BATCHES) if (only === b.name) scoreBatch(b, showErrors);

/*
 * `--set=development`: every development set at once (the corpus's development split, the extra set and every
 * batch not marked unseen), then one line of totals. A rule is kept when its criterion's total rises and no set
 * loses more than an item; the frozen split and the unseen batches are never in it.
 */
if (development) {
  // With --errors, each set's disagreements are listed too (all development data: the frozen split and unseen batches are never in it).
  const all = [corpusDevelopment(showErrors), extraWhole(showErrors), ...BATCHES.filter((b) => !b.unseen).map((b) => scoreBatch(b, showErrors))];
  const sum = (key: keyof Counts): number => all.reduce((t, c) => t + c[key], 0);
  const n = sum('n');
  const pc = (a: number): string => `${((100 * a) / n).toFixed(2)}%`;
  console.log(`
all development sets (${all.length}): ${n} targets; specific ${sum('specific')} (${pc(sum('specific'))}), measurable ${sum('measurable')} (${pc(sum('measurable'))}), timeBound ${sum('timeBound')} (${pc(sum('timeBound'))}); deadlines exact ${sum('exact')}/${sum('timed')}`);
}
