/**
 * One article record from JSON or JSONL, validated at the edge. Only the known fields are read:
 * anything else in the record (gold labels, internal notes) never reaches the article.
 */
import type { Message, Origin } from '../article.ts';
import { pageTooLarge, textTooLong } from './article-limits.ts';
import { extractHtml } from './html.ts';
import { isoDate } from './iso-date.ts';
import { describeOrigin, emptyArticle, readError, readNote, type ReadResult } from './read-result.ts';

const OPTIONAL_STRINGS = ['title', 'url', 'lang', 'published', 'source'] as const;

/** Own property only, so `__proto__` and inherited names are never picked up. */
function field(rec: Record<string, unknown>, key: string): unknown {
  return Object.prototype.hasOwnProperty.call(rec, key) ? rec[key] : undefined;
}

function typeName(v: unknown): string {
  if (v === null) return 'null';
  if (Array.isArray(v)) return 'an array';
  return typeof v === 'object' ? 'an object' : `a ${typeof v}`;
}

const present = (v: unknown): boolean => v !== undefined && v !== null;
const trimmedOrNull = (v: unknown): string | null => (typeof v === 'string' && v.trim() ? v.trim() : null);

/**
 * `fallbackId` is used when the record has no id; `fix` ends every error message
 * ("fix the line or remove it").
 */
export function readJsonRecord(
  value: unknown,
  opts: { origin: Origin; fallbackId: string; fix: string; messages?: Message[] },
): ReadResult {
  const bad = (problem: string): ReadResult => readError(opts.origin, 'invalid-record', `${problem}; ${opts.fix}`);
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return bad(`expected an article object, got ${typeName(value)}`);
  }
  const rec = value as Record<string, unknown>;

  const id = field(rec, 'id');
  if (present(id) && !(typeof id === 'string' && id.trim()) && !(typeof id === 'number' && Number.isFinite(id))) {
    return bad(`"id" must be a non-empty string or a number, got ${typeName(id)}`);
  }
  for (const key of OPTIONAL_STRINGS) {
    const v = field(rec, key);
    if (present(v) && typeof v !== 'string') return bad(`"${key}" must be a string or null, got ${typeName(v)}`);
  }
  const text = field(rec, 'text');
  const html = field(rec, 'html');
  for (const [key, v] of [['text', text], ['html', html]] as const) {
    if (present(v) && typeof v !== 'string') return bad(`"${key}" must be a string, got ${typeName(v)}`);
  }
  const hasText = typeof text === 'string' && text.trim() !== '';
  const hasHtml = typeof html === 'string' && html.trim() !== '';
  if (!hasText && !hasHtml) return bad('needs a non-empty "text" or "html" string');

  const tooBig = hasText ? textTooLong(text as string, '"text"') : pageTooLarge(html as string, '"html"');
  if (tooBig) return readError(opts.origin, hasText ? 'too-long' : 'too-large', tooBig);

  const where = describeOrigin(opts.origin);
  const extracted = hasText ? null : extractHtml(html as string, where);
  if (extracted && extracted.text.trim() === '') return bad('"html" has no readable text');
  const extractedTooLong = extracted ? textTooLong(extracted.text, 'the text of "html"') : null;
  if (extractedTooLong) return readError(opts.origin, 'too-long', extractedTooLong);

  const article = emptyArticle(present(id) ? String(id).trim() : opts.fallbackId, hasText ? (text as string) : extracted!.text, opts.origin);
  article.messages.push(...(opts.messages ?? []));
  if (hasText && hasHtml) article.messages.push(readNote('html-ignored', `${where}: has both "text" and "html"; used "text"`));
  // Fields given in the record win over what the HTML says about itself.
  article.title = trimmedOrNull(field(rec, 'title')) ?? extracted?.title ?? null;
  article.url = trimmedOrNull(field(rec, 'url')) ?? extracted?.url ?? null;
  article.declaredLang = trimmedOrNull(field(rec, 'lang')) ?? extracted?.lang ?? null;
  article.source = trimmedOrNull(field(rec, 'source')) ?? extracted?.source ?? null;
  article.byline = extracted?.byline ?? null;
  const published = trimmedOrNull(field(rec, 'published'));
  if (published !== null) {
    const d = isoDate(published);
    article.published = d.value;
    if (!d.iso) article.messages.push(readNote('date-not-iso', `${where}: "published" value "${published}" is not a date we can read; kept as given`));
  } else {
    article.published = extracted?.published ?? null;
  }
  if (extracted) article.messages.push(...extracted.messages);
  return { ok: true, article };
}
