/**
 * The readers' own defences, one at a time (src/hostile/cli-batch.test.ts runs them all through the
 * command line): UTF-16 without a byte order mark, pages nested absurdly deep, raw-text elements that
 * never close, and articles too big to analyse.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { MAX_PAGE_CHARS, MAX_TEXT_CHARS } from './article-limits.ts';
import { decodeBytes, utf16WithoutBom } from './decode.ts';
import { extractHtml, readHtml } from './html.ts';
import { MAX_PAGE_DEPTH, shallowPage, withoutRawText } from './html-shallow.ts';
import { readJsonRecord } from './json-record.ts';
import { readText } from './text.ts';

const TEXT = 'Der Gemeinderat hat am Mittwoch beschlossen, die alte Mühle in ein Museum umzubauen; die Eröffnung ist 2027.';
const DEEP = 100_000;
/** Generous for a loaded machine; before the flattening, the deep page took minutes and then overflowed the stack. */
const QUICK_MS = 15_000;

function timed<T>(f: () => T): { value: T; ms: number } {
  const t = Date.now();
  const value = f();
  return { value, ms: Date.now() - t };
}

test('UTF-16 without a byte order mark is recognised in both byte orders and read with a warning', () => {
  const le = Buffer.from(TEXT, 'utf16le');
  const be = Buffer.from(le).swap16();
  assert.equal(utf16WithoutBom(le), 'utf-16le');
  assert.equal(utf16WithoutBom(be), 'utf-16be');
  for (const bytes of [le, be]) {
    const d = decodeBytes(bytes, 'x.txt');
    assert.ok(d.ok && d.text === TEXT);
    assert.equal(d.messages[0]?.code, 'utf16-without-bom');
    assert.match(d.messages[0]!.message, /^x\.txt: no byte order mark, but the bytes are UTF-16(LE|BE) text/);
  }
  // A sample cut inside a surrogate pair is still text.
  const astral = Buffer.from('a😊'.repeat(400), 'utf16le');
  assert.equal(utf16WithoutBom(astral.subarray(0, 1024)), 'utf-16le');
});

test('binary data is not taken for UTF-16, nor is UTF-8 text', () => {
  const png = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d, 0x49, 0x48, 0x44, 0x52, 0x00, 0x00, 0x01, 0x00]);
  assert.equal(utf16WithoutBom(png), null);
  // NULs at every other byte, but the other bytes are control characters: a table of small integers, not text.
  const ints = Buffer.from(new Uint16Array(Array.from({ length: 200 }, (_, i) => i % 20)).buffer);
  assert.equal(utf16WithoutBom(ints), null);
  assert.equal(decodeBytes(ints, 'ints.txt').ok, false);
  assert.equal(utf16WithoutBom(Buffer.from(TEXT)), null);
  assert.equal(utf16WithoutBom(Buffer.from([0x41, 0x00])), null, 'too short to tell');
});

test('a page nested 100,000 levels deep is read flat, quickly, keeping its head and leaving out its scripts', () => {
  const page = `<!DOCTYPE html><html lang="de"><head><title>Museum</title><script type="application/ld+json">{"@type":"NewsArticle","headline":"Die Mühle wird Museum","datePublished":"2026-03-04"}</script></head>
<body>${'<div><section>'.repeat(DEEP / 2)}<p>${TEXT}</p><script>document.write("evil")</script><style>p{}</style>${'</section></div>'.repeat(DEEP / 2)}</body></html>`;
  const { value: r, ms } = timed(() => readHtml(page, { id: 'deep', origin: { file: 'deep.html' } }));
  assert.ok(ms < QUICK_MS, `took ${ms} ms`);
  assert.ok(r.ok);
  assert.equal(r.article.text, TEXT);
  assert.equal(r.article.title, 'Die Mühle wird Museum');
  assert.equal(r.article.published, '2026-03-04');
  assert.equal(r.article.declaredLang, 'de');
  assert.deepEqual(r.article.messages.map((m) => [m.code, m.level]), [['html-too-deep', 'warning']]);
});

test('deep markup without a body, or never closed, is read flat too; shallow pages are left as they are', () => {
  for (const page of [`${'<b>'.repeat(DEEP)}${TEXT}`, `<html><body>${'<ul><li>'.repeat(DEEP / 2)}${TEXT}`]) {
    const { value: x, ms } = timed(() => extractHtml(page, 'p.html'));
    assert.ok(ms < QUICK_MS, `took ${ms} ms`);
    assert.equal(x.text, TEXT);
    assert.equal(x.messages[0]?.code, 'html-too-deep');
  }
  assert.equal(shallowPage(`<html><body>${'<div>'.repeat(200)}${TEXT}${'</div>'.repeat(200)}</body></html>`), null);
});

test('the deepest page still read as a tree is read in seconds', () => {
  const depth = MAX_PAGE_DEPTH - 3; // html, body and article count too
  const page = `<html><body>${'<div>'.repeat(depth)}<article><p>${TEXT}</p></article>${'</div>'.repeat(depth)}</body></html>`;
  assert.equal(shallowPage(page), null);
  const { value: x, ms } = timed(() => extractHtml(page, 'p.html'));
  assert.equal(x.text, TEXT);
  assert.ok(ms < QUICK_MS, `took ${ms} ms`);
  assert.notEqual(shallowPage(page.replace('<article>', '<article><div>')), null, 'one level more is read flat');
});

test('raw-text elements are removed in linear time, also when they never close', () => {
  assert.equal(withoutRawText('a<script>x</script>b<STYLE media="x">y</style >c<noscript>z'), 'abc');
  assert.equal(withoutRawText('<script>var s = "<div>";</script><p>t</p>'), '<p>t</p>');
  const hostile = '<script>'.repeat(200_000);
  const { value, ms } = timed(() => withoutRawText(hostile));
  assert.equal(value, '');
  assert.ok(ms < QUICK_MS, `took ${ms} ms`);
  const unclosedMany = 'x<style>'.repeat(100_000);
  assert.equal(timed(() => withoutRawText(unclosedMany)).value, 'x');
});

test('an article too long to analyse is refused with its size and the limit, from every reader', () => {
  const long = 'Wort '.repeat(MAX_TEXT_CHARS / 5 + 1);
  const t = readText(long, { id: 't', origin: { file: 'long.txt' }, markdown: false });
  assert.ok(!t.ok && t.code === 'too-long');
  assert.equal(t.message, 'long.txt: the text is 2,000,005 characters long, over the limit of 2,000,000 characters for one article; split it into articles');
  const j = readJsonRecord({ id: 'j', text: long }, { origin: { file: 'a.jsonl', line: 3 }, fallbackId: 'a#3', fix: 'fix the line' });
  assert.ok(!j.ok && j.code === 'too-long' && j.message.startsWith('a.jsonl: line 3: "text" is 2,000,005 characters long'));
  const para = '<p>Wort Wort Wort Wort Wort Wort Wort Wort Wort Wort Wort Wort Wort Wort Wort</p>';
  const html = `<html><body>${para.repeat(Math.ceil(MAX_PAGE_CHARS / para.length))}</body></html>`;
  const h = readHtml(html, { id: 'h', origin: { file: 'big.html' } });
  assert.ok(!h.ok && h.code === 'too-large' && /^big\.html: the HTML is 10,000,\d{3} characters long, over the limit of 10,000,000 characters for one page/.test(h.message));
  const jh = readJsonRecord({ html }, { origin: { file: 'b.json', index: 0 }, fallbackId: 'b#0', fix: 'fix it' });
  assert.ok(!jh.ok && jh.code === 'too-large' && /^b\.json: index 0: "html" is 10,000,\d{3} characters long/.test(jh.message));
  // Just within the limits, an article is read.
  assert.ok(readText('x'.repeat(MAX_TEXT_CHARS), { id: 'ok', origin: { file: 'ok.txt' }, markdown: false }).ok);
});
