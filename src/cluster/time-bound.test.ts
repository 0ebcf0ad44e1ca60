import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { ArticleId } from '../article.ts';
import { resolveConfig } from '../config.ts';
import { analyzeArticle } from '../pipeline.ts';
import { FLOOD, FLOOD2, FLOOD3, OTHERS } from '../testing/flood-stream.ts';
import { rawArticle } from '../testing/raw-article.ts';
import { Corpus } from './corpus.ts';
import { partitionTopic, type TopicMember } from './partition-topic.ts';
import { articleDay, outOfTime } from './time-bound.ts';
import { defaultTuning } from './tuning.ts';
import { VectorSpace } from './vector-space.ts';

const cfg = resolveConfig();
const day = (d: number) => new Date(Date.UTC(2024, 0, 1) + d * 86_400_000).toISOString();
/** An article published on day `d` of 2024, or with no date given when `d` is null (its text may still date it). */
const rec = (id: string, text: string, d: number | null) => analyzeArticle(rawArticle(id, text, { published: d === null ? null : day(d) }), cfg);

test('time bound: only a given publication date counts as given; spans more than the days apart are out of time, empty ones never', () => {
  assert.deepEqual(articleDay('2024-03-05T10:00:00Z', '2024-03-05'), { day: 19787, dayGiven: true });
  assert.deepEqual(articleDay(null, '2024-03-05'), { day: 19787, dayGiven: false });
  assert.deepEqual(articleDay('yesterday', null), { day: null, dayGiven: false });
  assert.equal(outOfTime({ first: 0, last: 10 }, { first: 70, last: 80 }, 60), false, '60 days apart');
  assert.equal(outOfTime({ first: 0, last: 10 }, { first: 71, last: 80 }, 60), true);
  assert.equal(outOfTime({ first: 71, last: 80 }, { first: 0, last: 10 }, 60), true, 'either order');
  assert.equal(outOfTime({ first: 0, last: 200 }, { first: 100, last: 100 }, 60), false, 'inside the span');
  assert.equal(outOfTime({ first: null, last: null }, { first: 0, last: 0 }, 60), false);
});

/** Three reports of the flood, the third `gap` days after the second, with `news` unrelated items between. */
function flood(gap: number, dated: boolean, third = FLOOD3) {
  const corpus = new Corpus(cfg);
  const d = (n: number) => (dated ? n : null);
  const first = corpus.add(rec('f0', FLOOD, d(0)));
  const second = corpus.add(rec('f1', FLOOD2, d(1)));
  OTHERS.forEach((t, i) => corpus.add(rec(`o${i}`, t, d(1 + i))));
  const third_ = corpus.add(rec('f2', third, d(1 + gap)));
  return { corpus, first, second, third: third_ };
}

test('time bound: a report published more than eventDays after a story\'s last one starts a new story of the same topic; within them it joins', () => {
  const near = flood(60, true);
  assert.equal(near.second.story, near.first.story);
  assert.equal(near.third.story, near.first.story, '60 days after: still the flood story');
  const far = flood(61, true);
  assert.equal(far.second.story, far.first.story);
  assert.notEqual(far.third.story, far.first.story, '61 days after: a story of its own');
  assert.equal(far.third.via, 'new');
  assert.equal(far.third.topic, far.first.topic, 'under the flood\'s topic');
  assert.notEqual(far.third.runnerUp?.story, far.first.story, 'the old story is not even a candidate');
});

test('time bound: without given dates nothing is parted by time, whatever the text says', () => {
  const undated = flood(400, false);
  assert.equal(undated.third.story, undated.first.story);
  // Dates read from the text are 300 days apart: the inferred day is a guess, and never bounds a story.
  const corpus = new Corpus(cfg);
  const a = corpus.add(rec('d0', `${FLOOD} The report is dated 3 March 2024.`, null));
  const b = corpus.add(rec('d1', `${FLOOD2} The report is dated 28 December 2024.`, null));
  assert.equal(a.story, b.story);
});

test('time bound: a copy published months later keeps its relation to the original but starts a story of its own; within eventDays it joins the original\'s', () => {
  const late = flood(90, true, FLOOD);
  assert.equal(late.third.relation?.kind, 'duplicate');
  assert.equal(late.third.relation?.of, 'f0');
  assert.notEqual(late.third.story, late.first.story);
  assert.equal(late.third.topic, late.first.topic);
  assert.equal(late.corpus.members.get('f2' as ArticleId)!.of, null, 'not one unit with its original in the merge/split pass');
  const soon = flood(30, true, FLOOD);
  assert.equal(soon.third.via, 'relation');
  assert.equal(soon.third.story, soon.first.story);
});

test('time bound: the merge/split pass never joins reports published more than eventDays apart, however alike; inferred days only discount', () => {
  const run = (given: boolean) => {
    const space = new VectorSpace(defaultTuning.kinds, defaultTuning.localKinds);
    // The same report four times on day 0 and four times on day 90, and four of another event of the topic.
    const groups: Array<[string, string[], number]> = [
      ['first', ['arrest', 'highway', 'officer', 'charger', 'tackle'], 0],
      ['again', ['arrest', 'highway', 'officer', 'charger', 'tackle'], 90],
      ['other', ['rehab', 'clinic', 'actress', 'probation', 'betty'], 3],
    ];
    const members: TopicMember[] = groups.flatMap(([name, words, d]) => Array.from({ length: 4 }, (_, i) => {
      const tf = space.intern(new Map(words.map((w) => [w, 1])));
      space.count(tf);
      const id = `${name}${i}` as ArticleId;
      return { id, unit: id, lang: 'en', tf, day: d, dayGiven: given };
    }));
    const clusters = partitionTopic(members, space, defaultTuning);
    return (id: string) => clusters.findIndex((c) => c.includes(id as ArticleId));
  };
  const given = run(true);
  assert.notEqual(given('again0'), given('first0'));
  assert.notEqual(given('other0'), given('first0'));
  const inferred = run(false);
  assert.equal(inferred('again0'), inferred('first0'));
  assert.notEqual(inferred('other0'), inferred('first0'));
});
