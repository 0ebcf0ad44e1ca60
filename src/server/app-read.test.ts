import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { appFixture, inProcess, postArticles, type Fixture, type Send } from './app-fixture.ts';

const ARTICLES = [
  { id: 'n1', title: 'Norway raises rates', lang: 'en', published: '2025-03-14T08:00:00Z', text: 'The central bank of Norway raised its key rate by 25 basis points to 4.75 percent on Thursday, citing persistent inflation and a weak krone.' },
  { id: 'dir/p1#2', title: 'Po valley floods', lang: 'en', published: '2025-03-10', text: 'Flooding in the Po valley forced 3,200 residents from their homes as the river rose above 9 metres near Cremona on Monday night.\n\nThe regional government declared a state of emergency.' },
  { id: 'd1', title: 'Neue Straßenbahn', lang: 'de', published: '2025-04-02T10:00:00+02:00', text: 'Der Bürgermeister Jürgen Müller eröffnete am Montag in Göttingen die neue Straßenbahnlinie, die vierzehn Haltestellen verbindet und jährlich dreieinhalb Millionen Fahrgäste befördern soll.' },
];

// Every read twice: answered on the main thread, and forwarded to read threads (serve --readers).
for (const readers of [0, 2]) describe(readers === 0 ? 'reads on the main thread' : `reads in ${readers} read threads`, () => {
  let f: Fixture;
  let send: Send;
  before(async () => {
    f = await appFixture({}, readers);
    send = inProcess(f.app);
    assert.equal((await postArticles(send, ARTICLES)).status, 200);
  });
  after(() => f.close());

  async function get<T>(path: string, status = 200): Promise<T> {
    const res = await send(path);
    assert.equal(res.status, status, `${path}: ${await res.clone().text()}`);
    assert.match(res.headers.get('content-type') ?? '', status === 200 ? /^application\/json/ : /^application\/problem\+json$/);
    return (await res.json()) as T;
  }

  type Page = { items: Array<{ id: string; topic: string; languages: string[]; articles: number }>; next: string | null };

  test('GET /api/stories: newest first, in pages that add up, with filters', async () => {
    const all = await get<Page>('/api/stories');
    assert.equal(all.items.length, 3);
    assert.equal(all.next, null);
    const first = await get<Page>('/api/stories?limit=2');
    assert.equal(first.items.length, 2);
    const second = await get<Page>(`/api/stories?limit=2&after=${encodeURIComponent(first.next!)}`);
    assert.deepEqual([...first.items, ...second.items], all.items);
    assert.equal(second.next, null);
    assert.deepEqual((await get<Page>('/api/stories?language=de')).items.map((s) => s.languages), [['de']]);
    assert.deepEqual((await get<Page>('/api/stories?language=DE')).items.length, 1, 'codes are case-insensitive');
    assert.deepEqual((await get<Page>('/api/stories?from=2025-03-01&to=2025-03-31')).items.length, 2);
    assert.deepEqual((await get<Page>('/api/stories?q=cremona&language=en')).items.length, 1);
    const topic = all.items[0]!.topic;
    assert.ok((await get<Page>(`/api/stories?topic=${topic}`)).items.every((s) => s.topic === topic));
  });

  test('GET /api/stories/{id}: the story with its members; unknown is a 404 problem', async () => {
    const page = await get<Page>('/api/stories?language=de');
    const story = await get<{ id: string; articles: number; members: Array<{ id: string; lang: string }> }>(`/api/stories/${page.items[0]!.id}`);
    assert.equal(story.id, page.items[0]!.id);
    assert.deepEqual(story.members.map((m) => [m.id, m.lang]), [['d1', 'de']]);
    const missing = await get<{ status: number; detail: string }>('/api/stories/s-nope', 404);
    assert.equal(missing.status, 404);
    assert.match(missing.detail, /no story with id "s-nope"/);
  });

  test('GET /api/articles/{id}: the text with its paragraph spans, also for ids with slashes and #', async () => {
    const a = await get<{ id: string; text: string; paragraphs: Array<{ start: number; end: number }>; lang: { code: string } }>(`/api/articles/${encodeURIComponent('dir/p1#2')}`);
    assert.equal(a.id, 'dir/p1#2');
    assert.equal(a.text, ARTICLES[1]!.text);
    assert.deepEqual(a.paragraphs.map((p) => a.text.slice(p.start, p.end)), ARTICLES[1]!.text.split('\n\n'));
    assert.equal((await get<{ id: string }>('/api/articles/dir/p1%232')).id, 'dir/p1#2', 'an unencoded slash works too');
    await get('/api/articles/none', 404);
  });

  test('GET /api/topics/{id}: its stories; unknown is a 404 problem', async () => {
    const all = await get<Page>('/api/stories');
    const t = all.items[0]!.topic;
    const topic = await get<{ id: string; stories: Array<{ topic: string }> }>(`/api/topics/${t}`);
    assert.equal(topic.id, t);
    assert.ok(topic.stories.length >= 1 && topic.stories.every((s) => s.topic === t));
    await get('/api/topics/t-nope', 404);
  });

  test('GET /api/search: diacritics-insensitive hits with snippets; q is required and must have words', async () => {
    const { items } = await get<{ items: Array<{ article: string; snippet: string; highlights: Array<{ start: number; end: number }> }> }>('/api/search?q=GOTTINGEN');
    assert.deepEqual(items.map((h) => h.article), ['d1']);
    assert.equal(items[0]!.snippet.slice(items[0]!.highlights[0]!.start, items[0]!.highlights[0]!.end), 'Göttingen');
    assert.equal((await get<{ items: unknown[] }>('/api/search?q=norway&limit=1')).items.length, 1);
    assert.match((await get<{ detail: string }>('/api/search', 400)).detail, /"q": required/);
    assert.match((await get<{ detail: string }>('/api/search?q=%20%21%3F', 400)).detail, /at least one word/);
  });

  test('GET /api/entities and /api/entities/{id}; /api/stories?entity= gives the stories an entity is in', async () => {
    type Entity = { id: string; type: string; name: string; mentions: number; stories: number };
    const all = await get<{ items: Entity[]; next: string | null }>('/api/entities?limit=100');
    assert.ok(all.items.length >= 3, all.items.map((e) => e.id).join(', '));
    const first = await get<{ items: Entity[]; next: string }>('/api/entities?limit=1');
    const second = await get<{ items: Entity[] }>(`/api/entities?limit=1&after=${first.next}`);
    assert.deepEqual([...first.items, ...second.items], all.items.slice(0, 2));
    const type = all.items[0]!.type;
    assert.ok((await get<{ items: Entity[] }>(`/api/entities?type=${type}`)).items.every((e) => e.type === type));
    const e = all.items[0]!;
    assert.ok((await get<{ items: Entity[] }>(`/api/entities?q=${encodeURIComponent(e.name.toUpperCase())}`)).items.some((x) => x.id === e.id));
    const detail = await get<Entity & { inStories: Array<{ story: string }> }>(`/api/entities/${encodeURIComponent(e.id)}`);
    assert.equal(detail.id, e.id);
    const stories = await get<Page>(`/api/stories?entity=${encodeURIComponent(e.id)}`);
    assert.deepEqual(stories.items.map((s) => s.id).sort(), detail.inStories.map((s) => s.story).sort());
    await get('/api/entities/per:nobody', 404);
    for (const bad of ['/api/entities?type=person', '/api/entities?after=x', '/api/stories?entity=nobody', '/api/entities?q=']) await get(bad, 400);
  });

  test('GET /api/articles/{id} carries the facts, each a span of the text', async () => {
    const a = await get<{ text: string; facts: Array<{ kind: string; start: number; end: number; text?: string }> }>('/api/articles/d1');
    const entities = a.facts.filter((f) => f.kind === 'entity');
    assert.ok(entities.length > 0);
    for (const f of entities) assert.equal(a.text.slice(f.start, f.end), f.text);
  });

  test('GET /api/health and GET /openapi.json', async () => {
    assert.deepEqual(await get('/api/health'), { status: 'ok', articles: 3 });
    const doc = await get<{ openapi: string; paths: Record<string, unknown> }>('/openapi.json');
    assert.equal(doc.openapi, '3.1.0');
    assert.ok(doc.paths['/api/stories']);
  });

  test('query parameters are checked at the edge: each mistake is a 400 naming the parameter', async () => {
    const cases: Array<[string, string, RegExp]> = [
      ['/api/stories?limit=0', 'limit', /from 1 to 100/],
      ['/api/stories?limit=101', 'limit', /from 1 to 100/],
      ['/api/stories?limit=ten', 'limit', /whole number/],
      ['/api/stories?limit=1.5', 'limit', /whole number/],
      ['/api/stories?from=2025-02-30', 'from', /calendar date/],
      ['/api/stories?to=yesterday', 'to', /calendar date/],
      ['/api/stories?from=2025-04-01&to=2025-03-01', 'from', /after "to"/],
      ['/api/stories?language=german', 'language', /language code/],
      ['/api/stories?topic=a%20b', 'topic', /topic id/],
      ['/api/stories?after=abc', 'after', /not a cursor/],
      ['/api/stories?langauge=de', 'langauge', /unknown parameter/],
      ['/api/stories?limit=1&limit=2', 'limit', /more than once/],
      [`/api/search?q=${'a'.repeat(501)}`, 'q', /at most 500/],
      ['/api/health?x=1', 'x', /unknown parameter/],
    ];
    for (const [path, parameter, detail] of cases) {
      const p = await get<{ type: string; title: string; status: number; detail: string; parameter: string }>(path, 400);
      assert.deepEqual([p.type, p.status, p.parameter], ['urn:parallax:problem:invalid-parameter', 400, parameter], path);
      assert.equal(p.title, 'A query parameter is invalid');
      assert.match(p.detail, detail, path);
    }
  });

  test('unknown routes are 404 and wrong methods 405, as problem details', async () => {
    const missing = await get<{ type: string; detail: string }>('/api/nothing', 404);
    assert.equal(missing.type, 'urn:parallax:problem:not-found');
    const res = await send('/api/stories', { method: 'DELETE' });
    assert.equal(res.status, 405);
    assert.equal(res.headers.get('allow'), 'GET, HEAD');
    assert.equal(res.headers.get('content-type'), 'application/problem+json');
    assert.equal((await send('/api/articles', { method: 'PUT' })).headers.get('allow'), 'POST');
  });

  test('HEAD answers as GET does, without a body', async () => {
    const res = await send('/api/stories', { method: 'HEAD' });
    assert.equal(res.status, 200);
    assert.match(res.headers.get('content-type') ?? '', /^application\/json/);
    assert.equal(await res.text(), '');
  });

});
