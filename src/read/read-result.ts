/**
 * What the readers hand back: an article, or a problem tied to where it came from.
 * Readers never throw for bad input; every problem becomes an error result whose message
 * names the file (and line or index) and says what to do about it.
 */
import type { Message, Origin, RawArticle } from '../article.ts';

export type ReadResult =
  | { ok: true; article: RawArticle }
  | { ok: false; origin: Origin; code: string; message: string };

export type ReadError = Extract<ReadResult, { ok: false }>;

/** The stage name every reader message carries. */
export const READ_STAGE = 'read';

/** "file", "file: line 7" or "file: index 3": the prefix of every message about an input. */
export function describeOrigin(origin: Origin): string {
  if (origin.line !== undefined) return `${origin.file}: line ${origin.line}`;
  if (origin.index !== undefined) return `${origin.file}: index ${origin.index}`;
  return origin.file;
}

export function readError(origin: Origin, code: string, problem: string): ReadError {
  return { ok: false, origin, code, message: `${describeOrigin(origin)}: ${problem}` };
}

export function readNote(code: string, message: string, level: Message['level'] = 'info'): Message {
  return { stage: READ_STAGE, code, message, level };
}

/** An article with every optional field empty, for readers to fill in. */
export function emptyArticle(id: string, text: string, origin: Origin): RawArticle {
  return {
    id,
    title: null,
    text,
    url: null,
    declaredLang: null,
    published: null,
    source: null,
    byline: null,
    origin,
    messages: [],
  };
}

/** Human-readable size for limit messages ("50 MB", "1.5 kB"). */
export function formatBytes(n: number): string {
  if (n >= 1e6) return `${+(n / 1e6).toFixed(1)} MB`;
  if (n >= 1e3) return `${+(n / 1e3).toFixed(1)} kB`;
  return `${n} bytes`;
}
