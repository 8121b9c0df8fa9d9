import { configDefaults, defineConfig } from 'vitest/config';
import { BaseSequencer, type TestSpecification } from 'vitest/node';

/**
 * Test files that each get a fresh worker: they spawn the built CLI, tsc or Chromium, bundle with
 * esbuild, or change process-wide state (timezones.test.ts sets TZ and resets the module registry).
 * Every other file is a library test (pure functions over data) and runs in a shared worker
 * (isolate: false): the same tests and assertions, without importing zod, fast-check and the library
 * again for each of about 150 files (measured on a fresh clone, the 148 library files with 3 workers:
 * 181 s of CPU isolated, 81 s shared, the same 2,624 results). A new test file that mocks modules,
 * stubs globals or changes the environment belongs in this list. (test/schema/agreement.test.ts compares
 * ajv with the library in-process, a library test: it shares a worker; hosts.test.ts spawns node and python3.)
 */
const OWN_WORKER = [
  'test/cli/**/*.test.ts',
  'test/docs/**/*.test.ts',
  'test/package/**/*.test.ts',
  'test/schema/hosts.test.ts',
  'test/web/**/*.test.ts',
  'test/report/browser.test.ts',
  'test/deadlines/timezones.test.ts',
];

/**
 * The slowest files (seconds on a quiet two-core machine, 3 workers), started first so that the run
 * does not end waiting on one of them. A fresh clone has no timings from an earlier run, and vitest
 * would otherwise start the largest files first, not the slowest. A stale list only costs order. The
 * CLI files' seconds were scaled by their CPU time after some runs moved in-process (runInProcess) and
 * to smaller inputs where the claim does not depend on size (measured on a loaded machine).
 */
const SLOWEST_FIRST = [
  'test/cli/jobs.test.ts', // 41
  'test/schema/hosts.test.ts', // 33
  'test/package/typescript.test.ts', // 30
  'test/cli/faults.test.ts', // 27
  'test/docs/samples.test.ts', // 24
  'test/cli/jobs.default.test.ts', // 23
  'test/web/page.browser.test.ts', // 19
  'test/cli/options.test.ts', // 13
  'test/cli/jobs.corruption.test.ts', // 12
  'test/cli/jobs.memory.test.ts', // 10
  'test/schema/agreement.test.ts', // 10
  'test/cli/privacy.test.ts', // 9
  'test/cli/commands.test.ts', // 9
  'test/cli/firstRun.test.ts', // 8
];

/** vitest's order (projects by name, then earlier timings or size), with {@link SLOWEST_FIRST} moved to the front. */
class SlowestFirst extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const rank = (spec: TestSpecification): number => {
      const i = SLOWEST_FIRST.findIndex((path) => spec.moduleId.endsWith(`/${path}`));
      return i === -1 ? SLOWEST_FIRST.length : i;
    };
    return (await super.sort(files)).map((spec, i) => ({ spec, i, rank: rank(spec) })).sort((a, b) => a.rank - b.rank || a.i - b.i).map(({ spec }) => spec);
  }
}

export default defineConfig({
  test: {
    setupFiles: ['test/_helpers/failOnConsole.ts'],
    // A harness limit, not a speed assertion: property tests run thousands of cases and a busy
    // two-core CI machine (other jobs, the TZ loop) can take far longer than vitest's 5 s default.
    testTimeout: 60_000,
    // Three workers on the two-core machines: many test files wait on child processes (the CLI, Chromium)
    // rather than the CPU, and a third worker fills that wait (measured on a fresh clone: 333 s -> 242 s).
    maxWorkers: 3,
    sequence: { sequencer: SlowestFirst },
    // Projects run in name order: the slow process-spawning files start first ('own-worker') and the
    // many short library files ('shared-worker') fill the end of the run.
    projects: [
      // Benchmarks (`npm run bench:detail`) run here too, each file in its own worker as before.
      { extends: true, test: { name: 'own-worker', include: OWN_WORKER, benchmark: { include: ['bench/**/*.bench.ts'] } } },
      {
        extends: true,
        test: { name: 'shared-worker', include: ['test/**/*.test.ts'], exclude: [...configDefaults.exclude, ...OWN_WORKER], isolate: false, benchmark: { include: [] } },
      },
    ],
  },
});
