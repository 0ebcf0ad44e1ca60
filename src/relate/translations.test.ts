import assert from 'node:assert/strict';
import { test } from 'node:test';
import { soundKey } from '../features/sound-key.ts';
import { anchorAlignment, bestPossibleScore, shapeSimilarity, translationEvidence, translationScore, type TranslationSide } from './translations.ts';

const side = (lang: string, shape: number[], anchors: Array<[string, number]>): TranslationSide => ({
  lang,
  shape,
  anchors: new Map(anchors.map(([k]) => [k, 1])),
  anchorParagraphs: new Map(anchors),
});

test('shape: identical profiles score 1, different paragraph counts 0, one paragraph carries no evidence', () => {
  assert.equal(shapeSimilarity([0.2, 0.3, 0.5], [0.2, 0.3, 0.5]), 1);
  assert.equal(shapeSimilarity([0.5, 0.5], [0.2, 0.3, 0.5]), 0);
  assert.equal(shapeSimilarity([1], [1]), 0.5);
  assert.ok(Math.abs(shapeSimilarity([0.5, 0.5], [0.4, 0.6]) - 0.9) < 1e-12);
});

test('alignment: anchors in the same paragraphs on both sides count, moved ones do not', () => {
  const a = side('de', [0.5, 0.5], [['name:biden', 0], ['number:54000', 1], ['name:kishida', 1]]);
  const b = side('it', [0.5, 0.5], [['name:biden', 0], ['number:54000', 0], ['name:kishida', 1]]);
  assert.equal(anchorAlignment(a, b, ['name:biden', 'number:54000', 'name:kishida']), 2 / 3);
  assert.equal(anchorAlignment(a, b, []), 0);
});

test('translation score: a faithful translation scores high; a report of the same event in its own order scores low', () => {
  const anchors: Array<[string, number]> = [['name:biden', 0], ['name:kishida', 0], ['name:washington', 1], ['number:2026', 2], ['acronym:aukus', 3], ['name:taiwan', 2]];
  const original = side('de', [0.25, 0.25, 0.3, 0.2], anchors);
  const translation = side('it', [0.24, 0.27, 0.29, 0.2], anchors);
  const otherReport = side('it', [0.1, 0.5, 0.2, 0.2], anchors.map(([k], i) => [k, (i + 2) % 4] as [string, number]));
  const t = translationEvidence(original, translation);
  const o = translationEvidence(original, otherReport);
  assert.ok(t.score >= 0.85, `translation scored ${t.score}`);
  assert.ok(o.score < 0.85, `other report scored ${o.score}`);
  assert.deepEqual(t.evidence.languages, ['de', 'it']);
  assert.equal(t.evidence.sharedAnchors.length, 6);
});

test('pruning: no pair scores above the best possible score for its shape', () => {
  const anchors: Array<[string, number]> = [['name:a', 0], ['name:b', 1], ['number:12', 0], ['number:34', 1]];
  for (const shape of [[0.5, 0.5], [0.9, 0.1], [0.1, 0.9]]) {
    const a = side('de', [0.5, 0.5], anchors);
    const b = side('fr', shape, anchors);
    const { score, evidence } = translationEvidence(a, b);
    assert.ok(score <= bestPossibleScore(evidence.shape) + 1e-12);
  }
});

test('a name compared by its cut key is not heard a second time through the sound of its whole name', () => {
  // Both sides wrote "Kishida" and "Sobczyk"; the anchors meet as "kishi" and "sobcz" (name-key.ts).
  const sounds = new Map([[soundKey('kishida')!, 0], [soundKey('sobczyk')!, 1]]);
  const withSounds = (lang: string, whole: boolean): TranslationSide => ({
    ...side(lang, [0.5, 0.5], [['name:kishi', 0], ['name:sobcz', 1], ['number:54000', 1]]),
    sounds,
    ...(whole ? { wholeNames: new Map([['name:kishi', 'name:kishida'], ['name:sobcz', 'name:sobczyk']]) } : {}),
  });
  assert.deepEqual(translationScore(withSounds('de', true), withSounds('en', true)).heard, []);
  // Without the whole names, the sounds would count the two names again.
  assert.equal(translationScore(withSounds('de', false), withSounds('en', false)).heard.length, 2);
});
