import assert from 'node:assert/strict';
import { after, test } from 'node:test';
import Database from 'better-sqlite3';
import { resolveConfig } from '../config.ts';
import { ingest, openCorpus } from '../ingest.ts';
import { SqliteStore } from '../store/sqlite/sqlite-store.ts';
import { rawArticle } from '../testing/raw-article.ts';
import { appFixture, inProcess, postArticles } from './app-fixture.ts';

const NORWAY = 'The central bank of Norway raised its key rate by 25 basis points to 4.75 percent on Thursday, citing persistent inflation and a weak krone.';
const PO = 'Flooding in the Po valley forced 3,200 residents from their homes as the river rose above 9 metres near Cremona on Monday night.';
const LYON = "Les agriculteurs français ont bloqué l'autoroute près de Lyon pendant six heures mercredi pour protester contre la hausse du prix du gazole non routier.";

const fixtures: Array<{ close(): Promise<void> }> = [];
after(async () => { for (const f of fixtures) await f.close(); });

const ids = async (res: Response) => ((await res.json()) as { items: Array<{ id: string; article?: string }> }).items.map((s) => s.article ?? s.id);

test('read cache: a repeated read is served from memory until a write, from this server or another process, changes the store', async () => {
  const f = await appFixture();
  fixtures.push(f);
  const send = inProcess(f.app);
  assert.equal((await postArticles(send, [{ id: 'n1', text: NORWAY, lang: 'en' }])).status, 200);
  const first = await ids(await send('/api/stories'));
  assert.equal(first.length, 1);
  const version = await f.store.version!();
  assert.deepEqual(await ids(await send('/api/stories')), first);
  assert.equal(await f.store.version!(), version, 'reads do not change the version');
  assert.deepEqual(await ids(await send('/api/search?q=flooding')), []);
  // A write through this server.
  assert.equal((await postArticles(send, [{ id: 'p1', text: PO, lang: 'en' }])).status, 200);
  assert.ok((await f.store.version!()) > version);
  assert.equal((await ids(await send('/api/stories'))).length, 2);
  assert.deepEqual(await ids(await send('/api/search?q=flooding')), ['p1']);
  // A write by another connection to the same file (a worker process): no stale answer either.
  const other = new SqliteStore((f.store as unknown as { db: { name: string } }).db.name);
  const cfg = resolveConfig();
  await ingest((async function* () { yield { ok: true as const, article: rawArticle('f1', LYON, { declaredLang: 'fr' }) }; })(), other, await openCorpus(other, cfg), cfg);
  await other.close();
  assert.equal((await ids(await send('/api/stories'))).length, 3);
  assert.deepEqual(await ids(await send('/api/search?q=agriculteurs')), ['f1']);
});

/** Renames the only story behind the store's back and puts its version back: only a cache can still answer the old title. */
async function renameQuietly(path: string): Promise<void> {
  const db = new Database(path);
  const version = db.prepare('SELECT n FROM store_version').pluck().get();
  db.prepare("UPDATE stories SET title = 'renamed'").run();
  db.prepare('UPDATE store_version SET n = ?').run(version);
  db.close();
}

for (const entries of [undefined, 0]) {
  test(`read cache: ${entries === 0 ? 'entries 0 turns it off' : 'an answer is served again while the version stands'}; a 404 is not kept`, async () => {
    const f = await appFixture(entries === undefined ? {} : { readCache: { entries } });
    fixtures.push(f);
    const send = inProcess(f.app);
    assert.equal((await send('/api/articles/n1')).status, 404);
    assert.equal((await postArticles(send, [{ id: 'n1', text: NORWAY, lang: 'en' }])).status, 200);
    assert.equal((await send('/api/articles/n1')).status, 200);
    const title = async () => ((await (await send('/api/stories')).json()) as { items: Array<{ title: string }> }).items[0]!.title;
    const before = await title();
    await renameQuietly((f.store as unknown as { db: { name: string } }).db.name);
    assert.equal(await title(), entries === 0 ? 'renamed' : before);
  });
}
