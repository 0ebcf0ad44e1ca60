import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, test } from 'node:test';
import { fileURLToPath } from 'node:url';

const bin = fileURLToPath(new URL('../../bin/parallax.js', import.meta.url));
const dir = mkdtempSync(join(tmpdir(), 'parallax-serve-'));
after(() => rmSync(dir, { recursive: true, force: true }));
const env = (extra: Record<string, string> = {}) => {
  const { PARALLAX_TOKEN: _t, PARALLAX_DB: _d, ...rest } = process.env;
  return { ...rest, ...extra };
};

test('parallax serve: listens, answers, takes a write with the token, stops cleanly on SIGTERM', async () => {
  const child = spawn(process.execPath, [bin, 'serve', '--port', '0', '--readers', '2', '--db', join(dir, 'serve.db')], { env: env({ PARALLAX_TOKEN: 'cli-token' }) });
  let stderr = '';
  child.stderr.setEncoding('utf8');
  const url = await new Promise<string>((resolve, reject) => {
    child.stderr.on('data', (d: string) => {
      stderr += d;
      const m = /listening on (http:\/\/\S+)/.exec(stderr);
      if (m) resolve(m[1]!);
    });
    child.on('exit', (code) => reject(new Error(`serve exited with ${code}: ${stderr}`)));
    setTimeout(() => reject(new Error(`serve did not start: ${stderr}`)), 30_000).unref();
  });
  assert.match(url, /^http:\/\/127\.0\.0\.1:\d+$/);
  assert.deepEqual(await (await fetch(`${url}/api/health`)).json(), { status: 'ok', articles: 0 });
  const post = await fetch(`${url}/api/articles`, {
    method: 'POST',
    headers: { Authorization: 'Bearer cli-token', 'Content-Type': 'application/json' },
    body: JSON.stringify([{ id: 'x', text: 'Flooding in the Po valley forced 3,200 residents from their homes near Cremona.' }]),
  });
  assert.deepEqual(await post.json(), { results: [{ id: 'x', status: 'stored' }] });
  assert.match(stderr, /2 read threads/);
  // Read threads, each on its own connection, see what the main thread has just written.
  for (let i = 0; i < 4; i++) assert.equal((await (await fetch(`${url}/api/articles/x`)).json() as { id: string }).id, 'x');
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  child.kill('SIGTERM');
  assert.equal(await exited, 0, stderr);
  assert.match(stderr, /stopped/);
});

test('parallax serve: without PARALLAX_TOKEN it will not listen beyond loopback (exit 2, says why); bad flags are usage errors', () => {
  const run = (args: string[]) => spawnSync(process.execPath, [bin, 'serve', '--db', join(dir, 'refused.db'), ...args], { env: env(), encoding: 'utf8' });
  const open = run(['--host', '0.0.0.0', '--port', '0']);
  assert.equal(open.status, 2);
  assert.match(open.stderr, /refusing to listen on 0\.0\.0\.0 without a token: set PARALLAX_TOKEN/);
  assert.equal(run(['--port', '70000']).status, 2);
  const cors = run(['--cors', 'https://news.example.org/path']);
  assert.equal(cors.status, 2);
  assert.match(cors.stderr, /--cors: expected an origin/);
  const readers = run(['--readers', 'many']);
  assert.equal(readers.status, 2);
  assert.match(readers.stderr, /--readers: expected a whole number of read threads/);
});
