import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { resolveConfig } from '../config.ts';
import { analyzeArticle } from '../pipeline.ts';
import { FLOOD, FLOOD2, FLOOD3, OTHERS } from '../testing/flood-stream.ts';
import { rawArticle } from '../testing/raw-article.ts';
import { Corpus } from './corpus.ts';

const cfg = resolveConfig();
/** A config whose window is `articles` arrivals and `days` days. */
const windowed = (articles: number, days: number) => resolveConfig({ windowArticles: articles, windowDays: days });
const day = (d: number) => new Date(Date.UTC(2024, 0, 1) + d * 86_400_000).toISOString();
const rec = (id: string, text: string, d: number | null) => analyzeArticle(rawArticle(id, text, { published: d === null ? null : day(d) }), cfg);


/** The flood story, then unrelated news for `gap` days (within `eventDays`), then a report of the flood again. */
function stream(corpus: Corpus, gap: number) {
  const first = [corpus.add(rec('f0', FLOOD, 0)), corpus.add(rec('f1', FLOOD2, 1))];
  OTHERS.forEach((t, i) => corpus.add(rec(`o${i}`, t, 1 + Math.round((gap * (i + 1)) / OTHERS.length))));
  return { first, later: corpus.add(rec('f2', FLOOD3, gap + 2)) };
}

test('window: articles older than the window are let go (dormant, out of the relation index); an article still joins their story, scored exactly as when nothing was let go', () => {
  const small = new Corpus(windowed(3, 10));
  const full = new Corpus(cfg);
  const a = stream(small, 50);
  const b = stream(full, 50);
  assert.equal(b.later.story, b.first[0]!.story, 'the flood report joins the flood story');
  assert.equal(a.later.story, a.first[0]!.story);
  assert.equal(a.later.score, b.later.score);
  assert.deepEqual(a.later.explanation, b.later.explanation);
  assert.equal(full.dormant, 0);
  assert.ok(small.dormant >= 2, `dormant: ${small.dormant}`);
  assert.equal(small.members.get('f0' as never)!.dormant, true);
  assert.ok(small.relations.size < full.relations.size, `${small.relations.size} held against ${full.relations.size}`);
});

test('window: articles within windowDays of the newest article stay whole up to windowLimit arrivals', () => {
  const corpus = new Corpus(windowed(3, 10));
  stream(corpus, 5);
  assert.equal(corpus.dormant, 0);
  assert.equal(corpus.members.get('f0' as never)!.dormant, false);
});

test('window: a dense stream, every article of one day, is held to windowLimit articles, oldest first', () => {
  const texts = [FLOOD, FLOOD2, ...OTHERS, FLOOD3, ...OTHERS.map((t) => t.replace(/\d/g, '7')), ...OTHERS.map((t) => t.replace(/\d/g, '3'))];
  const recs = texts.map((t, i) => rec(`d${i}`, t, 0));
  const unlimited = new Corpus(resolveConfig({ windowArticles: 3, windowDays: 10, windowLimit: 1000 }));
  for (const r of recs) unlimited.add(r);
  assert.equal(unlimited.dormant, 0, 'the days alone keep every article of the day');
  // A limit past twice the window: an article the days keep is looked at again more than once before it goes.
  for (const [articles, limit] of [[3, 6], [2, 9], [1, 5], [3, 11]] as const) {
    const limited = new Corpus(resolveConfig({ windowArticles: articles, windowDays: 10, windowLimit: limit }));
    recs.forEach((r, i) => {
      limited.add(r);
      const warm = [...limited.members.values()].filter((m) => !m.dormant).length;
      assert.equal(warm, Math.min(i + 1, limit), `window ${articles}, limit ${limit}: ${warm} warm after ${i + 1} articles`);
    });
    const dormant = [...limited.members.values()].filter((m) => m.dormant).map((m) => m.seq);
    const warm = [...limited.members.values()].filter((m) => !m.dormant).map((m) => m.seq);
    assert.ok(Math.max(...dormant) < Math.min(...warm), 'the oldest go first');
    // Letting go changes what is compared for copies, not that every article is in the story that holds it.
    for (const s of limited.stories.values()) for (const id of s.members) assert.equal(limited.members.get(id)!.story, s.id);
  }
});

test('window: windowLimit is at least windowArticles; left out, it follows a larger windowArticles', () => {
  assert.throws(() => resolveConfig({ windowArticles: 100, windowLimit: 99 }), /windowLimit must be a whole number of articles, at least windowArticles \(100\), got 99/);
  assert.throws(() => resolveConfig({ windowLimit: 1.5 }), /windowLimit/);
  assert.equal(resolveConfig({ windowArticles: 50_000 }).windowLimit, 50_000);
  assert.equal(resolveConfig().windowLimit, 30_000);
});

test('window: an exact copy of a dormant article is still found as its duplicate; a re-sent dormant article replaces its old version', () => {
  const corpus = new Corpus(windowed(3, 10));
  const { first } = stream(corpus, 50);
  assert.equal(corpus.members.get('f1' as never)!.dormant, true);
  const copy = corpus.add(rec('c0', FLOOD2, 55));
  assert.equal(copy.relation?.kind, 'duplicate');
  assert.equal(copy.relation?.of, 'f1');
  assert.equal(copy.story, first[1]!.story);
  // A new version of a dormant article: it leaves its story (counts drop) and is placed anew.
  const flood = corpus.stories.get(first[0]!.story)!;
  const before = flood.members.size;
  const again = corpus.add(rec('f0', OTHERS[3]!, 56));
  assert.notEqual(again.story, flood.id, 'the new version tells another story');
  assert.equal(flood.members.size, before - 1);
  assert.equal(corpus.stories.get(again.story)!.members.has('f0' as never), true);
  assert.equal(corpus.members.get('f0' as never)!.dormant, false);
});

test('window: takeDormant hands each article to the store once, when it goes dormant, and never one re-sent since', () => {
  const corpus = new Corpus(windowed(3, 10));
  stream(corpus, 50);
  const first = corpus.takeDormant();
  assert.equal(first.length, corpus.dormant);
  assert.ok(first.every((id) => corpus.members.get(id)!.dormant));
  assert.deepEqual(corpus.takeDormant(), []);
  for (let i = 0; i < 4; i++) corpus.add(rec(`n${i}`, OTHERS[i]!.replace(/\d/g, String(i)), 80 + i));
  assert.equal(corpus.members.get('o5' as never)!.dormant, true, 'o5 went dormant after the last take');
  corpus.add(rec('o5', FLOOD3, 90));
  const second = corpus.takeDormant();
  assert.ok(second.length > 0);
  assert.ok(!second.includes('o5' as never), 'the new version of o5 is warm: its features stay whole');
  assert.ok(second.every((id) => corpus.members.get(id)!.dormant && !first.includes(id)));
  assert.equal(first.length + second.length, corpus.dormant);
});

test('window: a whole story with dormant articles merged by another worker moves at the level of sums; none is left behind', () => {
  const corpus = new Corpus(windowed(3, 10));
  const { first, later } = stream(corpus, 50);
  const other = corpus.members.get('o0' as never)!.story;
  const from = first[0]!.story;
  const topic = corpus.stories.get(other)!.topic;
  const size = (id: typeof topic) => corpus.topics.get(id)?.size ?? 0;
  const total = [...corpus.topics.values()].reduce((n, t) => n + t.size, 0);
  assert.equal(corpus.members.get('f0' as never)!.dormant, true);
  corpus.replay({ kind: 'merge', from, into: other, topic, score: 1 });
  assert.equal(corpus.resolveStory(from), other);
  for (const id of ['f0', 'f1', later.story === from ? 'f2' : 'f0']) assert.equal(corpus.members.get(id as never)!.story, other);
  assert.ok(corpus.stories.get(other)!.members.has('f0' as never));
  assert.equal([...corpus.topics.values()].reduce((n, t) => n + t.size, 0), total, 'no article is lost from the topics');
  assert.ok(size(topic) >= 3);
});

// Five unrelated kinds of news, so that a stream holds several stories, some of them left idle.
const GROUPS = [
  ['flood', 'river', 'Cremona', 'Po', 'rescuers'],
  ['bank', 'rate', 'Lagarde', 'inflation', 'Frankfurt'],
  ['satellite', 'Kourou', 'launch', 'orbit', 'rocket'],
  ['recall', 'battery', 'Kestrel', 'scooter', 'fires'],
  ['final', 'Leipzig', 'goal', 'cup', 'stadium'],
];
const dated = fc.integer({ min: 0, max: GROUPS.length - 1 }).chain((g) => fc.record({
  words: fc.array(fc.constantFrom(...GROUPS[g]!), { minLength: 5, maxLength: 20 }),
  gap: fc.integer({ min: 0, max: 20 }),
}));

test('window: with a small window every article stays in exactly one live story, every dormant one too, and topic sizes add up; the limit holds at every step', () => {
  let withDormant = 0;
  fc.assert(fc.property(fc.array(dated, { minLength: 1, maxLength: 30 }), fc.integer({ min: 1, max: 6 }), fc.integer({ min: 0, max: 12 }), (items, retain, over) => {
    const corpus = new Corpus(resolveConfig({ windowArticles: retain, windowDays: 5, windowLimit: retain + over }));
    let d = 0;
    items.forEach((it, i) => {
      corpus.add(rec(`a${i}`, `${it.words.join(' ')}.`, (d += it.gap)));
      const all = [...corpus.members.values()];
      assert.ok(all.filter((m) => !m.dormant).length <= retain + over, 'never more held whole than the limit');
      for (const m of all) if (m.dormant) assert.ok(i + 1 - m.seq > retain, `a${m.seq} let go within the window`);
    });
    const seen = new Set<string>();
    let stories = 0;
    for (const s of corpus.stories.values()) {
      assert.ok(s.members.size > 0);
      for (const m of s.members) {
        assert.ok(!seen.has(m), `${m} twice`);
        seen.add(m);
        assert.equal(corpus.members.get(m)!.story, s.id);
      }
      stories += s.members.size;
    }
    assert.equal(seen.size, items.length);
    assert.equal([...corpus.topics.values()].reduce((n, t) => n + t.size, 0), stories);
    assert.equal(corpus.dormant, [...corpus.members.values()].filter((m) => m.dormant).length);
    if (corpus.dormant > 0) withDormant++;
  }), { numRuns: 60 });
  assert.ok(withDormant >= 10, `only ${withDormant} of 60 streams left anything dormant`);
});
