import { after, test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Readable } from 'node:stream';
import { readInputs, type ReadResult } from './read-inputs.ts';

const made: string[] = [];
after(() => {
  for (const dir of made) fs.rmSync(dir, { recursive: true, force: true });
});

function tempDir(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'parallax-read-'));
  made.push(dir);
  return dir;
}

function write(root: string, rel: string, content: string | Buffer): string {
  const p = path.join(root, rel);
  fs.mkdirSync(path.dirname(p), { recursive: true });
  fs.writeFileSync(p, content);
  return p;
}

async function all(paths: string[], opts?: Parameters<typeof readInputs>[1]): Promise<ReadResult[]> {
  const out: ReadResult[] = [];
  for await (const r of readInputs(paths, opts)) out.push(r);
  return out;
}

const ids = (rs: ReadResult[]): string[] => rs.map((r) => (r.ok ? r.article.id : `ERR:${r.code}`));

test('directories are walked recursively in code-point order; hidden and unknown files skipped', async () => {
  const root = tempDir();
  write(root, 'b.txt', 'Zweiter Text.');
  write(root, 'a.md', '# Erster\n\nText.');
  write(root, 'B.html', '<p>Großes B.</p>');
  write(root, 'sub/c.jsonl', '{"text":"c1"}\n{"id":"c-two","text":"c2"}\n');
  write(root, 'sub/d.json', '[{"text":"d0"}]');
  write(root, 'ä.txt', 'Umlaut.');
  write(root, 'notes.pdf', '%PDF-1.4');
  write(root, '.hidden.txt', 'versteckt');
  write(root, '.git/x.txt', 'versteckt');
  const rs = await all([root]);
  assert.deepEqual(ids(rs), ['B', 'a', 'b', 'c#1', 'c-two', 'd#0', 'ä']);
  const first = rs[0]!;
  assert.ok(first.ok && first.article.origin.file === path.join(root, 'B.html'));
  assert.ok(rs[1]?.ok && rs[1].article.title === 'Erster');
  // Same input, same order, same ids.
  assert.deepEqual(ids(await all([root])), ids(rs));
});

test('paths are read in the order given; an explicitly named unknown file or missing path is an error', async () => {
  const root = tempDir();
  const z = write(root, 'z.txt', 'Zett.');
  const a = write(root, 'a.txt', 'A.');
  const pdf = write(root, 'paper.pdf', '%PDF');
  const rs = await all([z, pdf, path.join(root, 'missing.txt'), a]);
  assert.deepEqual(ids(rs), ['z', 'ERR:unknown-format', 'ERR:not-found', 'a']);
  const err = rs[1]!;
  assert.ok(!err.ok && err.message.startsWith(`${pdf}: cannot read files with extension ".pdf"; give .txt`));
});

test('id collisions use the path relative to the directory argument, decided over the whole call', async () => {
  const root = tempDir();
  write(root, 'de/summit.txt', 'Gipfel.');
  write(root, 'it/summit.html', '<p>Vertice.</p>');
  write(root, 'en/other.txt', 'Other.');
  const other = tempDir();
  const lone = write(other, 'summit.jsonl', '{"text":"x"}\n');
  const rs = await all([root, lone]);
  assert.deepEqual(ids(rs), ['de/summit', 'other', 'it/summit', `${path.join(other, 'summit').split(path.sep).join('/')}#1`]);
  // Without the colliding argument, plain stems again.
  assert.deepEqual(ids(await all([path.join(root, 'de'), path.join(root, 'en')])), ['summit', 'other']);
});

test('two files that differ only in extension keep their extensions in their ids', async () => {
  const root = tempDir();
  write(root, 'a.txt', 'Ein Text.');
  write(root, 'a.md', 'Ein Markdown-Text.');
  write(root, 'b.txt', 'Noch einer.');
  assert.deepEqual(ids(await all([root])), ['a.md', 'a.txt', 'b']);
});

test('"-" reads JSON Lines from the given stream', async () => {
  const stdin = Readable.from([Buffer.from('{"text":"von stdin"}\n{"bad json\n')]);
  const rs = await all(['-'], { stdin });
  assert.equal(rs.length, 2);
  assert.ok(rs[0]?.ok && rs[0].article.id === 'stdin#1' && rs[0].article.origin.file === '-');
  assert.ok(rs[1] && !rs[1].ok && rs[1].message.startsWith('-: line 2: invalid JSON'));
});

test('symlink loops do not hang, and a file reached twice is read once', async () => {
  const root = tempDir();
  write(root, 'a/x.txt', 'Ix.');
  fs.symlinkSync(root, path.join(root, 'a', 'loop'));
  fs.symlinkSync(path.join(root, 'a', 'x.txt'), path.join(root, 'y.txt'));
  const rs = await all([root]);
  assert.deepEqual(ids(rs), ['x']);
});

test('binary, empty and oversized files are errors naming the file; UTF-16 and BOM text are read', async () => {
  const root = tempDir();
  write(root, 'bin.txt', Buffer.from([0x7f, 0x45, 0x4c, 0x46, 0x02, 0x01, 0x00, 0x00]));
  write(root, 'empty.txt', '');
  write(root, 'big.txt', 'x'.repeat(2000));
  write(root, 'u16.txt', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('Titel\n\nKörper.', 'utf16le')]));
  write(root, 'u8.txt', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('Körper ohne Titel.', 'utf8')]));
  const rs = await all([root], { maxBytes: 1000 });
  assert.deepEqual(ids(rs), ['ERR:too-large', 'ERR:binary', 'ERR:empty', 'u16', 'u8']);
  const [big, bin, empty] = rs;
  assert.ok(big && !big.ok && big.message === `${path.join(root, 'big.txt')}: is 2 kB, over the limit of 1 kB (maxBytes); split the file or raise maxBytes`);
  assert.ok(bin && !bin.ok && bin.message.includes('looks binary'));
  assert.ok(empty && !empty.ok && empty.message.startsWith(path.join(root, 'empty.txt')));
  assert.ok(rs[3]?.ok && rs[3].article.title === 'Titel' && rs[3].article.text === 'Körper.');
  assert.ok(rs[4]?.ok && rs[4].article.text === 'Körper ohne Titel.');
});

test('a windows-1252 page declared in a meta tag, and a windows-1252 .txt with a warning', async () => {
  const root = tempDir();
  const body = 'Le pr\xe9sident a d\xe9clar\xe9 \x93nous avons un accord\x94 apr\xe8s la r\xe9union du conseil, qui a dur\xe9 toute la journ\xe9e \x96 un co\xfbt de 5\x80.';
  write(root, 'fr.html', Buffer.from(`<html><head><meta http-equiv="Content-Type" content="text/html; charset=windows-1252"></head><body><article><p>${body}</p></article></body></html>`, 'latin1'));
  write(root, 'fr.txt', Buffer.from(body, 'latin1'));
  const [html, txt] = await all([path.join(root, 'fr.html'), path.join(root, 'fr.txt')]);
  const expected = 'Le président a déclaré “nous avons un accord” après la réunion du conseil, qui a duré toute la journée – un coût de 5€.';
  assert.ok(html?.ok && html.article.text === expected);
  assert.deepEqual(html.article.messages, []);
  assert.ok(txt?.ok && txt.article.text === expected);
  assert.ok(txt.article.messages.some((m) => m.level === 'warning' && m.message.includes('windows-1252')));
});

test('misuse throws with a message naming the subsystem', async () => {
  await assert.rejects(all('x.txt' as unknown as string[]), /^TypeError: read: /);
  await assert.rejects(all([], { maxBytes: 0 }), /^RangeError: read: maxBytes/);
});
