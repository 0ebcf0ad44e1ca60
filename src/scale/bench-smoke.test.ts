import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { after, test } from 'node:test';
import { fileURLToPath } from 'node:url';

// `npm run bench` end to end on a small scaled corpus: every figure is there and makes sense.
const root = fileURLToPath(new URL('../..', import.meta.url));
const data = resolve(root, process.env.PARALLAX_DATA ?? '../shared/data');
const available = existsSync(join(data, 'ntrex', 'dev.jsonl'));
const skip = !available && process.env.PARALLAX_REQUIRE_ALL !== '1' ? `no evaluation data at ${data}` : false;
const dir = mkdtempSync(join(tmpdir(), 'parallax-bench-smoke-'));
after(() => rmSync(dir, { recursive: true, force: true }));

const finitePositive = (x: unknown, what: string) => assert.ok(typeof x === 'number' && Number.isFinite(x) && x > 0, `${what} is ${String(x)}`);

test('bench: a scaled corpus of 240 articles gives throughput, memory, store size, quality, stages and HTTP latency with and without the read cache', { skip, timeout: 600_000 }, () => {
  assert.ok(available, `the evaluation data is missing at ${data}; set PARALLAX_DATA`);
  const out = join(dir, 'smoke.json');
  const run = spawnSync(process.execPath, ['--import', 'tsx', 'bench/throughput.ts', '--scale', '240', '--seed', '3', '--threads', '1', '--data', data,
    '--http-seconds', '1', '--profile', '30', '--json', out], { cwd: root, encoding: 'utf8', env: { ...process.env, PARALLAX_HEAP_GROWTH: '25' } });
  assert.equal(run.status, 0, run.stderr);
  assert.match(run.stdout, /articles\/s, last 10%/);
  // The bench sets the heap growth as the CLI does, from the same variable, and says so.
  assert.match(run.stdout, /peak RSS +\d+ MB \(heap growth 25 %\)/);
  const r = JSON.parse(readFileSync(out, 'utf8'));
  assert.equal(r.articles, 240);
  assert.equal(r.rejected, 0);
  assert.equal(r.threads, 1);
  assert.equal(r.corpus.articles, 240);
  assert.equal(Object.values(r.corpus.bySource as Record<string, number>).reduce((a, b) => a + b, 0), 240);
  for (const k of ['seconds', 'articlesPerSecond', 'megabytesPerSecond', 'firstTenthArticlesPerSecond', 'lastTenthArticlesPerSecond', 'peakRssMegabytes', 'storeBytes']) finitePositive(r[k], k);
  assert.ok(r.startupSeconds >= 0 && r.startupSeconds < r.seconds);
  finitePositive(r.reopenSeconds, 'reopenSeconds');
  assert.equal(r.heapGrowingPercent, 25);
  assert.equal(r.reopenedSameStories, true, 'reopening the built store rebuilds the stories the ingest left');
  assert.ok(Math.abs(r.articlesPerSecond * r.seconds - 240) < 1e-6);
  assert.ok(r.storeBytes > r.corpus.textBytes, 'the store holds at least the text');
  assert.ok(Math.abs(r.storeBytesPerArticleBeyondText - (r.storeBytes - r.corpus.textBytes) / 240) < 1e-6);
  for (const q of [r.quality.event, r.quality.cluster, ...Object.values(r.quality.bySource as Record<string, { f1: number }>)]) {
    for (const k of ['precision', 'recall', 'f1']) assert.ok(q[k] > 0 && q[k] <= 1, `quality ${k} = ${q[k]}`);
  }
  assert.ok(r.quality.event.stories > 0 && r.quality.event.goldStories > 0);
  const stages = new Map((r.stages.stages as Array<{ stage: string; ms: number }>).map((s) => [s.stage, s.ms]));
  for (const s of ['tokenize', 'extractFeatures', 'relate', 'place']) assert.ok((stages.get(s) ?? -1) >= 0, `stage ${s}`);
  assert.equal(r.stages.articles, 30);
  // With the read cache and without it (a server of its own), the same kinds of request, all answered.
  assert.match(run.stdout, /the same, read cache off, [\d.]+ requests\/s/);
  for (const http of [r.http, r.httpNoReadCache]) {
    assert.equal(http.clients, 32);
    assert.deepEqual(http.groups.map((g: { endpoint: string }) => g.endpoint), ['story list', 'briefing', 'search']);
    for (const l of http.groups) {
      assert.ok(l.requests > 0, `${l.endpoint}: requests`);
      assert.equal(l.notOk, 0, `${l.endpoint}: answers other than 200`);
      assert.ok(l.p50 > 0 && l.p50 <= l.p95 && l.p95 <= l.p99 && l.p99 <= l.max, `${l.endpoint}: percentiles in order`);
    }
  }
  assert.deepEqual(r.httpNoReadCache.endpoints.map((e: { endpoint: string }) => e.endpoint), r.http.endpoints.map((e: { endpoint: string }) => e.endpoint));
});
