/**
 * Clustering invariants through ingest and the store, over generated batches (src/cluster/corpus.test.ts
 * checks the corpus alone): every article is in exactly one story and every story lists exactly its
 * articles; ingesting the same batch again changes nothing; and the order of the input does not change
 * which articles belong together when the events are clearly apart, nor where an exact copy goes.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { articleId } from '../article.ts';
import { resolveConfig } from '../config.ts';
import { ingest, openCorpus } from '../ingest.ts';
import type { ReadResult } from '../read/read-inputs.ts';
import { SqliteStore } from '../store/sqlite/sqlite-store.ts';
import { collect, type Store } from '../store/store.ts';
import { rawArticle } from '../testing/raw-article.ts';

const cfg = resolveConfig({ batchSize: 4 });

// Three invented events, far apart in words, names and numbers; the first sentence of each is its core.
const EVENTS = [
  [
    'Der Fluss Sauer ist in der Nacht zum Dienstag in Lindenau über die Ufer getreten und hat die Altstadt überflutet.',
    'Die Feuerwehr von Lindenau evakuierte 320 Bewohner aus den Häusern an der Sauer.',
    'Der Pegel der Sauer stieg bis zum Morgen auf 6,4 Meter, so hoch wie seit 1954 nicht mehr.',
    'Bürgermeisterin Petra Kühn rief für Lindenau den Katastrophenfall aus.',
    'Das Technische Hilfswerk brachte Sandsäcke und Pumpen in die Altstadt von Lindenau.',
    'Die Bahnstrecke zwischen Lindenau und Rotbach bleibt wegen des Hochwassers der Sauer gesperrt.',
  ],
  [
    'The harbour authority of Port Ellery closed the northern pier on Thursday after divers found cracks in its pillars.',
    'Ferries to the Marrow Islands will leave from the southern quay of Port Ellery until March.',
    'Engineers said two of the 48 pillars of the Port Ellery pier had cracks up to 30 centimetres long.',
    'Harbour master Alan Brisk said the repairs would cost about 2.5 million pounds.',
    'Fishing boats were moved from the northern pier to moorings in the Ellery marina.',
    'The Port Ellery pier was built in 1911 and last repaired in 1987.',
  ],
  [
    'Il consiglio comunale di Valdora ha approvato martedì il piano per dodici chilometri di piste ciclabili.',
    'Le nuove piste ciclabili collegheranno la stazione di Valdora al centro storico.',
    'Il sindaco Marco Ferretti ha detto che i lavori a Valdora costeranno 4,8 milioni di euro.',
    'Le piste ciclabili di Valdora saranno pronte entro la fine del 2027.',
    'Le associazioni di ciclisti di Valdora hanno accolto il piano con favore.',
    'Il piano prevede anche trecento nuovi posti per biciclette alla stazione di Valdora.',
  ],
] as const;

/** An article about one event: its core sentence and two or three of its other sentences, in any order. */
const report = (event: number) => fc.shuffledSubarray([1, 2, 3, 4, 5], { minLength: 2, maxLength: 3 })
  .chain((picked) => fc.shuffledSubarray([0, ...picked], { minLength: picked.length + 1, maxLength: picked.length + 1 }))
  .map((order) => ({ event, text: order.map((i) => EVENTS[event]![i]).join(' ') }));
const batch = fc.array(fc.integer({ min: 0, max: 2 }).chain(report), { minLength: 2, maxLength: 9 })
  .map((as) => as.map((a, i) => ({ ...a, id: `a${i}` })));

async function* given(articles: ReadonlyArray<{ id: string; text: string }>): AsyncGenerator<ReadResult> {
  for (const a of articles) yield { ok: true, article: rawArticle(a.id, a.text) };
}

async function run(articles: ReadonlyArray<{ id: string; text: string }>, store: Store = new SqliteStore(':memory:')): Promise<Store> {
  await ingest(given(articles), store, await openCorpus(store, cfg), cfg);
  return store;
}

/** The stories as sets of article ids, independent of story ids and order. */
async function partition(store: Store): Promise<string[]> {
  const groups = await Promise.all((await store.stories()).map(async (s) => (await store.storyMembers(s.id)).map((m) => m.id).sort().join(' ')));
  return groups.sort();
}

test('every article is in exactly one story, and every story lists exactly the articles placed in it', async () => {
  await fc.assert(fc.asyncProperty(batch, async (articles) => {
    const store = await run(articles);
    const rows = await collect(store.articles());
    assert.deepEqual(rows.map((r) => r.id).sort(), articles.map((a) => a.id).sort());
    const stories = await store.stories();
    const listed = (await Promise.all(stories.map((s) => store.storyMembers(s.id)))).flat().map((m) => m.id);
    assert.deepEqual([...listed].sort(), rows.map((r) => r.id).sort(), 'the stories together list each article once');
    for (const s of stories) assert.equal(s.articles, (await store.storyMembers(s.id)).length);
    for (const r of rows) assert.ok(stories.some((s) => s.id === r.story && s.topic === r.topic), `${r.id} is in a listed story and its topic`);
    await store.close();
  }), { numRuns: 25 });
});

test('ingesting the same batch again changes nothing', async () => {
  await fc.assert(fc.asyncProperty(batch, async (articles) => {
    const store = await run(articles);
    const before = { rows: await collect(store.articles()), stories: await store.stories() };
    const again = await ingest(given(articles), store, await openCorpus(store, cfg), cfg);
    assert.equal(again.unchanged, articles.length);
    assert.equal(again.stored, 0);
    assert.deepEqual({ rows: await collect(store.articles()), stories: await store.stories() }, before);
    await store.close();
  }), { numRuns: 20 });
});

test('order robustness: articles about clearly separate events fall into the same groups in any input order', async () => {
  await fc.assert(fc.asyncProperty(batch.chain((as) => fc.tuple(fc.constant(as), fc.shuffledSubarray(as, { minLength: as.length, maxLength: as.length }))), async ([articles, shuffled]) => {
    const byEvent = [0, 1, 2].map((e) => articles.filter((a) => a.event === e).map((a) => a.id).sort().join(' ')).filter(Boolean).sort();
    const [a, b] = [await run(articles), await run(shuffled)];
    assert.deepEqual(await partition(a), byEvent, 'one story per event');
    assert.deepEqual(await partition(b), byEvent, 'the same in shuffled order');
    await a.close();
    await b.close();
  }), { numRuns: 20 });
});

test('six reports of one event, undated, stay one story through the merge/split pass (a case the property above found)', async () => {
  const picks = [[3, 0, 1], [0, 2, 5], [0, 1, 4], [0, 2, 5], [3, 0, 4], [0, 3, 5]];
  const articles = picks.map((p, i) => ({ id: `a${i}`, event: 1, text: p.map((k) => EVENTS[1][k]).join(' ') }));
  const store = await run(articles);
  assert.deepEqual(await partition(store), ['a0 a1 a2 a3 a4 a5']);
  await store.close();
});

test('order robustness: an exact copy lands in its original\'s story, as a duplicate of an equal article, whichever comes first', async () => {
  await fc.assert(fc.asyncProperty(batch, fc.nat(), fc.nat(), async (articles, which, where) => {
    const original = articles[which % articles.length]!;
    const copy = { ...original, id: 'copy' };
    const withCopy = [...articles];
    withCopy.splice(where % (articles.length + 1), 0, copy);
    const store = await run(withCopy);
    const [o, c] = [await store.article(articleId(original.id)), await store.article(articleId('copy'))];
    assert.equal(c!.story, o!.story);
    const later = withCopy.indexOf(copy) > withCopy.indexOf(original) ? c! : o!;
    assert.equal(later.relation?.kind, 'duplicate', 'the later of the two is marked a duplicate');
    assert.equal(withCopy.find((x) => x.id === later.relation!.of)?.text, original.text, 'of an article with the same text');
    await store.close();
  }), { numRuns: 20 });
});
