import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    setupFiles: ['test/_helpers/failOnConsole.ts'],
    // A harness limit, not a speed assertion: property tests run thousands of cases and a busy
    // two-core CI machine (other jobs, the TZ loop) can take far longer than vitest's 5 s default.
    testTimeout: 60_000,
    benchmark: { include: ['bench/**/*.bench.ts'] },
  },
});
