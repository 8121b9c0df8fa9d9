import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    setupFiles: ['test/_helpers/failOnConsole.ts'],
    benchmark: { include: ['bench/**/*.bench.ts'] },
  },
});
