import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { articleId, storyId, type ArticleId, type StoryId } from '../article.ts';
import type { MemberState, WarmMember } from './member-state.ts';
import { MemberTable } from './member-table.ts';
import { sparseFrom } from './sparse.ts';

const empty = sparseFrom([]);
function warm(id: string, seq: number, day: number | null, lang: string, story: string, of: string | null, dayGiven = false): WarmMember {
  return { dormant: false, id: articleId(id), lang, seq, day, dayGiven, of: of === null ? null : articleId(of), story: storyId(story), tf: empty, vector: empty, anchors: empty, keys: [], lead: empty };
}

/** The naive table: one map of objects, a dormant article a new object with what it keeps (as the corpus made them before). */
class NaiveTable {
  readonly map = new Map<ArticleId, MemberState>();
  setWarm(m: WarmMember) { this.map.set(m.id, m); }
  makeDormant(id: ArticleId) {
    const m = this.map.get(id)!;
    this.map.set(id, { dormant: true, id, lang: m.lang, seq: m.seq, day: m.day, dayGiven: m.dayGiven, of: m.of, story: m.story });
  }
  setStory(id: ArticleId, story: StoryId) { this.map.get(id)!.story = story; }
}

const ids = ['a', 'b', 'c', 'd', 'e', 'f'];
const op = fc.oneof(
  fc.record({ kind: fc.constant('warm' as const), id: fc.constantFrom(...ids), day: fc.option(fc.integer({ min: 0, max: 40000 })), given: fc.boolean(), lang: fc.constantFrom('en', 'de', 'und', 'zh-Hant'), story: fc.constantFrom('s1', 's2', 's3'), of: fc.option(fc.constantFrom(...ids)) }),
  fc.record({ kind: fc.constant('dormant' as const), id: fc.constantFrom(...ids) }),
  fc.record({ kind: fc.constant('story' as const), id: fc.constantFrom(...ids), story: fc.constantFrom('s1', 's2', 's4') }),
  fc.record({ kind: fc.constant('delete' as const), id: fc.constantFrom(...ids) }),
);

test('member table: every read after any warm, dormant, story and delete steps is the naive map of objects\'s', () => {
  fc.assert(fc.property(fc.array(op, { maxLength: 60 }), (ops) => {
    const table = new MemberTable();
    const naive = new NaiveTable();
    let seq = 0;
    for (const o of ops) {
      const id = articleId(o.id);
      const held = naive.map.get(id);
      if (o.kind === 'warm') {
        const m = warm(o.id, seq++, o.day, o.lang, o.story, o.of, o.given && o.day !== null);
        table.setWarm(m);
        naive.setWarm(m);
      } else if (o.kind === 'dormant') {
        if (!held || held.dormant) continue;
        table.makeDormant(id);
        naive.makeDormant(id);
      } else if (o.kind === 'story') {
        if (!held) continue;
        table.setStory(id, storyId(o.story));
        naive.setStory(id, storyId(o.story));
      } else assert.equal(table.delete(id), naive.map.delete(id));
      assert.equal(table.size, naive.map.size);
      assert.equal(table.dormant, [...naive.map.values()].filter((m) => m.dormant).length);
      for (const x of ids.map(articleId)) {
        const want = naive.map.get(x);
        assert.deepEqual(table.get(x), want, x);
        assert.equal(table.has(x), want !== undefined);
        assert.equal(table.isDormant(x), want?.dormant);
        assert.equal(table.storyOf(x), want?.story);
        if (want) {
          assert.equal(table.seqOf(x), want.seq);
          assert.equal(table.dayOf(x), want.day);
          assert.equal(table.givenDayOf(x), want.dayGiven ? want.day : null);
        }
      }
      assert.deepEqual([...table.keys()].sort(), [...naive.map.keys()].sort());
    }
  }), { numRuns: 300 });
});

test('member table: a dormant article read is a copy; its story changes by setStory only', () => {
  const table = new MemberTable();
  table.setWarm(warm('a', 7, 19000, 'it', 's1', null));
  table.makeDormant(articleId('a'));
  const m = table.get(articleId('a'))!;
  m.story = storyId('elsewhere');
  assert.equal(table.storyOf(articleId('a')), 's1');
  table.setStory(articleId('a'), storyId('s2'));
  assert.deepEqual(table.get(articleId('a')), { dormant: true, id: 'a', lang: 'it', seq: 7, day: 19000, dayGiven: false, of: null, story: 's2' });
});

test('member table: slots of deleted articles are taken again, and the table grows past its first columns', () => {
  const table = new MemberTable();
  for (let i = 0; i < 3000; i++) {
    table.setWarm(warm(`x${i}`, i, i % 3 === 0 ? null : i, 'en', `s${i % 7}`, null));
    table.makeDormant(articleId(`x${i}`));
    if (i % 2 === 0) table.delete(articleId(`x${i}`));
  }
  assert.equal(table.dormant, 1500);
  for (let i = 1; i < 3000; i += 2) assert.deepEqual(table.get(articleId(`x${i}`)), { dormant: true, id: `x${i}`, lang: 'en', seq: i, day: i % 3 === 0 ? null : i, dayGiven: false, of: null, story: `s${i % 7}` });
  table.clear();
  assert.equal(table.size, 0);
});

test('member table: only a warm article goes dormant; a missing one is named', () => {
  const table = new MemberTable();
  assert.throws(() => table.makeDormant(articleId('nope')), /article nope is not warm/);
  assert.throws(() => table.seqOf(articleId('nope')), /article nope is not held/);
});
