/*
 * Inline SVG bar charts for the cohort report. Pure string building; every text is escaped.
 * Internal: not re-exported.
 */

/** Escapes text for HTML and SVG element content and attribute values. */
export function _esc(value: unknown): string {
  return String(value).replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/** One bar of a chart. */
export interface _Bar {
  readonly label: string;
  /** Length of the bar in chart units; `null` draws no bar (e.g. a suppressed small group). */
  readonly value: number | null;
  /** Text printed after the bar. */
  readonly text: string;
  readonly colour: string;
}

/** A group of bars sharing one label (one bar per series). */
export interface _BarGroup {
  readonly label: string;
  readonly bars: readonly _Bar[];
}

const PLOT_W = 200;
/** Width of one character at the chart's 14px font, in chart units (DejaVu Sans / system sans, generous). */
const CHAR_W = 7.8;
const BAR_H = 20;
const GAP = 8;
const TOP = 6;

const fmtTick = (n: number): string => String(Math.round(n * 100) / 100).replace(/\B(?=(\d{3})+(?!\d))/g, ',');

/** A "nice" tick step (1, 2 or 5 × 10^k, at least 1) giving about five ticks up to `max`. */
function niceStep(max: number): number {
  const raw = Math.max(1, max / 5);
  const pow = 10 ** Math.floor(Math.log10(raw));
  for (const m of [1, 2, 5]) if (m * pow >= raw) return m * pow;
  return 10 * pow;
}

/**
 * A horizontal bar chart (one or more bars per group), scaled to `fixedMax` or to the largest value.
 * `role="img"` with a `<title>` and `<desc>`; the accessible table sits beside it in the page.
 */
export function _barChart(options: {
  readonly id: string;
  readonly title: string;
  readonly desc: string;
  readonly groups: readonly _BarGroup[];
  /** Axis maximum and tick step, e.g. 100 and 25 for percentages; default from the data. */
  readonly fixedMax?: number;
  readonly fixedStep?: number;
  readonly unit?: string;
}): string {
  const { id, title, desc, groups } = options;
  // The chart is as wide as its longest label, the plot and its longest value text; CSS shrinks it
  // to fit a narrower column (print) and never stretches it, so text stays at 14px or less.
  const longest = (texts: readonly string[]): number => Math.max(0, ...texts.map((t) => t.length));
  const LABEL_W = Math.min(300, Math.max(60, Math.ceil(longest(groups.map((g) => g.label)) * CHAR_W) + 12));
  const TEXT_W = Math.max(60, Math.ceil(longest(groups.flatMap((g) => g.bars.map((b) => b.text))) * CHAR_W) + 12);
  const plotW = PLOT_W;
  const WIDTH = LABEL_W + PLOT_W + TEXT_W;
  let max = 0;
  for (const g of groups) for (const b of g.bars) if (b.value !== null && b.value > max) max = b.value;
  const step = options.fixedStep ?? niceStep(max);
  const axisMax = options.fixedMax ?? Math.max(step, Math.ceil(max / step) * step);
  const tickCount = Math.round(axisMax / step);
  const parts: string[] = [];
  let y = TOP;
  for (const g of groups) {
    const groupH = g.bars.length * BAR_H + (g.bars.length - 1) * 2;
    parts.push(
      `<text class="chart-label" x="${LABEL_W - 8}" y="${y + groupH / 2}" text-anchor="end" dominant-baseline="middle">${_esc(g.label)}</text>`,
    );
    g.bars.forEach((b, i) => {
      const by = y + i * (BAR_H + 2);
      const w = b.value === null || axisMax <= 0 ? 0 : Math.max(b.value > 0 ? 1.5 : 0, (Math.min(b.value, axisMax) / axisMax) * plotW);
      if (w > 0) {
        parts.push(`<rect x="${LABEL_W}" y="${by}" width="${w.toFixed(1)}" height="${BAR_H}" rx="2" fill="${_esc(b.colour)}"/>`);
      }
      parts.push(
        `<text class="chart-value" x="${(LABEL_W + w + 6).toFixed(1)}" y="${by + BAR_H / 2}" dominant-baseline="middle">${_esc(b.text)}</text>`,
      );
    });
    y += groupH + GAP;
  }
  const height = y - GAP + 26;
  const axisY = y - GAP + 4;
  const ticks: string[] = [];
  for (let i = 0; i <= tickCount; i++) {
    const v = step * i;
    const x = LABEL_W + (plotW * v) / axisMax;
    ticks.push(
      `<line x1="${x.toFixed(1)}" y1="${TOP - 2}" x2="${x.toFixed(1)}" y2="${axisY}" class="chart-grid"/>`,
      `<text class="chart-tick" x="${x.toFixed(1)}" y="${axisY + 12}" text-anchor="middle">${_esc(fmtTick(v))}${_esc(options.unit ?? '')}</text>`,
    );
  }
  return (
    `<svg id="${_esc(id)}" class="chart" viewBox="0 0 ${WIDTH} ${height}" width="${WIDTH}" height="${height}" role="img" ` +
    `aria-labelledby="${_esc(id)}-title ${_esc(id)}-desc" xmlns="http://www.w3.org/2000/svg">` +
    `<title id="${_esc(id)}-title">${_esc(title)}</title><desc id="${_esc(id)}-desc">${_esc(desc)}</desc>` +
    `${ticks.join('')}${parts.join('')}` +
    `<line x1="${LABEL_W}" y1="${TOP - 2}" x2="${LABEL_W}" y2="${axisY}" class="chart-axis"/></svg>`
  );
}
