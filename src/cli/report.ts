/**
 * Where `reportCommand` used to live: test/report imports it from here. The command itself is
 * src/cli/commands/report.ts; this re-export can go once those imports point there.
 */
export { reportCommand } from './commands/report';
