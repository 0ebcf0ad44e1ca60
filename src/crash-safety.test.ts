/**
 * The promise a store makes: a committed batch survives any crash. `parallax ingest` is killed with
 * SIGKILL at random moments, 20 times; after each kill the SQLite file passes its integrity check, holds
 * every article it held before, and nothing twice; resuming to the end gives what one uninterrupted run gives.
 */
import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import Database from 'better-sqlite3';

const root = fileURLToPath(new URL('..', import.meta.url));
const bin = join(root, 'bin', 'parallax.js');
const dir = mkdtempSync(join(tmpdir(), 'parallax-crash-'));
after(() => rmSync(dir, { recursive: true, force: true }));

/** A deterministic PRNG (mulberry32): the same kill times on every run. */
function prng(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Our own sample corpus's plain-text articles, recombined into many distinct articles with stable ids. */
function buildInput(count: number): string {
  const texts: string[] = [];
  const walk = (d: string) => {
    for (const name of readdirSync(d).sort()) {
      const p = join(d, name);
      if (statSync(p).isDirectory()) walk(p);
      else if (name.endsWith('.txt') && !name.includes('utf16')) texts.push(readFileSync(p, 'utf8'));
    }
  };
  walk(join(root, 'examples', 'corpus'));
  const paragraphs = texts.map((t) => t.split(/\n\s*\n/).filter((p) => p.trim().length > 60));
  const rand = prng(7);
  const lines: string[] = [];
  for (let i = 0; i < count; i++) {
    const source = paragraphs[i % paragraphs.length]!;
    const picked = source.filter(() => rand() < 0.8);
    const text = `${(picked.length ? picked : source).join('\n\n')}\n\nBulletin ${i}.`;
    lines.push(JSON.stringify({ id: `crash-${String(i).padStart(4, '0')}`, title: `Bulletin ${i}`, text }));
  }
  return `${lines.join('\n')}\n`;
}

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

/**
 * Starts an ingest and kills it with SIGKILL at a random moment while it works: once it has committed a
 * batch beyond `from` articles, after a random further delay (often mid-analysis, sometimes mid-write).
 */
function killMidRun(args: string[], db: string, from: number, extraMs: number): Promise<void> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [bin, ...args], { stdio: 'ignore' });
    let timer: NodeJS.Timeout | undefined;
    const poll = setInterval(() => {
      if (timer === undefined && count(db) > from) timer = setTimeout(() => child.kill('SIGKILL'), extraMs);
    }, 25);
    child.on('exit', () => { clearInterval(poll); clearTimeout(timer); resolve(); });
  });
}

test('crash safety (sqlite): 20 SIGKILLs mid-ingest lose nothing committed, store nothing twice, and end as one clean run', { timeout: 600_000 }, async () => {
  const input = join(dir, 'input.jsonl');
  writeFileSync(input, buildInput(600));
  const db = join(dir, 'killed.db');
  const rand = prng(42);
  let before = new Map<string, { hash: string; story: string }>();
  for (let i = 0; i < 20; i++) {
    await killMidRun(['ingest', input, '--db', db, '--quiet', '--batch', '8'], db, before.size, Math.floor(rand() * 1500));
    const now = storedRows(db);
    for (const [id, row] of before) assert.deepEqual(now.get(id), row, `article ${id} committed before kill ${i + 1} is still there, unchanged`);
    before = now;
  }
  assert.ok(before.size < 600, 'the kills stopped the ingest before its end');
  const finish = spawnSync(process.execPath, [bin, 'ingest', input, '--db', db, '--quiet'], { encoding: 'utf8' });
  assert.equal(finish.status, 0, finish.stderr);
  const clean = join(dir, 'clean.db');
  const once = spawnSync(process.execPath, [bin, 'ingest', input, '--db', clean, '--quiet'], { encoding: 'utf8' });
  assert.equal(once.status, 0, once.stderr);
  const a = storedRows(db);
  const b = storedRows(clean);
  assert.equal(a.size, 600);
  assert.deepEqual([...a.keys()].sort(), [...b.keys()].sort());
  for (const [id, row] of b) assert.equal(a.get(id)!.hash, row.hash);
  // The same partition into stories: two articles share a story in one run exactly when they do in the other.
  const partition = (m: Map<string, { story: string }>) => {
    const groups = new Map<string, string[]>();
    for (const [id, r] of m) groups.set(r.story, [...(groups.get(r.story) ?? []), id]);
    return [...groups.values()].map((g) => g.sort().join(',')).sort();
  };
  assert.deepEqual(partition(a), partition(b));
});
