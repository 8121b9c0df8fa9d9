/**
 * Trains the second opinion from wording (src/smart/_wordModel.ts; docs/smart.md, "Second opinion from wording"):
 * an L2-regularised logistic regression per criterion (specific, measurable) over the words and word pairs of a
 * target, on the DEVELOPMENT data only: corpus.json's development split (the held-out split's labels are never
 * read), corpus-extra.json to corpus-extra5.json with their settled labels, test/smart/labelled.json and
 * test/smart/smart-dev.json. The sixth and seventh batches and the held-out split are never read.
 *
 *   npx tsx scripts/smart-train.ts          # cross-validation figures, then writes src/smart/_wordModel.ts
 *   npx tsx scripts/smart-train.ts --cv     # cross-validation figures only
 *   npx tsx scripts/smart-train.ts --write  # writes the model only
 *   npx tsx scripts/smart-train.ts --signals  # cross-validation with the rules' own verdicts as features too (not shipped)
 *
 * Deterministic: full-batch training from zero weights with a fixed number of epochs and no random step, so
 * the same data give the same file byte for byte (test/smart/wordModel.test.ts).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { _readContext } from '../src/smart/checkSmartTarget';
import { _analyseText } from '../src/smart/_analyse';
import { _judgeText } from '../src/smart/_judge';
import { _eachFeature, _modelWords, _rawWords, type _RawWords } from '../src/smart/_wordScore';

/** One labelled development target with what the rules made of it. */
export interface Example {
  readonly set: string;
  readonly id: string;
  readonly text: string;
  readonly label: readonly [boolean, boolean];
  readonly raw: _RawWords;
  /** The rules' verdict and whether it was low confidence, per criterion (specific, measurable). */
  readonly rules: readonly [boolean, boolean];
  readonly low: readonly [boolean, boolean];
}

/** Training settings; the defaults are the ones chosen by cross-validation (see {@link crossValidate}). */
export interface Settings {
  readonly lambda: number;
  readonly epochs: number;
  readonly rate: number;
  readonly minCount: number;
  readonly scale: number;
  /** Add the rules' own verdicts and confidences as features ('=s1', '=m0', '=sl', …). */
  readonly signals: boolean;
  /** Word pairs as well as words. */
  readonly bigrams: boolean;
  /** Weight of a training target the rules judged with low confidence on that criterion (1: as any other). */
  readonly lowWeight: number;
  /** Weights smaller than this are set to 0, and the rest rounded to 1 / scale, before the model is used or written (size). */
  readonly prune: number;
  /** Sets left out of training (they are still scored in cross-validation). */
  readonly without: readonly string[];
}

export const SETTINGS: Settings = { lambda: 0.003, epochs: 400, rate: 0.05, minCount: 3, scale: 20, signals: false, bigrams: true, lowWeight: 30, prune: 0.3, without: [] };

const root = new URL('../', import.meta.url);
const json = <T>(path: string): T => JSON.parse(readFileSync(new URL(path, root), 'utf8')) as T;

type Label = { specific: boolean; measurable: boolean };
type Record_ = { id: string; text: string };

/** The development sets: name, then (id, text, labels, meeting date) rows. */
function developmentSets(): { name: string; rows: { id: string; text: string; label: Label; meeting: string }[] }[] {
  const fx = 'test/fixtures/smart/';
  const held = new Set(json<{ heldOut: string[] }>(`${fx}split.json`).heldOut);
  const heldTexts = new Set(json<Record_[]>(`${fx}corpus.json`).filter((r) => held.has(r.id)).map((r) => r.text.trim().toLowerCase()));
  const batch = (corpus: string, labels: string, keep: (r: Record_) => boolean = () => true) => {
    const all = json<{ labels: Record<string, Label> }>(`${fx}${labels}`).labels;
    return json<Record_[]>(`${fx}${corpus}`).filter(keep).map((r) => ({ id: r.id, text: r.text, label: all[r.id] as Label, meeting: '2025-01-15' }));
  };
  const older = (path: string) => {
    const d = json<{ reference: { meetingDate: string }; items: (Record_ & Label & { meetingDate?: string })[] }>(path);
    return d.items.map((r) => ({ id: r.id, text: r.text, label: { specific: r.specific, measurable: r.measurable }, meeting: r.meetingDate ?? d.reference.meetingDate }));
  };
  const sets = [
    // The held-out records are filtered out before any label is looked up.
    { name: 'corpus-dev', rows: batch('corpus.json', 'labels.json', (r) => !held.has(r.id)) },
    { name: 'extra', rows: batch('corpus-extra.json', 'labels-extra.json') },
    { name: 'extra2', rows: batch('corpus-extra2.json', 'labels-extra2.json') },
    { name: 'extra3+4', rows: [...batch('corpus-extra3.json', 'labels-extra3.json'), ...batch('corpus-extra4.json', 'labels-extra4.json')] },
    { name: 'extra5', rows: batch('corpus-extra5.json', 'labels-extra5.json') },
    { name: 'labelled', rows: older('test/smart/labelled.json') },
    { name: 'smart-dev', rows: older('test/smart/smart-dev.json') },
  ];
  // A text that is also in the held-out split is never trained on.
  return sets.map((s) => ({ name: s.name, rows: s.rows.filter((r) => !heldTexts.has(r.text.trim().toLowerCase())) }));
}

/** The development examples with the rules' own judgements (the second opinion off). */
export function loadExamples(): Example[] {
  const out: Example[] = [];
  for (const set of developmentSets()) {
    for (const r of set.rows) {
      const ctx = _readContext({ meetingDate: r.meeting });
      const a = _analyseText(r.text, null, ctx.analyse, { n: 0 });
      let rules: [boolean, boolean] = [false, false];
      let low: [boolean, boolean] = [false, false];
      if (a.problem === null) {
        const j = _judgeText(a, false, [], null, [], false);
        rules = [j.specific.met === true, j.measurable.met === true];
        low = [j.specific.confidence === 'low', j.measurable.confidence === 'low'];
      }
      out.push({ set: set.name, id: r.id, text: r.text, label: [r.label.specific, r.label.measurable], raw: _rawWords(a.doc), rules, low });
    }
  }
  return out;
}

/** The vocabulary of a training set: words in at least `minCount` targets and written in lower case at least once. */
function vocabulary(train: readonly Example[], minCount: number): Set<string> {
  const df = new Map<string, number>();
  const lower = new Set<string>();
  for (const e of train) {
    const seen = new Set<string>();
    e.raw.w.forEach((x, i) => {
      if (x === null || x === '#') return;
      if (e.raw.cap[i] !== true) lower.add(x);
      seen.add(x);
    });
    for (const x of seen) df.set(x, (df.get(x) ?? 0) + 1);
  }
  return new Set([...df].filter(([x, n]) => n >= minCount && lower.has(x)).map(([x]) => x).sort());
}

/** The distinct features of an example under a vocabulary. */
function featuresOf(e: Example, known: ReadonlySet<string>, s: Settings = SETTINGS): string[] {
  const f = new Set<string>();
  _eachFeature(_modelWords(e.raw, (x) => known.has(x)), (x) => {
    if (s.bigrams || !x.includes(' ')) f.add(x);
  });
  if (s.signals) for (const x of signalsOf(e.rules, e.low)) f.add(x);
  return [...f];
}

/** The rules' own judgements as features. */
export function signalsOf(rules: readonly [boolean, boolean], low: readonly [boolean, boolean]): string[] {
  return [rules[0] ? '=s1' : '=s0', rules[1] ? '=m1' : '=m0', ...(low[0] ? ['=sl'] : []), ...(low[1] ? ['=ml'] : [])];
}

/** A trained model: features, per-criterion weights and biases. */
export interface Model {
  readonly known: ReadonlySet<string>;
  readonly features: readonly string[];
  readonly index: ReadonlyMap<string, number>;
  readonly weights: readonly [Float64Array, Float64Array];
  readonly bias: [number, number];
}

/** Full-batch Adam on the mean log-loss plus (lambda / 2)·|w|² (the bias is not penalised); zero start, no randomness. */
function fit(xs: readonly Int32Array[], ys: readonly boolean[], weights: readonly number[], n: number, s: Settings): { w: Float64Array; b: number } {
  const w = new Float64Array(n + 1); // the last one is the bias
  const m = new Float64Array(n + 1);
  const v = new Float64Array(n + 1);
  const g = new Float64Array(n + 1);
  const b1 = 0.9, b2 = 0.999, eps = 1e-8;
  for (let epoch = 1; epoch <= s.epochs; epoch++) {
    g.fill(0);
    for (let k = 0; k < xs.length; k++) {
      const x = xs[k] as Int32Array;
      let z = w[n] as number;
      for (const j of x) z += w[j] as number;
      const err = (1 / (1 + Math.exp(-z)) - (ys[k] ? 1 : 0)) * (weights[k] as number);
      for (const j of x) g[j] = (g[j] as number) + err;
      g[n] = (g[n] as number) + err;
    }
    for (let j = 0; j <= n; j++) {
      const grad = (g[j] as number) / xs.length + (j < n ? s.lambda * (w[j] as number) : 0);
      m[j] = b1 * (m[j] as number) + (1 - b1) * grad;
      v[j] = b2 * (v[j] as number) + (1 - b2) * grad * grad;
      const mh = (m[j] as number) / (1 - b1 ** epoch);
      const vh = (v[j] as number) / (1 - b2 ** epoch);
      w[j] = (w[j] as number) - (s.rate * mh) / (Math.sqrt(vh) + eps);
    }
  }
  return { w: w.subarray(0, n), b: w[n] as number };
}

/** Trains both criteria on a set of examples. */
export function train(all: readonly Example[], s: Settings = SETTINGS): Model {
  const examples = all.filter((e) => !s.without.includes(e.set));
  const known = vocabulary(examples, s.minCount);
  const per = examples.map((e) => featuresOf(e, known, s));
  const df = new Map<string, number>();
  for (const f of per) for (const x of f) df.set(x, (df.get(x) ?? 0) + 1);
  const features = [...df].filter(([, c]) => c >= s.minCount).map(([x]) => x).sort();
  const index = new Map(features.map((x, k) => [x, k] as const));
  const xs = per.map((f) => Int32Array.from(f.map((x) => index.get(x) ?? -1).filter((k) => k >= 0)));
  const weightOf = (which: 0 | 1) => examples.map((e) => (e.low[which] ? s.lowWeight : 1));
  const sp = fit(xs, examples.map((e) => e.label[0]), weightOf(0), features.length, s);
  const me = fit(xs, examples.map((e) => e.label[1]), weightOf(1), features.length, s);
  // As written: small weights dropped, the others rounded (cross-validation scores the model as it is shipped).
  const shipped = (w: Float64Array): Float64Array => w.map((x) => (Math.abs(x) < s.prune ? 0 : Math.round(x * s.scale) / s.scale));
  return { known, features, index, weights: [shipped(sp.w), shipped(me.w)], bias: [Math.round(sp.b * s.scale) / s.scale, Math.round(me.b * s.scale) / s.scale] };
}

/** The model's probability for an example (the same sum as src/smart/_wordScore.ts, before rounding). */
export function probability(model: Model, e: Example, which: 0 | 1, s: Settings = SETTINGS): number {
  let z = model.bias[which];
  for (const f of featuresOf(e, model.known, s)) {
    const k = model.index.get(f);
    if (k !== undefined) z += model.weights[which][k] as number;
  }
  return 1 / (1 + Math.exp(-z));
}

type Tally = { right: number; n: number };
/** The lower end of the Wilson 95% interval of a proportion (sound at 0 and 1 too, unlike the normal approximation). */
function lowerBound(t: Tally): number {
  if (t.n === 0) return 0;
  const z = 1.96;
  const p = t.right / t.n;
  const zz = (z * z) / t.n;
  return (p + zz / 2 - z * Math.sqrt((p * (1 - p)) / t.n + zz / (4 * t.n))) / (1 + zz);
}
const pct = (t: Tally): string => `${((100 * t.right) / Math.max(1, t.n)).toFixed(1)}% (${t.right}/${t.n})`;
const tallyOf = (): Tally => ({ right: 0, n: 0 });

/** Margins per criterion (specific, measurable) and per the rules' verdict (met, not met); 0.5 means never. */
export type Margins = readonly [readonly [number, number], readonly [number, number]];

/** One development target scored in cross-validation: the model's probabilities from the fold that left its set out. */
export interface Scored {
  readonly e: Example;
  readonly p: readonly [number, number];
}

/** Leave-one-set-out cross-validation: each development set is scored by a model trained on all the others. */
export function crossValidate(examples: readonly Example[], s: Settings = SETTINGS): Scored[] {
  const out: Scored[] = [];
  for (const set of [...new Set(examples.map((e) => e.set))]) {
    const model = train(examples.filter((e) => e.set !== set), s);
    for (const e of examples) if (e.set === set) out.push({ e, p: [probability(model, e, 0, s), probability(model, e, 1, s)] });
  }
  return out;
}

/** Whether p is past a margin (0.5: never). */
const past = (p: number, margin: number): boolean => margin < 0.5 && (p >= 0.5 + margin || p <= 0.5 - margin);

/** Figures of some scored targets for one criterion under the given margins (per the rules' verdict). */
interface Figures { model: Tally; rules: Tally; hybrid: Tally; modelLow: Tally; rulesLow: Tally; hybridLow: Tally; decided: Tally; changed: Tally }

function figures(scored: readonly Scored[], which: 0 | 1, margin: readonly [number, number]): Figures {
  const f: Figures = { model: tallyOf(), rules: tallyOf(), hybrid: tallyOf(), modelLow: tallyOf(), rulesLow: tallyOf(), hybridLow: tallyOf(), decided: tallyOf(), changed: tallyOf() };
  for (const { e, p } of scored) {
    const want = e.label[which];
    const add = (t: Tally, got: boolean): void => {
      t.n += 1;
      if (got === want) t.right += 1;
    };
    const byModel = (p[which] as number) > 0.5;
    const rules = e.rules[which];
    const decides = e.low[which] && past(p[which] as number, margin[rules ? 0 : 1]);
    const hybrid = decides ? byModel : rules;
    add(f.model, byModel);
    add(f.rules, rules);
    add(f.hybrid, hybrid);
    if (!e.low[which]) continue;
    add(f.modelLow, byModel);
    add(f.rulesLow, rules);
    add(f.hybridLow, hybrid);
    if (decides) add(f.decided, byModel);
    if (hybrid !== rules) add(f.changed, hybrid);
  }
  return f;
}

const MARGINS = [0, 0.05, 0.1, 0.15, 0.2, 0.25, 0.3, 0.35, 0.4];

/**
 * The margins, by cross-validation only: for each criterion and each verdict of the rules (met, not met), the
 * margin at which the model's accuracy on the low-confidence targets it decides has the highest lower 95% bound
 * (ties: the larger margin); never (0.5) when that bound is not above one half at any margin (the model would not be
 * surely better than a coin there).
 */
export function chooseMargins(scored: readonly Scored[]): Margins {
  const pick = (which: 0 | 1, met: boolean): number => {
    let best = 0.5;
    let bound = -1;
    for (const m of MARGINS) {
      const t = figures(scored.filter((x) => x.e.rules[which] === met), which, [m, m]).decided;
      if (t.n === 0 || lowerBound(t) <= 0.5) continue;
      if (lowerBound(t) >= bound) {
        bound = lowerBound(t);
        best = m;
      }
    }
    return best;
  };
  return [[pick(0, true), pick(0, false)], [pick(1, true), pick(1, false)]];
}

/** Prints the cross-validation figures. */
export function report(scored: readonly Scored[], margins: Margins): void {
  const sets = [...new Set(scored.map((x) => x.e.set))];
  for (const which of [0, 1] as const) {
    const name = which === 0 ? 'specific' : 'measurable';
    console.log(`\n${name}: leave-one-set-out (each set scored by a model trained on the others)`);
    console.log('  the model where it decides (low-confidence targets), by margin and by the rules\' verdict:');
    for (const met of [true, false]) {
      const part = scored.filter((x) => x.e.rules[which] === met);
      const line = MARGINS.map((m) => {
        const t = figures(part, which, [m, m]).decided;
        return `${m.toFixed(2)}: ${pct(t)} [${(100 * lowerBound(t)).toFixed(1)}]`;
      });
      console.log(`    rules ${met ? 'met    ' : 'not met'}: ${line.join('; ')} -> chosen ${margins[which][met ? 0 : 1] === 0.5 ? 'never' : margins[which][met ? 0 : 1]}`);
    }
    const row = (label: string, f: Figures): void =>
      console.log(`  ${label.padEnd(11)} all: model alone ${pct(f.model)}, rules alone ${pct(f.rules)}, rules high + model low ${pct(f.hybrid)}; low only: model ${pct(f.modelLow)}, rules ${pct(f.rulesLow)}, hybrid ${pct(f.hybridLow)}; decided ${pct(f.decided)}; changed ${f.changed.n} (to the label ${f.changed.right})`);
    row('all sets', figures(scored, which, margins[which]));
    for (const set of sets) row(set, figures(scored.filter((x) => x.e.set === set), which, margins[which]));
  }
}

/** A weight as a base-36 integer over the scale. */
const b36 = (x: number, scale: number): string => Math.round(x * scale).toString(36);

/** The source of src/smart/_wordModel.ts for a model: features whose rounded weights are all zero are left out. */
export function modelSource(model: Model, margins: Margins, s: Settings = SETTINGS): string {
  const keep = model.features.map((_, k) => k).filter((k) => Math.round((model.weights[0][k] as number) * s.scale) !== 0 || Math.round((model.weights[1][k] as number) * s.scale) !== 0);
  const features = keep.map((k) => model.features[k] as string);
  const row = (which: 0 | 1): string => keep.map((k) => b36(model.weights[which][k] as number, s.scale)).join(',');
  return [
    '/**',
    ' * GENERATED by scripts/smart-train.ts (npx tsx scripts/smart-train.ts --write): do not edit. The second opinion',
    ' * from wording (docs/smart.md, "Second opinion from wording"): `words`, the vocabulary besides the unigram features',
    ' * (other words are read as a name when capitalised, else as a rare word); `features` (unigrams and bigrams of the',
    ' * analyser\'s canonical words, "|"-separated), and per criterion one weight per feature as base-36 integers',
    ' * over `scale`; `margin`: how far from 0.5 the probability must be to decide, per criterion and per the rules\' verdict',
    ' * (met, not met; 0.5: never), chosen by cross-validation. Read by src/smart/_wordScore.ts.',
    ` * Trained on ${model.known.size} words; lambda ${s.lambda}, ${s.epochs} epochs, min count ${s.minCount}.`,
    ' */',
    'export const _WORD_MODEL = Object.freeze({',
    `  scale: ${s.scale},`,
    `  margin: [[${margins[0][0]}, ${margins[0][1]}], [${margins[1][0]}, ${margins[1][1]}]] as readonly [readonly [number, number], readonly [number, number]],`,
    `  bias: [${Math.round(model.bias[0] * s.scale)}, ${Math.round(model.bias[1] * s.scale)}] as readonly [number, number],`,
    `  words: ${JSON.stringify([...model.known].filter((x) => !features.includes(x)).join('|'))},`,
    `  features: ${JSON.stringify(features.join('|'))},`,
    `  specific: '${row(0)}',`,
    `  measurable: '${row(1)}',`,
    '});',
    '',
  ].join('\n');
}

/** The model file as the script writes it, from the development data. */
export function generate(): string {
  const examples = loadExamples();
  return modelSource(train(examples), chooseMargins(crossValidate(examples)));
}

if (process.argv[1] !== undefined && import.meta.url.endsWith(process.argv[1].split('/').pop() as string)) {
  const examples = loadExamples();
  const counts = [...new Set(examples.map((e) => e.set))].map((s) => `${s} ${examples.filter((e) => e.set === s).length}`);
  console.log(`development examples: ${examples.length} (${counts.join(', ')})`);
  if (process.argv.includes('--signals')) {
    // Measured, not shipped: the rules' own verdicts as features too (the rules were tuned on these sets).
    const s = { ...SETTINGS, signals: true };
    const scored = crossValidate(examples, s);
    report(scored, chooseMargins(scored));
    process.exit(0);
  }
  const scored = crossValidate(examples);
  const margins = chooseMargins(scored);
  if (!process.argv.includes('--write')) report(scored, margins);
  if (!process.argv.includes('--cv')) {
    writeFileSync(new URL('src/smart/_wordModel.ts', root), modelSource(train(examples), margins));
    console.log('wrote src/smart/_wordModel.ts');
  }
}
