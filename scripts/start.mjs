// Placeholder until the CLI lands: parses the bundled examples and prints a summary.
import { readdirSync, readFileSync } from 'node:fs';
import { parsePep } from '../dist/rules.js';

const dir = new URL('../examples/peps/', import.meta.url);
for (const name of readdirSync(dir).filter((n) => n.endsWith('.json')).sort()) {
  const result = parsePep(JSON.parse(readFileSync(new URL(name, dir), 'utf8')));
  console.log(`${name}: ${result.success ? 'parses' : `${result.issues.length} problem(s)`}`);
}
