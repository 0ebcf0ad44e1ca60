/**
 * .jsonl files and standard input: one article object per line, streamed so that a huge file is
 * never held in memory. A bad line is an error result for that line only.
 */
import { TextDecoder } from 'node:util';
import type { Message } from '../article.ts';
import { bomEncoding, decodeWindows1252, tryUtf8, utf16Note, utf16WithoutBom } from './decode.ts';
import { describeJsonError } from './json.ts';
import { readJsonRecord } from './json-record.ts';
import { formatBytes, readError, readNote, type ReadResult } from './read-result.ts';

export interface JsonlOptions {
  /** As the user gave it (`-` for standard input). */
  file: string;
  /** Id base for records without an id: `stem#line`. */
  stem: string;
  /** Longest line accepted, in bytes. */
  maxBytes: number;
}

export type Line = { line: number; bytes: Buffer } | { line: number; tooLong: number };

const NEWLINE = 0x0a;
const SNIFF_BYTES = 1024;

/** Splits a byte stream on LF without ever buffering more than `maxBytes` of one line. */
export async function* splitLines(chunks: AsyncIterable<Buffer>, maxBytes: number): AsyncGenerator<Line> {
  let pending: Buffer[] = [];
  let pendingLength = 0;
  let overflow = 0; // bytes of an over-long line seen so far; its bytes are dropped
  let line = 1;
  for await (const chunk of chunks) {
    let pos = 0;
    while (pos <= chunk.length) {
      const nl = chunk.indexOf(NEWLINE, pos);
      const piece = chunk.subarray(pos, nl === -1 ? chunk.length : nl);
      if (overflow > 0 || pendingLength + piece.length > maxBytes) {
        overflow = (overflow || pendingLength) + piece.length;
        pending = [];
        pendingLength = 0;
      } else if (piece.length > 0) {
        pending.push(piece);
        pendingLength += piece.length;
      }
      if (nl === -1) break;
      yield overflow > 0 ? { line, tooLong: overflow } : { line, bytes: Buffer.concat(pending, pendingLength) };
      pending = [];
      pendingLength = 0;
      overflow = 0;
      line++;
      pos = nl + 1;
    }
  }
  if (overflow > 0) yield { line, tooLong: overflow };
  else if (pendingLength > 0) yield { line, bytes: Buffer.concat(pending, pendingLength) };
}

/** Reads one line (already decoded); null for a blank line. */
export function readJsonlLine(text: string, line: number, opts: JsonlOptions, messages: Message[] = []): ReadResult | null {
  if (text.trim() === '') return null;
  const origin = { file: opts.file, line };
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (e) {
    return readError(origin, 'invalid-json', `invalid JSON (${describeJsonError(e, text)}); fix or remove the line`);
  }
  return readJsonRecord(value, { origin, fallbackId: `${opts.stem}#${line}`, fix: 'fix or remove the line', messages });
}

function decodeLine(bytes: Buffer, line: number, file: string): { text: string; messages: Message[] } {
  const utf8 = tryUtf8(bytes);
  if (utf8 !== null) return { text: utf8.replace(/\r$/, ''), messages: [] };
  const note = readNote('guessed-windows-1252', `${file}: line ${line}: not valid UTF-8; decoded as windows-1252 (save the file as UTF-8 to be sure)`, 'warning');
  return { text: decodeWindows1252(bytes).replace(/\r$/, ''), messages: [note] };
}

async function* asBuffers(source: AsyncIterable<Uint8Array | string>): AsyncGenerator<Buffer> {
  for await (const chunk of source) yield typeof chunk === 'string' ? Buffer.from(chunk, 'utf8') : Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength);
}

/** Merges the first chunks until there are enough bytes to check for a BOM and binary content. */
async function* withHead(source: AsyncIterable<Buffer>): AsyncGenerator<Buffer> {
  const held: Buffer[] = [];
  let heldLength = 0;
  for await (const chunk of source) {
    if (heldLength >= SNIFF_BYTES) {
      yield chunk;
      continue;
    }
    held.push(chunk);
    heldLength += chunk.length;
    if (heldLength >= SNIFF_BYTES) yield Buffer.concat(held);
  }
  if (heldLength > 0 && heldLength < SNIFF_BYTES) yield Buffer.concat(held);
}

/** UTF-16 cannot be split on byte 0x0A, so such (rare) input is read whole, within the limit. */
async function* readUtf16(chunks: AsyncIterable<Buffer>, encoding: string, opts: JsonlOptions, messages: Message[] = []): AsyncGenerator<ReadResult> {
  const all: Buffer[] = [];
  let total = 0;
  for await (const chunk of chunks) {
    total += chunk.length;
    if (total > opts.maxBytes) {
      yield readError({ file: opts.file }, 'too-large', `UTF-16 JSONL over the limit of ${formatBytes(opts.maxBytes)} (maxBytes); convert it to UTF-8 so that it can be streamed`);
      return;
    }
    all.push(chunk);
  }
  const text = new TextDecoder(encoding, { ignoreBOM: false }).decode(Buffer.concat(all));
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const r = readJsonlLine(lines[i]!.replace(/\r$/, ''), i + 1, opts, [...messages]);
    if (r) yield r;
  }
}

export async function* readJsonl(source: AsyncIterable<Uint8Array | string>, opts: JsonlOptions): AsyncGenerator<ReadResult> {
  const fileOrigin = { file: opts.file };
  const chunks = withHead(asBuffers(source));
  let records = 0;
  try {
    const first = await chunks.next();
    if (first.done) {
      yield readError(fileOrigin, 'empty', 'is empty; give at least one JSON object per line');
      return;
    }
    const head: Buffer = first.value;
    const bom = bomEncoding(head);
    const rest = (async function* (): AsyncGenerator<Buffer> {
      yield bom?.encoding === 'utf-8' ? head.subarray(3) : head;
      yield* chunks;
    })();
    const utf16 = bom ? (bom.encoding === 'utf-8' ? null : bom.encoding) : utf16WithoutBom(head);
    if (utf16) {
      // A file that is only a byte-order mark still gets its "empty" below.
      for await (const r of readUtf16(rest, utf16, opts, bom ? [] : [utf16Note(opts.file, utf16)])) {
        records++;
        yield r;
      }
    } else if (head.subarray(0, SNIFF_BYTES).includes(0)) {
      yield readError(fileOrigin, 'binary', 'looks binary (NUL bytes near the start); give JSON Lines as UTF-8 text');
      return;
    } else for await (const l of splitLines(rest, opts.maxBytes)) {
      if ('tooLong' in l) {
        records++;
        yield readError({ file: opts.file, line: l.line }, 'line-too-long', `line of ${formatBytes(l.tooLong)} is over the limit of ${formatBytes(opts.maxBytes)} (maxBytes); shorten the record or raise maxBytes`);
        continue;
      }
      const { text, messages } = decodeLine(l.bytes, l.line, opts.file);
      const r = readJsonlLine(text, l.line, opts, messages);
      if (r) {
        records++;
        yield r;
      }
    }
  } catch (e) {
    yield readError(fileOrigin, 'unreadable', `could not be read (${e instanceof Error ? e.message : String(e)}); check that it exists and is readable`);
    return;
  }
  if (records === 0) yield readError(fileOrigin, 'empty', 'has only blank lines; give at least one JSON object per line');
}
