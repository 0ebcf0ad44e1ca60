import assert from 'node:assert/strict';
import { connect } from 'node:net';
import { after, before, test } from 'node:test';
import { appFixture, overHttp, postArticles, seedObjects, seedsSkip, TOKEN, type Fixture, type Send } from './app-fixture.ts';
import { BindRefused, isLoopback, listen, type Listening } from './listen.ts';

let f: Fixture;
let server: Listening;
// Short timeouts on a listener of their own: on a loaded machine analysing the seeds can hold the event
// loop longer than a slow-client limit, and the server would then cut off an honest client.
let impatient: Listening;
let send: Send;
before(async () => {
  f = await appFixture({ maxBodyBytes: 200_000 });
  server = await listen(f.app, { host: '127.0.0.1', port: 0, token: TOKEN });
  impatient = await listen(f.app, { host: '127.0.0.1', port: 0, token: TOKEN, headersTimeoutMs: 300, requestTimeoutMs: 600, checkIntervalMs: 100 });
  send = overHttp(server.url);
});
after(async () => {
  await server.close();
  await impatient.close();
  await f.close();
});

const json = async <T>(res: Response, status = 200): Promise<T> => {
  assert.equal(res.status, status, await res.clone().text());
  assert.equal(res.headers.get('x-content-type-options'), 'nosniff');
  return (await res.json()) as T;
};

test('over a real port: the seeds posted to /api/articles give two stories, and every endpoint answers', { skip: seedsSkip }, async () => {
  const seeds = await seedObjects();
  assert.equal(seeds.length, 5);
  const { results } = await json<{ results: Array<{ status: string }> }>(await postArticles(send, seeds));
  assert.deepEqual(results.map((r) => r.status), ['stored', 'stored', 'stored', 'stored', 'stored']);
  const again = await json<{ results: Array<{ status: string }> }>(await postArticles(send, seeds.map((s) => JSON.stringify(s)).join('\n'), { type: 'application/x-ndjson' }));
  assert.deepEqual(again.results.map((r) => r.status), ['duplicate', 'duplicate', 'duplicate', 'duplicate', 'duplicate']);

  const stories = await json<{ items: Array<{ id: string; topic: string; articles: number }>; next: null }>(await send('/api/stories'));
  assert.equal(stories.items.length, 2);
  assert.deepEqual(stories.items.map((s) => s.articles).sort(), [2, 3]);
  assert.equal(new Set(stories.items.map((s) => s.topic)).size, 1);

  const hits = await json<{ items: Array<{ article: string; story: string }> }>(await send('/api/search?q=Kishida'));
  assert.equal(hits.items.length, 5);
  assert.deepEqual(new Set(hits.items.map((h) => h.story)), new Set(stories.items.map((s) => s.id)));

  // Whatever type the extractor gives each reading of the name, the filter must give exactly the stories it counts.
  const kishida = await json<{ items: Array<{ id: string; stories: number }> }>(await send('/api/entities?q=kishida'));
  assert.ok(kishida.items.length >= 1);
  const storiesWith = new Set<string>();
  for (const e of kishida.items) {
    const page = await json<{ items: Array<{ id: string }> }>(await send(`/api/stories?entity=${encodeURIComponent(e.id)}`));
    assert.equal(page.items.length, e.stories, e.id);
    for (const s of page.items) storiesWith.add(s.id);
    assert.equal((await json<{ id: string }>(await send(`/api/entities/${encodeURIComponent(e.id)}`))).id, e.id);
  }
  assert.equal(storiesWith.size, 2);

  const story = await json<{ members: Array<{ id: string; relation: { kind: string } | null }> }>(await send(`/api/stories/${stories.items[0]!.id}`));
  assert.ok(story.members.length >= 2);
  const article = await json<{ text: string; paragraphs: unknown[] }>(await send(`/api/articles/${encodeURIComponent(hits.items[0]!.article)}`));
  assert.ok(article.text.includes('Kishida') && article.paragraphs.length > 0);
  const topic = await json<{ stories: unknown[] }>(await send(`/api/topics/${stories.items[0]!.topic}`));
  assert.equal(topic.stories.length, 2);
  assert.deepEqual(await json(await send('/api/health')), { status: 'ok', articles: 5 });
  assert.equal((await json<{ openapi: string }>(await send('/openapi.json'))).openapi, '3.1.0');
  assert.equal((await json<{ status: number }>(await send('/api/stories?limit=x'), 400)).status, 400);
});

test('over a real port: 401 without the token, 413 for a body over the limit with or without Content-Length', async () => {
  assert.equal((await postArticles(send, [], { token: null })).status, 401);
  assert.equal((await postArticles(send, [], { token: 'nope' })).status, 401);
  const big = JSON.stringify([{ id: 'big', text: 'word '.repeat(50_000) }]);
  const sized = await postArticles(send, big);
  assert.equal(sized.status, 413);
  assert.equal(sized.headers.get('content-type'), 'application/problem+json');
  const chunks = new ReadableStream<Uint8Array>({
    start(c) {
      for (let i = 0; i < 10; i++) c.enqueue(new TextEncoder().encode(big.slice(i * 30_000, (i + 1) * 30_000)));
      c.close();
    },
  });
  const chunked = await fetch(new URL('/api/articles', server.url), {
    method: 'POST', body: chunks, duplex: 'half', headers: { Authorization: `Bearer ${TOKEN}`, 'Content-Type': 'application/json' },
  } as RequestInit);
  assert.equal(chunked.status, 413);
});

/** Sends `data` on a raw connection and resolves with what the server said before it closed the connection. */
function rawExchange(port: number, data: string): Promise<{ reply: string; ms: number }> {
  return new Promise((resolve, reject) => {
    const t0 = Date.now();
    const socket = connect(port, '127.0.0.1', () => socket.write(data));
    let reply = '';
    socket.on('data', (d) => { reply += d.toString('latin1'); });
    socket.on('close', () => resolve({ reply, ms: Date.now() - t0 }));
    socket.on('error', reject);
    setTimeout(() => { socket.destroy(); reject(new Error('the server kept a slow client for over 5 s')); }, 5000).unref();
  });
}

test('slow clients are cut off: headers that never end, a body that never comes', async () => {
  const headers = await rawExchange(impatient.port, 'GET /api/health HTTP/1.1\r\nHost: x\r\n');
  assert.ok(headers.ms < 3000, `${headers.ms} ms`);
  assert.match(headers.reply, /^$|^HTTP\/1\.1 408/);
  const body = await rawExchange(impatient.port, `POST /api/articles HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer ${TOKEN}\r\nContent-Type: application/json\r\nContent-Length: 1000\r\n\r\n[{"id"`);
  assert.ok(body.ms < 3000, `${body.ms} ms`);
  assert.match(body.reply, /^$|^HTTP\/1\.1 408/);
  assert.equal((await overHttp(impatient.url)('/api/health')).status, 200, 'and the server still answers others');
});

test('over a real port: writes beyond the burst get 429 with Retry-After', async () => {
  const g = await appFixture({ rateLimit: { burst: 1, perSecond: 0.5 } });
  const s = await listen(g.app, { host: '127.0.0.1', port: 0, token: TOKEN });
  try {
    const to = overHttp(s.url);
    assert.equal((await postArticles(to, [])).status, 200);
    const limited = await postArticles(to, []);
    assert.equal(limited.status, 429);
    assert.equal(limited.headers.get('retry-after'), '2');
  } finally {
    await s.close();
    await g.close();
  }
});

test('without a token the server refuses to listen beyond loopback, and says so', async () => {
  const g = await appFixture({ token: null });
  try {
    for (const host of ['0.0.0.0', '::', '192.168.1.10', 'example.org']) {
      await assert.rejects(listen(g.app, { host, port: 0, token: null }), (e: Error) => e instanceof BindRefused && /refusing to listen on .* without a token: set PARALLAX_TOKEN/.test(e.message));
    }
    const local = await listen(g.app, { host: '127.0.0.1', port: 0, token: null });
    assert.equal((await fetch(new URL('/api/health', local.url))).status, 200);
    await local.close();
  } finally {
    await g.close();
  }
});

test('loopback is localhost, 127.0.0.0/8 and ::1; nothing else', () => {
  for (const h of ['localhost', '127.0.0.1', '127.1.2.3', '::1', '[::1]', '::ffff:127.0.0.1']) assert.equal(isLoopback(h), true, h);
  for (const h of ['0.0.0.0', '::', '10.0.0.1', '128.0.0.1', 'localhost.example.org', '127.0.0.1.nip.io', '']) assert.equal(isLoopback(h), false, h);
});

test('close waits for idle keep-alive connections no longer than it must', async () => {
  const g = await appFixture();
  const s = await listen(g.app, { host: '127.0.0.1', port: 0, token: TOKEN });
  await fetch(new URL('/api/health', s.url), { headers: { Connection: 'keep-alive' } });
  const t0 = Date.now();
  await s.close(2000);
  assert.ok(Date.now() - t0 < 1500, `${Date.now() - t0} ms`);
  await assert.rejects(fetch(new URL('/api/health', s.url)));
  await g.close();
});
