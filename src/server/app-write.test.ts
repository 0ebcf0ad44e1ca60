import assert from 'node:assert/strict';
import { after, test } from 'node:test';
import { appFixture, inProcess, postArticles, TOKEN } from './app-fixture.ts';

const NORWAY = 'The central bank of Norway raised its key rate by 25 basis points to 4.75 percent on Thursday, citing persistent inflation and a weak krone.';
const PO = 'Flooding in the Po valley forced 3,200 residents from their homes as the river rose above 9 metres near Cremona on Monday night.';

const fixtures: Array<{ close(): Promise<void> }> = [];
after(async () => { for (const f of fixtures) await f.close(); });
async function fresh(opts = {}) {
  const f = await appFixture(opts);
  fixtures.push(f);
  return { ...f, send: inProcess(f.app) };
}

const results = async (res: Response) => {
  assert.equal(res.status, 200, await res.clone().text());
  return ((await res.json()) as { results: Array<{ id: string; status: string; reason?: string }> }).results;
};

test('POST /api/articles (JSON): stored, then duplicate on a repost; a bad item is rejected alone with its reason', async () => {
  const { send, store } = await fresh();
  const body = [{ id: 'n1', text: NORWAY, lang: 'en' }, { id: 'bad', text: 42 }, { text: PO }];
  const first = await results(await postArticles(send, body));
  assert.deepEqual(first.map((r) => [r.id.replace(/^anon-[0-9a-f]{16}$/, 'anon'), r.status]), [['n1', 'stored'], ['bad', 'rejected'], ['anon', 'stored']]);
  assert.match(first[1]!.reason!, /index 1: "text" must be a string, got a number/);
  assert.equal(await store.articleCount(), 2);
  const again = await results(await postArticles(send, body));
  assert.deepEqual(again.map((r) => r.status), ['duplicate', 'rejected', 'duplicate']);
  assert.equal(again[2]!.id, first[2]!.id, 'an item without an id gets the same id from the same content');
  assert.equal(await store.articleCount(), 2);
});

test('POST /api/articles: a changed text under a stored id is stored; an id twice in one request is rejected the second time', async () => {
  const { send, store } = await fresh();
  await results(await postArticles(send, [{ id: 'a', text: NORWAY }]));
  const r = await results(await postArticles(send, [{ id: 'a', text: PO }, { id: 'a', text: NORWAY }]));
  assert.deepEqual(r.map((x) => x.status), ['stored', 'rejected']);
  assert.match(r[1]!.reason!, /already read in this run/);
  assert.equal((await store.article('a' as never))!.text, PO);
});

test('POST /api/articles (JSON Lines): each line on its own; a broken line names its number', async () => {
  const { send, store } = await fresh();
  const body = `${JSON.stringify({ id: 'n', text: NORWAY })}\n{"id": "broken", \n\n${JSON.stringify({ id: 'p', text: PO })}\r\n`;
  const r = await results(await postArticles(send, body, { type: 'application/x-ndjson' }));
  assert.deepEqual(r.map((x) => [x.id, x.status]), [['n', 'stored'], ['line 2', 'rejected'], ['p', 'stored']]);
  assert.match(r[1]!.reason!, /line 2: invalid JSON/);
  assert.equal(await store.articleCount(), 2);
});

test('POST /api/articles: one object is a list of one; an empty list stores nothing', async () => {
  const { send } = await fresh();
  assert.deepEqual((await results(await postArticles(send, { id: 'one', text: NORWAY }))).map((x) => x.status), ['stored']);
  assert.deepEqual(await results(await postArticles(send, [])), []);
});

test('POST /api/articles: malformed bodies are 400/415 problems and store nothing', async () => {
  const { send, store } = await fresh();
  const cases: Array<[unknown, string | undefined, number, RegExp]> = [
    ['[{"id": 1,', undefined, 400, /not valid JSON/],
    ['"just a string"', undefined, 400, /expected a JSON array/],
    [new Uint8Array([0x5b, 0x22, 0xff, 0xfe, 0x22, 0x5d]), undefined, 400, /not valid UTF-8/],
    [JSON.stringify([{ id: 'x', text: NORWAY }]), 'text/plain', 415, /application\/json or application\/x-ndjson/],
    [JSON.stringify([{ id: 'x', text: NORWAY }]), 'multipart/form-data; boundary=x', 415, /multipart/],
  ];
  for (const [body, type, status, detail] of cases) {
    const res = await postArticles(send, body, type ? { type } : {});
    assert.equal(res.status, status, String(body));
    assert.equal(res.headers.get('content-type'), 'application/problem+json');
    assert.match(((await res.json()) as { detail: string }).detail, detail);
  }
  assert.equal(await store.articleCount(), 0);
});

test('writes need the bearer token: 401 without one or with a wrong one; 403 when the server has none', async () => {
  const { send, store } = await fresh();
  for (const token of [null, 'wrong-token', `${TOKEN}x`, '']) {
    const res = await postArticles(send, [{ id: 'x', text: NORWAY }], { token });
    assert.equal(res.status, 401, `token ${token}`);
    assert.match(res.headers.get('www-authenticate') ?? '', /^Bearer/);
    assert.equal(((await res.json()) as { type: string }).type, 'urn:parallax:problem:unauthorized');
  }
  const basic = await send('/api/articles', { method: 'POST', headers: { Authorization: `Basic ${TOKEN}`, 'Content-Type': 'application/json' }, body: '[]' });
  assert.equal(basic.status, 401);
  assert.equal((await send('/api/articles', { method: 'POST', headers: { Authorization: `bearer ${TOKEN}`, 'Content-Type': 'application/json' }, body: '[]' })).status, 200, 'the scheme is case-insensitive');
  assert.equal(await store.articleCount(), 0);

  const readOnly = await fresh({ token: null });
  const res = await postArticles(readOnly.send, [{ id: 'x', text: NORWAY }]);
  assert.equal(res.status, 403);
  assert.match(((await res.json()) as { detail: string }).detail, /without PARALLAX_TOKEN/);
  assert.equal((await readOnly.send('/api/health')).status, 200, 'reads still work');
});

test('a body over the limit is 413 and nothing is stored', async () => {
  const { send, store } = await fresh({ maxBodyBytes: 1000 });
  const res = await postArticles(send, [{ id: 'big', text: NORWAY.repeat(20) }]);
  assert.equal(res.status, 413);
  const body = (await res.json()) as { type: string; status: number; detail: string };
  assert.deepEqual([body.type, body.status], ['urn:parallax:problem:payload-too-large', 413]);
  assert.match(body.detail, /over 1000 bytes/);
  assert.equal((await postArticles(send, [{ id: 'small', text: NORWAY }])).status, 200);
  assert.equal(await store.articleCount(), 1);
});

test('writes are rate-limited per client: 429 with Retry-After once the burst is spent', async () => {
  const { send } = await fresh({ rateLimit: { burst: 2, perSecond: 0.01 } });
  assert.equal((await postArticles(send, [])).status, 200);
  assert.equal((await postArticles(send, [], { token: 'wrong' })).status, 401, 'failed attempts spend tokens too');
  const limited = await postArticles(send, []);
  assert.equal(limited.status, 429);
  assert.equal(limited.headers.get('retry-after'), '100');
  assert.equal(((await limited.json()) as { status: number }).status, 429);
  assert.equal((await send('/api/health')).status, 200, 'reads are not limited');
});
