import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readJson } from './json.ts';

const opts = { file: 'feed.json', stem: 'feed' };

test('a single object: fields read, id from the record, unknown fields ignored (gold never copied)', () => {
  const [r] = readJson(JSON.stringify({ id: 42, title: ' Titel ', text: 'Erster Satz.\n\nZweiter.', url: 'https://x.example/a', lang: 'de', published: '2024-03-05', source: 'Tagblatt', gold: { event: 'e1' }, extra: 1 }), opts);
  assert.ok(r?.ok);
  const a = r.article;
  assert.equal(a.id, '42');
  assert.equal(a.title, 'Titel');
  assert.equal(a.text, 'Erster Satz.\n\nZweiter.');
  assert.deepEqual([a.url, a.declaredLang, a.published, a.source, a.byline], ['https://x.example/a', 'de', '2024-03-05', 'Tagblatt', null]);
  assert.deepEqual(a.origin, { file: 'feed.json' });
  assert.ok(!('gold' in a) && !('extra' in a));
  assert.ok(!JSON.stringify(a).includes('e1'));
});

test('an object without id takes the file stem', () => {
  const [r] = readJson('{"text":"Hallo."}', opts);
  assert.ok(r?.ok && r.article.id === 'feed');
});

test('an array: ids stem#index, a bad record in the middle names its index, the rest continues', () => {
  const rs = readJson(JSON.stringify([{ text: 'A.' }, { title: 5, text: 'B.' }, { text: '   ' }, 'nope', { id: 'c', text: 'C.' }]), opts);
  assert.equal(rs.length, 5);
  assert.ok(rs[0]?.ok && rs[0].article.id === 'feed#0' && rs[0].article.origin.index === 0);
  assert.ok(rs[1] && !rs[1].ok);
  assert.equal(!rs[1].ok && rs[1].message, 'feed.json: index 1: "title" must be a string or null, got a number; fix the record or remove it from the array');
  assert.ok(rs[2] && !rs[2].ok && /index 2: needs a non-empty "text" or "html"/.test(rs[2].message));
  assert.ok(rs[3] && !rs[3].ok && /index 3: expected an article object, got a string/.test(rs[3].message));
  assert.ok(rs[4]?.ok && rs[4].article.id === 'c');
});

test('id must be a string or number; other fields string or null; text must be a string', () => {
  const [a, b, c, d] = readJson(JSON.stringify([{ id: true, text: 'x' }, { id: 1, url: null, text: 'x' }, { text: ['x'] }, { id: '', text: 'x' }]), opts);
  assert.ok(a && !a.ok && a.message.includes('"id" must be a non-empty string or a number, got a boolean'));
  assert.ok(b?.ok && b.article.url === null);
  assert.ok(c && !c.ok && c.message.includes('"text" must be a string, got an array'));
  assert.ok(d && !d.ok && d.code === 'invalid-record');
});

test('html goes through the extractor; record fields win over page metadata', () => {
  const html = '<html lang="it"><head><meta property="og:title" content="Dalla pagina"><meta name="author" content="Giulia Rossi"></head><body><article><p>Primo paragrafo del testo.</p><p>Secondo paragrafo.</p></article><footer>Piè di pagina</footer></body></html>';
  const [r] = readJson(JSON.stringify({ title: 'Dal record', html }), opts);
  assert.ok(r?.ok);
  assert.equal(r.article.text, 'Primo paragrafo del testo.\n\nSecondo paragrafo.');
  assert.equal(r.article.title, 'Dal record');
  assert.equal(r.article.byline, 'Giulia Rossi');
  assert.equal(r.article.declaredLang, 'it');
});

test('invalid JSON is one error for the file, with line and column; empty arrays are errors', () => {
  const [r] = readJson('[\n {"text": "a"},\n {"text": "b",}\n]', opts);
  assert.ok(r && !r.ok && r.code === 'invalid-json');
  assert.match(r.message, /^feed\.json: invalid JSON \(.*line 3.*\); fix the file/);
  const [e] = readJson('[]', opts);
  assert.ok(e && !e.ok && e.code === 'empty');
});

test('a published value that is not a date is kept as given with a note', () => {
  const [r] = readJson('{"text":"x","published":"gestern"}', opts);
  assert.ok(r?.ok && r.article.published === 'gestern');
  assert.ok(r.article.messages.some((m) => m.code === 'date-not-iso'));
});
