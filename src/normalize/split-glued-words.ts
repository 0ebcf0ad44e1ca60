import type { ArticleRecord, GluedSplit, Stage, Token } from '../article.ts';
import { stopwordsFor } from '../language/stopwords.ts';
import { makeToken } from '../language/tokenize.ts';

const LOWER_THEN_UPPER = /^(\p{Ll}{2,})(\p{Lu}[\p{L}\p{M}]*)$/u;
const CAPITALISED = /^\p{Lu}\p{Ll}+/u;
const MIN_GLUED = 5;
const MIN_FUNCTION_WORD = 3;

/**
 * Where a link's text was stripped, the words on either side fuse: "inChina", "Japanwährend".
 * A token is split only when both halves are words of this article's language: a stop word of the
 * language, or a word that stands alone elsewhere in the same article. German compounds
 * ("Bundesregierung") are left alone: without a case change, the right half must be a function word.
 */
export function findGlueSplit(surface: string, vocabulary: ReadonlySet<string>, stop: ReadonlySet<string>): number | null {
  if (surface.length < MIN_GLUED) return null;
  const camel = LOWER_THEN_UPPER.exec(surface);
  if (camel) {
    const left = camel[1]!.toLowerCase();
    const right = camel[2]!.toLowerCase();
    // No closure for "known": tsx keeps function names, so each named closure made is a call, here for most long tokens.
    return (vocabulary.has(left) || stop.has(left)) && vocabulary.has(right) ? camel[1]!.length : null;
  }
  if (!CAPITALISED.test(surface)) return null;
  const lower = surface.toLowerCase();
  // Prefer the longest known name on the left: "Japanwährend" -> "Japan" + "während".
  for (let at = surface.length - MIN_FUNCTION_WORD; at >= 3; at--) {
    const left = lower.slice(0, at);
    const right = lower.slice(at);
    if (vocabulary.has(left) && stop.has(right) && right.length >= MIN_FUNCTION_WORD) return at;
  }
  return null;
}

export const splitGluedWords: Stage = (rec: ArticleRecord): ArticleRecord => {
  const stop = stopwordsFor(rec.lang.code);
  const counts = new Map<string, number>();
  for (const t of rec.tokens) counts.set(t.norm, (counts.get(t.norm) ?? 0) + 1);
  // The halves are never the whole token, so the token itself in the vocabulary does no harm.
  const vocabulary: ReadonlySet<string> = new Set(counts.keys());
  const tokens: Token[] = [];
  const glued: GluedSplit[] = [];
  for (const t of rec.tokens) {
    // A word that occurs twice is a word of the article, not an accident.
    if ((counts.get(t.norm) ?? 0) > 1 || t.end - t.start < MIN_GLUED) {
      tokens.push(t);
      continue;
    }
    const surface = rec.text.slice(t.start, t.end);
    const at = findGlueSplit(surface, vocabulary, stop);
    if (at === null) {
      tokens.push(t);
      continue;
    }
    const cut = t.start + at;
    glued.push({ start: t.start, at: cut, end: t.end });
    tokens.push(makeToken({ start: t.start, end: cut, text: surface.slice(0, at), kind: 'word' }, t.para, rec.lang.code));
    tokens.push(makeToken({ start: cut, end: t.end, text: surface.slice(at), kind: 'word' }, t.para, rec.lang.code));
  }
  if (glued.length === 0) return rec;
  const shown = glued.slice(0, 5).map((g) => `${rec.text.slice(g.start, g.end)} → ${rec.text.slice(g.start, g.at)} ${rec.text.slice(g.at, g.end)}`);
  return {
    ...rec,
    tokens,
    glued,
    messages: [
      ...rec.messages,
      { stage: 'normalize', code: 'glued-words', message: `split ${glued.length} glued word${glued.length === 1 ? '' : 's'}: ${shown.join(', ')}`, level: 'info' },
    ],
  };
};
