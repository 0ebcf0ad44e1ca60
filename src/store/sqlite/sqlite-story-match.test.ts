import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, test } from 'node:test';
import Database from 'better-sqlite3';
import { resolveConfig } from '../../config.ts';
import { ingest, openCorpus } from '../../ingest.ts';
import { readInputs } from '../../read/read-inputs.ts';
import { SqliteStore } from './sqlite-store.ts';
import { storyMatcher } from './sqlite-story-match.ts';
import { ftsMatch } from './sqlite-story-query.ts';

const dir = mkdtempSync(join(tmpdir(), 'parallax-story-match-'));
after(() => rmSync(dir, { recursive: true, force: true }));

test('story match: probing story by story, and giving up probing half-way, find the same stories as gathering every match', async () => {
  const cfg = resolveConfig();
  const path = join(dir, 'm.db');
  const store = new SqliteStore(path);
  await ingest(readInputs([join(import.meta.dirname, '..', '..', '..', 'examples', 'corpus')]), store, await openCorpus(store, cfg), cfg);
  await store.close();
  const db = new Database(path, { readonly: true });
  const stories = db.prepare('SELECT id FROM stories ORDER BY first_seq DESC').pluck().all() as string[];
  let some = 0;
  for (const q of ['the', 'de', 'Kestrel', 'flood', 'nothingmatchesthis', 'la police']) {
    const match = ftsMatch(q)!;
    const all = storyMatcher(db, match, { gatherBelow: Infinity, probeBudget: 0 });
    const gathered = stories.map(all.keep);
    assert.deepEqual(stories.filter((s) => all.gathered!.has(s)), stories.filter(all.keep));
    const probing = storyMatcher(db, match, { gatherBelow: 0, probeBudget: Infinity });
    assert.equal(probing.gathered, null);
    const probed = stories.map(probing.keep);
    const switched = stories.map(storyMatcher(db, match, { gatherBelow: 0, probeBudget: 5 }).keep);
    assert.deepEqual(probed, gathered, q);
    assert.deepEqual(switched, gathered, q);
    // And every story again, answered from the probes remembered or the set gathered.
    const again = storyMatcher(db, match, { gatherBelow: 0, probeBudget: 12 });
    assert.deepEqual([...stories, ...stories].map(again.keep), [...gathered, ...gathered], q);
    if (gathered.some(Boolean) && !gathered.every(Boolean)) some++;
  }
  assert.ok(some >= 3, 'most words match some stories and not others');
  db.close();
});
