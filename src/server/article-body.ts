/**
 * The body of `POST /api/articles`: a JSON array of article objects (or one object), or JSON Lines
 * (`application/x-ndjson`). The body must be UTF-8. Each object is validated as the file readers
 * validate it; a bad one is rejected alone, the others are ingested.
 */
import type { Context } from 'hono';
import { submittedLines, submittedObject } from '../api/json-input.ts';
import type { SubmittedItem } from '../api/serial-ingest.ts';
import { describeJsonError } from '../read/json.ts';
import { Problem } from './problem.ts';

const SOURCE = 'POST /api/articles';
const JSON_TYPES = /^application\/json$/i;
const LINE_TYPES = /^application\/(x-ndjson|jsonl|x-jsonlines)$/i;
export const ARTICLE_MEDIA_TYPES = ['application/json', 'application/x-ndjson'];

export async function submittedBody(c: Context): Promise<SubmittedItem[]> {
  const type = (c.req.header('content-type') ?? '').split(';')[0]!.trim();
  if (!JSON_TYPES.test(type) && !LINE_TYPES.test(type)) {
    throw new Problem('unsupported-media-type', `send articles as ${ARTICLE_MEDIA_TYPES.join(' or ')}, not "${type.slice(0, 80) || 'no Content-Type'}"`);
  }
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(await c.req.arrayBuffer());
  } catch {
    throw new Problem('bad-request', 'the body is not valid UTF-8; send UTF-8');
  }
  if (LINE_TYPES.test(type)) return submittedLines(text.replace(/^\uFEFF/, ''), SOURCE);
  let value: unknown;
  try {
    value = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (e) {
    throw new Problem('bad-request', `the body is not valid JSON (${describeJsonError(e, text)}); send a JSON array of article objects`);
  }
  const list = Array.isArray(value) ? value : typeof value === 'object' && value !== null ? [value] : null;
  if (list === null) throw new Problem('bad-request', 'expected a JSON array of article objects {id?, title?, text | html, url?, lang?, published?, source?}');
  return list.map((v, index) => submittedObject(v, { file: SOURCE, index }, 'fix the item or leave it out'));
}
