// The whole library from one entry point. Each module also has its own subpath
// ('pep-rules/sdq', 'pep-rules/smart', …) for smaller bundles.
export * from './core/index';
export * from './policy/index';
export * from './deadlines/index';
export * from './sdq/index';
export * from './pep/index';
export * from './smart/index';
export * from './funding/index';
export * from './rules/index';
export * from './report/index';
