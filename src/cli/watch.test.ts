import { after, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseInterval } from './watch.ts';

const root = fileURLToPath(new URL('../..', import.meta.url));
const dir = mkdtempSync(join(tmpdir(), 'parallax-watch-'));
after(() => rmSync(dir, { recursive: true, force: true }));

const BRIDGE = 'Der Stadtrat von Lindenau hat beschlossen, die alte Brücke über die Sauer zu sanieren. Die Kosten liegen bei 4,2 Millionen Euro.';
const FERRY = 'Während der Bauarbeiten soll eine Fähre zwischen den beiden Ufern der Sauer pendeln, teilte die Stadtverwaltung von Lindenau mit.';
const BRIDGE_2 = 'Der Stadtrat von Lindenau hat beschlossen, die alte Brücke über die Sauer doch abzureißen. Die Kosten liegen bei 6,1 Millionen Euro.';

test('watch intervals: ms, s, m and bare seconds; too short or malformed is refused', () => {
  assert.equal(parseInterval('2s'), 2000);
  assert.equal(parseInterval('250ms'), 250);
  assert.equal(parseInterval('1.5'), 1500);
  assert.equal(parseInterval('1m'), 60_000);
  assert.equal(parseInterval('50ms'), null);
  assert.equal(parseInterval('soon'), null);
});

test('parallax watch ingests what is there, then a new file and a changed file, and stops cleanly on SIGTERM', async () => {
  const watched = join(dir, 'in');
  const db = join(dir, 'watch.db');
  mkdirSync(watched);
  writeFileSync(join(watched, 'bridge.txt'), BRIDGE);
  const child = spawn(process.execPath, ['bin/parallax.js', 'watch', watched, '--db', db, '--interval', '200ms', '-q'], {
    cwd: root,
    env: { ...process.env, PARALLAX_DB: '' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  let err = '';
  child.stdout.on('data', (d: Buffer) => (out += d.toString('utf8')));
  child.stderr.on('data', (d: Buffer) => (err += d.toString('utf8')));
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) => child.on('exit', (code, signal) => resolve({ code, signal })));
  const waitFor = async (pattern: RegExp, what: string): Promise<void> => {
    const deadline = Date.now() + 240_000;
    while (!pattern.test(out)) {
      if (Date.now() > deadline || child.exitCode !== null) assert.fail(`${what}: not seen.\nstdout:\n${out}\nstderr:\n${err}`);
      await new Promise((r) => setTimeout(r, 50));
    }
  };
  try {
    await waitFor(/1 file: 1 added, 0 updated, 0 unchanged, 0 rejected; stories s-\w+\n/, 'first batch');
    writeFileSync(join(watched, 'ferry.txt'), FERRY);
    await waitFor(/1 file: 1 added, 0 updated[^\n]*\n[\s\S]*1 file: 1 added, 0 updated/, 'new file');
    writeFileSync(join(watched, 'bridge.txt'), BRIDGE_2);
    utimesSync(join(watched, 'bridge.txt'), new Date(), new Date(Date.now() + 5000)); // a different mtime even on coarse clocks
    await waitFor(/1 file: 0 added, 1 updated, 0 unchanged, 0 rejected/, 'changed file');
    child.kill('SIGTERM');
    const { code, signal } = await exited;
    assert.equal(signal, null, `killed by ${signal}, not stopped cleanly\n${err}`);
    assert.equal(code, 0, err);
    assert.match(out, /parallax: stopped\n$/);
    assert.match(err, /SIGTERM received; stopping after the current batch/);
    assert.equal(out.match(/ file(s)?: /g)?.length, 3, `one line per batch, and no batch for unchanged files:\n${out}`);
  } finally {
    if (child.exitCode === null) child.kill('SIGKILL');
  }
});
