/**
 * What a reopened store's streaming corpus holds, structure by structure: the main thread's live memory
 * that grows with the stream (DESIGN, "Known limits"). The store is reopened as `parallax analyze`
 * reopens it (`openCorpus`), then each structure is let go in turn and the heap collected: a row is what
 * letting that structure go freed, after the rows above it were let go (a string two structures share,
 * an article id say, counts where the last one holding it lets go). The corpus is torn down doing so,
 * which is why this reaches into its fields by name; a field that is gone is an error, not a zero.
 *
 *   npm run bench:corpus-memory -- --db FILE [--json OUT]
 *
 * Opens the store for reading its state only; run it on a copy if another process writes the store.
 */
import { writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { resolveConfig } from '../src/config.ts';
import { openCorpus } from '../src/ingest.ts';
import { SqliteStore } from '../src/store/sqlite/sqlite-store.ts';

const gc = (globalThis as { gc?: () => void }).gc;
if (!gc) {
  console.error('bench:corpus-memory: run with node --expose-gc (npm run bench:corpus-memory sets it)');
  process.exit(2);
}
const { values } = parseArgs({ options: { db: { type: 'string' }, json: { type: 'string' } } });
if (!values.db) {
  console.error('bench:corpus-memory: pass --db FILE, a SQLite store (npm run bench -- --keep DIR leaves one)');
  process.exit(2);
}

// Typed arrays keep their contents outside the JS heap: both count.
const held = () => {
  gc();
  gc();
  const m = process.memoryUsage();
  return m.heapUsed + m.arrayBuffers;
};

/** A field of the corpus or of one of its parts, by name; throws when a rename left this bench behind. */
function field(of: unknown, name: string): any {
  const o = of as Record<string, unknown>;
  if (o === null || typeof o !== 'object' || !(name in o)) throw new Error(`bench:corpus-memory: the corpus has no field "${name}" any more; update bench/corpus-memory.ts`);
  return o[name];
}
const clearMap = (m: unknown, what: string) => {
  if (!(m instanceof Map) && !(m instanceof Set)) throw new Error(`bench:corpus-memory: ${what} is not a map or set any more; update bench/corpus-memory.ts`);
  m.clear();
};

const before = held();
const store = new SqliteStore(values.db);
const started = performance.now();
const corpus = await openCorpus(store, resolveConfig({}));
const reopenSeconds = (performance.now() - started) / 1000;
await store.close();
const total = held() - before;

const relations = field(corpus, 'relations');
const space = field(corpus, 'space');
const members = corpus.members;
const counts = {
  articles: members.size,
  dormant: members.dormant,
  stories: corpus.stories.size,
  topics: corpus.topics.size,
  closedStories: corpus.closed.size,
  dimensions: field(space, 'dict').size as number,
  storyIndexKeys: field(field(corpus, 'storyIndex'), 'postings').size as number,
  topicIndexKeys: field(field(corpus, 'topicIndex'), 'postings').size as number,
  bodyHashes: field(relations, 'byHash').size as number,
};

// In an order that lets go of what only one structure holds first.
const parts: Array<[string, () => void]> = [
  ['warm articles (vectors, in the window)', () => { for (const id of [...members.keys()]) if (members.isDormant(id) === false) members.delete(id); }],
  ['relation index: warm articles', () => {
    clearMap(field(relations, 'entries'), 'the relation index entries');
    for (const k of ['byShingle', 'byShape', 'byAnchor']) clearMap(field(field(relations, k), 'postings'), `the relation index ${k}`);
  }],
  ['relation index: body hashes (every article)', () => clearMap(field(relations, 'byHash'), 'the body hashes')],
  ['story index postings', () => clearMap(field(field(corpus, 'storyIndex'), 'postings'), 'the story index')],
  ['topic index postings', () => clearMap(field(field(corpus, 'topicIndex'), 'postings'), 'the topic index')],
  ['dormant articles (stubs)', () => members.clear()],
  ['stories (sums, member ids)', () => corpus.stories.clear()],
  ['topics (sums, profiles)', () => corpus.topics.clear()],
  ['dictionary of dimensions', () => {
    const dict = field(space, 'dict');
    clearMap(field(dict, 'ids'), 'the dictionary');
    field(dict, 'keys').length = 0;
  }],
  ['closed stories, aliases, reported topics', () => {
    clearMap(field(corpus.closed, 'topicOf'), 'the closed stories');
    clearMap(corpus.storyAlias, 'the story aliases');
    clearMap(corpus.topicAlias, 'the topic aliases');
    clearMap(field(corpus.reported, 'of'), 'the reported topics');
  }],
];
let last = held();
const rows: Array<{ part: string; megabytes: number }> = [];
for (const [part, letGo] of parts) {
  letGo();
  const now = held();
  rows.push({ part, megabytes: (last - now) / 1048576 });
  last = now;
}
rows.push({ part: 'the rest (per-dimension arrays, window, counters)', megabytes: (last - before) / 1048576 });

const mb = (x: number) => x.toFixed(0).padStart(7);
console.log(`${values.db}: ${counts.articles} articles held (${counts.dormant} dormant), ${counts.stories} stories, ${counts.topics} topics, ${counts.closedStories} closed stories, ${counts.dimensions} dimensions; reopened in ${reopenSeconds.toFixed(1)} s`);
console.log(`| part | MB | bytes an article |\n|---|---|---|`);
for (const r of rows) console.log(`| ${r.part} | ${mb(r.megabytes)} | ${((r.megabytes * 1048576) / Math.max(1, counts.articles)).toFixed(0)} |`);
console.log(`| **all** | ${mb(total / 1048576)} | ${(total / Math.max(1, counts.articles)).toFixed(0)} |`);
if (values.json) writeFileSync(values.json, `${JSON.stringify({ date: new Date().toISOString(), db: values.db, reopenSeconds, counts, totalMegabytes: total / 1048576, parts: rows }, null, 2)}\n`);
