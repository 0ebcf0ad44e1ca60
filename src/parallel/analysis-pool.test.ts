import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { after, test } from 'node:test';
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { setTimeout as sleep } from 'node:timers/promises';
import type { RawArticle } from '../article.ts';
import { resolveConfig } from '../config.ts';
import { ingest, openCorpus } from '../ingest.ts';
import { readInputs, type ReadResult } from '../read/read-inputs.ts';
import { SqliteStore } from '../store/sqlite/sqlite-store.ts';
import { collect } from '../store/store.ts';
import { rawArticle } from '../testing/raw-article.ts';
import { analysedInOrder } from './analysed-in-order.ts';
import { AnalysisPool } from './analysis-pool.ts';
import { inOrder } from './in-order.ts';

const root = fileURLToPath(new URL('../..', import.meta.url));
const seeds = resolve(root, '../shared/data/seeds');
const dir = mkdtempSync(join(tmpdir(), 'parallax-pool-'));
after(() => rmSync(dir, { recursive: true, force: true }));

async function* from<T>(xs: readonly T[]): AsyncGenerator<T> {
  yield* xs;
}

test('inOrder: results in input order whatever finishes first, never more than the window in flight', async () => {
  let inFlight = 0;
  let most = 0;
  const start = async (x: number) => {
    inFlight++;
    most = Math.max(most, inFlight);
    await sleep((x * 7) % 5);
    inFlight--;
    return x * 10;
  };
  const out = await collect(inOrder(from(Array.from({ length: 40 }, (_, i) => i)), start, 4));
  assert.deepEqual(out, Array.from({ length: 40 }, (_, i) => i * 10));
  assert.ok(most <= 4 && most >= 2, `in flight at most ${most}`);
});

/** Stores the sample corpus and the seeds with the given thread count; returns everything a reader sees. */
async function run(threads: number) {
  assert.ok(existsSync(seeds), `the seed articles are missing at ${seeds}`);
  const cfg = resolveConfig({ db: join(dir, `t${threads}.db`), threads, batchSize: 16 });
  const store = new SqliteStore(cfg.db);
  try {
    const report = await ingest(readInputs([join(root, 'examples', 'corpus'), seeds]), store, await openCorpus(store, cfg), cfg, undefined, { parallelFrom: 1 });
    const rows = await collect(store.articles());
    const details = await Promise.all(rows.map((r) => store.article(r.id)));
    return { report, rows, details, stories: await store.stories(), state: await collect(store.loadState()) };
  } finally {
    await store.close();
  }
}

test('three threads (two analysing beside the main thread) store exactly what one thread stores: same rows, ids, stories, facts and features', async () => {
  const one = await run(1);
  const two = await run(3);
  assert.ok(one.rows.length > 40, `${one.rows.length} articles`);
  assert.deepEqual(two.report, one.report);
  assert.deepEqual(two.rows, one.rows);
  assert.deepEqual(two.details, one.details);
  assert.deepEqual(two.stories, one.stories);
  assert.deepEqual(two.state, one.state);
});

test('a main thread whose analyses all run on threads never loads the stages: its heap holds a fraction of what analysing holds', async (t) => {
  // In child processes, so that nothing this test file imported counts: the sample corpus ingested
  // with 1 thread (the stages on the main thread) and with 2 (on worker threads), then the main
  // thread's heap after a full collection.
  const heapAfter = (threads: number) => new Promise<number>((done, fail) => {
    const code = `
      const { resolveConfig } = await import(${JSON.stringify(join(root, 'src/config.ts'))});
      const { ingest, openCorpus } = await import(${JSON.stringify(join(root, 'src/ingest.ts'))});
      const { readInputs } = await import(${JSON.stringify(join(root, 'src/read/read-inputs.ts'))});
      const { SqliteStore } = await import(${JSON.stringify(join(root, 'src/store/sqlite/sqlite-store.ts'))});
      const cfg = resolveConfig({ threads: ${threads} });
      const store = new SqliteStore(${JSON.stringify(join(dir, `heap-${threads}.db`))});
      await ingest(readInputs([${JSON.stringify(join(root, 'examples', 'corpus'))}]), store, await openCorpus(store, cfg), cfg, undefined, { parallelFrom: 1 });
      await store.close();
      globalThis.gc();
      console.log(process.memoryUsage().heapUsed);`;
    const child = spawn(process.execPath, ['--expose-gc', '--import', 'tsx', '--input-type=module', '-e', code], { cwd: root, stdio: ['ignore', 'pipe', 'inherit'] });
    let out = '';
    child.stdout.on('data', (b) => (out += b));
    child.on('error', fail);
    child.on('exit', (status) => (status === 0 ? done(Number(out.trim().split('\n').at(-1))) : fail(new Error(`child exited ${status}: ${out}`))));
  });
  const [one, two] = await Promise.all([heapAfter(1), heapAfter(2)]);
  t.diagnostic(`main thread heap: ${(two / 1e6).toFixed(0)} MB with the analyses on threads, ${(one / 1e6).toFixed(0)} MB analysing here`);
  assert.ok(two < one / 4, `main thread heap: ${(two / 1e6).toFixed(0)} MB with the analyses on threads, ${(one / 1e6).toFixed(0)} MB analysing here`);
});

test('an article a stage throws on is reported with its origin; the rest of the input is analysed', async () => {
  const cfg = resolveConfig({ threads: 2 });
  const bad = { ...rawArticle('bad', 'Some text.'), messages: null } as unknown as RawArticle;
  const items = [rawArticle('a', 'Oslo hosted the summit on Monday.'), bad, rawArticle('b', 'Rome answered on Tuesday.')];
  const out = await collect(analysedInOrder(from(items), (r) => r, cfg, { parallelFrom: 1 }));
  assert.deepEqual(out.map((o) => [o.item.id, o.analysis?.ok]), [['a', true], ['bad', false], ['b', true]]);

  const store = new SqliteStore(join(dir, 'bad.db'));
  try {
    const inputs: ReadResult[] = items.map((article) => ({ ok: true, article }));
    const report = await ingest(from(inputs), store, await openCorpus(store, cfg), cfg, undefined, { parallelFrom: 1 });
    assert.equal(report.stored, 2);
    assert.deepEqual(report.rejected.map((r) => [r.origin.file, r.code]), [['bad.txt', 'analysis-failed']]);
    assert.match(report.rejected[0]!.message, /analysis failed: .*messages/);
  } finally {
    await store.close();
  }
});

test('a pool tells what each thread\'s heap holds: its own stage data, not the calling thread\'s', async () => {
  const pool = new AnalysisPool(resolveConfig(), 2);
  try {
    const before = await pool.memory();
    assert.equal(before.length, 2);
    // The stages' tables load in a thread on its first article; this thread loads none of them.
    const here = process.memoryUsage().heapUsed;
    assert.equal((await pool.analyse(rawArticle('m', 'Der Kanzler traf in Berlin den Präsidenten. Beide sprachen über Handel.'))).ok, true);
    const after = await pool.memory();
    const grew = after.map((m, i) => m.heapUsed - before[i]!.heapUsed);
    assert.ok(Math.max(...grew) > 20e6, `one thread's heap grew by ${grew.join(', ')} bytes`);
    assert.ok(Math.abs(process.memoryUsage().heapUsed - here) < 20e6);
    for (const m of after) assert.ok(m.heapUsed > 0 && m.heapTotal >= m.heapUsed);
  } finally {
    await pool.close();
  }
  await assert.rejects(pool.memory(), /pool is closed/);
});

test('a thread that dies fails the waiting articles with an error naming them, and does not hang', async () => {
  // A heap too small to load the pipeline: the thread dies before it answers.
  const pool = new AnalysisPool(resolveConfig(), 1, { maxOldGenerationSizeMb: 4, maxYoungGenerationSizeMb: 1 });
  try {
    await assert.rejects(pool.analyse(rawArticle('x', 'Text.', { origin: { file: 'feed.jsonl', line: 7 } })), /analysis thread 1 of 1 .*feed\.jsonl:7.*--threads 1/s);
    await assert.rejects(pool.analyse(rawArticle('y', 'Text.')), /analysis thread 1 of 1/);
  } finally {
    await pool.close();
  }
});
