/**
 * Article objects handed over in memory (library) or in a request body (server), read with the same
 * validation as JSON and JSONL files. An object without an id gets one derived from its content, so
 * that handing the same object over twice stores it once.
 */
import { createHash } from 'node:crypto';
import type { Origin } from '../article.ts';
import { describeJsonError } from '../read/json.ts';
import { readJsonRecord } from '../read/json-record.ts';
import { readError } from '../read/read-result.ts';
import type { SubmittedItem } from './serial-ingest.ts';

function declaredId(value: unknown): string | null {
  if (typeof value !== 'object' || value === null || !Object.prototype.hasOwnProperty.call(value, 'id')) return null;
  const id = (value as { id: unknown }).id;
  if (typeof id === 'string' && id.trim()) return id.trim();
  return typeof id === 'number' && Number.isFinite(id) ? String(id) : null;
}

function contentId(value: unknown): string {
  return `anon-${createHash('sha256').update(JSON.stringify(value) ?? 'undefined').digest('hex').slice(0, 16)}`;
}

/** Where an item without a usable id stands in its request: `index 3`, `line 7`. */
const place = (origin: Origin): string => (origin.line !== undefined ? `line ${origin.line}` : `index ${origin.index ?? 0}`);

/** One article object; `fix` ends every error message (what the sender should do). */
export function submittedObject(value: unknown, origin: Origin, fix: string): SubmittedItem {
  const read = readJsonRecord(value, { origin, fallbackId: contentId(value), fix });
  return { id: read.ok ? read.article.id : (declaredId(value) ?? place(origin)), read };
}

/** JSON Lines: one article object a line, blank lines skipped; a bad line is rejected alone. */
export function submittedLines(text: string, file: string): SubmittedItem[] {
  const items: SubmittedItem[] = [];
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!.replace(/\r$/, '');
    if (line.trim() === '') continue;
    const origin = { file, line: i + 1 };
    let value: unknown;
    try {
      value = JSON.parse(line);
    } catch (e) {
      items.push({ id: place(origin), read: readError(origin, 'invalid-json', `invalid JSON (${describeJsonError(e, line)}); fix or remove the line`) });
      continue;
    }
    items.push(submittedObject(value, origin, 'fix or remove the line'));
  }
  return items;
}
