/** Writes schema/pep.schema.json and schema/policy.schema.json from the zod schemas. Run `npm run schemas`. */
import { writeFileSync } from 'node:fs';
import { policyJsonSchema } from '../src/policy/definePolicy';
import { pepJsonSchema } from '../src/pep/parsePep';

const root = new URL('../schema/', import.meta.url);
writeFileSync(new URL('pep.schema.json', root), `${JSON.stringify(pepJsonSchema(), null, 2)}\n`);
writeFileSync(new URL('policy.schema.json', root), `${JSON.stringify(policyJsonSchema(), null, 2)}\n`);
process.stdout.write('wrote schema/pep.schema.json and schema/policy.schema.json\n');
