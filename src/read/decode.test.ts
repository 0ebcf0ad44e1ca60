import { test } from 'node:test';
import assert from 'node:assert/strict';
import { decodeBytes, declaredHtmlCharset } from './decode.ts';

const utf16le = (s: string): Buffer => Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(s, 'utf16le')]);
const utf16be = (s: string): Buffer => {
  const le = Buffer.from(s, 'utf16le');
  const be = Buffer.alloc(le.length);
  for (let i = 0; i < le.length; i += 2) [be[i], be[i + 1]] = [le[i + 1]!, le[i]!];
  return Buffer.concat([Buffer.from([0xfe, 0xff]), be]);
};

test('UTF-8 with and without BOM; the BOM is not part of the text', () => {
  const plain = decodeBytes(Buffer.from('Grüße aus Köln', 'utf8'), 'a.txt');
  const bom = decodeBytes(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('Grüße aus Köln', 'utf8')]), 'a.txt');
  assert.ok(plain.ok && bom.ok);
  assert.equal(plain.text, 'Grüße aus Köln');
  assert.equal(bom.text, 'Grüße aus Köln');
  assert.deepEqual(bom.messages, []);
});

test('UTF-16 LE and BE with BOM (NUL bytes there do not mean binary)', () => {
  const le = decodeBytes(utf16le('Città – €5'), 'a.txt');
  const be = decodeBytes(utf16be('Città – €5'), 'a.txt');
  assert.ok(le.ok && be.ok);
  assert.equal(le.text, 'Città – €5');
  assert.equal(be.text, 'Città – €5');
  assert.equal(le.encoding, 'utf-16le');
});

test('invalid UTF-8 without a declaration is decoded as windows-1252 with a warning', () => {
  const bytes = Buffer.from([0x53, 0x74, 0x72, 0x61, 0xdf, 0x65, 0x20, 0x80, 0x35]); // "Straße €5"
  const r = decodeBytes(bytes, 'old.txt');
  assert.ok(r.ok);
  assert.equal(r.text, 'Straße €5');
  assert.equal(r.encoding, 'windows-1252');
  assert.equal(r.messages[0]?.level, 'warning');
  assert.match(r.messages[0]!.message, /old\.txt.*windows-1252/);
});

test('HTML charset declarations: meta charset and http-equiv; BOM wins', () => {
  assert.equal(declaredHtmlCharset(Buffer.from('<html><head><meta charset="ISO-8859-2">')), 'iso-8859-2');
  assert.equal(
    declaredHtmlCharset(Buffer.from('<meta http-equiv="Content-Type" content="text/html; charset=koi8-r">')),
    'koi8-r',
  );
  const koi = Buffer.concat([Buffer.from('<meta charset="koi8-r"><p>'), Buffer.from([0xf0, 0xd2, 0xc9, 0xd7, 0xc5, 0xd4])]);
  const r = decodeBytes(koi, 'ru.html', { html: true });
  assert.ok(r.ok);
  assert.ok(r.text.endsWith('Привет'));
  // The same bytes read as text (no declarations honoured) fall back to windows-1252.
  const t = decodeBytes(koi, 'ru.txt');
  assert.ok(t.ok && t.encoding === 'windows-1252');
  const bom = decodeBytes(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('<meta charset="windows-1252">€', 'utf8')]), 'x.html', { html: true });
  assert.ok(bom.ok && bom.text.endsWith('€'));
});

test('an unknown declared charset is reported and the text still decoded', () => {
  const r = decodeBytes(Buffer.from('<meta charset="klingon-8"><p>hi'), 'x.html', { html: true });
  assert.ok(r.ok);
  assert.equal(r.encoding, 'utf-8');
  assert.equal(r.messages[0]?.code, 'unknown-charset');
});

test('empty and binary input are errors', () => {
  const empty = decodeBytes(new Uint8Array(0), 'e.txt');
  assert.ok(!empty.ok && empty.code === 'empty');
  const bin = decodeBytes(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d]), 'img.txt');
  assert.ok(!bin.ok && bin.code === 'binary');
  assert.match(bin.problem, /looks binary/);
});

test('windows-1252 maps 0x80-0x9F to the real characters (euro, curly quotes, dashes), also for the iso-8859-1 label', () => {
  const bytes = Buffer.concat([Buffer.from('<meta charset="iso-8859-1"><p>'), Buffer.from([0x93, 0x80, 0x35, 0x94, 0x20, 0x96, 0x20, 0xe9])]);
  const r = decodeBytes(bytes, 'p.html', { html: true });
  assert.ok(r.ok);
  assert.ok(r.text.endsWith('“€5” – é'), r.text);
});
