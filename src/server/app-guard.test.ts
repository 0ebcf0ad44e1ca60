import assert from 'node:assert/strict';
import { after, test } from 'node:test';
import { appFixture, inProcess, postArticles, type Fixture } from './app-fixture.ts';
import { API_POLICY, PAGE_POLICY } from './security-headers.ts';

const TEXT = 'The central bank of Norway raised its key rate by 25 basis points to 4.75 percent on Thursday, citing persistent inflation and a weak krone.';

const fixtures: Fixture[] = [];
after(async () => { for (const f of fixtures) await f.close(); });
async function fresh(opts = {}) {
  const f = await appFixture(opts);
  fixtures.push(f);
  return { ...f, send: inProcess(f.app) };
}

test('every response carries nosniff and a CSP that allows nothing; HTML pages get the strict page policy', async () => {
  const { app, send } = await fresh();
  // What the web UI will add: a page served by the same app.
  app.get('/page', (c) => c.html('<!doctype html><title>x</title>'));
  for (const path of ['/api/health', '/api/stories', '/api/nothing', '/api/stories?limit=0', '/openapi.json']) {
    const res = await send(path);
    assert.equal(res.headers.get('x-content-type-options'), 'nosniff', path);
    assert.equal(res.headers.get('content-security-policy'), API_POLICY, path);
    assert.equal(res.headers.get('x-frame-options'), 'DENY', path);
  }
  const denied = await postArticles(send, [], { token: null });
  assert.equal(denied.headers.get('x-content-type-options'), 'nosniff');
  const page = await send('/page');
  assert.equal(page.headers.get('content-security-policy'), PAGE_POLICY);
  assert.equal(page.headers.get('x-content-type-options'), 'nosniff');
  assert.doesNotMatch(PAGE_POLICY, /unsafe-inline|unsafe-eval|\*/);
  assert.match(PAGE_POLICY, /default-src 'none'/);
});

test('stored content comes back as JSON data, never as markup', async () => {
  const { send } = await fresh();
  const html = '<script>alert(1)</script> The central bank of Norway raised its key rate by 25 basis points.';
  await postArticles(send, [{ id: '<img src=x onerror=alert(1)>', title: '<b>t</b>', text: html }]);
  const res = await send(`/api/articles/${encodeURIComponent('<img src=x onerror=alert(1)>')}`);
  assert.match(res.headers.get('content-type')!, /^application\/json/);
  assert.equal(((await res.json()) as { text: string }).text, html);
});

test('no CORS headers unless an origin is configured; then only for that origin', async () => {
  const closed = await fresh();
  const plain = await closed.send('/api/stories', { headers: { Origin: 'https://evil.example' } });
  assert.equal(plain.headers.get('access-control-allow-origin'), null);
  const preflight = await closed.send('/api/articles', { method: 'OPTIONS', headers: { Origin: 'https://evil.example', 'Access-Control-Request-Method': 'POST' } });
  assert.equal(preflight.headers.get('access-control-allow-origin'), null);

  const open = await fresh({ cors: 'https://news.example.org' });
  const ok = await open.send('/api/stories', { headers: { Origin: 'https://news.example.org' } });
  assert.equal(ok.headers.get('access-control-allow-origin'), 'https://news.example.org');
  const other = await open.send('/api/stories', { headers: { Origin: 'https://evil.example' } });
  assert.notEqual(other.headers.get('access-control-allow-origin'), 'https://evil.example');
  const pre = await open.send('/api/articles', { method: 'OPTIONS', headers: { Origin: 'https://news.example.org', 'Access-Control-Request-Method': 'POST' } });
  assert.equal(pre.status, 204);
  assert.match(pre.headers.get('access-control-allow-headers') ?? '', /Authorization/);
});

test('query parameters cannot inject SQL or full-text syntax', async () => {
  const { send, store } = await fresh();
  await postArticles(send, [{ id: 'n', text: TEXT }]);
  const attempts = [
    "'; DROP TABLE articles; --", '" OR 1=1 --', "en' OR '1'='1", 'Norway OR krone', 'NEAR(Norway krone)', 'title:Norway', 'Norw*', '")', '%',
  ];
  for (const a of attempts) {
    const q = encodeURIComponent(a);
    for (const path of [`/api/search?q=${q}`, `/api/stories?q=${q}`, `/api/stories?language=${q}`, `/api/stories?topic=${q}`, `/api/stories?after=${q}`, `/api/topics/${q}`, `/api/stories/${q}`, `/api/articles/${q}`]) {
      const res = await send(path);
      assert.ok([200, 400, 404].includes(res.status), `${path}: ${res.status}`);
    }
  }
  const hits = async (q: string) => ((await (await send(`/api/search?q=${encodeURIComponent(q)}`)).json()) as { items: unknown[] }).items.length;
  assert.equal(await hits('title:Norway'), 0, '"title" is a word, not a column filter');
  assert.equal(await hits('Norw*'), 0, 'no prefix syntax');
  assert.equal(await hits('Norway OR krone'), 0, '"OR" is a word, not an operator');
  assert.equal(await hits('NEAR(Norway krone)'), 0, '"NEAR" is a word');
  assert.equal(await hits('Norway krone'), 1);
  assert.equal(await store.articleCount(), 1, 'the table is still there and unchanged');
  assert.equal((await send('/api/search?q=krone')).status, 200);
});
