/**
 * Memory stays bounded while big inputs are refused: a 100 MB file under every file extension is refused
 * by its size without being read (measured as the growth of this process's peak resident set: a test
 * file runs in a process of its own), and JSON Lines are streamed: a 100 MB line is refused and 100 MB
 * of 1 MB records pass one at a time. A line is held up to the size limit, since a line within it must be
 * parsed whole, so the limit is the bound; the streaming test sets it to 8 MB to tell that bound from
 * reading the whole file (measured as the memory still in use after a full garbage
 * collection, sampled while reading, because the garbage of streamed chunks lingers for a while).
 */
import assert from 'node:assert/strict';
import { closeSync, linkSync, mkdtempSync, openSync, rmSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, test } from 'node:test';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { readInputs, type ReadResult } from '../read/read-inputs.ts';
import { GOOD } from './hostile-batch.ts';

const dir = mkdtempSync(join(tmpdir(), 'parallax-memory-'));
after(() => rmSync(dir, { recursive: true, force: true }));

const MB = 1_000_000;
/** Reading any of the 100 MB inputs whole would grow the peak by 100 MB or more. */
const MAX_GROWTH = 64 * MB;

function write(name: string, chunk: Buffer, times: number): string {
  const path = join(dir, name);
  const fd = openSync(path, 'w');
  try {
    for (let i = 0; i < times; i++) writeSync(fd, chunk);
  } finally {
    closeSync(fd);
  }
  return path;
}

const peak = (): number => process.resourceUsage().maxRSS * 1024;

setFlagsFromString('--expose-gc');
const gc = runInNewContext('gc') as () => void;
/** Bytes in use after a full collection: what is really held, not garbage waiting to be collected. */
function live(): number {
  gc();
  const m = process.memoryUsage();
  return m.heapUsed + m.external;
}

async function drain(paths: string[]): Promise<{ results: Array<{ ok: boolean; code?: string; chars?: number }>; growth: number; ms: number }> {
  const before = peak();
  const started = Date.now();
  const results: Array<{ ok: boolean; code?: string; chars?: number }> = [];
  // Only a summary of each result is kept, as ingest keeps nothing of an article once it is stored.
  for await (const r of readInputs(paths) as AsyncIterable<ReadResult>) results.push(r.ok ? { ok: true, chars: r.article.text.length } : { ok: false, code: r.code });
  return { results, growth: peak() - before, ms: Date.now() - started };
}

test('a 100 MB file of every format is refused by its size at once, without being read', async () => {
  const text = Buffer.from(`${GOOD.en} `.repeat(Math.ceil(MB / GOOD.en.length)).slice(0, MB));
  const huge = write('huge.txt', text, 100);
  const names = ['huge.md', 'huge.html', 'huge.json', 'huge.rss', 'huge.xml'].map((n) => {
    linkSync(huge, join(dir, n));
    return join(dir, n);
  });
  await drain([write('warm-up.txt', Buffer.from(GOOD.de), 1)]); // module loading is not the readers' memory
  const { results, growth, ms } = await drain([huge, ...names]);
  assert.deepEqual(results.map((r) => r.code), Array(6).fill('too-large'));
  assert.ok(growth < MAX_GROWTH, `peak memory grew by ${(growth / MB).toFixed(0)} MB`);
  assert.ok(ms < 10_000, `took ${ms} ms`);
});

test('JSON Lines are streamed: a 100 MB line is refused, 100 records of 1 MB pass one at a time; memory held stays within the line limit', async () => {
  const maxBytes = 8 * MB;
  const oneLine = write('one-line.jsonl', Buffer.from('x'.repeat(MB)), 100);
  const record = Buffer.from(`${JSON.stringify({ text: `${GOOD.it} `.repeat(Math.floor((MB - 40) / (GOOD.it.length + 1))) })}\n`);
  const records = write('records.jsonl', record, 100);
  const before = live();
  let held = 0;
  const sampler = setInterval(() => (held = Math.max(held, live() - before)), 25);
  const results: Array<{ ok: boolean; code?: string; chars?: number }> = [];
  try {
    for await (const r of readInputs([oneLine, records], { maxBytes })) {
      held = Math.max(held, live() - before);
      results.push(r.ok ? { ok: true, chars: r.article.text.length } : { ok: false, code: r.code });
    }
  } finally {
    clearInterval(sampler);
  }
  assert.deepEqual(results[0], { ok: false, code: 'line-too-long' });
  assert.equal(results.length, 101);
  assert.ok(results.slice(1).every((r) => r.ok && r.chars! > 0.9 * MB));
  // At most one line up to the limit, plus a record in hand (its text, the parsed article) and the stream's
  // read-ahead, with room for a loaded machine; reading a file whole would hold 100 MB.
  assert.ok(held < maxBytes + 24 * MB, `held ${(held / MB).toFixed(1)} MB while reading`);
});
