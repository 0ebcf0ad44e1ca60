import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { appFixture, inProcess, postArticles, type Fixture } from './app-fixture.ts';
import { ReadPool } from './read-pool.ts';

const ARTICLES = [
  { id: 'r1', title: 'Harbour strike ends', lang: 'en', published: '2025-05-02', text: 'Dock workers in Rotterdam ended a nine-day strike on Friday after the port authority agreed to a 6 percent pay rise.' },
  { id: 'r2', title: 'Lawinengefahr', lang: 'de', published: '2025-02-11', text: 'In Tirol warnten die Behörden am Dienstag vor großer Lawinengefahr, nachdem über Nacht siebzig Zentimeter Neuschnee gefallen waren.' },
];

let f: Fixture;
let pool: ReadPool;
let db: string;
const logged: string[] = [];
before(async () => {
  f = await appFixture();
  assert.equal((await postArticles(inProcess(f.app), ARTICLES)).status, 200);
  db = f.db;
  pool = await ReadPool.start(db, 2, { log: (line) => logged.push(line) });
});
after(async () => {
  await pool.close();
  await f.close();
});

test('many reads at once are all answered, each as the main thread answers it', async () => {
  const paths = ['/api/stories', '/api/search?q=Rotterdam', '/api/articles/r2', '/api/health', '/api/stories/s-none'];
  const expected = await Promise.all(paths.map(async (p) => { const r = await f.app.request(p); return [r.status, await r.text()]; }));
  const answers = await Promise.all(Array.from({ length: 60 }, (_, i) => pool.answer('GET', `http://localhost${paths[i % paths.length]}`)));
  answers.forEach((a, i) => assert.deepEqual([a.status, a.body], expected[i % paths.length], paths[i % paths.length]));
});

test('a read thread that dies is replaced, and the reads go on', async () => {
  const threads = (pool as unknown as { threads: Array<{ worker: { terminate(): Promise<number> } }> }).threads;
  await threads[0]!.worker.terminate();
  // The replacement opens the store before it answers; reads meanwhile go to either thread.
  for (let i = 0; i < 20; i++) {
    const a = await pool.answer('GET', 'http://localhost/api/health');
    assert.deepEqual(JSON.parse(a.body), { status: 'ok', articles: 2 });
  }
  assert.ok(logged.some((l) => /read thread 1 exited with code \d+; starting another/.test(l)), logged.join('\n'));
  assert.equal(pool.size, 2);
});

test('a store the threads cannot open fails the start, naming the thread and the cause', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'parallax-readers-'));
  try {
    const notAFile = join(dir, 'a-directory.db');
    mkdirSync(notAFile);
    await assert.rejects(ReadPool.start(notAFile, 2), /serve: read thread \d cannot open the store: store: cannot open SQLite database/);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('a closed pool refuses reads with a message saying so', async () => {
  const p = await ReadPool.start(db, 1);
  await p.close();
  await assert.rejects(p.answer('GET', 'http://localhost/api/health'), /serve: the read threads are stopped/);
});
