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

test('story match: probing story by story (the newest matches fetched at once or chunk by chunk), and giving up probing half-way, find the same stories as gathering every match', async () => {
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
    // The newest matches all at once, in chunks of one or two, or only a few and the rest looked up.
    for (const recent of [{}, { firstRecent: 1 }, { firstRecent: 2, recentMost: 5 }, { firstRecent: 1, recentMost: 0 }]) {
      const label = `${q} ${JSON.stringify(recent)}`;
      const probing = storyMatcher(db, match, { gatherBelow: 0, probeBudget: Infinity, ...recent });
      assert.equal(probing.gathered, null);
      assert.deepEqual(stories.map(probing.keep), gathered, label);
      const switched = stories.map(storyMatcher(db, match, { gatherBelow: 0, probeBudget: 5, ...recent }).keep);
      assert.deepEqual(switched, gathered, label);
      // And every story again, answered from the probes remembered or the set gathered.
      const again = storyMatcher(db, match, { gatherBelow: 0, probeBudget: 12, ...recent });
      assert.deepEqual([...stories, ...stories].map(again.keep), [...gathered, ...gathered], label);
    }
    if (gathered.some(Boolean) && !gathered.every(Boolean)) some++;
  }
  assert.ok(some >= 3, 'most words match some stories and not others');
  db.close();
});
