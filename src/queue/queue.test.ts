import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { after, describe, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import type { RawArticle } from '../article.ts';
import { resolveConfig } from '../config.ts';
import { bcubed } from '../eval/metrics.ts';
import { ingest, openCorpus } from '../ingest.ts';
import { readInputs, type ReadResult } from '../read/read-inputs.ts';
import { PostgresStore } from '../store/postgres/postgres-store.ts';
import { collect } from '../store/store.ts';
import { postgresForTests, type PostgresServer } from '../testing/postgres-server.ts';
import { rawArticle } from '../testing/raw-article.ts';
import { exited, killWhileHolding, startWorker } from '../testing/worker-processes.ts';
import { enqueueArticles } from './enqueue-articles.ts';
import { claimBatch, queueCounts } from './queue-claims.ts';
import { catchUp, type WorkerCorpus } from './place-ready.ts';
import { runWorker, workerDefaults } from './run-worker.ts';

const root = fileURLToPath(new URL('../../', import.meta.url));
const cfg = resolveConfig();
const pgAvailable = await postgresForTests();
const server = pgAvailable.server as PostgresServer;

/**
 * A few hundred articles from the sample corpus: each article whole, each of its longer paragraphs
 * alone, and each pair of neighbouring paragraphs, interleaved so that stories grow across the stream.
 */
async function sampleArticles(): Promise<RawArticle[]> {
  const whole: RawArticle[] = [];
  for await (const r of readInputs([join(root, 'examples', 'corpus')])) if (r.ok) whole.push(r.article);
  const parts: RawArticle[][] = whole.map((a) => {
    const paras = a.text.split(/\n+/).filter((p) => p.trim().length >= 80);
    const single = paras.map((p, i) => rawArticle(`${a.id}#p${i}`, p, { title: null, published: a.published, source: a.source }));
    const pairs = paras.slice(1).map((p, i) => rawArticle(`${a.id}#w${i}`, `${paras[i]}\n\n${p}`, { title: a.title, published: a.published }));
    return [a, ...single, ...pairs];
  });
  const out: RawArticle[] = [];
  for (let i = 0; parts.some((p) => i < p.length); i++) for (const p of parts) if (i < p.length) out.push(p[i]!);
  return out;
}

async function* given(articles: readonly RawArticle[]): AsyncGenerator<ReadResult> {
  for (const article of articles) yield { ok: true, article };
}

const storiesOf = async (s: PostgresStore) => new Map((await collect(s.articles())).map((a) => [a.id as string, a.story as string]));

describe('queue', { skip: pgAvailable.skip ?? false }, () => {
  const dir = mkdtempSync(join(tmpdir(), 'parallax-queue-'));
  after(() => {
    server?.stop();
    rmSync(dir, { recursive: true, force: true });
  });

  test('queue: enqueueing is idempotent, and a worker drains the queue into the store', async () => {
    const store = await PostgresStore.open(await server.freshDatabase());
    const articles = (await sampleArticles()).slice(0, 40);
    const first = await enqueueArticles(store, given(articles));
    assert.deepEqual([first.queued, first.alreadyQueued], [40, 0]);
    const again = await enqueueArticles(store, given([...articles, articles[0]!]));
    assert.deepEqual([again.queued, again.alreadyQueued, again.rejected.map((r) => r.code)], [0, 40, ['duplicate-id']]);
    const report = await runWorker(store, cfg, { ...workerDefaults, batch: 7, exitWhenIdle: true });
    assert.deepEqual([report.analysed, report.stored, report.unchanged, report.failed], [40, 40, 0, 0]);
    assert.deepEqual(await queueCounts(store), { pending: 0, analysed: 0, done: 40, failed: 0 });
    assert.equal(await store.articleCount(), 40);
    await store.close();
  });

  test('queue: a worker lets go of what only relations read of the articles that left its window, and of no other', async () => {
    const store = await PostgresStore.open(await server.freshDatabase());
    const small = resolveConfig({ windowArticles: 5, windowDays: 0 });
    await enqueueArticles(store, given((await sampleArticles()).slice(0, 60)));
    await runWorker(store, small, { ...workerDefaults, batch: 7, exitWhenIdle: true });
    const corpus = await openCorpus(store, small);
    assert.ok(corpus.dormant >= 10, `${corpus.dormant} dormant`);
    for await (const s of store.loadState()) {
      const dormant = corpus.members.get(s.id)!.dormant;
      assert.equal(s.features.shingles.length === 0, dormant, `${s.id}: ${dormant ? 'dormant, let go' : 'warm, whole'}`);
    }
    await store.close();
  });

  test('queue: a worker closes stories as one process does, and records them; a new worker\'s first catch-up lets them go where they were closed', async () => {
    const closing = resolveConfig({ windowArticles: 3, windowDays: 0, windowLimit: 3, storyLimit: 5 });
    const articles = (await sampleArticles()).slice(0, 60);
    const store = await PostgresStore.open(await server.freshDatabase());
    await enqueueArticles(store, given(articles));
    await runWorker(store, closing, { ...workerDefaults, batch: 7, exitWhenIdle: true });
    const once = await PostgresStore.open(await server.freshDatabase());
    const alone = await openCorpus(once, closing);
    await ingest(given(articles), once, alone, closing);
    assert.deepEqual(await storiesOf(store), await storiesOf(once), 'the same stories as one process');
    const closes = (await collect(store.storyChanges())).filter((e) => e.kind === 'close');
    assert.ok(closes.length >= 3, `${closes.length} closed`);
    const state: WorkerCorpus = { corpus: null, lastSeq: 0 };
    const caught = await catchUp({ states: (a) => store.statesAfter(a), lastChange: () => store.lastStoryChange(), changesAfter: (a) => store.storyChangesAfter(a) }, state, closing);
    assert.deepEqual([...caught.stories.keys()].sort(), [...alone.stories.keys()].sort(), 'the stories the placing process holds open');
    assert.equal(caught.closed.size, closes.length);
    await store.close();
    await once.close();
  });

  test('queue: rows claimed by a session that died are claimed again at once; a row every taker died on is given up', async () => {
    const store = await PostgresStore.open(await server.freshDatabase());
    await enqueueArticles(store, given((await sampleArticles()).slice(0, 5)));
    const dead = await store.session();
    const claimed = await claimBatch(dead, { batch: 3, leaseSeconds: 600 });
    assert.equal(claimed.rows.length, 3);
    const live = await store.session();
    assert.deepEqual((await claimBatch(live, { batch: 10, leaseSeconds: 600 })).rows.map((r) => r.qseq), [4, 5], 'a live claim holds its rows');
    const pid = (await dead.query('SELECT pg_backend_pid() AS pid'))[0]!.pid;
    await store.query('SELECT pg_terminate_backend($1)', [pid]);
    dead.release(true);
    await sleep(200);
    const retaken = await claimBatch(live, { batch: 10, leaseSeconds: 600 });
    assert.deepEqual(retaken.rows.map((r) => [r.qseq, r.attempts]), [[1, 2], [2, 2], [3, 2]]);
    live.release(true);
    // Each taker "dies" (its session ends without completing): after maxAttempts the row is failed.
    await store.query('UPDATE queue SET claim = NULL, attempts = 5');
    const report = await runWorker(store, cfg, { ...workerDefaults, exitWhenIdle: true, maxAttempts: 5 });
    assert.equal(report.failed, 5);
    const errors = await store.query('SELECT DISTINCT error FROM queue');
    assert.match(String(errors[0]!.error), /given up after 5 attempts/);
    assert.equal(await store.articleCount(), 0);
    await store.close();
  });

  test('queue: ingest --enqueue, two worker processes, one killed with SIGKILL while it holds work, one started: every article stored once, stories as in one process', { timeout: 300_000 }, async () => {
    const articles = await sampleArticles();
    assert.ok(articles.length >= 300, `${articles.length} articles`);
    const url = await server.freshDatabase();
    const store = await PostgresStore.open(url);
    const input = join(dir, 'articles.jsonl');
    writeFileSync(input, articles.map((a) => JSON.stringify({ id: a.id, title: a.title, text: a.text, published: a.published, source: a.source })).join('\n'));
    const enqueue = spawnSync(process.execPath, [join(root, 'bin', 'parallax.js'), 'ingest', input, '--db', url, '--enqueue'], { encoding: 'utf8' });
    assert.equal(enqueue.status, 0, enqueue.stderr);
    assert.match(enqueue.stdout, new RegExp(`^${articles.length} queued, 0 already queued, 0 rejected`));
    const first = startWorker(url, 8);
    const victim = startWorker(url, 8);
    // Kill the victim once it has done some work and holds a claim: its claimed rows must come back.
    const held = await killWhileHolding(store, victim, 0.1, articles.length);
    assert.ok(held.length > 0, 'the victim never held a claim when looked at: is it stuck placing, under the placement lock?');
    const third = startWorker(url, 8);
    for (const w of [first, third]) assert.equal(await exited(w, 240_000), 0);
    assert.equal(victim.signalCode, 'SIGKILL');

    assert.deepEqual(await queueCounts(store), { pending: 0, analysed: 0, done: articles.length, failed: 0 });
    const outcomes = await store.query('SELECT outcome, count(*) AS n FROM queue GROUP BY outcome');
    assert.deepEqual(outcomes.map((r) => [r.outcome, Number(r.n)]), [['stored', articles.length]], 'no article was placed twice');
    const retaken = await store.query('SELECT attempts FROM queue WHERE qseq = ANY($1::bigint[])', [held]);
    assert.ok(retaken.every((r) => Number(r.attempts) >= 2), 'the killed worker\'s rows were taken up again');
    const workers = await storiesOf(store);
    assert.equal(workers.size, articles.length);
    assert.deepEqual([...workers.keys()].sort(), articles.map((a) => a.id).sort());

    const single = await PostgresStore.open(await server.freshDatabase());
    await ingest(readInputs([input]), single, await openCorpus(single, cfg), cfg);
    const one = await storiesOf(single);
    // Placement follows queue order whoever analyses what, so the stories group the articles exactly as one
    // process does. Their ids may differ: which side of a merge/split keeps the older id can depend on
    // when a worker replays another's changes.
    const agreement = bcubed(one, workers);
    assert.equal(agreement.f1, 1, `B-cubed F1 of the workers' stories against one process: ${agreement.f1.toFixed(4)}`);
    await single.close();
    await store.close();
  });
});
