import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { articleId, type ArticleId, type Features } from '../article.ts';
import { resolveConfig } from '../config.ts';
import { analyzeArticle } from '../pipeline.ts';
import { rawArticle } from '../testing/raw-article.ts';
import { RelationIndex } from './relation-index.ts';

const cfg = resolveConfig({});

const TEXTS = [
  'Flooding in the Po valley forced 3,200 residents from their homes as the river rose above nine metres near Cremona on Monday night.\n\nThe regional government of Lombardy declared a state of emergency and sent 400 volunteers to reinforce the embankments near Piacenza.\n\nMayor Andrea Virgilio said the evacuation went well and that nobody had been hurt.',
  'Hochwasser im Po-Tal zwang in der Nacht zum Dienstag 3.200 Menschen bei Cremona, ihre Häuser zu verlassen, nachdem der Fluss über neun Meter gestiegen war.\n\nDie Regionalregierung der Lombardei rief den Notstand aus und schickte 400 Freiwillige zur Verstärkung der Dämme bei Piacenza.\n\nBürgermeister Andrea Virgilio sagte, die Evakuierung sei gut verlaufen und niemand sei verletzt worden.',
  'The central bank of Norway raised its key rate by 25 basis points to 4.75 percent on Thursday, citing persistent inflation and a weak krone.\n\nGovernor Ida Wolden Bache said further increases could follow in June if prices kept rising faster than wages.',
  'Dock workers in Rotterdam ended a nine-day strike on Friday after the port authority agreed to a 6 percent pay rise.\n\nThe union FNV said ships queuing off the Maasvlakte terminals would be cleared within a week.',
  'Der Bürgermeister Jürgen Müller eröffnete am Montag in Göttingen die neue Straßenbahnlinie, die vierzehn Haltestellen verbindet.\n\nSie soll jährlich dreieinhalb Millionen Fahrgäste befördern und kostete 212 Millionen Euro.',
];

type Side = { lang: string; features: Features };
const analysed: Side[] = TEXTS.map((t, i) => {
  const r = analyzeArticle(rawArticle(`t${i}`, t), cfg);
  return { lang: r.lang.code, features: r.features! };
});
const as = (id: string, i: number) => ({ id: articleId(id), ...analysed[i]! });

/** Every (key, id) the index posts, in one sorted list per inverted index: what a reference is compared on. */
function postings(index: RelationIndex): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const name of ['byShingle', 'byShape', 'byAnchor']) {
    const map = (index as unknown as Record<string, { postings: Map<string | number, unknown> }>)[name]!.postings;
    const pairs: string[] = [];
    for (const [k, v] of map) for (const x of Array.isArray(v) ? v : [v]) pairs.push(`${k} ${typeof x === 'string' ? x : (x as { id: string }).id}`);
    out[name] = pairs.sort();
  }
  return out;
}

test('relation index: a near-copy and a translation are found, an unrelated article is not', () => {
  const index = new RelationIndex(cfg);
  index.add(as('po-en', 0));
  index.add(as('bank', 2));
  const copy = analyzeArticle(rawArticle('po-copy', `${TEXTS[0]}\n\nMore updates will follow.`), cfg);
  assert.equal(index.find({ id: copy.id, lang: copy.lang.code, features: copy.features! })?.of, 'po-en');
  const translation = index.find(as('po-de', 1));
  assert.deepEqual([translation?.kind, translation?.of], ['translation', 'po-en']);
  assert.equal(index.find(as('dock', 3)), null);
});

test('relation index: an article given again with other text is found by its new text only, and evicting it leaves nothing posted', () => {
  const index = new RelationIndex(cfg);
  index.add(as('a', 0));
  index.add(as('a', 2));
  assert.equal(index.find(as('po-de', 1)), null, 'the old text is no candidate any more');
  const copy = analyzeArticle(rawArticle('bank-copy', `${TEXTS[2]}\n\nAnalysts had expected the move.`), cfg);
  assert.equal(index.find({ id: copy.id, lang: copy.lang.code, features: copy.features! })?.of, 'a');
  index.evict(articleId('a'));
  assert.deepEqual(postings(index), { byShingle: [], byShape: [], byAnchor: [] });
});

test('relation index: after any adds, updates and evictions it posts what an index of the held articles alone posts', () => {
  const op = fc.record({ id: fc.integer({ min: 0, max: 3 }), text: fc.integer({ min: 0, max: TEXTS.length - 1 }), evict: fc.boolean() });
  fc.assert(
    fc.property(fc.array(op, { maxLength: 12 }), (ops) => {
      const index = new RelationIndex(cfg);
      const held = new Map<ArticleId, number>();
      for (const o of ops) {
        const id = articleId(`x${o.id}`);
        if (o.evict) {
          index.evict(id);
          held.delete(id);
        } else {
          index.add(as(id, o.text));
          held.set(id, o.text);
        }
      }
      const reference = new RelationIndex(cfg);
      for (const [id, text] of held) reference.add(as(id, text));
      assert.deepEqual(postings(index), postings(reference));
      assert.equal(index.size, held.size);
    }),
    { numRuns: 60 },
  );
});
