/**
 * What the streaming corpus keeps an article: the inputs analysed and placed one at a time in one
 * process (no store, no threads, the records dropped once placed), the heap (and typed arrays' buffers) after a full collection
 * every `--every` articles, and at the end the heap per article beyond what the process held before
 * the first. The corpus keeps every article's state for as long as the stream runs (DESIGN, "Known
 * limits"), so this is what memory grows by.
 *
 *   npm run bench:heap [-- INPUT...] [--limit N] [--every N] [--retain-articles N|none] [--story-limit N]
 *   (default ../shared/data/ntrex/dev.jsonl, every document; needs node --expose-gc, which the script sets)
 */
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { fileURLToPath } from 'node:url';
import { Corpus } from '../src/cluster/corpus.ts';
import { resolveConfig } from '../src/config.ts';
import { analyzeArticle } from '../src/pipeline.ts';
import { readInputs } from '../src/read/read-inputs.ts';

const gc = (globalThis as { gc?: () => void }).gc;
if (!gc) {
  console.error('bench:heap: run with node --expose-gc (npm run bench:heap sets it)');
  process.exit(2);
}
const root = fileURLToPath(new URL('../', import.meta.url));
const { values, positionals } = parseArgs({ allowPositionals: true, options: { limit: { type: 'string' }, every: { type: 'string' }, 'retain-articles': { type: 'string' }, 'story-limit': { type: 'string' } } });
const inputs = (positionals.length > 0 ? positionals : ['../shared/data/ntrex/dev.jsonl']).map((p) => resolve(root, p));
const limit = values.limit === undefined ? Infinity : Number(values.limit);
const every = Number(values.every ?? 1000);
// The window the corpus holds in full (config `windowArticles`); `none` holds every article, as before the window.
const retain = values['retain-articles'];
const windowArticles = retain === undefined ? undefined : retain === 'none' ? Number.MAX_SAFE_INTEGER : Number(retain);
if (windowArticles !== undefined && !(Number.isSafeInteger(windowArticles) && windowArticles >= 1)) {
  console.error('bench:heap: --retain-articles takes a whole number of articles or "none"');
  process.exit(2);
}
// Arrivals after which a quiet story is closed (config `storyLimit`, DESIGN "Closed stories").
const storyLimit = values['story-limit'] === undefined ? undefined : Number(values['story-limit']);
if (storyLimit !== undefined && !(Number.isSafeInteger(storyLimit) && storyLimit >= 1)) {
  console.error('bench:heap: --story-limit takes a whole number of articles, at least 1');
  process.exit(2);
}

const mb = (x: number) => (x / 1048576).toFixed(0);
// Typed arrays keep their contents outside the JS heap: both count.
const held = (m: NodeJS.MemoryUsage) => m.heapUsed + m.arrayBuffers;
const collected = () => {
  gc();
  gc();
  return process.memoryUsage();
};

const before = collected();
const cfg = resolveConfig({ ...(windowArticles === undefined ? {} : { windowArticles }), ...(storyLimit === undefined ? {} : { storyLimit }) });
const corpus = new Corpus(cfg);
let n = 0;
for await (const r of readInputs(inputs)) {
  if (n >= limit) break;
  if (!r.ok) continue;
  corpus.add(analyzeArticle(r.article, cfg));
  if (++n % every === 0) {
    const m = collected();
    console.log(`${String(n).padStart(8)} articles  heap ${mb(m.heapUsed)} MB + array buffers ${mb(m.arrayBuffers)} MB  rss ${mb(m.rss)} MB  ${((held(m) - held(before)) / n / 1024).toFixed(1)} KB an article  dormant ${corpus.dormant}  closed stories ${corpus.closed.size}`);
  }
}
const after = collected();
console.log(`${n} articles, ${corpus.stories.size} stories, ${corpus.dormant} dormant, ${corpus.closed.size} closed: heap and array buffers ${mb(held(before))} -> ${mb(held(after))} MB, ${((held(after) - held(before)) / n / 1024).toFixed(1)} KB an article; rss ${mb(after.rss)} MB`);
