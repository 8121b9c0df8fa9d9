import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts54 from 'typescript-5-4';
import tsCurrent from 'typescript';
import { afterAll, describe, expect, it } from 'vitest';

/*
 * The supported TypeScript range (README "Install"): 5.4 and later. 5.4 is the floor because zod's
 * declarations use the `NoInfer` intrinsic, which TypeScript 5.0–5.3 do not know (TS2304 in
 * zod/v4/mini/schemas.d.cts). A consumer file is compiled against the BUILT declarations (run
 * `npx tsup --silent` first) with the oldest supported compiler (typescript-5-4, an npm alias of
 * typescript@5.4.5) and with the project's own, under every module resolution a host may use, with
 * skipLibCheck off so an error in any shipped .d.ts (ours or zod's) counts. One deliberate type error
 * proves the types are real and not `any`.
 */
const root = fileURLToPath(new URL('../../', import.meta.url));
const sandbox = mkdtempSync(join(tmpdir(), 'pep-rules-ts-'));
afterAll(() => rmSync(sandbox, { recursive: true, force: true }));
mkdirSync(join(sandbox, 'node_modules'));
symlinkSync(root, join(sandbox, 'node_modules', 'pep-rules'));

const CONSUMER = `import { parsePep, assessPep } from 'pep-rules';
import { scoreSdq } from 'pep-rules/sdq';
import { checkTargetSet } from 'pep-rules/smart';
import { definePolicy, policies, type Policy } from 'pep-rules/policy';
import { addWorkingDays } from 'pep-rules/deadlines';
import { validatePep } from 'pep-rules/rules';
import { cohortSummary } from 'pep-rules/report';

const parsed = parsePep({ schemaVersion: 1 });
export const found: number = parsed.success ? 0 : parsed.issues.length;
const policy = definePolicy({ id: 'x' });
export const name: string | null = policy.ok ? policy.data.name : (policy.findings[0]?.code ?? null);
export const england: Policy = policies.england;
export { assessPep, scoreSdq, checkTargetSet, addWorkingDays, validatePep, cohortSummary };
export const wrong: number = policies.england.name;
`;
/** The line of the deliberate error (1-based), and the diagnostic it must give. */
const WRONG_LINE = CONSUMER.split('\n').findIndex((l) => l.startsWith('export const wrong')) + 1;

type Ts = typeof tsCurrent;
interface Host {
  name: string;
  /** `type` of the consumer's package.json (decides CJS or ESM under node16). */
  type: 'module' | 'commonjs';
  options: (t: Ts) => tsCurrent.CompilerOptions;
}

const common = (t: Ts): tsCurrent.CompilerOptions => ({
  strict: true,
  noEmit: true,
  skipLibCheck: false,
  target: t.ScriptTarget.ES2022,
  lib: ['lib.es2022.d.ts', 'lib.dom.d.ts'],
  types: [],
});
const HOSTS: Host[] = [
  { name: 'node10 (CommonJS, esModuleInterop)', type: 'commonjs', options: (t) => ({ ...common(t), module: t.ModuleKind.CommonJS, moduleResolution: t.ModuleResolutionKind.Node10, esModuleInterop: true }) },
  { name: 'node16 from CommonJS', type: 'commonjs', options: (t) => ({ ...common(t), module: t.ModuleKind.Node16, moduleResolution: t.ModuleResolutionKind.Node16 }) },
  { name: 'node16 from ESM', type: 'module', options: (t) => ({ ...common(t), module: t.ModuleKind.Node16, moduleResolution: t.ModuleResolutionKind.Node16 }) },
  { name: 'bundler', type: 'module', options: (t) => ({ ...common(t), module: t.ModuleKind.ESNext, moduleResolution: t.ModuleResolutionKind.Bundler }) },
];

function diagnostics(t: Ts, host: Host): string[] {
  const dir = mkdtempSync(join(sandbox, 'consumer-'));
  symlinkSync(join(sandbox, 'node_modules'), join(dir, 'node_modules'));
  writeFileSync(join(dir, 'package.json'), JSON.stringify({ name: 'consumer', private: true, type: host.type }));
  const file = join(dir, 'index.ts');
  writeFileSync(file, CONSUMER);
  const program = t.createProgram([file], host.options(t));
  return t.getPreEmitDiagnostics(program).map((d) => {
    const where = d.file ? `${d.file.fileName.replace(root, '').replace(dir, '')}:${d.file.getLineAndCharacterOfPosition(d.start ?? 0).line + 1}` : '';
    return `${where} TS${d.code}`;
  });
}

describe('TypeScript 5.4 (the oldest supported) compiles a consumer against the built declarations', () => {
  it.each(HOSTS.map((h) => [h.name, h] as const))('%s: only the deliberate error', (_n, host) => {
    expect(diagnostics(ts54 as unknown as Ts, host)).toEqual([`/index.ts:${WRONG_LINE} TS2322`]);
  }, 60_000);
});

// The project's compiler under every resolution is attw's job (npm run check:package); one host here.
it(`TypeScript ${tsCurrent.version} (the project's) compiles the same consumer (node16 from ESM)`, () => {
  expect(diagnostics(tsCurrent, HOSTS[2] as Host)).toEqual([`/index.ts:${WRONG_LINE} TS2322`]);
}, 60_000);

it('the alias is the TypeScript the README names as the oldest supported', () => {
  expect(ts54.version).toBe('5.4.5');
});
