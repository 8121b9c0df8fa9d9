import { defineConfig } from 'tsup';
import { WEB_ENTRY, webDefines, writeWebPage } from './scripts/web-page';

export default defineConfig([
  {
    entry: {
      index: 'src/index.ts',
      sdq: 'src/sdq/index.ts',
      smart: 'src/smart/index.ts',
      funding: 'src/funding/index.ts',
      deadlines: 'src/deadlines/index.ts',
      rules: 'src/rules/index.ts',
      policy: 'src/policy/index.ts',
      report: 'src/report/index.ts',
    },
    format: ['esm', 'cjs'],
    dts: true,
    clean: true,
    sourcemap: false,
    treeshake: true,
    splitting: true,
    target: 'es2022',
    platform: 'neutral',
    tsconfig: 'tsconfig.core.json',
  },
  {
    entry: { cli: 'src/cli/main.ts' },
    format: ['esm'],
    platform: 'node',
    target: 'node20',
    banner: { js: '#!/usr/bin/env node' },
    dts: false,
    clean: false,
    external: ['pep-rules'],
    // zod and papaparse bundled in: one file to compile instead of about a hundred modules to resolve
    // and load, so each run starts about 50 ms sooner (0.24 s -> 0.19 s for `--version`).
    noExternal: ['zod', 'papaparse'],
  },
  {
    // The `--jobs` worker thread of validate and grade, loaded by dist/cli.js from beside it.
    entry: { 'cli-worker': 'src/cli/jobs/worker.ts' },
    format: ['esm'],
    platform: 'node',
    target: 'node20',
    dts: false,
    clean: false,
    external: ['pep-rules'],
    // zod and papaparse bundled in: one file to compile instead of about a hundred modules to resolve
    // and load, so each run starts about 50 ms sooner (0.24 s -> 0.19 s for `--version`).
    noExternal: ['zod', 'papaparse'],
  },
  {
    // The offline page's script (`pep-rules web`): one browser IIFE with the library and its
    // dependencies bundled in; then scripts/web-page.ts writes dist/web/pep-check.html around it.
    entry: { 'web/page': WEB_ENTRY },
    format: ['iife'],
    platform: 'browser',
    target: 'es2022',
    minify: true,
    dts: false,
    clean: false,
    noExternal: [/.*/],
    tsconfig: 'tsconfig.web.json',
    define: webDefines(),
    outExtension: () => ({ js: '.js' }),
    esbuildOptions(options) {
      options.legalComments = 'none';
    },
    onSuccess: async () => writeWebPage(),
  },
]);
