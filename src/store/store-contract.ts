import assert from 'node:assert/strict';
import { test } from 'node:test';
import { articleId } from '../article.ts';
import { resolveConfig } from '../config.ts';
import { ingest, openCorpus } from '../ingest.ts';
import type { ReadResult } from '../read/read-inputs.ts';
import { rawArticle } from '../testing/raw-article.ts';
import { collect, type Store } from './store.ts';
import { storeQueryContract } from './store-query-contract.ts';
import { storeStoryChangesContract } from './store-story-changes-contract.ts';

async function* fromArticles(items: Array<[string, string]>): AsyncGenerator<ReadResult> {
  for (const [id, text] of items) yield { ok: true, article: rawArticle(id, text, { title: `Title of ${id}`, published: '2025-03-14T08:00:00Z' }) };
}

/** One article a day from 1 March 2025, so that a window of days can pass. */
async function* daily(items: Array<[string, string]>, from = 0): AsyncGenerator<ReadResult> {
  for (const [i, [id, text]] of items.entries()) {
    yield { ok: true, article: rawArticle(id, text, { title: `Title of ${id}`, published: new Date(Date.UTC(2025, 2, 1 + from + i)).toISOString() }) };
  }
}

const NEWS = [
  'Dock workers in Rotterdam began a 48-hour strike over wages on Monday, halting container traffic at the port.',
  'A magnitude 5.8 earthquake shook the Peloponnese on Sunday; no casualties were reported in Kalamata or Sparta.',
  'Kestrel recalls 41,000 electric scooters after battery fires in Bari and Lyon, the company said on Tuesday.',
  'The final in Leipzig ended 2-1 after a late goal; 38,000 spectators saw the home side win the national cup.',
  'A satellite launched from Kourou on Friday carries a laser cable test for the observatory near Leipzig.',
];

const A = 'The central bank of Norway raised its key rate by 25 basis points to 4.75 percent on Thursday, citing persistent inflation.';
const B = 'Flooding in the Po valley forced 3,200 residents from their homes as the river rose above 9 metres near Cremona.';

/**
 * The contract every Store implementation must keep. Each backend's test file calls this with a
 * factory that opens a fresh store, and one that reopens the same store.
 */
export function storeContract(name: string, fresh: () => Promise<Store>, reopen: (s: Store) => Promise<Store>): void {
  const cfg = resolveConfig();

  test(`${name}: articles, placements and stories survive a reopen unchanged`, async () => {
    let store = await fresh();
    await ingest(fromArticles([['a', A], ['b', B], ['a2', A]]), store, await openCorpus(store, cfg), cfg);
    const before = { articles: await collect(store.articles()), stories: await store.stories(), detail: await store.article(articleId('b')) };
    store = await reopen(store);
    assert.deepEqual(await collect(store.articles()), before.articles);
    assert.deepEqual(await store.stories(), before.stories);
    assert.deepEqual(await store.article(articleId('b')), before.detail);
    assert.equal((await store.article(articleId('b')))!.text, B);
    assert.equal(await store.articleCount(), 3);
    const dup = before.articles.find((a) => a.id === 'a2')!;
    assert.equal(dup.relation?.kind, 'duplicate');
    assert.equal(dup.story, before.articles.find((a) => a.id === 'a')!.story);
    const story = (await store.story(dup.story))!;
    assert.equal(story.articles, 2);
    assert.equal(story.independent, 1);
    await store.close();
  });

  test(`${name}: ingesting the same input twice changes nothing`, async () => {
    let store = await fresh();
    const first = await ingest(fromArticles([['a', A], ['b', B]]), store, await openCorpus(store, cfg), cfg);
    assert.equal(first.stored, 2);
    const snapshot = await collect(store.articles());
    store = await reopen(store);
    const second = await ingest(fromArticles([['a', A], ['b', B]]), store, await openCorpus(store, cfg), cfg);
    assert.deepEqual({ stored: second.stored, unchanged: second.unchanged }, { stored: 0, unchanged: 2 });
    assert.deepEqual(await collect(store.articles()), snapshot);
    await store.close();
  });

  test(`${name}: a later run continues the stream where the store left it`, async () => {
    let store = await fresh();
    await ingest(fromArticles([['a', A]]), store, await openCorpus(store, cfg), cfg);
    store = await reopen(store);
    await ingest(fromArticles([['a-copy', A], ['b', B]]), store, await openCorpus(store, cfg), cfg);
    const rows = await collect(store.articles());
    assert.deepEqual(rows.map((r) => r.id), ['a', 'a-copy', 'b']);
    assert.equal(rows[1]!.relation?.of, 'a');
    assert.equal(rows[1]!.story, rows[0]!.story);
    assert.notEqual(rows[2]!.story, rows[0]!.story);
    await store.close();
  });

  test(`${name}: a changed article replaces the stored version`, async () => {
    const store = await fresh();
    await ingest(fromArticles([['a', A]]), store, await openCorpus(store, cfg), cfg);
    const report = await ingest(fromArticles([['a', B]]), store, await openCorpus(store, cfg), cfg);
    assert.equal(report.updated, 1);
    assert.equal(await store.articleCount(), 1);
    assert.equal((await store.article(articleId('a')))!.text, B);
    await store.close();
  });

  test(`${name}: articles that left the window keep only what their stories are rebuilt from, and a reopened store continues as one run`, async () => {
    const windowed = resolveConfig({ windowArticles: 2, windowDays: 0 });
    const early: Array<[string, string]> = [['a', A], ['b', B], ...NEWS.slice(0, 3).map((t, i): [string, string] => [`n${i}`, t])];
    const later: Array<[string, string]> = [['a-copy', A], ['n3', NEWS[3]!], ['b-again', B.replace('9 metres', 'nine metres')], ['n4', NEWS[4]!]];
    let store = await fresh();
    await ingest(daily(early), store, await openCorpus(store, windowed), windowed);
    const state = await collect(store.loadState());
    // Five articles a day apart, a window of two arrivals: the first three left it.
    for (const s of state.slice(0, 3)) {
      assert.deepEqual([s.features.shingles.length, s.features.shape.length, s.features.sounds.size], [0, 0, 0], `${s.id} let go`);
      assert.ok(s.features.terms.size > 0 && s.features.bodyHash !== '', `${s.id} keeps its terms and body hash`);
    }
    for (const s of state.slice(3)) assert.ok(s.features.shingles.length > 0 && s.features.shape.length > 0, `${s.id} whole`);
    store = await reopen(store);
    const corpus = await openCorpus(store, windowed);
    assert.equal(corpus.dormant, 3);
    await ingest(daily(later, early.length), store, corpus, windowed);
    const rows = await collect(store.articles());
    const copy = rows.find((r) => r.id === 'a-copy')!;
    assert.deepEqual([copy.relation?.kind, copy.relation?.of, copy.story], ['duplicate', 'a', rows[0]!.story], 'an exact copy of a dormant article is found by its body hash');
    // The same stream in one run, never reopened, places every article alike.
    const once = await fresh();
    await ingest(daily([...early, ...later]), once, await openCorpus(once, windowed), windowed);
    const placed = (xs: typeof rows) => xs.map((r) => [r.id, r.story, r.topic, r.relation?.kind ?? null, r.explanation ?? null]);
    assert.deepEqual(placed(rows), placed(await collect(once.articles())));
    await store.close();
    await once.close();
  });

  test(`${name}: stories closed in the stream are recorded, closed at the same point by a reopened corpus, and a copy of their article placed as any`, async () => {
    const closing = resolveConfig({ windowArticles: 1, windowDays: 0, windowLimit: 1, storyLimit: 2 });
    const early: Array<[string, string]> = [['a', A], ['b', B], ...NEWS.slice(0, 3).map((t, i): [string, string] => [`n${i}`, t])];
    const later: Array<[string, string]> = [['a-later', A.replace('Thursday', 'Friday')], ['n3', NEWS[3]!], ['b-copy', B], ['n4', NEWS[4]!]];
    let store = await fresh();
    const live = await openCorpus(store, closing);
    await ingest(daily(early), store, live, closing);
    const first = await collect(store.articles());
    const aStory = first.find((r) => r.id === 'a')!.story;
    assert.equal(live.closed.has(aStory), true);
    assert.deepEqual((await store.storyHistory(aStory)).map((e) => e.kind), ['close']);
    assert.notEqual(await store.story(aStory), null, 'the store keeps a closed story');
    store = await reopen(store);
    const corpus = await openCorpus(store, closing);
    assert.deepEqual([...corpus.stories.keys()].sort(), [...live.stories.keys()].sort(), 'the same stories open as in the stream');
    assert.deepEqual([...corpus.members.keys()].sort(), [...live.members.keys()].sort());
    assert.equal(corpus.closed.size, live.closed.size);
    await ingest(daily(later, early.length), store, corpus, closing);
    const rows = await collect(store.articles());
    const copy = rows.find((r) => r.id === 'b-copy')!;
    assert.deepEqual([copy.relation?.kind, copy.relation?.of], ['duplicate', 'b']);
    assert.notEqual(copy.story, rows.find((r) => r.id === 'b')!.story, 'the closed story is not joined');
    const once = await fresh();
    await ingest(daily([...early, ...later]), once, await openCorpus(once, closing), closing);
    const placed = (xs: typeof rows) => xs.map((r) => [r.id, r.story, r.topic, r.relation?.kind ?? null]);
    assert.deepEqual(placed(rows), placed(await collect(once.articles())));
    await store.close();
    await once.close();
  });

  storeQueryContract(name, fresh, reopen);
  storeFactsContract(name, fresh);
  storeStoryChangesContract(name, fresh, reopen);
}

/** The facts half of the contract: stored facts, the entity listing and an entity's detail. */
export function storeFactsContract(name: string, fresh: () => Promise<Store>): void {
  const cfg = resolveConfig();
  const Q = 'Chancellor Olaf Scholz met Emmanuel Macron in Paris on Monday. "We stand together," Scholz said after the talks in Paris.';
  const R = 'Emmanuel Macron thanked Olaf Scholz. The two leaders spoke for two hours in Paris about energy prices.';

  test(`${name}: facts are stored with the article, and entities are listed with aliases and counts`, async () => {
    const store = await fresh();
    await ingest(fromArticles([['q', Q], ['r', R]]), store, await openCorpus(store, cfg), cfg);
    const q = (await store.article(articleId('q')))!;
    const people = q.facts.filter((f) => f.kind === 'entity' && f.type === 'PER');
    assert.ok(people.length >= 3, 'Scholz (twice) and Macron are found');
    for (const f of q.facts) assert.ok(f.end <= q.text.length && f.start < f.end);
    const quote = q.facts.find((f) => f.kind === 'quote');
    assert.ok(quote && quote.kind === 'quote' && quote.speaker !== null);

    const page = await store.entities({ limit: 50 });
    const scholz = page.items.find((e) => e.id === quote.speaker)!;
    assert.ok(scholz, 'the speaker is a listed entity');
    assert.equal(scholz.type, 'PER');
    assert.equal(scholz.articles, 2);
    assert.ok(scholz.aliases.includes('Olaf Scholz'));
    const paris = page.items.find((e) => e.aliases.includes('Paris'))!;
    assert.equal(paris.type, 'LOC');
    assert.ok(paris.mentions >= 3);
    for (let i = 1; i < page.items.length; i++) assert.ok(page.items[i - 1]!.mentions >= page.items[i]!.mentions, 'most mentioned first');

    const detail = (await store.entity(scholz.id))!;
    assert.equal(detail.quotes.length, 1);
    assert.match(detail.quotes[0]!.text, /^We stand together,?$/);
    assert.equal(detail.inStories.reduce((n, s) => n + s.mentions, 0), scholz.mentions);
    assert.equal(await store.entity(scholz.id.replace('per:', 'per:x') as typeof scholz.id), null);
    await store.close();
  });

  test(`${name}: the entity listing pages without gaps or repeats, filters by type and name, and refuses a bad cursor`, async () => {
    const store = await fresh();
    await ingest(fromArticles([['q', Q], ['r', R]]), store, await openCorpus(store, cfg), cfg);
    const all = (await store.entities({ limit: 1000 })).items.map((e) => e.id);
    const paged: string[] = [];
    let after: string | undefined;
    for (;;) {
      const page = await store.entities({ limit: 2, ...(after ? { after } : {}) });
      paged.push(...page.items.map((e) => e.id));
      if (!page.next) break;
      after = page.next;
    }
    assert.deepEqual(paged, all);
    const places = await store.entities({ limit: 50, type: 'LOC' });
    assert.ok(places.items.length > 0 && places.items.every((e) => e.type === 'LOC'));
    const named = await store.entities({ limit: 50, q: "macron'; DROP TABLE articles; --" });
    assert.equal(named.items.length, 0);
    assert.ok((await store.entities({ limit: 50, q: 'MACRON' })).items.some((e) => e.aliases.includes('Emmanuel Macron')));
    await assert.rejects(store.entities({ limit: 5, after: 'not-a-cursor' }), /not an entity cursor/);
    assert.equal(await store.articleCount(), 2);
    await store.close();
  });
}
