// Prints each entry point's bundled size (minified, and minified + gzip), as a consumer's bundler sees it.
import { build } from 'esbuild';
import { gzipSync } from 'node:zlib';
for (const e of ['pep-rules/sdq','pep-rules/smart','pep-rules/deadlines','pep-rules/funding','pep-rules/policy','pep-rules/rules','pep-rules']) {
  try {
  const r = await build({ stdin: { contents: `import * as m from '${e}'; console.log(m);`, resolveDir: process.cwd(), loader: 'js' }, bundle: true, minify: true, write: false, format: 'esm', platform: 'browser', logLevel: 'silent' });
  const t = r.outputFiles[0].text; console.log(e, t.length, gzipSync(t).length);
  } catch (err) { console.log(e, 'ERR', err.message.slice(0,200)); }
}
