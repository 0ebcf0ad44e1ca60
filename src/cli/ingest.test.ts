import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { send, startServer, type TestServer } from '../fetch/test-server.ts';

const root = fileURLToPath(new URL('../..', import.meta.url));
const dir = mkdtempSync(join(tmpdir(), 'parallax-ingest-'));
let server: TestServer;

// Invented events; two of the items tell the same story.
const FLOOD = 'Die Sauer ist in der Nacht zum Dienstag über die Ufer getreten und hat die Altstadt von Lindenau überflutet. Die Feuerwehr evakuierte 320 Bewohner, der Pegel stieg auf 6,4 Meter.';
const FLOOD_2 = 'In Lindenau hat die Sauer die Altstadt überflutet: 320 Bewohner wurden in der Nacht zum Dienstag evakuiert, als der Pegel auf 6,4 Meter stieg, berichtet die Feuerwehr.';
const MARKET = 'Der Wochenmarkt in Rotbach zieht an den Rathausplatz um, weil die Markthalle saniert wird. Die Händler erwarten mehr Kundschaft im Sommer.';

/** Runs the CLI without blocking this process, which serves the feeds. */
function parallax(args: string[]): Promise<{ code: number | null; out: string; err: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ['bin/parallax.js', ...args], { cwd: root, env: { ...process.env, PARALLAX_DB: '' } });
    let out = '';
    let err = '';
    child.stdout.on('data', (d: Buffer) => (out += d.toString('utf8')));
    child.stderr.on('data', (d: Buffer) => (err += d.toString('utf8')));
    child.on('close', (code) => resolve({ code, out, err }));
  });
}

before(async () => {
  server = await startServer({
    '/feed.xml': send(`<?xml version="1.0" encoding="utf-8"?>
<rss version="2.0"><channel><title>Lindenauer Bote</title><language>de</language>
<item><guid>tag:bote,flood</guid><title>Hochwasser in Lindenau</title><description>${FLOOD}</description></item>
<item><guid>tag:bote,market</guid><title>Markt zieht um</title><description>${MARKET}</description></item>
<item><guid>tag:bote,empty</guid><title>Ohne Text</title></item>
</channel></rss>`, { 'content-type': 'application/rss+xml; charset=utf-8' }),
  });
});
after(async () => {
  await server.close();
  rmSync(dir, { recursive: true, force: true });
});

test('parallax ingest: a feed URL and a file; a short report of what changed and which stories; idempotent', async () => {
  const db = join(dir, 'a.db');
  const file = join(dir, 'flood-2.json');
  writeFileSync(file, JSON.stringify({ id: 'flood-2', title: 'Lindenau unter Wasser', text: FLOOD_2, lang: 'de' }));
  const first = await parallax(['ingest', `${server.base}/feed.xml`, file, '--db', db, '--allow-private', '-q']);
  assert.equal(first.code, 1, 'one item was rejected');
  assert.match(first.out, new RegExp(`^3 added, 0 updated, 0 unchanged, 1 rejected; database ${db.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\n`));
  assert.match(first.out, /stories touched \(2\):\n  s-\w+  new      2 articles  de  /);
  assert.match(first.out, /\n  s-\w+  new      1 article\s+de  Markt zieht um\n$/);
  assert.match(first.err, /rejected .*feed\.xml\[2\]: .*feed\.xml: index 2: has no text/);

  const again = await parallax(['ingest', `${server.base}/feed.xml`, file, '--db', db, '--allow-private', '-q']);
  assert.match(again.out, /^0 added, 0 updated, 3 unchanged, 1 rejected;/);
  assert.ok(!again.out.includes('stories touched'));

  writeFileSync(file, JSON.stringify({ id: 'flood-2', title: 'Lindenau unter Wasser', text: `${FLOOD_2} Am Mittwoch sank der Pegel wieder.`, lang: 'de' }));
  const changed = await parallax(['ingest', file, '--db', db, '-q']);
  assert.equal(changed.code, 0, changed.err);
  assert.match(changed.out, /^0 added, 1 updated, 0 unchanged, 0 rejected;[^\n]*\nstories touched \(1\):\n  s-\w+  updated  2 articles/);
});

test('parallax ingest refuses a loopback URL without --allow-private and says how to allow it', async () => {
  const r = await parallax(['ingest', `${server.base}/feed.xml`, '--db', join(dir, 'b.db'), '-q']);
  assert.equal(r.code, 1);
  assert.match(r.out, /^0 added, 0 updated, 0 unchanged, 1 rejected;/);
  assert.match(r.err, /refused: 127\.0\.0\.1 is a loopback address; pass --allow-private/);
  assert.equal(server.hits.get('/feed.xml'), 2, 'only the two allowed runs above reached the server');
});
