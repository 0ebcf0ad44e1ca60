import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import type { ArticleId } from '../article.ts';
import { ArticleWindow, type WindowedArticle } from './article-window.ts';

/** Streams `days` (null: undated) through a window, returning what each arrival let go. */
function run(bounds: { windowArticles: number; windowDays: number; windowLimit: number }, days: Array<number | null>): ArticleId[][] {
  const w = new ArticleWindow(bounds);
  const articles = new Map<ArticleId, WindowedArticle>();
  const out: ArticleId[][] = [];
  days.forEach((day, seq) => {
    const id = `a${seq}` as ArticleId;
    articles.set(id, { seq, day });
    w.enter(id, seq, day);
    const gone: ArticleId[] = [];
    w.settle(seq + 1, (x) => articles.get(x)!, (x) => gone.push(x));
    out.push(gone);
  });
  return out;
}

test('window: undated articles leave one by one, so that the last windowArticles are held', () => {
  const gone = run({ windowArticles: 3, windowDays: 30, windowLimit: 10 }, Array(7).fill(null));
  assert.deepEqual(gone, [[], [], [], ['a0'], ['a1'], ['a2'], ['a3']]);
});

test('window: articles of one day stay until windowLimit, then leave oldest first, each exactly at the limit', () => {
  const gone = run({ windowArticles: 2, windowDays: 30, windowLimit: 9 }, Array(14).fill(5));
  assert.deepEqual(gone.flat(), ['a0', 'a1', 'a2', 'a3', 'a4']);
  gone.forEach((g, i) => assert.deepEqual(g, i >= 9 ? [`a${i - 9}`] : []));
});

test('window: never more held than the limit, nothing let go within the window, nothing twice', () => {
  fc.assert(fc.property(
    fc.array(fc.option(fc.integer({ min: 0, max: 60 }), { nil: null }), { maxLength: 60 }),
    fc.integer({ min: 1, max: 6 }), fc.integer({ min: 0, max: 12 }), fc.integer({ min: 0, max: 10 }),
    (days, articles, over, windowDays) => {
      const gone = run({ windowArticles: articles, windowDays, windowLimit: articles + over }, days);
      const seen = new Set<ArticleId>();
      gone.forEach((g, i) => {
        for (const id of g) {
          assert.ok(!seen.has(id), `${id} twice`);
          seen.add(id);
          assert.ok(i + 1 - Number(id.slice(1)) > articles, `${id} let go within the window`);
        }
        assert.ok(i + 1 - seen.size <= articles + over, `${i + 1 - seen.size} held after ${i + 1}`);
      });
    },
  ), { numRuns: 300 });
});

test('window: an article that leaves (a new version comes) is never let go', () => {
  const w = new ArticleWindow({ windowArticles: 1, windowDays: 0, windowLimit: 1 });
  w.enter('a0' as ArticleId, 0, null);
  w.leave('a0' as ArticleId);
  const gone: ArticleId[] = [];
  w.settle(5, () => ({ seq: 0, day: null }), (x) => gone.push(x));
  assert.deepEqual(gone, []);
});
