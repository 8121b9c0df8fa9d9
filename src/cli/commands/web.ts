/**
 * `pep-rules web --out <file.html> [--today YYYY-MM-DD]`: writes the offline page, one
 * self-contained HTML file (the library bundled in, its script and style sheet inlined under a
 * Content-Security-Policy that forbids every connection). The page is a built asset
 * (dist/web/pep-check.html, written by the build next to dist/cli.js); this command copies it and,
 * with `--today`, sets the page's default report date.
 */
import { readFile, writeFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { isIsoDate } from '../../core/isoDate';
import type { _CliContext } from '../context';
import { _OPTIONS, _runCommand } from './shared';

const SPECS = [{ name: 'out', short: 'o', kind: 'value' }, _OPTIONS.today] as const;

/** Where the built page may be: beside dist/cli.js, or in dist/ when run from source. */
const ASSETS = ['./web/pep-check.html', '../../../dist/web/pep-check.html'];

/** The placeholder of the page's default report date (empty: the browser's local date). */
const TODAY_META = '<meta name="pep-rules-today" content="">';

/** The outside world the web command needs; `page` (the built page's HTML) is for tests. */
export type WebIo = Pick<_CliContext, 'stdout' | 'stderr' | 'cwd'> & { readonly page?: string };

/** Reads the built page, or `null` when the package was not built. */
async function builtPage(): Promise<string | null> {
  for (const candidate of ASSETS) {
    try {
      return await readFile(fileURLToPath(new URL(candidate, import.meta.url)), 'utf8');
    } catch {
      // try the next place
    }
  }
  return null;
}

/**
 * Runs `pep-rules web`.
 * @param argv - Arguments after `web`.
 * @param io - stdout, stderr, cwd (and, in tests, the page).
 * @returns Exit code: 0 page written, 2 usage or I/O error.
 */
export function _webCommand(argv: readonly string[], io: WebIo): Promise<number> {
  const ctx = { ...io, stdin: (async function* () {})(), env: {}, now: () => new Date(0), version: '' } as _CliContext;
  return _runCommand('web', argv, ctx, SPECS, async ({ args, err, usage }) => {
    const out = args.values.get('out');
    if (args.positionals.length > 0) return usage('web takes no files: choose them in the page');
    if (out === undefined || out === '' || out === '-') return usage('give --out <file.html>, the page to write');
    const today = args.values.get('today');
    if (today !== undefined && !isIsoDate(today)) return usage('--today must be a date written YYYY-MM-DD');
    const page = io.page ?? (await builtPage());
    if (page === null || !page.includes(TODAY_META)) {
      err.write('pep-rules web: the built page (dist/web/pep-check.html) is missing: build the package (npm run build).\n');
      await err.end();
      return 2;
    }
    const html = today === undefined ? page : page.replace(TODAY_META, `<meta name="pep-rules-today" content="${today}">`);
    try {
      await writeFile(resolve(io.cwd, out), html, 'utf8');
    } catch (error) {
      err.write(`pep-rules web: cannot write ${out} (${(error as NodeJS.ErrnoException).code ?? 'unknown error'}).\n`);
      await err.end();
      return 2;
    }
    err.write(`pep-rules web: wrote ${out} (${Buffer.byteLength(html).toLocaleString('en-GB')} bytes). Open it in a browser: it works offline and nothing you choose in it leaves this computer.\n`);
    await err.end();
    return 0;
  });
}
