/**
 * JSON Feed 1.0 and 1.1 (https://jsonfeed.org/version/1.1). Fields are validated at the edge like
 * the JSON article reader does: own properties only, wrong types make that item a problem, unknown
 * fields are never read.
 */
import type { Feed, FeedItem, FeedParse, FeedText } from './feed-item.ts';
import { emptyItem } from './feed-item.ts';
import { describeJsonError } from './json.ts';

type Rec = Record<string, unknown>;

const isRecord = (v: unknown): v is Rec => typeof v === 'object' && v !== null && !Array.isArray(v);
const own = (rec: Rec, key: string): unknown => (Object.prototype.hasOwnProperty.call(rec, key) ? rec[key] : undefined);

/** A string field: its trimmed value, null when absent or blank, or a problem when of another type. */
function str(rec: Rec, key: string, problems: string[]): string | null {
  const v = own(rec, key);
  if (v === undefined || v === null) return null;
  if (typeof v !== 'string') {
    problems.push(`"${key}" must be a string, got ${Array.isArray(v) ? 'an array' : typeof v}`);
    return null;
  }
  return v.trim() || null;
}

/** 1.1 has `authors: [{name}]`, 1.0 `author: {name}`. */
function authorNames(rec: Rec): string[] {
  const list = own(rec, 'authors');
  const people = Array.isArray(list) ? list : [own(rec, 'author')];
  return people.filter(isRecord).map((p) => own(p, 'name')).filter((n): n is string => typeof n === 'string' && n.trim() !== '').map((n) => n.trim());
}

function readItem(value: unknown, index: number, feedAuthors: string[]): FeedItem {
  const item = emptyItem(index);
  if (!isRecord(value)) {
    item.problem = `expected an item object, got ${value === null ? 'null' : Array.isArray(value) ? 'an array' : typeof value}`;
    return item;
  }
  const problems: string[] = [];
  const id = own(value, 'id');
  // 1.0 feeds in the wild use numbers; the spec asks for strings.
  if (typeof id === 'number' && Number.isFinite(id)) item.id = String(id);
  else item.id = str(value, 'id', problems);
  const title = str(value, 'title', problems);
  item.title = title === null ? null : { value: title, html: false };
  const html = str(value, 'content_html', problems);
  const text = str(value, 'content_text', problems);
  item.content = html !== null ? { value: html, html: true } : text !== null ? { value: text, html: false } : null;
  const summary = str(value, 'summary', problems);
  item.summary = summary === null ? null : { value: summary, html: false };
  item.link = str(value, 'url', problems) ?? str(value, 'external_url', problems);
  item.published = str(value, 'date_published', problems) ?? str(value, 'date_modified', problems);
  const authors = authorNames(value);
  item.author = (authors.length > 0 ? authors : feedAuthors).join(', ') || null;
  item.lang = str(value, 'language', problems);
  if (problems.length > 0) item.problem = problems.join('; ');
  return item;
}

export function readJsonFeed(text: string): FeedParse {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (e) {
    return { ok: false, code: 'invalid-json', problem: `invalid JSON (${describeJsonError(e, text)}); fix the feed` };
  }
  const version = isRecord(value) ? own(value, 'version') : undefined;
  if (!isRecord(value) || typeof version !== 'string' || !version.startsWith('https://jsonfeed.org/version/')) {
    return { ok: false, code: 'not-a-feed', problem: 'is JSON but not a JSON Feed (no "version": "https://jsonfeed.org/version/…" at the top level)' };
  }
  const problems: string[] = [];
  const title = str(value, 'title', problems);
  const items = own(value, 'items');
  if (!Array.isArray(items)) problems.push('"items" must be an array');
  const feedAuthors = authorNames(value);
  const feed: Feed = {
    format: 'JSON Feed',
    title: title === null ? null : ({ value: title, html: false } satisfies FeedText),
    lang: str(value, 'language', problems),
    items: Array.isArray(items) ? items.map((it, i) => readItem(it, i, feedAuthors)) : [],
    problems,
  };
  return { ok: true, feed };
}
