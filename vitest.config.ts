import { configDefaults, defineConfig } from 'vitest/config';

/**
 * Test files that each get a fresh worker: they spawn the built CLI, tsc or Chromium, bundle with
 * esbuild, or change process-wide state (timezones.test.ts sets TZ and resets the module registry).
 * Every other file is a library test (pure functions over data) and runs in a shared worker
 * (isolate: false): the same tests and assertions, without importing zod, fast-check and the library
 * again for each of about 150 files (measured on a fresh clone, the 148 library files with 3 workers:
 * 181 s of CPU isolated, 81 s shared, the same 2,624 results). A new test file that mocks modules,
 * stubs globals or changes the environment belongs in this list.
 */
const OWN_WORKER = [
  'test/cli/**/*.test.ts',
  'test/docs/**/*.test.ts',
  'test/package/**/*.test.ts',
  'test/schema/**/*.test.ts',
  'test/web/**/*.test.ts',
  'test/report/browser.test.ts',
  'test/deadlines/timezones.test.ts',
];

export default defineConfig({
  test: {
    setupFiles: ['test/_helpers/failOnConsole.ts'],
    // A harness limit, not a speed assertion: property tests run thousands of cases and a busy
    // two-core CI machine (other jobs, the TZ loop) can take far longer than vitest's 5 s default.
    testTimeout: 60_000,
    // Three workers on the two-core machines: many test files wait on child processes (the CLI, Chromium)
    // rather than the CPU, and a third worker fills that wait (measured on a fresh clone: 333 s -> 242 s).
    maxWorkers: 3,
    // Projects run in name order: the slow process-spawning files start first and the many short
    // library files fill the end of the run.
    projects: [
      // Benchmarks (`npm run bench:detail`) run here too, each file in its own worker as before.
      { extends: true, test: { name: 'processes', include: OWN_WORKER, benchmark: { include: ['bench/**/*.bench.ts'] } } },
      {
        extends: true,
        test: { name: 'library', include: ['test/**/*.test.ts'], exclude: [...configDefaults.exclude, ...OWN_WORKER], isolate: false, benchmark: { include: [] } },
      },
    ],
  },
});
