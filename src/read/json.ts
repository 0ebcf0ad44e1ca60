/**
 * .json files: one article object, or an array of them. A bad record is an error result for
 * that index only; the rest of the array is still read.
 */
import type { Message } from '../article.ts';
import { readJsonRecord } from './json-record.ts';
import { readError, type ReadResult } from './read-result.ts';

/** "… at position 42" is hard to find in a big file: add the line and column. */
export function describeJsonError(e: unknown, text: string): string {
  const message = e instanceof Error ? e.message : String(e);
  const pos = /at position (\d+)/.exec(message);
  if (!pos || /\(line \d+/.test(message)) return message;
  const before = text.slice(0, Number(pos[1]));
  const line = before.split('\n').length;
  const column = before.length - before.lastIndexOf('\n');
  return `${message} (line ${line} column ${column})`;
}

/**
 * `stem` is the id base for records without an id: `stem` for a single object, `stem#index`
 * inside an array. `messages` (decoder notes) are attached to every article of the file.
 */
export function readJson(text: string, opts: { file: string; stem: string; messages?: Message[] }): ReadResult[] {
  const origin = { file: opts.file };
  if (text.trim() === '') return [readError(origin, 'empty', 'contains no JSON; remove the file or add articles')];
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (e) {
    return [readError(origin, 'invalid-json', `invalid JSON (${describeJsonError(e, text)}); fix the file (for one article per line, name it .jsonl)`)];
  }
  const messages = opts.messages ?? [];
  if (!Array.isArray(value)) {
    return [readJsonRecord(value, { origin, fallbackId: opts.stem, fix: 'fix the file', messages: [...messages] })];
  }
  if (value.length === 0) return [readError(origin, 'empty', 'is an empty array; remove the file or add articles')];
  return value.map((item, index) =>
    readJsonRecord(item, {
      origin: { file: opts.file, index },
      fallbackId: `${opts.stem}#${index}`,
      fix: 'fix the record or remove it from the array',
      messages: [...messages],
    }),
  );
}
