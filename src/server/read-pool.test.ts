import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { resolveConfig } from '../config.ts';
import { PostgresStore } from '../store/postgres/postgres-store.ts';
import { postgresForTests, type PostgresServer } from '../testing/postgres-server.ts';
import { createApp } from './app.ts';
import { appFixture, inProcess, postArticles, TOKEN, type Fixture } from './app-fixture.ts';
import { ReadPool } from './read-pool.ts';

const ARTICLES = [
  { id: 'r1', title: 'Harbour strike ends', lang: 'en', published: '2025-05-02', text: 'Dock workers in Rotterdam ended a nine-day strike on Friday after the port authority agreed to a 6 percent pay rise.' },
  { id: 'r2', title: 'Lawinengefahr', lang: 'de', published: '2025-02-11', text: 'In Tirol warnten die Behörden am Dienstag vor großer Lawinengefahr, nachdem über Nacht siebzig Zentimeter Neuschnee gefallen waren.' },
];

const PATHS = ['/api/stories', '/api/search?q=Rotterdam', '/api/articles/r2', '/api/health', '/api/stories/s-none', '/api/entities'];

/** Sends every path `times` times at once to the pool; each answer must be what `main` answers. */
async function sameAnswers(readers: ReadPool, main: { request(path: string): Response | Promise<Response> }, times: number): Promise<void> {
  const expected = await Promise.all(PATHS.map(async (p) => { const r = await main.request(p); return [r.status, await r.text()]; }));
  const answers = await Promise.all(Array.from({ length: times * PATHS.length }, (_, i) => readers.answer('GET', `http://localhost${PATHS[i % PATHS.length]}`)));
  answers.forEach((a, i) => assert.deepEqual([a.status, a.body], expected[i % PATHS.length], PATHS[i % PATHS.length]));
}

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
  await sameAnswers(pool, f.app, 10);
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

const pg = await postgresForTests();
describe('read threads on PostgreSQL', { skip: pg.skip ?? false }, () => {
  const server = pg.server as PostgresServer;
  after(() => server?.stop());

  test('each read thread opens its own pool on the database and answers as the main thread does', async () => {
    const url = await server.freshDatabase();
    const store = await PostgresStore.open(url);
    const readers = await ReadPool.start(url, 2, { log: () => {} });
    try {
      const app = createApp(store, resolveConfig({ db: url }), { token: TOKEN, log: () => {}, rateLimit: { burst: 1000, perSecond: 1000 } });
      assert.equal((await postArticles(inProcess(app), ARTICLES)).status, 200);
      await sameAnswers(readers, app, 5);
    } finally {
      await readers.close();
      await store.close();
    }
  });
});
