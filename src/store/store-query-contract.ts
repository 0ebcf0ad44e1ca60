import assert from 'node:assert/strict';
import { test } from 'node:test';
import { articleId, topicId, type RawArticle } from '../article.ts';
import { entityId } from '../entities/entity.ts';
import { resolveConfig } from '../config.ts';
import { ingest, openCorpus } from '../ingest.ts';
import type { ReadResult } from '../read/read-inputs.ts';
import { rawArticle } from '../testing/raw-article.ts';
import type { Store, StorySummary } from './store.ts';

type Given = [id: string, text: string, extra: Partial<RawArticle>];

const NORWAY = 'The central bank of Norway raised its key rate by 25 basis points to 4.75 percent on Thursday, citing persistent inflation and a weak krone.';
const PO = 'Flooding in the Po valley forced 3,200 residents from their homes as the river rose above 9 metres near Cremona on Monday night.';
const GOTTINGEN = 'Der Bürgermeister Jürgen Müller eröffnete am Montag in Göttingen die neue Straßenbahnlinie, die vierzehn Haltestellen verbindet und jährlich dreieinhalb Millionen Fahrgäste befördern soll.';
const LYON = "Les agriculteurs français ont bloqué l'autoroute près de Lyon pendant six heures mercredi pour protester contre la hausse du prix du gazole non routier.";

const CORPUS: Given[] = [
  ['n1', NORWAY, { published: '2025-03-14T08:00:00Z', title: 'Norway raises rates', declaredLang: 'en' }],
  ['n2', NORWAY, { published: '2025-03-15T09:00:00+02:00', declaredLang: 'en' }],
  ['p1', PO, { published: '2025-03-10', title: 'Po valley floods', declaredLang: 'en' }],
  ['d1', GOTTINGEN, { published: '2025-04-02T10:00:00+02:00', title: 'Neue Straßenbahn in Göttingen', declaredLang: 'de' }],
  ['f1', LYON, { published: null, title: 'Autoroute bloquée', declaredLang: 'fr' }],
];

async function* given(items: Given[]): AsyncGenerator<ReadResult> {
  for (const [id, text, extra] of items) yield { ok: true, article: rawArticle(id, text, extra) };
}

/**
 * The contract of the query methods (`listStories`, `search`, `topic`), for every engine. The
 * corpus has four stories: Norway (n1, n2 copies), Po (p1), Göttingen (d1), Lyon (f1), founded in that order.
 */
export function storeQueryContract(name: string, fresh: () => Promise<Store>, reopen: (s: Store) => Promise<Store>): void {
  const cfg = resolveConfig();
  const load = async (items: Given[] = CORPUS): Promise<Store> => {
    const store = await fresh();
    await ingest(given(items), store, await openCorpus(store, cfg), cfg);
    return store;
  };
  const storyOf = async (store: Store, id: string) => (await store.article(articleId(id)))!.story;
  const ids = (items: StorySummary[]) => items.map((s) => s.id);

  test(`${name}: listStories pages newest founded first, and the pages add up to the whole list`, async () => {
    const store = await load();
    const all = await store.listStories({ limit: 100 });
    assert.equal(all.next, null);
    assert.deepEqual(ids(all.items), await Promise.all(['f1', 'd1', 'p1', 'n1'].map((id) => storyOf(store, id))));
    assert.deepEqual(all.items.find((s) => s.id === all.items[3]!.id)!.articles, 2);
    const paged: StorySummary[] = [];
    let after: string | undefined;
    for (let i = 0; i < 10; i++) {
      const page = await store.listStories({ limit: 1, ...(after ? { after } : {}) });
      paged.push(...page.items);
      if (page.next === null) break;
      after = page.next;
    }
    assert.deepEqual(paged, all.items);
    await store.close();
  });

  test(`${name}: a cursor stays valid while stories are added, and skips or repeats nothing`, async () => {
    const store = await load(CORPUS.slice(0, 3));
    const first = await store.listStories({ limit: 1 });
    await ingest(given(CORPUS.slice(3)), store, await openCorpus(store, cfg), cfg);
    const rest = await store.listStories({ limit: 10, after: first.next! });
    assert.deepEqual([...ids(first.items), ...ids(rest.items)], [await storyOf(store, 'p1'), await storyOf(store, 'n1')]);
    await store.close();
  });

  test(`${name}: listStories filters by language, topic, date range and words; summaries still count every member`, async () => {
    const store = await load();
    const [n, p, d, f] = await Promise.all(['n1', 'p1', 'd1', 'f1'].map((id) => storyOf(store, id)));
    const list = async (q: object) => ids((await store.listStories({ limit: 50, ...q })).items);
    assert.deepEqual(await list({ language: 'de' }), [d]);
    assert.deepEqual(await list({ language: 'en' }), [p, n]);
    assert.deepEqual(await list({ language: 'fr' }), [f]);
    assert.deepEqual(await list({ language: 'xx' }), []);
    const topic = (await store.story(d!))!.topic;
    assert.ok((await store.listStories({ limit: 50, topic })).items.every((s) => s.topic === topic));
    assert.ok((await list({ topic })).includes(d!));
    assert.deepEqual(await list({ from: '2025-03-14', to: '2025-03-14' }), [n]);
    assert.deepEqual(await list({ from: '2025-03-15', to: '2025-03-15' }), [n], 'the local date of a +02:00 timestamp');
    assert.deepEqual(await list({ to: '2025-03-31' }), [p, n]);
    assert.deepEqual(await list({ from: '2025-04-01' }), [d]);
    assert.deepEqual(await list({ q: 'muller gottingen' }), [d]);
    assert.deepEqual(await list({ q: 'Norway krone' }), [n]);
    assert.deepEqual(await list({ q: 'Norway Cremona' }), [], 'every word in one article');
    assert.deepEqual(await list({ q: '!!!' }), []);
    assert.deepEqual(await list({ language: 'en', q: 'cremona', to: '2025-03-10' }), [p]);
    const norway = (await store.listStories({ limit: 50, from: '2025-03-15' })).items.find((s) => s.id === n)!;
    assert.equal(norway.articles, 2, 'a filter narrows the stories, not their members');
    await store.close();
  });

  test(`${name}: listStories filters by entity: exactly the stories the entity is mentioned in`, async () => {
    const store = await load();
    const { items } = await store.entities({ limit: 100 });
    assert.ok(items.length >= 3, `the corpus names places and people: ${items.map((e) => e.id).join(', ')}`);
    for (const e of items) {
      const expected = (await store.entity(e.id))!.inStories.map((s) => s.story).sort();
      const got = ids((await store.listStories({ limit: 50, entity: e.id })).items).sort();
      assert.deepEqual(got, expected, e.id);
      assert.equal(got.length, e.stories, e.id);
    }
    assert.deepEqual((await store.listStories({ limit: 50, entity: entityId('per:nobody+at+all') })).items, []);
    await store.close();
  });

  test(`${name}: search is diacritics- and case-insensitive in every language, with snippets and highlights`, async () => {
    let store = await load();
    const hits = await store.search('MULLER', 10);
    assert.deepEqual(hits.map((h) => h.article), ['d1']);
    assert.equal(hits[0]!.story, await storyOf(store, 'd1'));
    assert.equal(hits[0]!.lang, 'de');
    const h = hits[0]!.highlights[0]!;
    assert.equal(hits[0]!.snippet.slice(h.start, h.end), 'Müller');
    assert.deepEqual((await store.search('francais autoroute', 10)).map((x) => x.article), ['f1']);
    assert.deepEqual((await store.search('strassenbahn', 10)).map((x) => x.article), [], 'ß is a letter, not a diacritic');
    assert.deepEqual((await store.search('Norway', 10)).map((x) => x.article).sort(), ['n1', 'n2']);
    assert.equal((await store.search('Norway', 1)).length, 1);
    assert.deepEqual(await store.search('  ', 10), []);
    store = await reopen(store);
    assert.deepEqual((await store.search('cremona', 10)).map((x) => x.article), ['p1']);
    await store.close();
  });

  test(`${name}: search follows a replaced article`, async () => {
    const store = await load();
    await ingest(given([['p1', LYON.replace('Lyon', 'Grenoble'), { declaredLang: 'fr' }]]), store, await openCorpus(store, cfg), cfg);
    assert.deepEqual(await store.search('Cremona', 10), []);
    assert.deepEqual((await store.search('grenoble', 10)).map((x) => x.article), ['p1']);
    await store.close();
  });

  test(`${name}: a word with vowel signs is one word, found whole and not by a fragment (Hindi)`, async () => {
    const store = await load();
    const text = 'दिल्ली में सोमवार को हिंदी साहित्य सम्मेलन शुरू हुआ, जिसमें बारह राज्यों के लेखक और अनुवादक शामिल हुए।';
    await ingest(given([['h1', text, { declaredLang: 'hi' }]]), store, await openCorpus(store, cfg), cfg);
    const hits = await store.search('हिंदी', 10);
    assert.deepEqual(hits.map((h) => h.article), ['h1']);
    assert.equal(hits[0]!.snippet.slice(hits[0]!.highlights[0]!.start, hits[0]!.highlights[0]!.end), 'हिंदी');
    assert.deepEqual(await store.search('हि', 10), [], 'a syllable of a word is not a word');
    assert.deepEqual(ids((await store.listStories({ limit: 50, q: 'साहित्य सम्मेलन' })).items), [await storyOf(store, 'h1')]);
    await store.close();
  });

  test(`${name}: topic lists its stories in time order; an unknown topic is null`, async () => {
    const store = await load();
    const all = (await store.listStories({ limit: 50 })).items;
    for (const t of new Set(all.map((s) => s.topic))) {
      const detail = (await store.topic(t))!;
      assert.equal(detail.id, t);
      assert.deepEqual(new Set(ids(detail.stories)), new Set(ids(all.filter((s) => s.topic === t))));
      const dated = detail.stories.map((s) => s.earliest);
      const firstUndated = dated.indexOf(null);
      if (firstUndated >= 0) assert.ok(dated.slice(firstUndated).every((x) => x === null), 'undated stories last');
      const days = dated.filter((x) => x !== null);
      assert.deepEqual(days, [...days].sort());
    }
    assert.equal(await store.topic(topicId('t-none')), null);
    await store.close();
  });

  test(`${name}: filter values and queries are data, never SQL or query syntax`, async () => {
    const store = await load();
    const hostile = ["en' OR '1'='1", "x'); DROP TABLE articles; --", '" OR 1=1 --', '%', '_', '*', 'NEAR(a b)', '"unbalanced', 'title:Norway', '\\', '\u0000'];
    for (const v of hostile) {
      assert.deepEqual((await store.listStories({ limit: 50, language: v })).items, [], `language ${v}`);
      assert.deepEqual((await store.listStories({ limit: 50, topic: topicId(v) })).items, [], `topic ${v}`);
      assert.deepEqual((await store.listStories({ limit: 50, entity: entityId(v) })).items, [], `entity ${v}`);
      assert.equal(await store.topic(topicId(v)), null);
      await store.search(v, 10);
      await store.listStories({ limit: 50, q: v });
    }
    assert.deepEqual((await store.search('title:Norway', 10)).map((x) => x.article), [], '"title" is a word here, not a column');
    assert.deepEqual((await store.search('Norway OR Cremona', 10)).map((x) => x.article), [], 'OR is a word here, not an operator');
    await assert.rejects(store.listStories({ limit: 5, after: "1' OR 1=1" }), /not a story cursor/);
    await assert.rejects(store.listStories({ limit: 0 }), /limit must be an integer/);
    assert.equal(await store.articleCount(), CORPUS.length);
    await store.close();
  });
}
