/**
 * `parallax export --all` and `parallax import` round-trip a SQLite store with nothing lost: the sample
 * corpus goes in, out and into a fresh store, into the same store again, and into a store that already
 * holds part of it; `export articles`, every article's detail, the stories, topics, entities, search and
 * the streaming state are equal afterwards, and the next article is placed as it would have been.
 */
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable, Writable } from 'node:stream';
import { after, before, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { articleId, storyId } from '../article.ts';
import { resolveConfig } from '../config.ts';
import { ingest, openCorpus } from '../ingest.ts';
import { readInputs, type ReadResult } from '../read/read-inputs.ts';
import { SqliteStore } from '../store/sqlite/sqlite-store.ts';
import { collect, type Store } from '../store/store.ts';
import { rawArticle } from '../testing/raw-article.ts';
import { exportAll } from './export-all.ts';
import { exportArticles } from './export-articles.ts';
import { importExport, type ImportReport } from './import.ts';

const root = fileURLToPath(new URL('../..', import.meta.url));
const dir = mkdtempSync(join(tmpdir(), 'parallax-export-'));
const cfg = resolveConfig({ batchSize: 7 });
let original: Store;
let dump: string;
let count = 0;
const open: Store[] = [];

function store(name: string): Store {
  const s = new SqliteStore(join(dir, `${name}.db`));
  open.push(s);
  return s;
}

/** What a writable stream is given, as one string. */
async function output(write: (out: NodeJS.WritableStream) => Promise<unknown>): Promise<string> {
  let text = '';
  const out = new Writable({ write(chunk: Buffer, _enc, done) { text += chunk.toString('utf8'); done(); } });
  await write(out);
  return text;
}

const freshReport = (): ImportReport => ({ restored: 0, replaced: 0, unchanged: 0, rejected: [] });
async function restore(into: Store, text: string, file = 'all.jsonl'): Promise<ImportReport> {
  const report = freshReport();
  await importExport(Readable.from([Buffer.from(text)]), file, into, cfg, report);
  return report;
}

async function* given(results: ReadResult[]): AsyncGenerator<ReadResult> {
  yield* results;
}

/** Everything a reader of the store can see, for comparing two stores. */
async function view(s: Store) {
  const articles = await collect(s.articles());
  const stories = await s.stories();
  return {
    exported: await output((out) => exportArticles(s, out)),
    details: await Promise.all(articles.map((a) => s.article(a.id))),
    stories,
    members: await Promise.all(stories.map((st) => s.storyMembers(st.id))),
    topics: await Promise.all([...new Set(stories.map((st) => st.topic))].map((t) => s.topic(t))),
    entities: await s.entities({ limit: 1000 }),
    search: await Promise.all(['Kestrel', 'Bari', 'Hochwasser', 'Aquila'].map((q) => s.search(q, 50))),
    state: (await collect(s.loadState())).map((x) => ({ ...x, features: { ...x.features, terms: [...x.features.terms], anchors: [...x.features.anchors], anchorParagraphs: [...x.features.anchorParagraphs], shingles: [...x.features.shingles] } })),
  };
}

before(async () => {
  original = store('original');
  const report = await ingest(readInputs([join(root, 'examples', 'corpus')]), original, await openCorpus(original, cfg), cfg);
  assert.equal(report.rejected.length, 0);
  count = report.stored;
  dump = await output((out) => exportAll(original, out));
});
after(async () => {
  for (const s of open) await s.close().catch(() => {});
  rmSync(dir, { recursive: true, force: true });
});

test('export --all: one line per stored article, in ingest order, with every field as given and its analysis', async () => {
  const all = dump.trimEnd().split('\n').map((l) => JSON.parse(l) as Record<string, any>);
  const lines = all.filter((l) => !('storyChange' in l));
  assert.equal(lines.length, count);
  // The merges and splits the stream made travel with the articles, each where it was made.
  assert.equal(all.length - lines.length, (await collect(original.storyChanges())).length);
  const rows = await collect(original.articles());
  assert.deepEqual(lines.map((l) => l.id), rows.map((r) => r.id));
  const first = lines[0]!;
  assert.equal(first.format, 'parallax-article/1');
  for (const k of ['id', 'title', 'text', 'url', 'lang', 'published', 'source', 'byline', 'origin', 'contentHash', 'analysis']) assert.ok(k in first, k);
  for (const k of ['lang', 'paragraphs', 'messages', 'reportDate', 'facts', 'features', 'placement', 'story', 'topic']) assert.ok(k in first.analysis, `analysis.${k}`);
  const detail = await original.article(articleId(first.id));
  assert.equal(first.text, detail!.text);
  assert.equal(first.contentHash, await original.contentHash(articleId(first.id)));
  assert.ok(lines.some((l) => l.lang !== null), 'declared languages are exported');
});

test('import into an empty store: everything a reader sees is equal, and the next article is placed the same', async () => {
  const copy = store('copy');
  const report = await restore(copy, dump);
  assert.deepEqual(report, { restored: count, replaced: 0, unchanged: 0, rejected: [] });
  assert.deepEqual(await view(copy), await view(original));
  assert.equal(await output((out) => exportAll(copy, out)), dump, 'exporting the copy gives the same lines');

  // The streaming state came back whole: a new article lands where it would have landed in the original.
  const next = rawArticle('late-kestrel', 'Kestrel recalls a further 2,000 e-bikes after more battery fires were reported in the Netherlands, the company said on Friday.');
  const place = async (s: Store) => {
    await ingest(given([{ ok: true, article: next }]), s, await openCorpus(s, cfg), cfg);
    return (await s.article(articleId('late-kestrel')))!;
  };
  const [a, b] = [await place(original), await place(copy)];
  assert.deepEqual({ ...b, seq: 0 }, { ...a, seq: 0 });
  dump = await output((out) => exportAll(original, out));
});

test('import is idempotent, and completes a store that already holds part of the export', async () => {
  const copy = store('again');
  await restore(copy, dump);
  const before = await view(copy);
  assert.deepEqual(await restore(copy, dump), { restored: 0, replaced: 0, unchanged: count + 1, rejected: [] });
  assert.deepEqual(await view(copy), before);

  const part = store('part');
  const half = dump.split('\n').slice(0, 12).join('\n');
  assert.equal((await restore(part, half)).restored, 12);
  assert.deepEqual(await restore(part, dump), { restored: count + 1 - 12, replaced: 0, unchanged: 12, rejected: [] });
  assert.deepEqual(await view(part), await view(original));
});

test('import replaces an article stored with other content under the same id, as ingest does', async () => {
  const target = store('replace');
  const [line] = dump.split('\n');
  const id = (JSON.parse(line!) as { id: string }).id;
  await ingest(given([{ ok: true, article: rawArticle(id, 'Eine ganz andere Fassung dieses Artikels, die ersetzt werden soll.') }]), target, await openCorpus(target, cfg), cfg);
  assert.deepEqual(await restore(target, line!), { restored: 0, replaced: 1, unchanged: 0, rejected: [] });
  assert.deepEqual({ ...(await target.article(articleId(id)))!, seq: 0 }, { ...(await original.article(articleId(id)))!, seq: 0 });
});

test('bad lines are rejected with their number and reason; the good ones are restored', async () => {
  const lines = dump.trimEnd().split('\n');
  const good = JSON.parse(lines[1]!) as Record<string, any>;
  const edited = { ...good, text: `${good.text} (edited)` };
  const outside = { ...good, id: 'outside', analysis: { ...good.analysis, paragraphs: [{ start: 0, end: good.text.length + 5, kind: 'body', repeatOf: null }] } };
  // As a store would export it whose stories were merged after placement, without the merges themselves.
  const moved = { ...good, id: 'moved', analysis: { ...good.analysis, story: 's-merged-into' } };
  const text = [lines[0], '{"format": "parallax-article/1", "id": ', JSON.stringify({ id: 'x', text: 'an ingest line, not an export' }), JSON.stringify(edited), JSON.stringify(outside), '', lines[0], lines[2], JSON.stringify(moved)].join('\n');
  const target = store('bad');
  const report = await restore(target, text, 'bad.jsonl');
  assert.equal(report.restored, 3);
  assert.deepEqual(report.rejected.map((r) => [r.origin.line, r.code]), [[2, 'invalid-json'], [3, 'invalid-export'], [4, 'invalid-export'], [5, 'invalid-export'], [7, 'duplicate-id'], [9, 'story-changed']]);
  assert.match(report.rejected[5]!.message, /line 9: "moved" was exported in story s-merged-into .* but is restored in s-\w+ .*the export does not carry such changes/);
  assert.match(report.rejected[1]!.message, /^bad\.jsonl: line 3: not an exported article \(expected "format": "parallax-article\/1"/);
  assert.match(report.rejected[2]!.message, /line 4: its fields do not match its "contentHash": the line was changed after the export/);
  assert.match(report.rejected[3]!.message, /line 5: "analysis\.paragraphs" must be spans inside the text/);
});

test('a story whose founding article was later replaced (and placed elsewhere) is still listed after import', async () => {
  const s = store('founder');
  const flood = 'Der Fluss Sauer trat am Dienstag über die Ufer; in Lindenau wurden 320 Bewohner evakuiert, der Pegel stieg auf 6,4 Meter.';
  const flood2 = 'In Lindenau stieg die Sauer am Dienstag auf 6,4 Meter; 320 Bewohner mussten ihre Häuser verlassen, berichtete die Feuerwehr.';
  const market = 'Der Wochenmarkt in Rotbach zieht an den Rathausplatz um, weil die Markthalle saniert wird; die Händler erwarten mehr Kundschaft.';
  const run = async (articles: Array<[string, string]>) => ingest(given(articles.map(([id, text]) => ({ ok: true as const, article: rawArticle(id, text) }))), s, await openCorpus(s, cfg), cfg);
  await run([['f1', flood], ['f2', flood2], ['m1', market]]);
  const floodStory = (await s.article(articleId('f2')))!.story;
  await run([['f1', market]]); // the founder now copies the market article and goes to its story
  assert.notEqual((await s.article(articleId('f1')))!.story, floodStory);
  const copy = store('founder-copy');
  await restore(copy, await output((out) => exportAll(s, out)));
  assert.ok(await copy.story(storyId(floodStory)), 'the flood story is listed');
  assert.deepEqual((await copy.storyMembers(storyId(floodStory))).map((m) => m.id), ['f2']);
  assert.deepEqual(await output((out) => exportArticles(copy, out)), await output((out) => exportArticles(s, out)));
});

/** The command line, with standard input from `input`. */
function parallax(args: string[], input = ''): Promise<{ code: number | null; out: string; err: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [join(root, 'bin', 'parallax.js'), ...args], { env: { ...process.env, PARALLAX_DB: '' } });
    let out = '';
    let err = '';
    child.stdout.on('data', (d: Buffer) => (out += d.toString('utf8')));
    child.stderr.on('data', (d: Buffer) => (err += d.toString('utf8')));
    child.stdin.end(input);
    child.on('close', (code) => resolve({ code, out, err }));
  });
}

test('through the command line: parallax export --all | parallax import - gives the same export', { timeout: 240_000 }, async () => {
  const from = join(dir, 'original.db');
  const to = join(dir, 'cli.db');
  const exported = await parallax(['export', '--all', '--db', from]);
  assert.equal(exported.code, 0, exported.err);
  assert.equal(exported.out, dump);
  const imported = await parallax(['import', '-', '--db', to], exported.out);
  assert.equal(imported.code, 0, imported.err);
  assert.equal(imported.out, `${count + 1} restored, 0 replaced, 0 unchanged, 0 rejected; database ${to}\n`);
  const [a, b] = await Promise.all([parallax(['export', 'articles', '--db', from]), parallax(['export', 'articles', '--db', to])]);
  assert.equal(b.out, a.out);
  assert.match((await parallax(['export', '--db', to])).err, /say what to export: --all, or one of articles/);
});
