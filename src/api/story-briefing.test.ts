import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, test } from 'node:test';
import { resolveConfig } from '../config.ts';
import { ingest, openCorpus } from '../ingest.ts';
import { storyBriefing as wholeBriefing } from '../briefing/story-briefing.ts';
import type { ReadResult } from '../read/read-result.ts';
import { SqliteStore } from '../store/sqlite/sqlite-store.ts';
import { BriefingCache, storyBriefing } from './story-briefing.ts';

const dir = mkdtempSync(join(tmpdir(), 'parallax-briefing-'));
after(() => rmSync(dir, { recursive: true, force: true }));

const REPORT = 'The central bank of Norway raised its key rate by 25 basis points to 4.75 percent on Thursday, citing persistent inflation and a weak krone. Governor Ida Wolden Bache said more rises could follow.';

async function* copies(from: number, n: number): AsyncIterable<ReadResult> {
  for (let i = from; i < from + n; i++) {
    yield { ok: true, article: { id: `n${i}`, title: 'Norway raises rates', text: `${REPORT} (${i})`, url: null, published: `2025-03-${String(10 + i).padStart(2, '0')}`, source: null, byline: null, declaredLang: 'en', origin: { file: 'norway.jsonl', line: i }, messages: [] } };
  }
}

test('story briefing: a story above the cap is briefed from its first and last members and says so; counts stay whole', async () => {
  const cfg = resolveConfig({ db: join(dir, 'cap.db') });
  const store = new SqliteStore(cfg.db);
  await ingest(copies(1, 7), store, await openCorpus(store, cfg), cfg);
  const [story] = await store.stories();
  assert.equal(story!.articles, 7);

  const whole = (await storyBriefing(store, story!.id))!;
  assert.equal(whole.sample, undefined);
  const { members, sample, ...briefing } = whole;
  assert.deepEqual(briefing, await wholeBriefing(store, story!.id), 'below the cap the briefing is the whole one');
  assert.equal(members.length, 7);

  const capped = (await storyBriefing(store, story!.id, 4))!;
  assert.deepEqual(capped.sample, { members: 4, of: 7 });
  assert.deepEqual(capped.members.map((m) => m.id), ['n1', 'n2', 'n6', 'n7']);
  assert.deepEqual(capped.sources.map((s) => s.article), ['n1', 'n2', 'n6', 'n7']);
  assert.equal(capped.articles, 7);
  assert.deepEqual([capped.earliest, capped.latest], [story!.earliest, story!.latest]);
  await store.close();
});

test('briefing cache: answers the same JSON until the story changes, then the new briefing', async () => {
  const cfg = resolveConfig({ db: join(dir, 'cache.db') });
  const store = new SqliteStore(cfg.db);
  await ingest(copies(1, 2), store, await openCorpus(store, cfg), cfg);
  const [story] = await store.stories();
  const cache = new BriefingCache(store, 2);
  const first = await cache.json(story!.id);
  assert.equal(first, JSON.stringify(await storyBriefing(store, story!.id)));
  assert.equal(await cache.json(story!.id), first);
  assert.equal(await cache.json('s-none'), null);
  await ingest(copies(3, 1), store, await openCorpus(store, cfg), cfg);
  const [grown] = await store.stories();
  assert.equal(grown!.id, story!.id, 'the third copy joins the story');
  const second = JSON.parse((await cache.json(story!.id))!);
  assert.equal(second.articles, 3);
  assert.deepEqual(second, JSON.parse(JSON.stringify(await storyBriefing(store, story!.id))));
  await store.close();
});
