/**
 * No path traversal in the static files: requests are sent raw over a socket, because fetch and every
 * browser resolve `..` before sending, while an attacker's client sends the target as written. Checked on
 * the static middleware over a directory with a secret beside it, and on the real app, where the secret
 * is the repository itself (package.json, the sources) beside web/dist, built or not.
 */
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { connect } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { Hono } from 'hono';
import { appFixture, type Fixture } from './app-fixture.ts';
import { listen, type Listening } from './listen.ts';
import { staticUi } from './static.ts';

const SECRET = 'SECRET-beside-the-ui-7f3a';
const INDEX = '<!doctype html><title>ui</title><script type="module" src="/assets/app.js"></script>';
const dir = mkdtempSync(join(tmpdir(), 'parallax-static-'));
let ui: Listening;
let real: Listening;
let fixture: Fixture;

before(async () => {
  const dist = join(dir, 'dist');
  mkdirSync(join(dist, 'assets'), { recursive: true });
  writeFileSync(join(dist, 'index.html'), INDEX);
  writeFileSync(join(dist, 'assets', 'app.js'), 'console.log(1)');
  writeFileSync(join(dist, 'assets', '.env'), SECRET);
  writeFileSync(join(dist, '.env'), SECRET);
  writeFileSync(join(dir, 'secret.txt'), SECRET);
  writeFileSync(join(dir, 'secret.js'), SECRET);
  const app = new Hono();
  app.use('*', staticUi(dist));
  app.notFound((c) => c.text('not found', 404));
  ui = await listen(app, { host: '127.0.0.1', port: 0, token: null });
  fixture = await appFixture();
  real = await listen(fixture.app, { host: '127.0.0.1', port: 0, token: null });
});
after(async () => {
  await ui.close(100);
  await real.close(100);
  await fixture.close();
  rmSync(dir, { recursive: true, force: true });
});

/** One request with the target exactly as given; the status and body of the answer. */
function raw(server: Listening, target: string): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const socket = connect(server.port, '127.0.0.1');
    let data = '';
    socket.setEncoding('latin1');
    socket.on('data', (d: string) => (data += d));
    socket.on('error', reject);
    socket.on('end', () => {
      const status = Number(/^HTTP\/1\.1 (\d{3})/.exec(data)?.[1] ?? 0);
      resolve({ status, body: data.slice(data.indexOf('\r\n\r\n') + 4) });
    });
    socket.write(`GET ${target} HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n`);
  });
}

const TRAVERSALS = [
  '/assets/../secret.txt', '/assets/../../secret.txt', '/assets/..%2fsecret.txt', '/assets/..%2Fsecret.txt',
  '/assets/%2e%2e/secret.txt', '/assets/%2e%2e%2fsecret.txt', '/assets/%252e%252e%252fsecret.txt',
  '/assets/..%5csecret.txt', '/assets/..\\secret.txt', '/%2e%2e/secret.txt', '/..%2fsecret.txt', '/../secret.txt',
  '/assets/%2e%2e/%2e%2e/secret.txt', '/assets/.env', '/.env', '/assets/%2eenv', '/assets/app.js/../../secret.js',
  '/assets/app.js%00.txt', '/assets/%00../secret.txt', '//secret.txt', '/assets//../secret.txt', '/secret.txt',
  '/assets/....//secret.txt', '/assets/..;/secret.txt',
];

test('the UI files are served, and nothing beside or hidden in their directory, however the path is written', async () => {
  const js = await raw(ui, '/assets/app.js');
  assert.equal(js.status, 200);
  assert.equal(js.body, 'console.log(1)');
  for (const target of TRAVERSALS) {
    const r = await raw(ui, target);
    assert.ok(!r.body.includes(SECRET), `${target} answered the secret`);
    assert.ok(r.status === 404 || r.status === 400, `${target}: ${r.status}`);
  }
});

test('a page path with dots in it answers the UI page, never a file it names', async () => {
  for (const target of ['/stories/../../secret.txt', '/stories/..%2f..%2fsecret.txt', '/articles/%2e%2e%2f%2e%2e%2fsecret.txt', '/entities/....//secret.txt']) {
    const r = await raw(ui, target);
    assert.ok(!r.body.includes(SECRET), `${target} answered the secret`);
    assert.ok(r.status === 404 || (r.status === 200 && r.body === INDEX), `${target}: ${r.status} ${r.body.slice(0, 80)}`);
  }
});

test('the real app never serves the repository beside web/dist', async () => {
  const targets = ['/assets/../../package.json', '/assets/..%2f..%2fpackage.json', '/assets/%2e%2e/%2e%2e/package.json', '/..%2f..%2fpackage.json',
    '/assets/../../src/server/static.ts', '/package.json', '/assets/..%2f..%2f.git%2fconfig', '/openapi.json/../package.json'];
  for (const target of targets) {
    const r = await raw(real, target);
    assert.doesNotMatch(r.body, /"devDependencies"|staticUi|\[core\]/, `${target} answered a repository file`);
    assert.ok([400, 404].includes(r.status) || (r.status === 200 && /openapi/.test(r.body)), `${target}: ${r.status}`);
  }
});
