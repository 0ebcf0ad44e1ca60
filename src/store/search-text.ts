/**
 * What every engine shares about full-text search: how a user's query becomes words (query syntax
 * is never passed through, so no string can change the meaning of the engine's query), and how a
 * snippet with marked matches becomes plain text with highlight offsets.
 */

/** Words are runs of letters, combining marks and digits; anything else separates them. */
const WORD = /[\p{L}\p{N}\p{M}]+/gu;
export const MAX_SEARCH_WORDS = 16;
/**
 * Hits are ranked among the newest SEARCH_POOL articles that match, not among all of them: a common
 * word matches most of a large store, and ranking every match made one search take seconds at a
 * million articles. News readers want the recent best match; an older one needs another word.
 * On SQLite the pool's ranking reads each pooled article's stored term counts (sqlite-search.ts): a
 * search over 250 takes 2–3 ms at a million articles, over 1,000 3–5 ms (bm25() re-reading the texts
 * took 10–31 and 18–49); 250 keeps search as cheap as a briefing under load.
 */
export const SEARCH_POOL = 250;
const MAX_WORD_LENGTH = 64;

/** The words of a query, in order, duplicates removed, at most MAX_SEARCH_WORDS of at most 64 code units. */
export function searchWords(q: string): string[] {
  const out: string[] = [];
  for (const m of q.normalize('NFC').matchAll(WORD)) {
    const w = m[0].slice(0, MAX_WORD_LENGTH);
    if (!out.includes(w)) out.push(w);
    if (out.length === MAX_SEARCH_WORDS) break;
  }
  return out;
}

/** Private-use characters mark matches inside an engine's snippet (one in stored text only shifts a highlight). */
export const MATCH_START = '\uE000';
export const MATCH_END = '\uE001';

/**
 * Strips the match markers from an engine's snippet, keeping where they were as offsets, and folds
 * runs of white space (paragraph breaks inside a snippet) into one space.
 */
export function parseSnippet(marked: string): { snippet: string; highlights: Array<{ start: number; end: number }> } {
  let snippet = '';
  const highlights: Array<{ start: number; end: number }> = [];
  let open = -1;
  for (const ch of marked) {
    if (ch === MATCH_START) open = snippet.length;
    else if (ch === MATCH_END) {
      if (open >= 0 && snippet.length > open) highlights.push({ start: open, end: snippet.length });
      open = -1;
    } else if (/\s/.test(ch)) {
      if (snippet !== '' && !snippet.endsWith(' ')) snippet += ' ';
    } else snippet += ch;
  }
  return { snippet: snippet.trimEnd(), highlights };
}
