import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { articleId, type ArticleId } from '../article.ts';
import { sentenceSimilarity } from './sentence-signature.ts';
import { markSupport, type Candidate } from './summarize.ts';

/** Every pair compared: what markSupport must find through its index of shared keys. */
function naiveSupport(candidates: readonly Candidate[], followers: ReadonlyMap<ArticleId, ArticleId[]>): void {
  for (const a of candidates) {
    for (const b of candidates) {
      if (a.report === b.report) continue;
      if (sentenceSimilarity(a.sig, b.sig, a.lang === b.lang) >= 0.5) {
        a.reports.add(b.report);
        a.cites.add(b.article);
        for (const f of followers.get(b.article) ?? []) a.cites.add(f);
      }
    }
  }
}

const sentence = fc.record({
  report: fc.integer({ min: 0, max: 5 }),
  lang: fc.constantFrom('en', 'de', 'und'),
  words: fc.uniqueArray(fc.constantFrom('flood', 'river', 'rise', 'town', 'mayor', 'said', 'rescu', 'night', 'water'), { maxLength: 6 }),
  anchors: fc.uniqueArray(fc.constantFrom('cremona', 'po', '#3200', '#9', 'lombardia', 'virgilio'), { maxLength: 4 }),
});

test('summary support: counting shared keys finds exactly the reports that comparing every pair finds', () => {
  fc.assert(
    fc.property(fc.array(sentence, { maxLength: 30 }), fc.array(fc.tuple(fc.integer({ min: 0, max: 5 }), fc.integer({ min: 6, max: 9 })), { maxLength: 6 }), (drawn, follows) => {
      const make = () => drawn.map((s, i): Candidate => {
        const id = articleId(`r${s.report}`);
        return { article: id, report: id, lang: s.lang, text: `s${i}`, index: i, sig: { words: new Set(s.words), anchors: new Set(s.anchors) }, cites: new Set([id]), reports: new Set([id]) };
      });
      const followers = new Map<ArticleId, ArticleId[]>();
      for (const [of, by] of follows) followers.set(articleId(`r${of}`), [...(followers.get(articleId(`r${of}`)) ?? []), articleId(`f${by}`)]);
      const fast = make();
      const naive = make();
      markSupport(fast, followers);
      naiveSupport(naive, followers);
      const view = (cs: Candidate[]) => cs.map((c) => [[...c.reports].sort(), [...c.cites].sort()]);
      assert.deepEqual(view(fast), view(naive));
    }),
    { numRuns: 300 },
  );
});
