/**
 * What an analysis thread holds for the stages themselves, apart from any article: the JS heap (and
 * typed arrays' buffers) after a full collection, at start, once the pipeline's modules are loaded,
 * and once the inputs have been analysed, which loads every table their languages need (towns,
 * dictionaries, word lists, type models) and fills the stages' bounded caches. No corpus, no store:
 * every analysis thread of an ingest holds this much, and the main thread none of it.
 *
 *   npm run bench:stage-heap [-- INPUT... --limit N --json OUT]
 *   (default ../shared/data/ntrex/dev.jsonl: every document, in about 129 languages)
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

const gc = (globalThis as { gc?: () => void }).gc;
if (!gc) {
  console.error('bench:stage-heap: run with node --expose-gc (npm run bench:stage-heap sets it)');
  process.exit(2);
}
const root = fileURLToPath(new URL('../', import.meta.url));
const { values, positionals } = parseArgs({ allowPositionals: true, options: { limit: { type: 'string' }, json: { type: 'string' } } });
const inputs = positionals.length ? positionals.map((p) => resolve(p)) : [resolve(root, '../shared/data/ntrex/dev.jsonl')];
const limit = values.limit === undefined ? Infinity : Number(values.limit);
if (!(limit > 0)) {
  console.error(`bench:stage-heap: --limit must be a positive number, got ${values.limit}`);
  process.exit(2);
}

interface Reading { heapMB: number; buffersMB: number; rssMB: number }
function read(): Reading {
  gc!();
  gc!();
  const m = process.memoryUsage();
  return { heapMB: m.heapUsed / 1e6, buffersMB: m.arrayBuffers / 1e6, rssMB: m.rss / 1e6 };
}

const start = read();
const { resolveConfig } = await import('../src/config.ts');
const { analyzeArticle } = await import('../src/pipeline.ts');
const { readInputs } = await import('../src/read/read-inputs.ts');
const loaded = read();
const cfg = resolveConfig();
let articles = 0;
const languages = new Set<string>();
let rejected = '';
for await (const r of readInputs(inputs)) {
  if (!r.ok) {
    rejected ||= r.message;
    continue;
  }
  languages.add(analyzeArticle(r.article, cfg).lang.code);
  if (++articles >= limit) break;
}
if (articles === 0) {
  console.error(`bench:stage-heap: no article could be read from ${inputs.join(', ')}${rejected ? ` (${rejected})` : ''}; pass input files`);
  process.exit(2);
}
const analysed = read();

const row = (name: string, r: Reading) => `${name.padEnd(34)}${r.heapMB.toFixed(1).padStart(9)}${r.buffersMB.toFixed(1).padStart(9)}${r.rssMB.toFixed(0).padStart(8)}`;
console.log(`${''.padEnd(34)}${'heap MB'.padStart(9)}${'buffers'.padStart(9)}${'RSS MB'.padStart(8)}`);
console.log(row('start', start));
console.log(row('pipeline loaded', loaded));
console.log(row(`${articles} articles analysed (${languages.size} languages)`, analysed));
const held = analysed.heapMB + analysed.buffersMB - start.heapMB - start.buffersMB;
console.log(`\nthe stages hold ${held.toFixed(1)} MB of heap and buffers beyond the start`);
const out = values.json ?? resolve(root, 'bench/results/stage-heap.json');
mkdirSync(dirname(out), { recursive: true });
writeFileSync(out, `${JSON.stringify({ inputs, articles, languages: languages.size, start, loaded, analysed, heldMB: held }, null, 2)}\n`);
console.log(`written ${out}`);
