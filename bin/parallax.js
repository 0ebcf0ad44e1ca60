#!/usr/bin/env node
// Runs the TypeScript sources directly through tsx so that `npm ci` is the only set-up step.
import { register } from 'tsx/esm/api';
register();
// A reader that stops early (`parallax export articles | head`) is not an error: stop writing, quietly.
process.stdout.on('error', (e) => {
  if (e.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  throw e;
});
// Before the corpus grows: how far the heap may outgrow what it holds (src/cli/heap-growth.ts).
const { boundHeapGrowth } = await import('../src/cli/heap-growth.ts');
try {
  boundHeapGrowth();
} catch (e) {
  process.stderr.write(`parallax: ${e.message}\n`);
  process.exit(2);
}
const { main } = await import('../src/cli/main.ts');
process.exitCode = await main(process.argv.slice(2));
