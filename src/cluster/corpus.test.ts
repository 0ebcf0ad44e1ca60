import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { resolveConfig } from '../config.ts';
import { analyzeArticle } from '../pipeline.ts';
import { rawArticle } from '../testing/raw-article.ts';
import { Corpus } from './corpus.ts';
import { storyIdFor } from './ids.ts';

const cfg = resolveConfig();
const WORDS = ['flood', 'river', 'Cremona', 'bank', 'rate', 'inflation', 'Lagarde', 'summit', 'Bari', 'cable', 'satellite', 'Kourou', 'launch', 'recall', 'battery', 'Kestrel', 'final', 'Leipzig', 'goal', 'strike'];
const article = fc.array(fc.constantFrom(...WORDS), { minLength: 5, maxLength: 40 }).map((ws) => `${ws.join(' ')}.`);

function run(texts: string[]) {
  const corpus = new Corpus(cfg);
  return { corpus, placements: texts.map((t, i) => corpus.add(analyzeArticle(rawArticle(`a${i}`, t), cfg))) };
}

test('clustering: every article is in exactly one story, and stories list exactly the articles placed in them', () => {
  fc.assert(fc.property(fc.array(article, { minLength: 1, maxLength: 25 }), (texts) => {
    const { corpus, placements } = run(texts);
    const seen = new Map<string, string>();
    for (const s of corpus.stories.values()) for (const m of s.members) {
      assert.ok(!seen.has(m), `${m} is in two stories`);
      seen.set(m, s.id);
    }
    assert.equal(seen.size, texts.length);
    placements.forEach((p, i) => assert.equal(seen.get(`a${i}`), p.story));
    for (const s of corpus.stories.values()) assert.ok(corpus.topics.get(s.topic)!.stories.includes(s.id));
  }), { numRuns: 40 });
});

test('clustering: the same input in the same order gives the same placements; story ids come from their founders', () => {
  fc.assert(fc.property(fc.array(article, { minLength: 1, maxLength: 20 }), (texts) => {
    const a = run(texts).placements;
    const b = run(texts).placements;
    assert.deepEqual(a, b);
    a.forEach((p, i) => { if (p.via === 'new') assert.equal(p.story, storyIdFor(`a${i}` as never)); });
  }), { numRuns: 30 });
});

test('clustering: a later article joins a story only with a score at the threshold; an exact copy joins its original', () => {
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
});
