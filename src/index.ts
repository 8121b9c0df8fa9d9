export * from './core/index';
export * from './policy/index';
export * from './deadlines/index';
export * from './funding/index';
