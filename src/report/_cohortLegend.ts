/*
 * The legend of the cohort report page: what the QA grades, PEP positions, SMART ratings and
 * finding severities mean, and what each colour stands for. Internal: not re-exported.
 */
import { _colourOf } from './_cohortHtml';
import type { _Page } from './_cohortHtmlSections';
import { _html, _trusted } from './_html';

type Entry = readonly [key: string | null, label: string, meaning: string];

const GRADES: readonly Entry[] = [
  ['gold', 'Gold (outstanding)', 'Green throughout and personalised: the child’s own views and aspirations, and targets that start from a baseline, are fully planned and fully SMART.'],
  ['green', 'Green (good)', 'Every non-negotiable of the QA grid is met and every criterion is green.'],
  ['amber', 'Amber (requires improvement)', 'Some non-negotiables are not met, or a criterion is amber; the weakest part decides.'],
  ['red', 'Red (inadequate)', 'Most non-negotiables are not met, or a criterion is red (for example no targets at all).'],
];

const positions = (dueSoonDays: number): readonly Entry[] => [
  ['up-to-date', 'Up to date', 'Nothing the policy asks of the child’s PEP is overdue on the report date.'],
  ['due-soon', 'Due soon', `Up to date, with something due within ${dueSoonDays} working days.`],
  ['overdue', 'Overdue', 'Something the policy asks for (a termly PEP, a review, a submission) is past its date.'],
  ['not-known', 'Not known', 'The child’s dates cannot be read, or all their PEPs are dated after the report date, so the position cannot be worked out.'],
];

const SMART: readonly Entry[] = [
  ['outstanding', 'Outstanding', 'The target meets every SMART criterion it could be judged on.'],
  ['good', 'Good', 'The target misses one SMART criterion.'],
  ['requires-improvement', 'Requires improvement', 'The target misses two or more SMART criteria.'],
];

const SEVERITIES: readonly Entry[] = [
  [null, 'Error', 'Must be put right: a legal or policy requirement is not met, or the record cannot be read.'],
  [null, 'Warning', 'Needs attention: the PEP falls short of what the policy or guidance expects.'],
  [null, 'Info', 'Advice: worth checking, not a failing.'],
];

const COLOURS: readonly Entry[] = [
  ['green', 'Green', 'Good or on time.'],
  ['amber', 'Amber', 'Needs attention.'],
  ['red', 'Red', 'A concern or overdue.'],
  ['not-known', 'Grey', 'Not known or not banded.'],
  ['requested', 'Blue', 'Neutral figures (PP+ requested, year-group shares) and a good SMART rating.'],
];

function group(id: string, heading: string, entries: readonly Entry[]): string {
  const items = entries.map(([key, label, meaning]) => {
    const swatch = key === null ? '' : `<i style="background:${_colourOf(key)}"></i>`;
    return String(_html`<li>${_trusted(swatch)}<strong>${label}</strong>: ${meaning}</li>`);
  });
  return String(_html`<div class="legend-group" id="${id}"><h3>${heading}</h3><ul>${items.map(_trusted)}</ul></div>`);
}

/** The legend: grades, positions, SMART ratings, severities and colours, then the small-group mark. */
export function _legend({ s, below }: _Page): string[] {
  return [
    `<section class="legend-panel" id="legend" aria-label="How to read this report"><h2>How to read this report</h2><div class="legend-grid">`,
    group('legend-grades', 'QA grades', GRADES),
    group('legend-positions', 'PEP position', positions(s.definitions.dueSoonDays)),
    group('legend-smart', 'SMART ratings', SMART),
    group('legend-severities', 'Finding severity', SEVERITIES),
    group('legend-colours', 'Colours', COLOURS),
    String(_html`</div><p class="note">\u2020 and n&lt;${below}: a group of fewer than ${below} children, whose percentages are not printed. Each finding code is listed with what it means.</p></section>`),
  ];
}
