import { test } from 'node:test';
import assert from 'node:assert/strict';
import { Readable } from 'node:stream';
import { readJsonl } from './jsonl.ts';
import type { ReadResult } from './read-result.ts';

async function all(gen: AsyncIterable<ReadResult>): Promise<ReadResult[]> {
  const out: ReadResult[] = [];
  for await (const r of gen) out.push(r);
  return out;
}

const opts = { file: 'in.jsonl', stem: 'in', maxBytes: 1000 };

test('a bad line in the middle: good lines still read, the error names the line', async () => {
  const input = ['{"id":"a","text":"Eins."}', '{"text": "Zwei." oops}', '', '{"text":"Drei.","gold":{"event":1}}', ''].join('\n');
  const rs = await all(readJsonl(Readable.from([Buffer.from(input)]), opts));
  assert.equal(rs.length, 3);
  assert.ok(rs[0]?.ok && rs[0].article.id === 'a' && rs[0].article.origin.line === 1);
  assert.ok(rs[1] && !rs[1].ok && rs[1].code === 'invalid-json');
  assert.match(rs[1].message, /^in\.jsonl: line 2: invalid JSON \(.+\); fix or remove the line$/);
  assert.deepEqual(rs[1].origin, { file: 'in.jsonl', line: 2 });
  assert.ok(rs[2]?.ok && rs[2].article.id === 'in#4' && !('gold' in rs[2].article));
});

test('lines split across chunks, CRLF, a UTF-8 BOM and a last line without newline', async () => {
  const bytes = Buffer.from('\uFEFF{"text":"Grüße"}\r\n{"text":"Città"}', 'utf8');
  const chunks = [bytes.subarray(0, 2), bytes.subarray(2, 14), bytes.subarray(14)];
  const rs = await all(readJsonl(Readable.from(chunks), opts));
  assert.deepEqual(rs.map((r) => r.ok && r.article.text), ['Grüße', 'Città']);
});

test('a record validation error names the line and what to fix', async () => {
  const rs = await all(readJsonl(Readable.from(['{"text":"a"}\n{"title":"x"}\n']), opts));
  assert.ok(rs[1] && !rs[1].ok);
  assert.equal(rs[1].message, 'in.jsonl: line 2: needs a non-empty "text" or "html" string; fix or remove the line');
});

test('the size limit applies per line: an over-long line is an error, the next line is read', async () => {
  const long = JSON.stringify({ text: 'x'.repeat(3000) });
  const input = `{"text":"kurz"}\n${long}\n{"text":"danach"}\n`;
  // Small chunks so that the long line is never held whole.
  const chunks = input.match(/[\s\S]{1,100}/g)!.map((s) => Buffer.from(s));
  const rs = await all(readJsonl(Readable.from(chunks), opts));
  assert.equal(rs.length, 3);
  assert.ok(rs[1] && !rs[1].ok && rs[1].code === 'line-too-long');
  assert.match(rs[1].message, /line 2: line of 3 kB is over the limit of 1 kB \(maxBytes\)/);
  assert.ok(rs[2]?.ok && rs[2].article.text === 'danach' && rs[2].article.id === 'in#3');
});

test('an invalid UTF-8 line is decoded as windows-1252 with a warning on that article', async () => {
  const line = Buffer.concat([Buffer.from('{"text":"Stra'), Buffer.from([0xdf]), Buffer.from('e"}\n')]);
  const [r] = await all(readJsonl(Readable.from([line]), opts));
  assert.ok(r?.ok && r.article.text === 'Straße');
  assert.ok(r.article.messages.some((m) => m.code === 'guessed-windows-1252' && m.message.includes('line 1')));
});

test('UTF-16 with BOM is read whole', async () => {
  const bytes = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('{"text":"eins"}\n{"text":"zwei"}\n', 'utf16le')]);
  const rs = await all(readJsonl(Readable.from([bytes]), opts));
  assert.deepEqual(rs.map((r) => r.ok && r.article.id), ['in#1', 'in#2']);
});

test('empty, blank-only and binary input are errors', async () => {
  const [e] = await all(readJsonl(Readable.from([]), opts));
  assert.ok(e && !e.ok && e.code === 'empty' && e.message.startsWith('in.jsonl: '));
  const [b] = await all(readJsonl(Readable.from(['\n \n']), opts));
  assert.ok(b && !b.ok && b.code === 'empty');
  const [bin] = await all(readJsonl(Readable.from([Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x00, 0x00, 0x0a])]), opts));
  assert.ok(bin && !bin.ok && bin.code === 'binary');
});
