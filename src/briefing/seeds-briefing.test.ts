/**
 * The reference pile end to end through the fact stages and the briefing: entities with one identity
 * across languages and spellings, quotes with speakers, the fact ledger of the January 2023 story, and
 * the translation notice of 003. The seeds live outside the repository and are read, never copied.
 */
import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { after, before, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { articleId } from '../article.ts';
import { resolveConfig } from '../config.ts';
import { factsOf } from '../facts/fact.ts';
import { ingest, openCorpus } from '../ingest.ts';
import { readInputs } from '../read/read-inputs.ts';
import { SqliteStore } from '../store/sqlite/sqlite-store.ts';
import type { Briefing } from './briefing.ts';
import { storyBriefing } from './story-briefing.ts';

const root = fileURLToPath(new URL('../..', import.meta.url));
const seeds = resolve(root, process.env.PARALLAX_SEEDS ?? '../shared/data/seeds');
const available = existsSync(seeds);
const skip = !available && process.env.PARALLAX_REQUIRE_ALL !== '1' ? `no seeds at ${seeds}` : false;
const dir = mkdtempSync(join(tmpdir(), 'parallax-seeds-briefing-'));
let store: SqliteStore;
let january: Briefing;

before(async () => {
  if (!available) return;
  const cfg = resolveConfig({ db: join(dir, 'seeds.db') });
  store = new SqliteStore(cfg.db);
  await ingest(readInputs([seeds]), store, await openCorpus(store, cfg), cfg);
  const story = (await store.article(articleId('003_c9c1153546be85de')))!.story;
  january = (await storyBriefing(store, story))!;
});
after(async () => {
  await store?.close();
  rmSync(dir, { recursive: true, force: true });
});

test('seeds: one canonical entity per person, organisation and place, across languages and spellings', { skip }, async () => {
  assert.ok(available, `the seed articles are missing at ${seeds}; set PARALLAX_SEEDS`);
  const page = await store.entities({ limit: 500 });
  const aliases = (id: string) => page.items.find((e) => e.id === id)?.aliases ?? [];
  for (const name of ['Vereinigten Staaten', 'USA', 'US', 'Stati Uniti']) assert.ok(aliases('loc:us').includes(name), `${name} is the United States`);
  for (const name of ['Japan', 'Giappone']) assert.ok(aliases('loc:jp').includes(name), `${name} is Japan`);
  for (const name of ['Fumio Kishida', 'Kishida Fumio']) assert.ok(aliases('per:fumio+kishida').includes(name), `${name} is Fumio Kishida`);
  for (const id of ['per:biden+joe', 'per:antony+blinken', 'per:austin+lloyd', 'per:john+kirby', 'loc:cn', 'org:nasa', 'org:aukus', 'org:g7']) {
    assert.ok(page.items.some((e) => e.id === id), `${id} is found`);
  }
});

test('seeds: Kishida\'s words on the security environment are attributed to him', { skip }, async () => {
  const a = (await store.article(articleId('003_c9c1153546be85de')))!;
  const q = factsOf(a.facts, 'quote').find((x) => /herausforderndsten und komplexesten Sicherheitsumfeld/.test(a.text.slice(x.start, x.end)));
  assert.equal(q?.speaker, 'per:fumio+kishida');
  const kishida = january.people.find((p) => p.entity === 'per:fumio+kishida')!;
  assert.ok(kishida.roles.includes('prime minister'));
  assert.ok(kishida.quotes.some((x) => x.article === '003_c9c1153546be85de' && /Sicherheitsumfeld/.test(x.text)));
});

test('seeds: the January 2023 ledger shows 2 % of GDP agreed, 54,000 soldiers, and 1,000 km against 900–1,800 miles', { skip }, () => {
  const row = (pred: (r: Briefing['ledger'][number]) => boolean) => january.ledger.find(pred);
  const gdp = row((r) => r.measure === 'percent' && r.values.some((v) => v.value === 2));
  assert.ok(gdp && gdp.status === 'agree' && gdp.values[0]!.reports >= 2, 'several sources give 2 %');
  assert.ok(row((r) => r.measure === 'count' && r.values.some((v) => v.value === 54000)), '54,000 soldiers');
  const length = row((r) => r.measure === 'length')!;
  assert.equal(length.status, 'conflict');
  const km = length.values.find((v) => v.unit === 'km' && v.value === 1000)!;
  assert.ok(km.given.some((g) => /600 Meilen/.test(g.text)), '600 miles stand with 1,000 km: the same statement');
  assert.ok(length.values.some((v) => v.unit === 'mi' && v.min === 900 && v.max === 1800));
});

test('seeds: 003 says it is a translation of an Epoch Times article; every summary sentence cites its sources', { skip }, () => {
  const s003 = january.sources.find((s) => s.article === '003_c9c1153546be85de')!;
  assert.deepEqual(s003.provenance, ['Epoch Times']);
  assert.ok(january.summary.length >= 3 && january.summary.length <= 6);
  const members = new Set(january.sources.map((s) => s.article));
  for (const s of january.summary) {
    assert.ok(s.cites.length >= 1 && s.cites.every((c) => members.has(c)));
  }
  assert.ok(january.summary.some((s) => s.support >= 2), 'something several outlets report');
  assert.equal(january.independentReports, 3);
});
