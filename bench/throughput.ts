/**
 * `npm run bench -- --scale N [--seed N] [--threads N] [--json OUT] [--skip-http]`: a scaled corpus of N
 * articles built from the seed (src/scale/, DESIGN.md "Scaled corpora"), ingested into a fresh SQLite
 * store through `ingest` as `parallax analyze` does; then its quality against the known story labels,
 * the time per stage, and `parallax serve` on the store under 32 concurrent clients (bench/api-latency.ts),
 * with its read cache and without.
 * `npm run bench -- --real`: the same on the real dev corpus (every NTREX dev document, ECB+ dev, the
 * PolNeAR texts). `npm run bench -- --input FILE...`: files as they are (no quality). Default: --real.
 * The sources are read from --data (../shared/data); the corpus and the store live in a temporary
 * directory (--keep DIR keeps them). --stop-after S ends the ingest after S seconds (the figures then
 * cover the articles stored, and say so). --epoch-gap D and --story-days D change the scaled corpus's time
 * (DESIGN.md; defaults 60 and 4); --day-seconds S compresses it, a simulated day lasting S real seconds (86:
 * about 45,000 articles a day, a day of the world's news); --window N, --window-limit L and --story-limit S set the clustering's `windowArticles`, `windowLimit` and `storyLimit`. Prints a table and writes bench/results/throughput-<corpus>.json.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import type { Corpus } from '../src/cluster/corpus.ts';
import { boundHeapGrowth, heapGrowthLabel } from '../src/cli/heap-growth.ts';
import { resolveConfig, type Options } from '../src/config.ts';
import { ingest, openCorpus } from '../src/ingest.ts';
import { readInputs } from '../src/read/read-inputs.ts';
import { SqliteStore } from '../src/store/sqlite/sqlite-store.ts';
import type { AnalysisPool } from '../src/parallel/analysis-pool.ts';
import { prepareCorpus, type CorpusMode } from './bench-corpus.ts';
import { inputsFrom, latencyTable, measureApiApart, type ApiLatency } from './api-latency.ts';
import { searchWords } from './search-words.ts';
import { startServer } from './serve-process.ts';
import type { StageProfile } from './stages.ts';
import { storyQuality, type StoryQuality } from './story-quality.ts';

const { values } = parseArgs({
  options: {
    scale: { type: 'string' },
    real: { type: 'boolean', default: false },
    input: { type: 'string', multiple: true },
    seed: { type: 'string', default: '1' },
    threads: { type: 'string' },
    data: { type: 'string', default: '../shared/data' },
    json: { type: 'string' },
    keep: { type: 'string' },
    'skip-http': { type: 'boolean', default: false },
    'stop-after': { type: 'string' },
    'epoch-gap': { type: 'string' },
    'story-days': { type: 'string' },
    'day-seconds': { type: 'string' },
    window: { type: 'string' },
    'window-limit': { type: 'string' },
    'story-limit': { type: 'string' },
    clients: { type: 'string', default: '32' },
    'http-seconds': { type: 'string', default: '15' },
    profile: { type: 'string', default: '2000' },
  },
});
// As `parallax` does (bin/parallax.js): the ingest measured is the CLI's.
const heapGrowingPercent = ((): number | null => {
  try {
    return boundHeapGrowth();
  } catch (e) {
    console.error(`bench: ${(e as Error).message}`);
    process.exit(2);
  }
})();
const whole = (name: string, v: string | undefined, min: number): number | undefined => {
  if (v === undefined) return undefined;
  const n = Number(v);
  if (!Number.isInteger(n) || n < min) {
    console.error(`bench: --${name} must be a whole number >= ${min}, got ${v}`);
    process.exit(2);
  }
  return n;
};
const scale = whole('scale', values.scale, 1);
const seed = whole('seed', values.seed, 0)!;
const threads = whole('threads', values.threads, 1);
const clients = whole('clients', values.clients, 1)!;
const profileLimit = whole('profile', values.profile, 0)!;
const httpSeconds = Number(values['http-seconds']);
const stopAfter = whole('stop-after', values['stop-after'], 1);
if ([scale !== undefined, values.real, values.input !== undefined].filter(Boolean).length > 1) {
  console.error('bench: give one of --scale N, --real, --input FILE...');
  process.exit(2);
}
const epochGapDays = whole('epoch-gap', values['epoch-gap'], 0);
const storyDays = whole('story-days', values['story-days'], 1);
const daySeconds = whole('day-seconds', values['day-seconds'], 1);
const windowArticles = whole('window', values.window, 1);
const windowLimit = whole('window-limit', values['window-limit'], 1);
const storyLimit = whole('story-limit', values['story-limit'], 1);
if (daySeconds !== undefined && daySeconds > 86_400) {
  console.error(`bench: --day-seconds must be at most 86400 (a real day), got ${daySeconds}`);
  process.exit(2);
}
const mode: CorpusMode = scale !== undefined ? { kind: 'scale', articles: scale, epochGapDays, storyDays, daySeconds } : values.input ? { kind: 'files', paths: values.input } : { kind: 'real' };
const data = resolve(values.data!);
if (mode.kind !== 'files' && !existsSync(data)) {
  console.error(`bench: no evaluation data at ${data}; pass --data DIR`);
  process.exit(2);
}

const dir = values.keep ? resolve(values.keep) : mkdtempSync(join(tmpdir(), 'parallax-bench-'));
mkdirSync(dir, { recursive: true });
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => {
    if (!values.keep) rmSync(dir, { recursive: true, force: true });
    process.exit(130);
  });
}
const say = (s: string) => process.stderr.write(`bench: ${s}\n`);

/** Every story's id, topic and members as one digest: what a reopened corpus must rebuild. */
function storyDigest(c: Corpus): string {
  const lines = [...c.stories.values()].map((s) => `${s.id}|${s.topic}|${[...s.members].sort().join(' ')}`).sort();
  return createHash('sha1').update(lines.join('\n')).digest('hex');
}
const loadBefore = loadavg();

// 1. The corpus, written before the clock starts.
const corpus = await prepareCorpus(mode, { seed, data, dir });
if (corpus.articles !== null) say(`${corpus.articles} articles, ${(corpus.textBytes! / 1e6).toFixed(1)} MB of text, written in ${corpus.seconds.toFixed(1)} s (${JSON.stringify(corpus.bySource)})`);

// 2. The ingest, as `parallax analyze` runs it. The thread count goes through the config when it has one.
const options: Record<string, unknown> = { db: join(dir, `bench-${corpus.name}.db`) };
if (threads !== undefined) options.threads = threads;
if (windowArticles !== undefined) options.windowArticles = windowArticles;
if (windowLimit !== undefined) options.windowLimit = windowLimit;
if (storyLimit !== undefined) options.storyLimit = storyLimit;
const cfg = ((): ReturnType<typeof resolveConfig> => {
  try {
    return resolveConfig(options as Options);
  } catch (e) {
    // A limit under the window, say: the config's own message names the option and what it must be.
    console.error(`bench: ${(e as Error).message}`);
    if (!values.keep) rmSync(dir, { recursive: true, force: true });
    process.exit(2);
  }
})();
const threadsUsed = (cfg as { threads?: number }).threads ?? 1;
if (threads !== undefined && threadsUsed !== threads) throw new Error(`bench: --threads ${threads} asked for, but the config runs ${threadsUsed}; this build has no analysis threads`);
for (const suffix of ['', '-wal', '-shm']) rmSync(`${cfg.db}${suffix}`, { force: true });
const store = new SqliteStore(cfg.db);
const times: number[] = [];
// A line every 2 % with the rate since the last one: a long run shows its cost curve as it goes.
const step = corpus.articles ? Math.max(1, Math.floor(corpus.articles / 50)) : 1000;
const started = performance.now();
// Which side holds the ingest back: the main thread (relating, placing, storing) busy all the time means it
// does; the process's CPU over the cores says how much of the machine the run used.
const eluBefore = performance.eventLoopUtilization();
const cpuBefore = process.cpuUsage();
// --stop-after: the articles not read by then are left out, and the run says it is partial.
async function* until<T>(xs: AsyncIterable<T>, deadline: number): AsyncGenerator<T> {
  for await (const x of xs) {
    if (performance.now() > deadline) return;
    yield x;
  }
}
const inputs = readInputs(corpus.inputs, { maxBytes: cfg.maxBytes });
let placed: Corpus | null = await openCorpus(store, cfg);
// The RSS counts every thread; the analysis threads are asked for their heaps at each progress line
// (the answer lands in the next line), and /proc says how much of the RSS is anonymous memory.
let pool: AnalysisPool | null = null;
let threadHeaps = '';
const report = await ingest(stopAfter === undefined ? inputs : until(inputs, started + stopAfter * 1000), store, placed, cfg, (p) => {
  if (p.stored === 0 || times[p.stored] !== undefined) return;
  times[p.stored] = performance.now();
  if (p.stored % step === 0) {
    const since = times[p.stored - step] ?? started;
    const m = process.memoryUsage();
    say(`${p.stored} stored, ${((p.stored * 1000) / (times[p.stored]! - started)).toFixed(1)} articles/s so far, ${((step * 1000) / (times[p.stored]! - since)).toFixed(1)} over the last ${step}; RSS ${(m.rss / 1e6).toFixed(0)} MB${rssParts()} (this thread's heap ${(m.heapUsed / 1e6).toFixed(0)} of ${(m.heapTotal / 1e6).toFixed(0)} MB, its typed arrays and buffers ${(m.arrayBuffers / 1e6).toFixed(0)} MB${threadHeaps})`);
    pool?.memory().then(
      (ms) => (threadHeaps = ms.map((t, i) => `; analysis thread ${i + 1}'s heap ${(t.heapUsed / 1e6).toFixed(0)} of ${(t.heapTotal / 1e6).toFixed(0)} MB, buffers ${(t.arrayBuffers / 1e6).toFixed(0)}, external ${(t.external / 1e6).toFixed(0)}`).join('')),
      () => (threadHeaps = ''),
    );
  }
}, { onPool: (p) => (pool = p) });
/** The anonymous and file-backed parts of the RSS (Linux's /proc/self/status), or nothing where there is no /proc. */
function rssParts(): string {
  let status: string;
  try {
    status = readFileSync('/proc/self/status', 'utf8');
  } catch {
    return '';
  }
  const kb = (key: string) => Number(new RegExp(`^${key}:\\s+(\\d+) kB`, 'm').exec(status)?.[1] ?? NaN);
  return ` = ${(kb('RssAnon') / 1024).toFixed(0)} anonymous + ${(kb('RssFile') / 1024).toFixed(0)} file-backed MiB`;
}
const seconds = (performance.now() - started) / 1000;
const peakRssMegabytes = process.resourceUsage().maxRSS / 1024;
const mainThreadBusy = performance.eventLoopUtilization(eluBefore).utilization;
const cpuDuring = process.cpuUsage(cpuBefore);
const coresBusy = (cpuDuring.user + cpuDuring.system) / 1e6 / seconds;
const loadDuring = loadavg();
const total = report.stored;
say(`ingested ${total} in ${seconds.toFixed(1)} s`);
// The ingest's corpus is let go once its stories are digested: the reopen below then holds one corpus,
// as the next run into this store does, and collects as often as that run would.
const placedDigest = storyDigest(placed!);
placed = null;

// 3. Quality on the known labels; what the next run into this store pays before its first article (the
// corpus rebuilt from every stored article), and whether that rebuilds the stories the ingest left; then
// the store's size on disk.
let quality: StoryQuality | null = null;
if (corpus.gold) quality = await storyQuality(store, corpus.gold);
const reopenStarted = performance.now();
const reopened = await openCorpus(store, cfg);
const reopenSeconds = (performance.now() - reopenStarted) / 1000;
const reopenedSame = storyDigest(reopened) === placedDigest;
say(`reopened in ${reopenSeconds.toFixed(1)} s; the same stories as the ingest left: ${reopenedSame ? 'yes' : 'NO'}`);
if (!reopenedSame) process.exitCode = 1;
await store.close();
const dbBytes = ['', '-wal', '-shm'].reduce((n, s) => n + (existsSync(`${cfg.db}${s}`) ? statSync(`${cfg.db}${s}`).size : 0), 0);

// 4. parallax serve on the built store.
// Twice: as `parallax serve` answers a store at rest (a repeated read from its cache), and with the read
// cache off, as every read is answered while articles keep arriving. The same inputs both times.
let latency: ApiLatency | null = null;
let latencyNoReadCache: ApiLatency | null = null;
if (!values['skip-http'] && total > 0) {
  const measure = async (readCache: boolean, given?: Parameters<typeof measureApiApart>[1]) => {
    const served = await startServer(cfg.db, {}, { readCache });
    try {
      const opts = given ?? { ...(await inputsFrom(served.base)), queries: await searchWords(served.base), clients, seconds: httpSeconds };
      return { opts, latency: await measureApiApart(served.base, opts) };
    } finally {
      await served.stop();
    }
  };
  const cached = await measure(true);
  latency = cached.latency;
  latencyNoReadCache = (await measure(false, cached.opts)).latency;
}

// 5. Where the time goes per article, on the first articles of the same corpus (CPU ms, bench/stages.ts).
// Loaded after the peak RSS is read: the stages on this thread hold language detection's model, which
// the ingest above, its analyses on worker threads, never loads here.
const stages: StageProfile | null = profileLimit > 0 ? await (await import('./stages.ts')).profileStages(corpus.inputs, { limit: profileLimit }) : null;
if (!values.keep) rmSync(dir, { recursive: true, force: true });

const rateBetween = (from: number, to: number) => {
  const a = Math.max(1, from);
  return times[a] !== undefined && times[to] !== undefined && times[to]! > times[a]! ? (to - a) / ((times[to]! - times[a]!) / 1000) : NaN;
};
const textBytes = corpus.textBytes ?? report.bytes;
const command = `npm run bench -- ${mode.kind === 'scale' ? `--scale ${mode.articles} --seed ${seed}${epochGapDays !== undefined ? ` --epoch-gap ${epochGapDays}` : ''}${storyDays !== undefined ? ` --story-days ${storyDays}` : ''}${daySeconds !== undefined ? ` --day-seconds ${daySeconds}` : ''}` : mode.kind === 'real' ? `--real --seed ${seed}` : `--input ${mode.paths.join(' ')}`}${threads !== undefined ? ` --threads ${threads}` : ''}${windowArticles !== undefined ? ` --window ${windowArticles}` : ''}${windowLimit !== undefined ? ` --window-limit ${windowLimit}` : ''}${storyLimit !== undefined ? ` --story-limit ${storyLimit}` : ''}${values['skip-http'] ? ' --skip-http' : ''}${stopAfter !== undefined ? ` --stop-after ${stopAfter}` : ''}`;
const result = {
  date: new Date().toISOString(),
  node: process.version,
  command,
  corpus: { name: corpus.name, seed: mode.kind === 'files' ? null : seed, articles: corpus.articles, textBytes, bySource: corpus.bySource, generateSeconds: corpus.seconds },
  threads: threadsUsed,
  machine: { cpus: availableParallelism(), loadBefore, loadAfterIngest: loadDuring },
  articles: total,
  /** False when --stop-after ended the ingest before the corpus did. */
  complete: corpus.articles === null || total + report.rejected.length + report.unchanged >= corpus.articles,
  rejected: report.rejected.length,
  seconds,
  /** Until the first article was stored: loading the models, starting the threads. */
  startupSeconds: times[1] !== undefined ? (times[1] - started) / 1000 : NaN,
  articlesPerSecond: total / seconds,
  megabytesPerSecond: report.bytes / 1e6 / seconds,
  firstTenthArticlesPerSecond: rateBetween(1, Math.floor(total / 10)),
  lastTenthArticlesPerSecond: rateBetween(Math.floor(total * 0.9), total),
  peakRssMegabytes,
  /** V8's heap growth past the live heap (src/cli/heap-growth.ts); null: V8's own choice (PARALLAX_HEAP_GROWTH=v8). */
  heapGrowingPercent,
  /** Rebuilding the corpus from the built store (`openCorpus`), as every later run into it does first. */
  reopenSeconds,
  reopenedSameStories: reopenedSame,
  /** Share of the ingest's time the main thread's event loop was busy (relating, placing, storing, receiving analyses). */
  mainThreadBusy,
  /** CPU seconds of every thread of the process a second of the ingest. */
  coresBusy,
  storeBytes: dbBytes,
  storeBytesPerArticle: dbBytes / Math.max(1, total),
  storeBytesPerArticleBeyondText: (dbBytes - textBytes) / Math.max(1, total),
  quality,
  stages,
  /** bench/api-latency.ts: every kind of read sent round robin by the clients at once; ms. */
  http: latency,
  /** The same with the server's read cache off (bench/serve-process.ts --no-read-cache). */
  httpNoReadCache: latencyNoReadCache,
};

const f = (x: number, d = 1) => (Number.isFinite(x) ? x.toFixed(d) : '-');
const rows: Array<[string, string]> = [
  ['corpus', `${corpus.name}${mode.kind === 'files' ? '' : `, seed ${seed}`}; threads ${threadsUsed}; load ${loadBefore.map((l) => l.toFixed(1)).join(' ')} before, ${loadDuring.map((l) => l.toFixed(1)).join(' ')} after`],
  ['articles', `${total} (${result.rejected} rejected)${result.complete ? '' : `, PARTIAL: stopped after ${stopAfter} s, ${corpus.articles} in the corpus`}`],
  ['time', `${f(seconds)} s (${f(result.startupSeconds)} s of it before the first article was stored)`],
  ['articles/s', f(result.articlesPerSecond)],
  ['MB/s (text)', f(result.megabytesPerSecond, 2)],
  ['articles/s, first 10%', f(result.firstTenthArticlesPerSecond)],
  ['articles/s, last 10%', f(result.lastTenthArticlesPerSecond)],
  ['peak RSS', `${f(peakRssMegabytes, 0)} MB (heap growth ${heapGrowthLabel(heapGrowingPercent)})`],
  ['reopen', `${f(reopenSeconds)} s (${f((reopenSeconds * 1000) / Math.max(1, total), 2)} ms an article); same stories: ${reopenedSame ? 'yes' : 'NO'}`],
  ['main thread busy; cores busy', `${f(mainThreadBusy * 100, 0)} %; ${f(coresBusy, 2)} of ${availableParallelism()}`],
  ['store per article', `${f(result.storeBytesPerArticle / 1024, 2)} KB, ${f(result.storeBytesPerArticleBeyondText / 1024, 2)} KB beyond the text`],
];
if (quality) {
  rows.push(['B-cubed F1, stories', `${f(quality.event.f1, 3)} (P ${f(quality.event.precision, 3)}, R ${f(quality.event.recall, 3)}; ${quality.event.stories} stories for ${quality.event.goldStories})`]);
  rows.push(['B-cubed F1, clusters', `${f(quality.cluster.f1, 3)} (epochs ignored)`]);
  for (const [s, q] of Object.entries(quality.bySource)) rows.push([`  ${s}`, `${f(q.f1, 3)} (P ${f(q.precision, 3)}, R ${f(q.recall, 3)}; ${q.articles} articles)`]);
}
if (stages) rows.push([`CPU ms/article (first ${stages.articles})`, stages.stages.map((s) => `${s.stage} ${f(s.ms, 2)}`).join(', ') + `; total ${f(stages.total, 2)}`]);
const width = Math.max(...rows.map(([k]) => k.length));
console.log(rows.map(([k, v]) => `${k.padEnd(width)}  ${v}`).join('\n'));
if (latency) console.log(`\nparallax serve, ${clients} concurrent clients, ${httpSeconds} s, ${f(latency.requestsPerSecond)} requests/s\n${latencyTable(latency)}`);
if (latencyNoReadCache) console.log(`\nthe same, read cache off, ${f(latencyNoReadCache.requestsPerSecond)} requests/s\n${latencyTable(latencyNoReadCache)}`);
const out = values.json ?? join('bench', 'results', `throughput-${corpus.name}.json`);
mkdirSync(dirname(out), { recursive: true });
writeFileSync(out, `${JSON.stringify(result, null, 2)}\n`);
console.log(`\nwritten ${out}`);
