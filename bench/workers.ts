/**
 * Scale-out on PostgreSQL, end to end (issue 5): the NTREX dev documents in eng, deu, ita, fra and
 * spa, once in one process (`parallax ingest`) and once through the queue (`parallax ingest
 * --enqueue`, two `parallax worker` processes, one killed with SIGKILL while it holds work, a third
 * started), each into its own database on a throwaway PostgreSQL server. Prints the B-cubed F1 of
 * both against the gold stories (NTREX: the documents, each with its translations; as the README's eval), whether every article was stored exactly once, and the agreement
 * of the two runs. Exits 1 when an article is lost or doubled or the F1s differ by more than 0.01.
 *
 *   npm run bench:workers [-- NTREX_DEV.jsonl]     (default ../shared/data/ntrex/dev.jsonl)
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { evaluate } from '../src/eval/evaluate.ts';
import { readGold } from '../src/eval/gold.ts';
import { bcubed } from '../src/eval/metrics.ts';
import { queueCounts } from '../src/queue/queue-claims.ts';
import { PostgresStore } from '../src/store/postgres/postgres-store.ts';
import { collect } from '../src/store/store.ts';
import { findPostgresBin, startPostgres } from '../src/testing/postgres-server.ts';
import { exited, killWhileHolding, startWorker } from '../src/testing/worker-processes.ts';

const root = fileURLToPath(new URL('../', import.meta.url));
const goldPath = resolve(root, process.argv[2] ?? '../shared/data/ntrex/dev.jsonl');
const LANGS = ['eng', 'deu', 'ita', 'fra', 'spa'];
const BATCH = 8;
const cli = join(root, 'bin', 'parallax.js');

function parallax(args: string[]): void {
  const r = spawnSync(process.execPath, [cli, ...args], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
  if (r.status !== 0) throw new Error(`parallax ${args.join(' ')} exited with ${r.status}:\n${r.stderr}`);
}

const seconds = (t0: number) => (performance.now() - t0) / 1000;
const f3 = (x: number) => x.toFixed(3);

const bin = findPostgresBin();
if (!bin) {
  console.error('bench:workers: PostgreSQL server programs (initdb, pg_ctl) not found; install them (apt-get install postgresql)');
  process.exit(2);
}
const dir = mkdtempSync(join(tmpdir(), 'parallax-bench-workers-'));
const server = await startPostgres(bin);
try {
  const input = join(dir, 'input.jsonl');
  const gold = await readGold(goldPath, { input, langs: LANGS });
  const n = gold.entries.size;
  console.log(`NTREX dev, ${LANGS.join(' ')}: ${n} documents (${goldPath})`);

  const singleUrl = await server.freshDatabase();
  let t0 = performance.now();
  parallax(['ingest', input, '--db', singleUrl, '-q']);
  const singleTime = seconds(t0);
  const single = await PostgresStore.open(singleUrl);
  const one = await evaluate(single, gold.entries, 'document');

  const url = await server.freshDatabase();
  t0 = performance.now();
  parallax(['ingest', input, '--db', url, '--enqueue']);
  const store = await PostgresStore.open(url);
  const first = startWorker(url, BATCH);
  const victim = startWorker(url, BATCH);
  const held = await killWhileHolding(store, victim, 0.2, n);
  const done = (await queueCounts(store)).done;
  const third = startWorker(url, BATCH);
  const codes = [await exited(first, 1_800_000), await exited(third, 1_800_000)];
  const workersTime = seconds(t0);
  const many = await evaluate(store, gold.entries, 'document');

  const q = await queueCounts(store);
  const outcomes = await store.query('SELECT outcome, count(*)::int AS n FROM queue GROUP BY outcome ORDER BY outcome');
  const ids = (await collect(store.articles())).map((a) => a.id as string);
  const once = codes.every((c) => c === 0) && q.done === n && q.pending + q.analysed + q.failed === 0 &&
    ids.length === n && new Set(ids).size === n && [...gold.entries.keys()].every((id) => ids.includes(id)) &&
    outcomes.length === 1 && outcomes[0]!.outcome === 'stored' && outcomes[0]!.n === n;
  const retaken = (await store.query('SELECT count(*)::int AS n FROM queue WHERE qseq = ANY($1::bigint[]) AND attempts >= 2', [held]))[0]!.n;
  const storiesOf = async (s: PostgresStore) => new Map((await collect(s.articles())).map((a) => [a.id as string, a.story as string]));
  const agreement = bcubed(await storiesOf(single), await storiesOf(store));
  const delta = Math.abs(many.bcubed.f1 - one.bcubed.f1);

  console.log(`single process   B-cubed P/R/F1 ${f3(one.bcubed.precision)} / ${f3(one.bcubed.recall)} / ${f3(one.bcubed.f1)}  ${one.clusters.predicted} stories  ${singleTime.toFixed(1)} s`);
  console.log(`workers          B-cubed P/R/F1 ${f3(many.bcubed.precision)} / ${f3(many.bcubed.recall)} / ${f3(many.bcubed.f1)}  ${many.clusters.predicted} stories  ${workersTime.toFixed(1)} s`);
  console.log(`                 2 workers, one SIGKILLed at ${done}/${n} done holding ${held.length} claimed rows (${retaken} taken up again), a third started`);
  console.log(`stored exactly once: ${once ? 'yes' : 'NO'} (${ids.length} articles, queue ${JSON.stringify(q)}, outcomes ${outcomes.map((o) => `${o.outcome} ${o.n}`).join(', ')})`);
  console.log(`|ΔF1| ${f3(delta)}; the two runs' stories against each other: B-cubed F1 ${f3(agreement.f1)}`);
  await single.close();
  await store.close();
  process.exitCode = once && held.length > 0 && delta <= 0.01 ? 0 : 1;
} finally {
  server.stop();
  rmSync(dir, { recursive: true, force: true });
}
