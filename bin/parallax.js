#!/usr/bin/env node
// Runs the TypeScript sources directly through tsx so that `npm ci` is the only set-up step.
import { register } from 'tsx/esm/api';
register();
// A reader that stops early (`parallax export articles | head`) is not an error: stop writing, quietly.
process.stdout.on('error', (e) => {
  if (e.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  throw e;
});
const { main } = await import('../src/cli/main.ts');
process.exitCode = await main(process.argv.slice(2));
