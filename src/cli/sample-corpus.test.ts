import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { articleId } from '../article.ts';
import { resolveConfig } from '../config.ts';
import { readGold } from '../eval/gold.ts';
import { ingest, openCorpus, type IngestReport } from '../ingest.ts';
import { readInputs } from '../read/read-inputs.ts';
import { collect, type ArticleRow } from '../store/store.ts';
import { SqliteStore } from '../store/sqlite/sqlite-store.ts';

const examples = fileURLToPath(new URL('../../examples/', import.meta.url));
const dir = mkdtempSync(join(tmpdir(), 'parallax-sample-'));
const cfg = resolveConfig({ db: join(dir, 'sample.db') });
let store: SqliteStore;
let report: IngestReport;
let rows: Map<string, ArticleRow>;

before(async () => {
  store = new SqliteStore(cfg.db);
  report = await ingest(readInputs([join(examples, 'corpus')]), store, await openCorpus(store, cfg), cfg);
  rows = new Map((await collect(store.articles())).map((r) => [r.id, r]));
});
after(async () => {
  await store.close();
  rmSync(dir, { recursive: true, force: true });
});

test('sample corpus: every file is read, none rejected, every language detected as the gold says', async () => {
  const gold = await readGold(join(examples, 'corpus-gold.jsonl'));
  assert.deepEqual(report.rejected, []);
  assert.equal(rows.size, gold.entries.size);
  for (const e of gold.entries.values()) assert.equal(rows.get(e.id)?.lang.code, e.lang, e.id);
});

test('sample corpus: the wire copy, the near-copy and the translations are found', () => {
  const rel = (id: string) => rows.get(id)!.relation;
  assert.deepEqual([rel('bdo-2025-09-21-poland-floods')?.kind, rel('bdo-2025-09-21-poland-floods')?.of], ['duplicate', 'flood-poland-en-meridian']);
  assert.equal(rel('final-conference-es-noticias-hispalenses')?.kind, 'near-duplicate');
  const translated = (a: string, b: string) => {
    const ra = rel(a);
    const rb = rel(b);
    return (ra?.kind === 'translation' && ra.of === b) || (rb?.kind === 'translation' && rb.of === a);
  };
  assert.ok(translated('summit-2024-en-meridian', 'summit-2024-el-imerisios-tachydromos'));
  assert.ok(translated('ezb-zinssenkung-de-finanzkurier', 'bce-baisse-taux-fr-gazette-financiere'));
  assert.ok(translated('kestrel-recall-en-lowlands-post', 'terugroepactie-kestrel-nl-het-vechtbericht'));
  assert.ok(translated('lancement-aquila-fr-courrier-scientifique', 'nauka-2025-10-15-aquila'));
  for (const [id, r] of rows) if (r.relation) assert.equal(r.story, rows.get(r.relation.of)!.story, `${id} joins the story of what it copies`);
});

test('sample corpus: a Polish report that declines the names its German and English counterparts write is in their story', () => {
  // "w Kłodzku", "Marka Sobczyka", "Lądka-Zdroju" against "Kłodzko", "Marek Sobczyk", "Lądek-Zdrój": compared by their first letters (name-key.ts).
  const story = rows.get('flood-poland-en-meridian')!.story;
  assert.equal(rows.get('powodz-klodzko-pl-gazeta-sudecka')!.story, story);
  assert.equal(rows.get('hochwasser-niederschlesien-de-goerlitzer-grenzbote')!.story, story);
});

test('sample corpus: the repeated block, the glued words and the legacy encoding are handled', async () => {
  const italian = (await store.article(articleId('alluvione-piemonte-it-cronaca-subalpina')))!;
  assert.ok(italian.messages.some((m) => m.code === 'repeated-paragraphs'));
  assert.equal(italian.paragraphs.filter((p) => p.repeatOf !== null).length, 3);
  const german = (await store.article(articleId('summit-2024-de-tagesblick')))!;
  assert.match(german.messages.find((m) => m.code === 'glued-words')?.message ?? '', /inBari → in Bari/);
  const legacy = (await store.article(articleId('hochwasser-niederschlesien-de-goerlitzer-grenzbote')))!;
  assert.match(legacy.text, /[äöüß]/);
  assert.doesNotMatch(legacy.text, /[\u0080-\u009f\ufffd]/);
});
