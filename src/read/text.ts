/**
 * Plain text and Markdown: the file is the body; the first line becomes the title only when it
 * looks like one, because most plain-text news dumps start straight with the lead paragraph.
 */
import type { Origin, Message } from '../article.ts';
import { textTooLong } from './article-limits.ts';
import { emptyArticle, readError, readNote, type ReadResult } from './read-result.ts';

export const MAX_TITLE_CHARS = 150;
/** Without a blank line after it, a first line must be this short to pass as a headline. */
const MAX_BARE_HEADLINE_CHARS = 100;
const MAX_BARE_HEADLINE_WORDS = 16;

export interface TitleSplit {
  title: string | null;
  /** The text after the title line and the blank lines that follow it (or all of it). */
  body: string;
  /** Why the first line was taken, for the reader note. */
  reason: 'markdown-heading' | 'setext-heading' | 'blank-line-after' | 'headline-shape' | null;
}

const LINE = /^([^\r\n]*)(\r\n|\n|\r|$)/;

function firstLines(text: string): { line: string; next: string; rest: string; restAfterNext: string } {
  const a = LINE.exec(text)!;
  const rest = text.slice(a[0].length);
  const b = LINE.exec(rest)!;
  return { line: a[1] ?? '', next: b[1] ?? '', rest, restAfterNext: rest.slice(b[0].length) };
}

/** Drops blank lines at the start of the body, nothing else: offsets downstream point into it. */
function dropLeadingBlankLines(s: string): string {
  return s.replace(/^(?:[ \t]*(?:\r\n|\n|\r))+/, '');
}

/** A sentence ends in a period; a headline does not ("..." and "…" are a headline's trailing off). */
function endsLikeSentence(line: string): boolean {
  return /[.。．]$/u.test(line) && !/(\.\.\.|…)$/u.test(line);
}

function couldBeTitle(line: string): boolean {
  if (line.length === 0 || line.length > MAX_TITLE_CHARS) return false;
  if (endsLikeSentence(line) || /[,;:]$/.test(line)) return false;
  // Lists, quotes and tables are content, not titles.
  if (/^([-*+>|]|\d+[.)])\s/.test(line)) return false;
  return /\p{L}/u.test(line);
}

/** Short, no closing punctuation, starts in upper case and is followed by a longer paragraph. */
function hasHeadlineShape(line: string, next: string): boolean {
  if (line.length > MAX_BARE_HEADLINE_CHARS) return false;
  if (line.split(/\s+/).length > MAX_BARE_HEADLINE_WORDS) return false;
  if (/[.!?,;:)"'»“”]$/u.test(line) || /^\p{Ll}/u.test(line)) return false;
  const n = next.trim();
  return n.length >= Math.max(2 * line.length, 60) || (n.length > line.length && endsLikeSentence(n));
}

export function splitTitle(text: string, markdown: boolean): TitleSplit {
  const none: TitleSplit = { title: null, body: text, reason: null };
  const { line: raw, next, rest, restAfterNext } = firstLines(text);
  const line = raw.trim();
  if (markdown) {
    const h1 = /^#[ \t]+(.*?)(?:[ \t]+#+)?[ \t]*$/.exec(line);
    if (h1?.[1]) return { title: h1[1].trim(), body: dropLeadingBlankLines(rest), reason: 'markdown-heading' };
    if (line && /^=+[ \t]*$/.test(next)) {
      return { title: line, body: dropLeadingBlankLines(restAfterNext), reason: 'setext-heading' };
    }
    if (/^#/.test(line)) return none;
  }
  if (!couldBeTitle(line)) return none;
  const body = dropLeadingBlankLines(rest);
  // A lone line is the whole article, not a title over nothing.
  if (body.trim() === '') return none;
  if (next.trim() === '') return { title: line, body, reason: 'blank-line-after' };
  if (hasHeadlineShape(line, next)) return { title: line, body, reason: 'headline-shape' };
  return none;
}

/** Reads a decoded .txt or .md file; `messages` are the decoder's notes. */
export function readText(
  text: string,
  opts: { id: string; origin: Origin; markdown: boolean; messages?: Message[] },
): ReadResult {
  if (text.trim() === '') return readError(opts.origin, 'empty', 'contains no text; remove the file or add text');
  const tooLong = textTooLong(text);
  if (tooLong) return readError(opts.origin, 'too-long', tooLong);
  const split = splitTitle(text, opts.markdown);
  const article = emptyArticle(opts.id, split.body, opts.origin);
  article.title = split.title;
  article.messages.push(...(opts.messages ?? []));
  if (split.reason) {
    article.messages.push(readNote('title-from-first-line', `${opts.origin.file}: first line taken as the title (${split.reason})`));
  }
  return { ok: true, article };
}
