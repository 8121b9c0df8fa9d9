import { readFileSync } from 'node:fs';
import { bench, describe } from 'vitest';
import { policies } from '../src/policy/presets/index';
import { assessPep } from '../src/rules/assessPep';
import { gradePep } from '../src/rules/gradePep';
import { parsePep } from '../src/pep/parsePep';
import { validatePep } from '../src/rules/validatePep';
import { checkTargetSet } from '../src/smart/checkTargetSet';
import type { TargetInput } from '../src/smart/types';

/*
 * Where the time of one assessPep goes, per part (`npm run bench:detail`). The goals and the
 * interleaved, trusted ratios are in scripts/bench.ts and bench/RESULTS.md (`npm run bench`).
 * The baseline parses the text; assessPep (schema, shared facts, every rule and the grade: the CLI's
 * call) is timed on the parsed value, at full detail and at detail 'codes'. parsePep (the fast check;
 * zod only for a document that fails it) and checkTargetSet (the SMART check of the same targets, run
 * once inside assessPep) show where the time goes. Figures are reported, never asserted.
 */

const read = (name: string) => readFileSync(new URL(`../examples/peps/${name}.json`, import.meta.url), 'utf8');
const options = { policy: policies.halton, today: '2025-03-01' };

for (const name of ['school-age-good', 'school-age-poor'] as const) {
  const text = read(name);
  const value: unknown = JSON.parse(text);
  const parsed = parsePep(value);
  if (!parsed.ok) throw new Error(`${name} does not parse`);
  const pep = parsed.data;
  const smartContext = { meetingDate: pep.meeting.date, pep, policy: options.policy, ...(pep.nextMeeting?.date ? { nextReviewDate: pep.nextMeeting.date } : {}) };
  describe(`${name} (${text.length} bytes)`, () => {
    bench('baseline: JSON.parse of the same PEP', () => {
      JSON.parse(text);
    });
    bench('assessPep: schema, every rule and the grade', () => {
      assessPep(value, options);
    });
    bench("assessPep, detail 'codes'", () => {
      assessPep(value, { ...options, detail: 'codes' });
    });
    bench('validatePep', () => {
      validatePep(value, options);
    });
    bench('gradePep', () => {
      gradePep(value, options);
    });
    bench('part: parsePep (the fast check of a well-formed PEP)', () => {
      parsePep(value);
    });
    bench('part: checkTargetSet (the SMART check of the targets)', () => {
      checkTargetSet(pep.targets as readonly TargetInput[], smartContext);
    });
  });
}
