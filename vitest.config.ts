import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    setupFiles: ['test/_helpers/failOnConsole.ts'],
    // A harness limit, not a speed assertion: property tests run thousands of cases and a busy
    // two-core CI machine (other jobs, the TZ loop) can take far longer than vitest's 5 s default.
    testTimeout: 60_000,
    // Three workers on the two-core machines: many test files wait on child processes (the CLI, Chromium)
    // rather than the CPU, and a third worker fills that wait (measured on a fresh clone: 333 s -> 242 s).
    maxWorkers: 3,
    benchmark: { include: ['bench/**/*.bench.ts'] },
  },
});
