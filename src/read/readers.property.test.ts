/**
 * Properties of the readers over generated input: JSON Lines read the same however the stream is
 * chunked, and keep every good record exactly; no byte sequence or JSON value makes a reader throw;
 * text survives decoding in every encoding with a BOM; a text file's body is the file's own tail;
 * script and style content never becomes article text; and any set of file names gives every file
 * once, under ids that are unique and stable.
 */
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { after, test } from 'node:test';
import fc from 'fast-check';
import { decodeBytes } from './decode.ts';
import { extractHtml } from './html.ts';
import { readJsonRecord } from './json-record.ts';
import { readJsonl, readJsonlLine, type JsonlOptions } from './jsonl.ts';
import { readInputs, type ReadResult } from './read-inputs.ts';
import { readText } from './text.ts';

const dirs: string[] = [];
after(() => { for (const d of dirs) rmSync(d, { recursive: true, force: true }); });

const wellFormed = (s: string): boolean => Buffer.from(s, 'utf8').toString('utf8') === s;
/** Any Unicode text, astral characters included, that UTF-8 can carry. */
const anyText = fc.string({ unit: 'binary', maxLength: 80 }).filter(wellFormed);
const opts: JsonlOptions = { file: 'p.jsonl', stem: 'p', maxBytes: 1_000_000 };

async function collect(source: AsyncIterable<ReadResult> | Iterable<ReadResult>): Promise<ReadResult[]> {
  const out: ReadResult[] = [];
  for await (const r of source) out.push(r);
  return out;
}

/** Cuts `bytes` at the given fractions of its length, anywhere, also inside a character. */
function chunked(bytes: Buffer, cuts: number[]): Buffer[] {
  const at = [...new Set(cuts.map((c) => Math.floor(c * bytes.length)))].sort((a, b) => a - b);
  const out: Buffer[] = [];
  let from = 0;
  for (const c of [...at, bytes.length]) {
    if (c > from) out.push(bytes.subarray(from, c));
    from = Math.max(from, c);
  }
  return out;
}

const goodLine = fc.record({ id: fc.string({ minLength: 1, maxLength: 12 }).filter((s) => s.trim() !== '' && wellFormed(s)), text: anyText.filter((s) => s.trim() !== '') }).map((r) => ({ good: r }));
const junkLine = anyText.filter((s) => !s.includes('\n') && !s.includes('\u0000')).map((s) => ({ junk: s }));

test('JSON Lines: however the bytes are chunked, each line reads as it does alone, and every good record keeps its id and text exactly', async () => {
  await fc.assert(fc.asyncProperty(
    fc.array(fc.oneof(goodLine, junkLine), { minLength: 1, maxLength: 12 }), fc.boolean(), fc.boolean(), fc.array(fc.double({ min: 0, max: 1, noNaN: true }), { maxLength: 8 }),
    async (lines, crlf, bom, cuts) => {
      // Ids are made unique by line, as a real file would have them.
      const text = lines.map((l, i) => ('good' in l ? JSON.stringify({ id: `${i}:${l.good.id}`, text: l.good.text }) : l.junk)).join(crlf ? '\r\n' : '\n');
      const bytes = Buffer.concat([bom ? Buffer.from([0xef, 0xbb, 0xbf]) : Buffer.alloc(0), Buffer.from(text, 'utf8')]);
      const got = await collect(readJsonl(Readable.from(chunked(bytes, cuts)), opts));
      const expected = text.split('\n').flatMap((l, i) => readJsonlLine(l.replace(/\r$/, ''), i + 1, opts) ?? []);
      if (expected.length === 0) expected.push({ ok: false, origin: { file: 'p.jsonl' }, code: 'empty', message: '' });
      assert.deepEqual(got.map((r) => (r.ok ? r.article : r.code)), expected.map((r) => (r.ok ? r.article : r.code)));
      lines.forEach((l, i) => {
        if (!('good' in l)) return;
        const r = got.find((x) => x.ok && x.article.origin.line === i + 1);
        assert.ok(r?.ok && r.article.id === `${i}:${l.good.id}`.trim() && r.article.text === l.good.text, `line ${i + 1} lost`);
      });
    }), { numRuns: 300 });
});

test('JSON Lines: any bytes at all give results in line order, never an exception', async () => {
  await fc.assert(fc.asyncProperty(fc.uint8Array({ maxLength: 600 }), fc.array(fc.double({ min: 0, max: 1, noNaN: true }), { maxLength: 6 }), async (raw, cuts) => {
    const got = await collect(readJsonl(Readable.from(chunked(Buffer.from(raw), cuts)), opts));
    assert.ok(got.length > 0);
    const lines = got.map((r) => (r.ok ? r.article.origin.line : r.origin.line) ?? 0);
    for (let i = 1; i < lines.length; i++) assert.ok(lines[i]! > lines[i - 1]!);
  }), { numRuns: 300 });
});

test('a record of any JSON value never throws; a stored article has non-blank text and a non-blank id, and pollutes no prototype', () => {
  fc.assert(fc.property(fc.oneof(fc.jsonValue(), fc.record({ id: fc.oneof(fc.string(), fc.integer(), fc.jsonValue()), text: fc.oneof(anyText, fc.jsonValue()), title: fc.oneof(fc.string(), fc.jsonValue()), published: fc.oneof(fc.string(), fc.date().map(String)), __proto__: fc.jsonValue() }, { requiredKeys: [] })), (value) => {
    const parsed = JSON.parse(JSON.stringify(value)) as unknown;
    const r = readJsonRecord(parsed, { origin: { file: 'r.json' }, fallbackId: 'r', fix: 'fix it' });
    if (r.ok) {
      assert.ok(r.article.text.trim() !== '' && r.article.id.trim() !== '');
      const given = (parsed as { text?: unknown }).text;
      if (typeof given === 'string' && given.trim() !== '') assert.equal(r.article.text, given);
    } else {
      assert.match(r.message, /^r\.json: /);
    }
    assert.equal(({} as Record<string, unknown>).polluted, undefined);
  }), { numRuns: 500 });
});

test('decoding: text comes back exactly from UTF-8 (with or without BOM) and UTF-16 LE/BE with BOM; any bytes give text or a named refusal', () => {
  fc.assert(fc.property(anyText.filter((s) => !s.includes('\u0000') && !s.startsWith('\ufeff') && s !== ''), (s) => {
    const utf8 = Buffer.from(s, 'utf8');
    const le = Buffer.from(s, 'utf16le');
    for (const bytes of [utf8, Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), utf8]), Buffer.concat([Buffer.from([0xff, 0xfe]), le]), Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from(le).swap16()])]) {
      const d = decodeBytes(bytes, 'x.txt');
      assert.ok(d.ok && d.text === s, `${bytes.toString('hex').slice(0, 40)}: ${d.ok ? JSON.stringify(d.text) : d.problem}`);
    }
  }), { numRuns: 400 });
  fc.assert(fc.property(fc.uint8Array({ maxLength: 400 }), fc.boolean(), (raw, html) => {
    const d = decodeBytes(raw, 'x.html', { html });
    if (!d.ok) assert.ok(d.code === 'empty' || d.code === 'binary');
    else assert.equal(typeof d.text, 'string');
  }), { numRuns: 400 });
});

test('a text file: the article body is the tail of the file as given, and the title its first line', () => {
  fc.assert(fc.property(fc.oneof(anyText, fc.array(fc.constantFrom('# Titel', 'Titel', '', '\n', '\r\n', '===', 'Ein Satz.', 'x'.repeat(120), ' '), { maxLength: 8 }).map((l) => l.join('\n'))), fc.boolean(), (text, markdown) => {
    const r = readText(text, { id: 't', origin: { file: 't.txt' }, markdown });
    if (!r.ok) {
      assert.equal(text.trim(), '');
      return;
    }
    assert.ok(text.endsWith(r.article.text), 'the body is the tail of the text as given: offsets point into the file');
    if (r.article.title !== null) assert.ok(text.slice(0, text.length - r.article.text.length).includes(r.article.title));
    else assert.equal(r.article.text, text);
  }), { numRuns: 500 });
});

/** A random element tree; script and style bodies carry a marker that must never reach the text. */
const tree: fc.Arbitrary<string> = fc.letrec<{ node: string }>((tie) => ({
  node: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    fc.constantFrom('Der Stadtrat tagte lange.', 'Brücke & Fähre', 'a < b > c', '&amp; &lt;p&gt;', ''),
    fc.constantFrom('<script>var MARK = "<p>SCRIPTMARK</p>";</script>', '<style>p::after{content:"STYLEMARK"}</style>', '<!-- COMMENTMARK -->', '<noscript>NOSCRIPTMARK</noscript>'),
    fc.tuple(fc.constantFrom('div', 'p', 'span', 'section', 'article', 'b', 'li', 'h2', 'blockquote', 'td'), fc.array(tie('node'), { maxLength: 4 }))
      .map(([tag, kids]) => `<${tag}>${kids.join('')}</${tag}>`),
  ),
})).node;

test('HTML: any element tree, also nested thousands deep, is read without error, and script, style and comments never become text', () => {
  // Depths around the limit where a page is read flat (MAX_PAGE_DEPTH, 256) and far beyond it.
  fc.assert(fc.property(tree, fc.constantFrom(0, 2, 20, 60, 250, 300, 3000), (body, depth) => {
    const page = `<html><body>${'<div>'.repeat(depth)}<article>${body}</article>${'</div>'.repeat(depth)}</body></html>`;
    const x = extractHtml(page, 'p.html');
    assert.doesNotMatch(x.text, /SCRIPTMARK|STYLEMARK|COMMENTMARK|NOSCRIPTMARK|var MARK/);
  }), { numRuns: 60 });
});

/** File names as people and tools make them: spaces, unicode, dashes, quotes, newlines; never "/" or NUL. */
const fileName = fc.string({ unit: fc.constantFrom('a', 'B', ' ', '-', '_', '.', 'ü', 'ß', '記', '😀', '\n', '\t', '"', "'", '#', '$', '(', 'e\u0301', '\u00e9'), minLength: 1, maxLength: 20 })
  .filter((n) => !n.startsWith('.') && Buffer.byteLength(n) < 200);

test('any file names: every file is read once, ids are unique, and a second read gives the same ids in the same order', async () => {
  await fc.assert(fc.asyncProperty(fc.uniqueArray(fc.tuple(fc.constantFrom('', 'sub', 'sub/deeper', 'other'), fileName, fc.constantFrom('.txt', '.md')), { minLength: 1, maxLength: 12, selector: ([d, n, e]) => `${d}/${n}${e}` }), async (files) => {
    const dir = mkdtempSync(join(tmpdir(), 'parallax-names-'));
    dirs.push(dir);
    files.forEach(([sub, name, ext], i) => {
      mkdirSync(join(dir, sub), { recursive: true });
      writeFileSync(join(dir, sub, `${name}${ext}`), `Artikel Nummer ${i} mit eigenem Text.`);
    });
    const first = await collect(readInputs([dir]));
    assert.ok(first.every((r) => r.ok), JSON.stringify(first.filter((r) => !r.ok)));
    const texts = first.map((r) => (r.ok ? r.article.text : '')).sort();
    assert.deepEqual(texts, files.map((_, i) => `Artikel Nummer ${i} mit eigenem Text.`).sort());
    const ids = first.map((r) => (r.ok ? r.article.id : ''));
    assert.equal(new Set(ids).size, ids.length, `ids collide: ${JSON.stringify(ids)}`);
    assert.deepEqual((await collect(readInputs([dir]))).map((r) => (r.ok ? r.article.id : '')), ids);
    rmSync(dir, { recursive: true, force: true });
  }), { numRuns: 40 });
});
