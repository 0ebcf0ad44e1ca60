/**
 * The promise a store makes: a committed batch survives any crash. `parallax ingest` is killed with
 * SIGKILL at random moments, 20 times; after each kill the SQLite file passes its integrity check, holds
 * every article it held before, and nothing twice; resuming to the end gives what one uninterrupted run gives.
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import Database from 'better-sqlite3';
import { buildInput, killMidRun, prng, randomKillMoment, storyPartition } from './testing/crash-harness.ts';

const root = fileURLToPath(new URL('..', import.meta.url));
const bin = join(root, 'bin', 'parallax.js');
const dir = mkdtempSync(join(tmpdir(), 'parallax-crash-'));
after(() => rmSync(dir, { recursive: true, force: true }));

/** Enough that 20 kills, each a few batches in, stop well before the end. */
const ARTICLES = 800;

function storedRows(db: string): Map<string, { hash: string; story: string }> {
  if (!existsSync(db)) return new Map(); // killed before the store was created
  const d = new Database(db);
  try {
    assert.equal(d.pragma('integrity_check', { simple: true }), 'ok');
    const rows = d.prepare('SELECT id, content_hash AS hash, story FROM articles').all() as Array<{ id: string; hash: string; story: string }>;
    return new Map(rows.map((r) => [r.id, { hash: r.hash, story: r.story }]));
  } finally {
    d.close();
  }
}

function count(db: string): number {
  if (!existsSync(db)) return 0;
  try {
    const d = new Database(db, { readonly: true, fileMustExist: true });
    try { return Number(d.prepare('SELECT count(*) FROM articles').pluck().get()); } finally { d.close(); }
  } catch {
    return 0; // not yet migrated
  }
}

test('crash safety (sqlite): 20 SIGKILLs mid-ingest lose nothing committed, store nothing twice, and end as one clean run', { timeout: 1_800_000 }, async () => {
  const input = join(dir, 'input.jsonl');
  writeFileSync(input, buildInput(ARTICLES));
  const db = join(dir, 'killed.db');
  const rand = prng(42);
  let before = new Map<string, { hash: string; story: string }>();
  for (let i = 0; i < 20; i++) {
    await killMidRun(['ingest', input, '--db', db, '--quiet', '--batch', '8'], () => count(db), before.size, randomKillMoment(rand));
    const now = storedRows(db);
    for (const [id, row] of before) assert.equal(now.get(id)?.hash, row.hash, `article ${id} committed before kill ${i + 1} is still there, unchanged`); // its story may have moved since, by a merge
    before = now;
  }
  assert.ok(before.size < ARTICLES, 'the kills stopped the ingest before its end');
  const finish = spawnSync(process.execPath, [bin, 'ingest', input, '--db', db, '--quiet'], { encoding: 'utf8' });
  assert.equal(finish.status, 0, finish.stderr);
  const clean = join(dir, 'clean.db');
  const once = spawnSync(process.execPath, [bin, 'ingest', input, '--db', clean, '--quiet'], { encoding: 'utf8' });
  assert.equal(once.status, 0, once.stderr);
  const a = storedRows(db);
  const b = storedRows(clean);
  assert.equal(a.size, ARTICLES);
  assert.deepEqual([...a.keys()].sort(), [...b.keys()].sort());
  for (const [id, row] of b) assert.equal(a.get(id)!.hash, row.hash);
  // The same partition into stories: two articles share a story in one run exactly when they do in the other.
  assert.deepEqual(storyPartition(a), storyPartition(b));
});
