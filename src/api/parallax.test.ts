import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, test } from 'node:test';
// Through the package's own name, as a consumer imports it.
import { Parallax, type IngestReport } from 'parallax';

const dir = mkdtempSync(join(tmpdir(), 'parallax-lib-'));
after(() => rmSync(dir, { recursive: true, force: true }));

const NORWAY = 'The central bank of Norway raised its key rate by 25 basis points to 4.75 percent on Thursday, citing persistent inflation and a weak krone.';
const GOTTINGEN = 'Der Bürgermeister Jürgen Müller eröffnete am Montag in Göttingen die neue Straßenbahnlinie, die vierzehn Haltestellen verbindet und jährlich dreieinhalb Millionen Fahrgäste befördern soll.';

test('library: open, ingest objects and paths, stories, story, article, topic, search, close', async () => {
  const file = join(dir, 'gottingen.txt');
  writeFileSync(file, GOTTINGEN);
  const px = await Parallax.open({ db: join(dir, 'lib.db') });
  const report: IngestReport = await px.ingest([{ id: 'n1', text: NORWAY, lang: 'en', published: '2025-03-14' }, { id: 'n2', text: NORWAY }, file]);
  assert.deepEqual([report.stored, report.rejected.length], [3, 0]);

  const { items, next } = await px.stories();
  assert.equal(next, null);
  assert.equal(items.length, 2);
  const norway = (await px.stories({ language: 'en' })).items[0]!;
  assert.equal(norway.articles, 2);
  const story = (await px.story(norway.id))!;
  assert.deepEqual(story.members.map((m) => [m.id, m.relation?.kind ?? null]), [['n1', null], ['n2', 'duplicate']]);
  assert.equal(await px.story('s-none'), null);
  assert.equal((await px.article('gottingen'))!.text, GOTTINGEN);
  assert.ok((await px.topic(norway.topic))!.stories.some((s) => s.id === norway.id));
  assert.deepEqual((await px.search('muller')).map((h) => h.article), ['gottingen']);
  assert.equal((await px.search('norway', { limit: 1 })).length, 1);
  const place = (await px.entities({ q: 'Göttingen' })).items[0]!;
  assert.ok(place, 'an entity named Göttingen');
  assert.deepEqual((await px.entity(place.id))!.inStories.length, 1);
  assert.equal((await px.stories({ entity: place.id })).items.length, 1);
  assert.equal(await px.entity('per:nobody'), null);
  await px.close();
});

test('library: ingest takes async iterables, is idempotent, and reports bad objects instead of throwing', async () => {
  const px = await Parallax.open({ db: join(dir, 'iter.db') });
  async function* feed() {
    yield { id: 'a', text: NORWAY };
    yield { id: 'b', text: '' };
    yield { title: 'no id', text: GOTTINGEN };
  }
  const first = await px.ingest(feed());
  assert.equal(first.stored, 2);
  assert.equal(first.rejected.length, 1);
  assert.match(first.rejected[0]!.message, /ingest\(\): index 1: needs a non-empty "text" or "html"/);
  const second = await px.ingest(feed());
  assert.deepEqual([second.stored, second.unchanged], [0, 2], 'an object without an id keeps the id its content gives it');
  await px.close();
});

test('library: concurrent ingests on one instance queue up instead of interleaving', async () => {
  const px = await Parallax.open({ db: join(dir, 'queue.db') });
  const [a, b] = await Promise.all([px.ingest([{ id: 'x', text: NORWAY }]), px.ingest([{ id: 'y', text: NORWAY }])]);
  assert.equal(a.stored + b.stored, 2);
  const story = (await px.stories()).items;
  assert.equal(story.length, 1, 'the copy joined the original: the second run saw the first');
  await px.close();
});
