import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { resolveConfig } from '../config.ts';
import { analyzeArticle } from '../pipeline.ts';
import { rawArticle } from '../testing/raw-article.ts';
import { Corpus, type Placement } from './corpus.ts';
import { storyIdFor } from './ids.ts';
import type { StoryChange } from './story-change.ts';

const cfg = resolveConfig();
const WORDS = ['flood', 'river', 'Cremona', 'bank', 'rate', 'inflation', 'Lagarde', 'summit', 'Bari', 'cable', 'satellite', 'Kourou', 'launch', 'recall', 'battery', 'Kestrel', 'final', 'Leipzig', 'goal', 'strike'];
const article = fc.array(fc.constantFrom(...WORDS), { minLength: 5, maxLength: 40 }).map((ws) => `${ws.join(' ')}.`);

function run(texts: string[]) {
  const corpus = new Corpus(cfg);
  const placements = texts.map((t, i) => corpus.add(analyzeArticle(rawArticle(`a${i}`, t), cfg)));
  return { corpus, placements, changes: corpus.takeChanges() };
}

/** What a store holds after writing the placements and applying the changes, as the store contract defines it. */
function replay(placements: Placement[], changes: StoryChange[]): { story: Map<string, string>; topic: Map<string, string> } {
  const story = new Map<string, string>();
  const topic = new Map<string, string>();
  placements.forEach((p, i) => { story.set(`a${i}`, p.story); topic.set(`a${i}`, p.topic); });
  for (const c of changes) {
    for (const [a, s] of story) {
      if (c.kind === 'merge' && s === c.from) { story.set(a, c.into); topic.set(a, c.topic); }
      if (c.kind === 'move' && c.articles.includes(a as never)) { assert.equal(s, c.from); story.set(a, c.into); topic.set(a, c.topic); }
      if (c.kind === 'topic' && s === c.story) topic.set(a, c.into);
    }
  }
  return { story, topic };
}

test('clustering: every article is in exactly one story; placements replayed with the changes give exactly the corpus\'s stories and topics', () => {
  fc.assert(fc.property(fc.array(article, { minLength: 1, maxLength: 25 }), (texts) => {
    const { corpus, placements, changes } = run(texts);
    const seen = new Map<string, string>();
    for (const s of corpus.stories.values()) {
      assert.ok(s.members.size > 0, `${s.id} is empty`);
      for (const m of s.members) {
        assert.ok(!seen.has(m), `${m} is in two stories`);
        seen.set(m, s.id);
      }
      assert.ok(corpus.topics.get(s.topic)!.stories.has(s.id));
    }
    assert.equal(seen.size, texts.length);
    const stored = replay(placements, changes);
    assert.deepEqual(stored.story, new Map([...seen].sort((a, b) => Number(a[0].slice(1)) - Number(b[0].slice(1)))));
    for (const [a, s] of seen) assert.equal(stored.topic.get(a), corpus.stories.get(s as never)!.topic);
  }), { numRuns: 40 });
});

test('clustering: the same input in the same order gives the same placements and changes; new stories are named after their founders', () => {
  fc.assert(fc.property(fc.array(article, { minLength: 1, maxLength: 20 }), (texts) => {
    const a = run(texts);
    const b = run(texts);
    assert.deepEqual(a.placements, b.placements);
    assert.deepEqual(a.changes, b.changes);
    a.placements.forEach((p, i) => { if (p.via === 'new') assert.equal(p.story, storyIdFor(`a${i}` as never)); });
  }), { numRuns: 30 });
});

test('clustering: a merge keeps the older story\'s id (the one whose first article came first), and the merged story is gone', () => {
  fc.assert(fc.property(fc.array(article, { minLength: 2, maxLength: 25 }), (texts) => {
    const { placements, changes } = run(texts);
    const members = new Map<string, Set<number>>();
    const put = (s: string, i: number) => { if (!members.has(s)) members.set(s, new Set()); members.get(s)!.add(i); };
    placements.forEach((p, i) => put(p.story, i));
    for (const c of changes) {
      if (c.kind === 'merge') {
        const from = members.get(c.from)!;
        const into = members.get(c.into)!;
        assert.ok(Math.min(...into) < Math.min(...from), `${c.into} is older than ${c.from}`);
        for (const i of from) into.add(i);
        members.delete(c.from);
      } else if (c.kind === 'move') {
        for (const a of c.articles) { members.get(c.from)!.delete(Number(a.slice(1))); put(c.into, Number(a.slice(1))); }
        if (members.get(c.from)!.size === 0) members.delete(c.from);
      }
    }
  }), { numRuns: 30 });
});

test('clustering: a later article joins a story only with a score at the threshold; an exact copy joins its original; the placement explains itself', () => {
  const { placements } = run([
    'The river Po flooded Cremona on Tuesday night. Rescuers evacuated 3,200 residents as the water rose above nine metres.',
    'The European Central Bank cut its deposit rate to 1.75 percent on Thursday, its president Lagarde said in Frankfurt.',
    'The river Po flooded Cremona on Tuesday night. Rescuers evacuated 3,200 residents as the water rose above nine metres.',
    'Floods in Cremona: the Po rose above nine metres on Tuesday night and 3,200 residents of Cremona were evacuated by rescuers.',
  ]);
  assert.equal(placements[1]!.via, 'new');
  assert.notEqual(placements[1]!.story, placements[0]!.story);
  assert.equal(placements[2]!.relation?.kind, 'duplicate');
  assert.equal(placements[2]!.story, placements[0]!.story);
  assert.equal(placements[3]!.story, placements[0]!.story);
  for (const p of placements) if (p.via === 'similarity') assert.ok(p.score >= cfg.storyThreshold);
  const why = placements[3]!.explanation;
  assert.ok(why.shared.some((f) => f.kind === 'name' && f.key === 'cremona'), JSON.stringify(why.shared));
  assert.ok(why.shared.some((f) => f.kind === 'number' && f.key === '3200'), JSON.stringify(why.shared));
  const total = why.shared.reduce((s, f) => s + f.weight, 0);
  assert.ok(total <= placements[3]!.score + 1e-3, 'the shared parts add up to at most the score');
  assert.equal(placements[1]!.runnerUp?.story ?? null, why.runnerUp?.story ?? null);
});

test('replay: a story id merged away and brought back by another worker is live again; lookups neither loop nor go astray', () => {
  // What a worker sees when another names a new story after a founder whose first story this worker
  // saw merged away: the id comes back, and later the other story merges into it.
  const text = 'The river Po flooded Cremona on Tuesday night. Rescuers evacuated 3,200 residents as the water rose.';
  const rec = (id: string) => analyzeArticle(rawArticle(id, text), cfg);
  const [A, B] = [storyIdFor('a0' as never), storyIdFor('a1' as never)];
  const T = 't-a0' as never;
  const corpus = new Corpus(cfg);
  for (const id of ['a0', 'a1']) {
    const r = rec(id);
    corpus.restore(r.id, r.lang.code, r.features!, id === 'a0' ? A : B, T);
  }
  corpus.replay({ kind: 'merge', from: A, into: B, topic: T, score: 1 });
  assert.equal(corpus.resolveStory(A), B);
  corpus.replay({ kind: 'move', from: B, into: A, articles: ['a0' as never], created: true, topic: T, score: 1 });
  assert.equal(corpus.resolveStory(A), A, 'the story brought back is itself, not an alias');
  corpus.replay({ kind: 'merge', from: B, into: A, topic: T, score: 1 });
  assert.equal(corpus.resolveStory(B), A);
  const placed = corpus.add(rec('a2'));
  assert.equal(placed.story, A, 'a copy of the story\'s articles joins it');
  assert.deepEqual([...corpus.stories.keys()], [A]);
});
