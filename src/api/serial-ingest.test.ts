import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, test } from 'node:test';
import { resolveConfig } from '../config.ts';
import type { ReadResult } from '../read/read-result.ts';
import { SqliteStore } from '../store/sqlite/sqlite-store.ts';
import { articleId } from '../article.ts';
import { rawArticle } from '../testing/raw-article.ts';
import { IngestBusyError, SerialIngest } from './serial-ingest.ts';

const dir = mkdtempSync(join(tmpdir(), 'parallax-serial-'));
after(() => rmSync(dir, { recursive: true, force: true }));

const TEXT = 'The central bank of Norway raised its key rate by 25 basis points to 4.75 percent on Thursday, citing persistent inflation.';

/** Yields one article, then waits for `gate` before ending: a run that holds the queue as long as the test wants. */
async function* heldOpen(id: string, gate: Promise<void>): AsyncGenerator<ReadResult> {
  yield { ok: true, article: rawArticle(id, TEXT) };
  await gate;
}

test('runs never overlap; one that cannot start in time is refused and the queue stays whole', async () => {
  const store = new SqliteStore(join(dir, 'a.db'));
  const serial = new SerialIngest(store, resolveConfig());
  let open!: () => void;
  const gate = new Promise<void>((r) => { open = r; });
  const first = serial.run(heldOpen('a', gate));
  const second = serial.run(heldOpen('b', Promise.resolve()), { waitMs: 30 });
  await assert.rejects(second, IngestBusyError);
  const third = serial.run(heldOpen('c', Promise.resolve()));
  let thirdDone = false;
  void third.then(() => { thirdDone = true; });
  await new Promise((r) => setTimeout(r, 30));
  assert.equal(thirdDone, false, 'the third waits for the first');
  open();
  assert.equal((await first).stored, 1);
  assert.equal((await third).stored, 1);
  assert.equal(await store.contentHash('b' as never), null, 'the refused run read nothing');
  await store.close();
});

test('after a failed run the next one starts from what the store holds', async () => {
  const store = new SqliteStore(join(dir, 'b.db'));
  const serial = new SerialIngest(store, resolveConfig());
  const write = store.write.bind(store);
  store.write = async () => { throw new Error('disk full'); };
  await assert.rejects(serial.run(heldOpen('a', Promise.resolve())), /disk full/);
  store.write = write;
  const items = [{ id: 'a', read: { ok: true as const, article: rawArticle('a', TEXT) } }];
  const { results } = await serial.runItems(items);
  assert.deepEqual(results, [{ id: 'a', status: 'stored' }]);
  assert.equal((await store.article(articleId('a')))!.placement.via, 'new', 'the failed run left no story behind in memory for it to join');
  assert.equal((await store.stories()).length, 1);
  await store.close();
});
