/**
 * `node --import tsx bench/big-store.ts [--out FILE] [--articles N] [--per-language N] [--seed N]`:
 * a large SQLite store for measuring query latency, built fast. Not a quality measure: the
 * clustering never sees these rows.
 *
 * 1. Templates: the sample corpus and the first N documents of each NTREX dev language are analysed
 *    normally (`parallax ingest`) into FILE.templates.db (kept, reused when present).
 * 2. Layout: stories with heavy-tailed sizes (Pareto, α 1, at most 25,000 members) are founded
 *    over one year; each member is published within days of its founding (longer for bigger
 *    stories), mostly in the story's own language. Articles are numbered in publication order.
 * 3. Rows: each article copies a template's analysed row (text, facts, features, entity mentions;
 *    full text indexed by the store's own triggers) with a new id, story, topic and date, in SQL.
 *    Then the store is opened once through SqliteStore so that newer migrations apply as they would
 *    to any existing store.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import Database from 'better-sqlite3';
import { Random } from '../src/scale/random.ts';
import type { Placement } from '../src/cluster/corpus.ts';
import { packPlacement, unpackPlacement } from '../src/store/placement-codec.ts';
import { SqliteStore } from '../src/store/sqlite/sqlite-store.ts';
import { registerTextFunction } from '../src/store/sqlite/sqlite-stored-text.ts';

const { values } = parseArgs({
  options: {
    out: { type: 'string', default: 'tmp/big-1m.db' },
    articles: { type: 'string', default: '1000000' },
    'per-language': { type: 'string', default: '8' },
    seed: { type: 'string', default: '7' },
  },
});
const root = resolve(import.meta.dirname, '..');
const out = resolve(values.out!);
const ARTICLES = Number(values.articles);
const PER_LANGUAGE = Number(values['per-language']);
const DAY = 86_400_000;
const YEAR_START = Date.parse('2025-11-22T00:00:00Z');

// The scaled corpora's seeded generator: the same layout for the same seed.
const seeded = new Random(Number(values.seed));
const random = (): number => seeded.next();

// 1. Templates.
const templates = `${out}.templates.db`;
if (!existsSync(templates)) {
  const seen = new Map<string, number>();
  const lines: string[] = [];
  for (const line of readFileSync(join(root, '..', 'shared', 'data', 'ntrex', 'dev.jsonl'), 'utf8').split('\n')) {
    if (!line.trim()) continue;
    const doc = JSON.parse(line) as { lang: string };
    const n = seen.get(doc.lang) ?? 0;
    if (n >= PER_LANGUAGE) continue;
    seen.set(doc.lang, n + 1);
    lines.push(line);
  }
  const jsonl = `${out}.templates.jsonl`;
  writeFileSync(jsonl, `${lines.join('\n')}\n`);
  const t = performance.now();
  const r = spawnSync(process.execPath, [join(root, 'bin', 'parallax.js'), 'ingest', jsonl, join(root, 'examples', 'corpus'), '--db', templates, '-q'], { stdio: 'inherit' });
  if (r.status !== 0) throw new Error('big-store: analysing the templates failed');
  console.log(`templates: ${lines.length} NTREX documents + the sample corpus analysed in ${((performance.now() - t) / 1000).toFixed(0)} s`);
}

// 2. Layout.
const tdb = new Database(templates, { readonly: true });
const tpl = tdb.prepare('SELECT seq, lang FROM articles ORDER BY seq').all() as Array<{ seq: number; lang: string }>;
tdb.close();
const byLang = new Map<string, number[]>();
for (const t of tpl) byLang.set(t.lang, [...(byLang.get(t.lang) ?? []), t.seq]);
const langs = [...byLang.keys()];
// A few languages carry most of the news, as in any real feed: the story's language is drawn with weight 1/rank.
const langWeight = langs.map((_, i) => 1 / (i + 1));
const langTotal = langWeight.reduce((a, b) => a + b, 0);
const pickLang = () => {
  let r = random() * langTotal;
  for (let i = 0; i < langs.length; i++) if ((r -= langWeight[i]!) < 0) return langs[i]!;
  return langs[0]!;
};
const pick = <T>(xs: readonly T[]): T => xs[Math.floor(random() * xs.length)]!;

interface Member { t: number; story: number; tseq: number }
const members: Member[] = [];
const storyLang: string[] = [];
let stories = 0;
while (members.length < ARTICLES) {
  const size = Math.min(25_000, ARTICLES - members.length, Math.floor(1 / Math.pow(1 - random(), 1 / 1.0)));
  const k = stories++;
  const founded = YEAR_START + random() * 365 * DAY;
  const lang = pickLang();
  storyLang.push(lang);
  const spread = DAY * (0.5 + Math.log(size + 1));
  for (let i = 0; i < size; i++) {
    const t = i === 0 ? founded : Math.min(YEAR_START + 365 * DAY, founded - spread * Math.log(1 - random()));
    members.push({ t, story: k, tseq: pick(byLang.get(random() < 0.85 ? lang : pick(langs))!) });
  }
}
members.sort((a, b) => a.t - b.t);
console.log(`layout: ${members.length} articles in ${stories} stories, ${tpl.length} templates in ${langs.length} languages`);

// 3. Rows.
for (const suffix of ['', '-wal', '-shm']) rmSync(`${out}${suffix}`, { force: true });
await new SqliteStore(out).close();
const db = new Database(out);
// The full-text index's triggers read the text through it (the templates' texts are mostly deflated).
registerTextFunction(db);
db.pragma('journal_mode = OFF');
db.pragma('synchronous = OFF');
db.pragma('cache_size = -400000');
db.exec(`ATTACH DATABASE '${templates.replaceAll("'", "''")}' AS tpl`);
const insert = db.prepare(`INSERT INTO articles (seq, id, content_hash, title, text, url, published, source, byline, declared_lang,
  lang, lang_json, origin_json, messages_json, story, topic, relation_kind, relation_of, report_date, facts, placement, paragraphs)
  SELECT @seq, @id, content_hash, title, text, @url, @published, source, byline, declared_lang, lang, lang_json, origin_json,
  messages_json, @story, @topic, NULL, NULL, substr(@published, 1, 10), facts, @placement, paragraphs
  FROM tpl.articles WHERE seq = @tseq`);
// The template's placement with this article's story and topic, and no relation (its original is not in this store).
const placements = new Map((db.prepare('SELECT seq, placement FROM tpl.articles').all() as Array<{ seq: number; placement: Buffer }>)
  .map((r) => [r.seq, unpackPlacement<Placement>(r.placement)]));
const features = db.prepare(`INSERT INTO warm_features (seq, features) SELECT @seq, coalesce(
  (SELECT features FROM tpl.warm_features WHERE seq = @tseq), (SELECT features FROM tpl.dormant_features WHERE seq = @tseq))`);
// The templates' entity keys, so that their rows copy as they are.
db.exec('INSERT INTO entity_keys (key, entity) SELECT key, entity FROM tpl.entity_keys');
const mentions = db.prepare(`INSERT INTO article_entities (article_seq, entity_key, n, forms)
  SELECT @seq, entity_key, n, forms FROM tpl.article_entities WHERE article_seq = @tseq`);
const story = db.prepare('INSERT INTO stories (id, topic, founder, title, first_seq) SELECT @story, @topic, @id, title, @seq FROM tpl.articles WHERE seq = @tseq');
const founded = new Set<number>();
const started = performance.now();
const BATCH = 20_000;
for (let i = 0; i < members.length; i += BATCH) {
  db.transaction(() => {
    for (let j = i; j < Math.min(members.length, i + BATCH); j++) {
      const m = members[j]!;
      const seq = j + 1;
      const founder = !founded.has(m.story);
      const row = {
        seq, id: `big-${seq}`, url: `https://news.example/${seq}`, published: new Date(m.t).toISOString().slice(0, 19) + 'Z',
        story: `s-big-${m.story}`, topic: `t-big-${Math.floor(m.story / 4)}`, tseq: m.tseq,
      };
      insert.run({ ...row, placement: packPlacement({ ...placements.get(m.tseq)!, story: row.story, topic: row.topic, relation: null, via: founder ? 'new' : 'story' } as Placement) });
      features.run({ seq, tseq: m.tseq });
      mentions.run({ seq, tseq: m.tseq });
      if (founder) {
        founded.add(m.story);
        story.run(row);
      }
    }
  })();
  const s = (performance.now() - started) / 1000;
  process.stdout.write(`\rrows: ${Math.min(members.length, i + BATCH)} of ${members.length} in ${s.toFixed(0)} s`);
}
db.exec('DETACH DATABASE tpl');
db.pragma('journal_mode = WAL');
db.close();
// Opened once more through the store, so that migrations newer than the layout's apply as to any existing store.
const t = performance.now();
await new SqliteStore(out).close();
console.log(`\nstore reopened (pending migrations applied) in ${((performance.now() - t) / 1000).toFixed(1)} s: ${out}`);
