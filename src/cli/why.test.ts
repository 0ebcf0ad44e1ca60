import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { after, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { storyId } from '../article.ts';
import { resolveConfig } from '../config.ts';
import { ingest, openCorpus } from '../ingest.ts';
import type { ReadResult } from '../read/read-inputs.ts';
import { SqliteStore } from '../store/sqlite/sqlite-store.ts';
import { rawArticle } from '../testing/raw-article.ts';
import { articleWhy, renderWhy } from './why.ts';

const root = fileURLToPath(new URL('../..', import.meta.url));
const bin = join(root, 'bin', 'parallax.js');
const seeds = resolve(root, process.env.PARALLAX_SEEDS ?? '../shared/data/seeds');
const available = existsSync(seeds);
const skip = !available && process.env.PARALLAX_REQUIRE_ALL !== '1' ? `no seeds at ${seeds}` : false;
const dir = mkdtempSync(join(tmpdir(), 'parallax-why-'));
after(() => rmSync(dir, { recursive: true, force: true }));

test('parallax why: the seeds\' Italian translation names the people, programmes and numbers it shares; the story JSON carries every member\'s explanation', { skip }, () => {
  assert.ok(available, `the seed articles are missing at ${seeds}; set PARALLAX_SEEDS`);
  const db = join(dir, 'seeds.db');
  assert.equal(spawnSync(process.execPath, [bin, 'analyze', seeds, '--db', db, '--quiet'], { encoding: 'utf8' }).status, 0);
  const why = spawnSync(process.execPath, [bin, 'why', '001_7c2d59c7325b740d', '--db', db], { encoding: 'utf8' });
  assert.equal(why.status, 0, why.stderr);
  assert.match(why.stdout, /translation of 000_08975b3dcdfca614 \(de→it/);
  for (const name of ['kishida', 'aukus', 'artemis', '2026']) assert.match(why.stdout, new RegExp(`\\b${name}\\b`), name);
  assert.match(why.stdout, /names: .*kishida/);
  const json = JSON.parse(spawnSync(process.execPath, [bin, 'why', '004_659ceb6cbba424e3', '--db', db, '--json'], { encoding: 'utf8' }).stdout);
  assert.equal(json.placement.via, 'similarity');
  assert.ok(json.placement.explanation.shared.some((f: { kind: string; key: string }) => f.kind === 'name' && f.key === 'biden'));
  assert.ok(json.placement.explanation.runnerUp, 'the nearest story it was not put in');
  const story = JSON.parse(spawnSync(process.execPath, [bin, 'story', json.story.id, '--db', db, '--json'], { encoding: 'utf8' }).stdout);
  assert.ok(story.members.every((m: { why: unknown }) => m.why && typeof m.why === 'object'));
  const missing = spawnSync(process.execPath, [bin, 'why', 'no-such-article', '--db', db], { encoding: 'utf8' });
  assert.equal(missing.status, 2);
  assert.match(missing.stderr, /no article "no-such-article"/);
});

test('why: the changes since placement are followed from the story it was placed in to the one it is in', async () => {
  const cfg = resolveConfig();
  const store = new SqliteStore(join(dir, 'moves.db'));
  const texts: Array<[string, string]> = [
    ['a', 'The river Po flooded Cremona on Tuesday night. Rescuers evacuated 3,200 residents as the water rose above nine metres.'],
    ['b', 'Astronomers in Chile photographed a comet that will pass closest to the Sun in March, visible with binoculars.'],
  ];
  async function* input(): AsyncGenerator<ReadResult> { for (const [id, t] of texts) yield { ok: true, article: rawArticle(id, t) }; }
  await ingest(input(), store, await openCorpus(store, cfg), cfg);
  const a = (await articleWhy(store, 'a'))!;
  const b = (await articleWhy(store, 'b'))!;
  await store.applyStoryChanges([
    { kind: 'merge', from: b.story.id, into: a.story.id, topic: a.story.topic as never, score: 0.2 },
    { kind: 'move', from: a.story.id, into: storyId('s-later'), articles: ['b' as never], created: true, topic: a.story.topic as never, score: 0.3 },
  ]);
  const moved = (await articleWhy(store, 'b'))!;
  assert.deepEqual(moved.since.map((e) => e.kind), ['merge', 'move']);
  assert.equal(moved.story.id, 's-later');
  assert.match(renderWhy(moved), /merged into the older .*\n.*moved from .* to the new story s-later/);
  assert.deepEqual((await articleWhy(store, 'a'))!.since, [], 'a stayed where it was placed');
  await store.applyStoryChanges([{ kind: 'close', story: storyId('s-later'), topic: a.story.topic as never, score: 50_000 }]);
  const closed = (await articleWhy(store, 'b'))!;
  assert.deepEqual(closed.since.map((e) => e.kind), ['merge', 'move', 'close']);
  assert.match(renderWhy(closed), /its story was closed: no article had joined it for 50000 arrivals/);
  assert.equal(await articleWhy(store, 'none'), null);
  await store.close();
});
