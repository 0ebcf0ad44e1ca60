/**
 * Threads, end to end: the same corpus ingested into a fresh SQLite store with 1 thread (analysis on
 * the main thread) and with 2 (one analysis thread; placement and writes on the main thread), or any
 * other counts (`--threads 1,2,3`), in alternation. Prints articles/s (wall clock) and CPU seconds (every thread of the process)
 * of each run, the median ratio, and whether both runs stored the same stories; writes
 * bench/results/threads.json. On a shared machine the wall clock says little (a process with three
 * busy threads gets a larger share of the cores than one with one), so it also gives the rate the CPU
 * times imply on idle cores: a run takes at least its main thread's CPU (placement, writes) and at
 * least its whole CPU spread over the cores.
 *
 *   npm run bench:threads [-- CORPUS.jsonl] [--limit N] [--rounds R] [--threads a,b] [--keep]
 *   (default ../shared/data/ntrex/dev.jsonl, every document, 1 round, threads 1,2; --keep leaves the stores
 *   in place, for bench/store-size.ts)
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { fileURLToPath } from 'node:url';
import { boundHeapGrowth, heapGrowthLabel } from '../src/cli/heap-growth.ts';
import { resolveConfig } from '../src/config.ts';
import { ingest, openCorpus } from '../src/ingest.ts';
import { readInputs, type ReadResult } from '../src/read/read-inputs.ts';
import { collect } from '../src/store/store.ts';
import { SqliteStore } from '../src/store/sqlite/sqlite-store.ts';

const root = fileURLToPath(new URL('../', import.meta.url));
// As `parallax` does (bin/parallax.js); PARALLAX_HEAP_GROWTH=v8 leaves V8's own.
const heapGrowingPercent = boundHeapGrowth();
const { values, positionals } = parseArgs({ allowPositionals: true, options: { limit: { type: 'string' }, rounds: { type: 'string' }, threads: { type: 'string' }, keep: { type: 'boolean' } } });
const corpus = resolve(root, positionals[0] ?? '../shared/data/ntrex/dev.jsonl');
const limit = values.limit === undefined ? Infinity : Number(values.limit);
const rounds = Number(values.rounds ?? 1);
const counts = (values.threads ?? '1,2').split(',').map(Number);

async function* limited(inputs: AsyncIterable<ReadResult>): AsyncGenerator<ReadResult> {
  let n = 0;
  for await (const r of inputs) {
    if (n++ >= limit) return;
    yield r;
  }
}

interface Run { threads: number; articles: number; seconds: number; cpuSeconds: number; mainCpuSeconds: number | null; articlesPerSecond: number; stories: string }

/**
 * CPU seconds of the main thread alone (Linux: /proc/self/task/PID/stat, utime + stime), or null
 * elsewhere. With the process's CPU it tells what two threads would do on two idle cores: the run
 * takes at least the main thread's CPU, and at least half of all the CPU.
 */
function mainThreadCpu(): number | null {
  try {
    const stat = readFileSync(`/proc/self/task/${process.pid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return (Number(fields[11]) + Number(fields[12])) / 100;
  } catch {
    return null;
  }
}

async function once(threads: number): Promise<Run> {
  const dir = mkdtempSync(join(tmpdir(), 'parallax-bench-threads-'));
  try {
    const cfg = resolveConfig({ db: join(dir, 'bench.db'), threads });
    const store = new SqliteStore(cfg.db);
    const main0 = mainThreadCpu();
    const cpu0 = process.cpuUsage();
    const t0 = performance.now();
    const report = await ingest(limited(readInputs([corpus])), store, await openCorpus(store, cfg), cfg);
    const seconds = (performance.now() - t0) / 1000;
    const cpu = process.cpuUsage(cpu0);
    const main1 = mainThreadCpu();
    // What the runs must agree on: each article's story, in ingest order.
    const stories = (await collect(store.articles())).map((a) => `${a.id}>${a.story}`).join('\n');
    await store.close();
    const mainCpuSeconds = main0 === null || main1 === null ? null : main1 - main0;
    return { threads, articles: report.stored, seconds, cpuSeconds: (cpu.user + cpu.system) / 1e6, mainCpuSeconds, articlesPerSecond: report.stored / seconds, stories };
  } finally {
    if (values.keep) console.log(`  kept ${join(dir, 'bench.db')}`);
    else rmSync(dir, { recursive: true, force: true });
  }
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor((xs.length - 1) / 2)]!;
const runs: Run[] = [];
console.log(`${corpus}${Number.isFinite(limit) ? ` (first ${limit})` : ''}: ${rounds} round(s) of threads ${counts.join(', ')}; ${availableParallelism()} cores, load ${loadavg()[0]!.toFixed(1)}; heap growth ${heapGrowthLabel(heapGrowingPercent)}`);
for (let round = 0; round < rounds; round++) {
  for (const threads of counts) {
    const r = await once(threads);
    runs.push(r);
    console.log(`  threads ${threads}: ${r.articles} articles in ${r.seconds.toFixed(1)} s = ${r.articlesPerSecond.toFixed(1)} articles/s; CPU ${r.cpuSeconds.toFixed(1)} s (${((r.cpuSeconds / r.articles) * 1000).toFixed(1)} ms/article), main thread ${r.mainCpuSeconds?.toFixed(1) ?? '?'} s; load ${loadavg()[0]!.toFixed(1)}`);
  }
}
const by = new Map(counts.map((t) => [t, runs.filter((r) => r.threads === t)]));
const cores = availableParallelism();
// On idle cores a run takes at least its main thread's CPU and at least its CPU spread over the cores
// (with 1 thread too: the garbage collector and the loader run on helper threads).
const idleSeconds = (r: Run) => Math.max(r.mainCpuSeconds ?? r.cpuSeconds, r.cpuSeconds / cores);
const summary = counts.map((t) => ({
  threads: t,
  medianArticlesPerSecond: median(by.get(t)!.map((r) => r.articlesPerSecond)),
  medianCpuSeconds: median(by.get(t)!.map((r) => r.cpuSeconds)),
  medianMainCpuSeconds: median(by.get(t)!.map((r) => r.mainCpuSeconds ?? NaN)),
  idleCoresArticlesPerSecond: median(by.get(t)!.map((r) => r.articles / idleSeconds(r))),
}));
const base = summary[0]!.medianArticlesPerSecond;
const idleBase = summary[0]!.idleCoresArticlesPerSecond;
const same = runs.every((r) => r.stories === runs[0]!.stories);
for (const s of summary) {
  console.log(`threads ${s.threads}: median ${s.medianArticlesPerSecond.toFixed(1)} articles/s (${(s.medianArticlesPerSecond / base).toFixed(2)}x threads ${counts[0]}); ` +
    `from CPU times, on ${cores} idle cores: ${s.idleCoresArticlesPerSecond.toFixed(1)} articles/s (${(s.idleCoresArticlesPerSecond / idleBase).toFixed(2)}x)`);
}
console.log(`every run stored the same articles in the same stories: ${same ? 'yes' : 'NO'}`);
mkdirSync(join(root, 'bench', 'results'), { recursive: true });
writeFileSync(join(root, 'bench', 'results', 'threads.json'), `${JSON.stringify({
  corpus, limit: Number.isFinite(limit) ? limit : null, cores: availableParallelism(), date: new Date().toISOString(), heapGrowingPercent,
  runs: runs.map(({ stories, ...r }) => r), summary, ratio: summary.length > 1 ? summary[summary.length - 1]!.medianArticlesPerSecond / base : null,
  idleCoresRatio: summary.length > 1 ? summary[summary.length - 1]!.idleCoresArticlesPerSecond / idleBase : null, sameStories: same,
}, null, 2)}\n`);
if (!same) process.exitCode = 1;
