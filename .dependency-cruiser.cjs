/*
 * The layer check (DESIGN.md "Layout", README "Architecture"). Layers, bottom first; a module may
 * import only from the layers below it, never from one above or beside it, and never in a cycle.
 * `npm run lint:layers` runs it; .ci/run fails on any violation. Each rule's name says which layer
 * broke which rule, so a wrong import fails CI with a message that names it.
 */
const LAYERS = [
  ['core'],
  ['policy'],
  ['deadlines'],
  ['sdq'],
  ['pep'],
  ['smart', 'funding'],
  ['rules'],
  ['report'],
  ['web'],
  ['cli'],
];

const rank = new Map(LAYERS.flatMap((names, i) => names.map((name) => [name, i])));
const all = [...rank.keys()];

/** For each module: every module it may not import (same layer or above). */
const layerRules = all.map((name) => {
  const forbidden = all.filter((other) => other !== name && rank.get(other) >= rank.get(name));
  return {
    name: `layer-${name}-imports-only-below`,
    comment: `src/${name}/ may import only from the layers below it (${all.filter((o) => rank.get(o) < rank.get(name)).join(', ') || 'none'}); not from ${forbidden.join(', ')}.`,
    severity: 'error',
    from: { path: `^src/${name}/` },
    to: { path: `^src/(${forbidden.join('|')})/` },
  };
}).filter((rule) => !rule.to.path.endsWith('()/'));

module.exports = {
  forbidden: [
    ...layerRules,
    {
      name: 'cli-uses-web-only-as-built-asset',
      comment: 'The CLI writes the offline page from its built asset (dist/web/), never by importing src/web/ (the page is a browser bundle).',
      severity: 'error',
      from: { path: '^src/cli/' },
      to: { path: '^src/web/' },
    },
    {
      name: 'no-cycles',
      comment: 'No module may import itself through others: cycles hide which layer owns a fact.',
      severity: 'error',
      from: { path: '^src/' },
      to: { circular: true },
    },
    {
      name: 'no-node-builtins-outside-cli',
      comment: 'Entry points other than the CLI run in browsers and edge runtimes (DESIGN principle 7).',
      severity: 'error',
      from: { path: '^src/', pathNot: '^src/cli/' },
      to: { dependencyTypes: ['core'] },
    },
    {
      name: 'no-unresolvable',
      comment: 'Every import resolves.',
      severity: 'error',
      from: { path: '^src/' },
      to: { couldNotResolve: true },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    includeOnly: '^src/',
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    enhancedResolveOptions: { exportsFields: ['exports'], conditionNames: ['import', 'require', 'node', 'default'] },
  },
};


