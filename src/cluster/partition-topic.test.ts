import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { ArticleId } from '../article.ts';
import { joinSmallParts, partitionTopic, timeFactor, type TopicMember } from './partition-topic.ts';
import { defaultTuning } from './tuning.ts';
import { VectorSpace } from './vector-space.ts';

/**
 * A topic of twelve reports: four first reports of an event (day 0), four follow-ups of it `later` days on
 * that share two of their words with the first, and four reports of another event of the topic.
 */
function topic(later: number): { members: TopicMember[]; space: VectorSpace } {
  const space = new VectorSpace(defaultTuning.kinds, defaultTuning.localKinds);
  const groups: Array<[string, string[], number]> = [
    ['first', ['arrest', 'highway', 'officer', 'charger', 'tackle'], 0],
    ['followup', ['arrest', 'highway', 'attorney', 'misdemeanor', 'filing'], later],
    ['other', ['rehab', 'clinic', 'actress', 'probation', 'betty'], 3],
  ];
  const members: TopicMember[] = [];
  for (const [name, words, day] of groups) {
    for (let i = 0; i < 4; i++) {
      const tf = space.intern(new Map(words.map((w) => [w, 1])));
      space.count(tf);
      const id = `${name}${i}` as ArticleId;
      members.push({ id, unit: id, lang: 'en', tf, day, dayGiven: false });
    }
  }
  return { members, space };
}

const eventOf = (clusters: ArticleId[][], id: string) => clusters.findIndex((c) => c.includes(id as ArticleId));

test('merge/split pass: follow-ups a month after an event stay with it; a year after they are another event', () => {
  const month = topic(30);
  const inMonth = partitionTopic(month.members, month.space, defaultTuning);
  assert.equal(eventOf(inMonth, 'followup0'), eventOf(inMonth, 'first0'));
  assert.notEqual(eventOf(inMonth, 'other0'), eventOf(inMonth, 'first0'));
  const year = topic(365);
  const inYear = partitionTopic(year.members, year.space, defaultTuning);
  assert.notEqual(eventOf(inYear, 'followup0'), eventOf(inYear, 'first0'));
  // The stream's own window is a week: a month apart is already a discount there.
  assert.ok(timeFactor(30, defaultTuning.activeDays, defaultTuning.inactive) < 1);
  assert.equal(timeFactor(30, defaultTuning.eventDays, defaultTuning.inactive), 1);
});

test('time factor: 1 within the window or when undated, then window / days apart, never below the floor', () => {
  assert.equal(timeFactor(null, 7, 0.4), 1);
  assert.equal(timeFactor(7, 7, 0.4), 1);
  assert.equal(timeFactor(10, 7, 0.4), 0.7);
  assert.equal(timeFactor(365, 7, 0.4), 0.4);
});

test('merge/split pass: two events of one kind part inside their kind, and an odd article of the kind does not keep them together', () => {
  const space = new VectorSpace(defaultTuning.kinds, defaultTuning.localKinds);
  const groups: Array<[string, string[], number]> = [
    ['a', ['rehab', 'clinic', 'checked', 'reid', 'promises', 'malibu'], 6],
    ['b', ['rehab', 'clinic', 'checked', 'lohan', 'betty', 'ford'], 6],
    ['c', ['quake', 'island', 'magnitude', 'qeshm', 'richter', 'injured'], 6],
    // Of the kind, but sharing nothing else with either event: alone after the second partition.
    ['odd', ['rehab', 'singer', 'tour', 'cancelled', 'fans'], 1],
  ];
  const members: TopicMember[] = [];
  for (const [name, words, n] of groups) {
    for (let i = 0; i < n; i++) {
      const tf = space.intern(new Map(words.map((w) => [w, 1])));
      space.count(tf);
      const id = `${name}${i}` as ArticleId;
      members.push({ id, unit: id, lang: 'en', tf, day: null, dayGiven: false });
    }
  }
  const clusters = partitionTopic(members, space, defaultTuning);
  assert.notEqual(eventOf(clusters, 'a0'), eventOf(clusters, 'b0'));
  assert.notEqual(eventOf(clusters, 'a0'), eventOf(clusters, 'c0'));
  for (const g of ['a', 'b', 'c']) for (let i = 1; i < 6; i++) assert.equal(eventOf(clusters, `${g}${i}`), eventOf(clusters, `${g}0`));
  // The odd article went with one of its kind's events, not into a story of its own.
  assert.ok([eventOf(clusters, 'a0'), eventOf(clusters, 'b0')].includes(eventOf(clusters, 'odd0')));
  assert.equal(clusters.flat().length, members.length);
});

test('small parts: each joins the large part it is most similar to when that mean reaches the floor; else it stays apart', () => {
  const ids = (...xs: string[]) => xs as ArticleId[];
  const parts = [ids('a1', 'a2', 'a3'), ids('x'), ids('b1', 'b2', 'b3'), ids('y'), ids('z')];
  // Mean similarity of part i to part j.
  const table: Record<string, number> = { '1,0': 0.03, '1,2': 0.06, '3,0': 0.02, '3,2': 0.01, '4,0': 0.04, '4,2': 0.02 };
  const mean = (i: number, j: number) => table[`${i},${j}`] ?? 0;
  assert.deepEqual(joinSmallParts(parts, mean, 3, 0.035), [ids('a1', 'a2', 'a3', 'z'), ids('b1', 'b2', 'b3', 'x'), ids('y')]);
  // Below the top level every small part joins.
  assert.deepEqual(joinSmallParts(parts, mean, 3, -Infinity), [ids('a1', 'a2', 'a3', 'y', 'z'), ids('b1', 'b2', 'b3', 'x')]);
  // With no large part there is nothing to join.
  assert.deepEqual(joinSmallParts([ids('x'), ids('y')], mean, 3, 0), [ids('x'), ids('y')]);
});
