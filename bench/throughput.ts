/**
 * `npm run bench [-- --input FILE...] [--json OUT]`: end-to-end throughput of analysis (read, analyse,
 * relate, cluster, store in SQLite) on a real corpus, in this process, with peak memory.
 * Default input: ../shared/data/ntrex/dev.jsonl (7,740 documents in 128 languages).
 */
import { mkdirSync, mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { resolveConfig } from '../src/config.ts';
import { ingest, openCorpus } from '../src/ingest.ts';
import { readInputs } from '../src/read/read-inputs.ts';
import { SqliteStore } from '../src/store/sqlite/sqlite-store.ts';

const { values } = parseArgs({
  options: {
    input: { type: 'string', multiple: true, default: ['../shared/data/ntrex/dev.jsonl'] },
    json: { type: 'string', default: 'bench/results/throughput.json' },
  },
});
const inputs = values.input!.map((p) => resolve(p));
const dir = mkdtempSync(join(tmpdir(), 'parallax-bench-'));
const cfg = resolveConfig({ db: join(dir, 'bench.db') });
const store = new SqliteStore(cfg.db);
const started = performance.now();
// Cost per article over the stream: the first and the last tenth, to see whether it stays flat.
const marks: Array<{ n: number; t: number }> = [];
const report = await ingest(readInputs(inputs), store, await openCorpus(store, cfg), cfg, (p) => marks.push({ n: p.stored, t: performance.now() }));
const seconds = (performance.now() - started) / 1000;
await store.close();
const dbBytes = statSync(cfg.db).size;
rmSync(dir, { recursive: true, force: true });

const total = report.stored;
const rateBetween = (from: number, to: number) => {
  const a = marks.find((m) => m.n >= from);
  const b = marks.find((m) => m.n >= to);
  return a && b && b.t > a.t ? (b.n - a.n) / ((b.t - a.t) / 1000) : NaN;
};
const result = {
  date: new Date().toISOString(),
  node: process.version,
  inputs,
  articles: total,
  rejected: report.rejected.length,
  seconds,
  articlesPerSecond: total / seconds,
  megabytesPerSecond: report.bytes / 1e6 / seconds,
  firstTenthArticlesPerSecond: rateBetween(1, Math.floor(total / 10)),
  lastTenthArticlesPerSecond: rateBetween(Math.floor(total * 0.9), total),
  peakRssMegabytes: process.resourceUsage().maxRSS / 1024,
  storeBytesPerArticle: dbBytes / Math.max(1, total),
};
const rows: Array<[string, string]> = [
  ['articles', `${result.articles} (${result.rejected} rejected)`],
  ['time', `${result.seconds.toFixed(1)} s`],
  ['articles/s', result.articlesPerSecond.toFixed(1)],
  ['MB/s (text)', result.megabytesPerSecond.toFixed(2)],
  ['articles/s, first 10%', result.firstTenthArticlesPerSecond.toFixed(1)],
  ['articles/s, last 10%', result.lastTenthArticlesPerSecond.toFixed(1)],
  ['peak RSS', `${result.peakRssMegabytes.toFixed(0)} MB`],
  ['store per article', `${(result.storeBytesPerArticle / 1024).toFixed(1)} KB`],
];
const width = Math.max(...rows.map(([k]) => k.length));
console.log(rows.map(([k, v]) => `${k.padEnd(width)}  ${v}`).join('\n'));
mkdirSync(dirname(values.json!), { recursive: true });
writeFileSync(values.json!, `${JSON.stringify(result, null, 2)}\n`);
console.log(`\nwritten ${values.json}`);
