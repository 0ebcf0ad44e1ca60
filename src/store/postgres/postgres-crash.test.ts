/**
 * The crash test of src/crash-safety.test.ts on PostgreSQL: `parallax ingest --db postgres://…` is
 * killed with SIGKILL at random moments, 20 times; after each kill the database passes amcheck's
 * B-tree checks and our own consistency checks, holds every article it held before, unchanged, and
 * nothing twice; resuming to the end gives what one uninterrupted run gives.
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, test } from 'node:test';
import pg from 'pg';
import { buildInput, cliBin, killMidRun, prng, randomKillMoment, storyPartition } from '../../testing/crash-harness.ts';
import { postgresForTests, type PostgresServer } from '../../testing/postgres-server.ts';

const pgAvailable = await postgresForTests();
const server = pgAvailable.server as PostgresServer;

/** Enough that 20 kills, each a few batches in, stop well before the end. */
const ARTICLES = 800;

type Stored = Map<string, { hash: string; story: string }>;

async function withClient<T>(url: string, fn: (c: pg.Client) => Promise<T>): Promise<T> {
  const c = new pg.Client({ connectionString: url });
  await c.connect();
  try {
    return await fn(c);
  } finally {
    await c.end();
  }
}

const UNDEFINED_TABLE = '42P01';

/** The stored articles, after checking every B-tree index (amcheck, with heap cross-checks) and our invariants. */
async function storedRows(url: string): Promise<Stored> {
  return withClient(url, async (c) => {
    let rows: Array<{ id: string; hash: string; story: string }>;
    try {
      rows = (await c.query('SELECT id, content_hash AS hash, story FROM articles')).rows;
    } catch (e) {
      if ((e as { code?: string }).code === UNDEFINED_TABLE) return new Map(); // killed before the schema was made
      throw e;
    }
    await c.query('CREATE EXTENSION IF NOT EXISTS amcheck');
    const indexes = (await c.query(`SELECT c.oid, c.relname FROM pg_index i JOIN pg_class c ON c.oid = i.indexrelid
      JOIN pg_am am ON am.oid = c.relam WHERE am.amname = 'btree' AND c.relnamespace = 'public'::regnamespace`)).rows;
    assert.ok(indexes.length >= 5);
    for (const ix of indexes) await c.query('SELECT bt_index_check($1::regclass, true)', [ix.oid]);
    const orphans = await c.query(`SELECT
      (SELECT count(*)::int FROM articles a WHERE NOT EXISTS (SELECT 1 FROM stories s WHERE s.id = a.story)) AS storyless,
      (SELECT count(*)::int FROM stories s WHERE NOT EXISTS (SELECT 1 FROM articles a WHERE a.story = s.id)) AS empty,
      (SELECT count(*)::int - count(DISTINCT id)::int FROM articles) AS doubled`);
    assert.deepEqual(orphans.rows[0], { storyless: 0, empty: 0, doubled: 0 });
    return new Map(rows.map((r) => [r.id, { hash: r.hash, story: r.story }]));
  });
}

describe('postgres crash safety', { skip: pgAvailable.skip ?? false }, () => {
  const dir = mkdtempSync(join(tmpdir(), 'parallax-pg-crash-'));
  after(() => {
    server?.stop();
    rmSync(dir, { recursive: true, force: true });
  });

  test('crash safety (postgres): 20 SIGKILLs mid-ingest lose nothing committed, store nothing twice, and end as one clean run', { timeout: 1_800_000 }, async () => {
    const input = join(dir, 'input.jsonl');
    writeFileSync(input, buildInput(ARTICLES));
    const url = await server.freshDatabase();
    const counter = new pg.Client({ connectionString: url });
    await counter.connect();
    const count = async () => {
      try {
        return Number((await counter.query('SELECT count(*) AS n FROM articles')).rows[0].n);
      } catch {
        return 0; // not yet migrated
      }
    };
    const rand = prng(42);
    let before: Stored = new Map();
    try {
      for (let i = 0; i < 20; i++) {
        await killMidRun(['ingest', input, '--db', url, '--quiet', '--batch', '8'], count, before.size, randomKillMoment(rand));
        const now = await storedRows(url);
        for (const [id, row] of before) assert.equal(now.get(id)?.hash, row.hash, `article ${id} committed before kill ${i + 1} is still there, unchanged`); // its story may have moved since, by a merge
        before = now;
      }
    } finally {
      await counter.end();
    }
    assert.ok(before.size < ARTICLES, 'the kills stopped the ingest before its end');
    const finish = spawnSync(process.execPath, [cliBin, 'ingest', input, '--db', url, '--quiet'], { encoding: 'utf8' });
    assert.equal(finish.status, 0, finish.stderr);
    const clean = await server.freshDatabase();
    const once = spawnSync(process.execPath, [cliBin, 'ingest', input, '--db', clean, '--quiet'], { encoding: 'utf8' });
    assert.equal(once.status, 0, once.stderr);
    const a = await storedRows(url);
    const b = await storedRows(clean);
    assert.equal(a.size, ARTICLES);
    assert.deepEqual([...a.keys()].sort(), [...b.keys()].sort());
    for (const [id, row] of b) assert.equal(a.get(id)!.hash, row.hash);
    // The same partition into stories: two articles share a story in one run exactly when they do in the other.
    assert.deepEqual(storyPartition(a), storyPartition(b));
  });
});
