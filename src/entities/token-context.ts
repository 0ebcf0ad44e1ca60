import type { Token } from '../article.ts';
import { foldToLatin } from '../features/transliterate.ts';
import { stem } from '../language/stem.ts';
import { stopwordsFor } from '../language/stopwords.ts';
import { isAbbreviation, isCalendarWord, isCommonWord, isGermanWord } from './common-words.ts';
import { germanNouns, germanWords } from './german-nouns.ts';
import { germanFiniteVerb } from './german-verbs.ts';
import { DE_HONORIFICS, PER_CUES, SUBJECT_VERBS } from './cues.ts';
import { firstNames } from './first-names.ts';
import type { GazetteerHit } from './gazetteer.ts';
import { roleLabel } from './roles.ts';

/**
 * What the extractor knows about each token before it looks for names: where sentences start, which
 * words the article also writes capitalised mid-sentence, folded forms and stems for the gazetteer.
 */

export interface TokenContext {
  text: string;
  tokens: readonly Token[];
  lang: string;
  stop: ReadonlySet<string>;
  /** Text between token i-1 and token i; '\n' across paragraphs. */
  gaps: string[];
  initial: boolean[];
  /** Lower-case forms the article writes capitalised somewhere other than at a sentence start. */
  midCap: Set<string>;
  /** How often the article writes each form in lower case, and capitalised other than at a sentence start. */
  lowerCount: Map<string, number>;
  midCapCount: Map<string, number>;
  folded: string[];
  stems: string[];
  /** Could token i be part of a name (capitalised, not a function word, role or common noun)? */
  name: boolean[];
  acronym: boolean[];
  firstName: boolean[];
  word: boolean[];
  /** Gazetteer hits by start token, filled on demand (see spans.ts). */
  gazetteer: Array<GazetteerHit | null | undefined>;
}

const SENTENCE_END = /[.!?…:;]["'„“”«»‘’)\]]*\s*["'„“”«»‘’(\[\-–—]*\s*$/u;
const ACRONYM = /^(?=.*\p{L})[\p{Lu}\p{Nd}]{2,8}$/u;
// Patterns are module constants: a literal inside a function is a new RegExp object on every call.
const LETTER_START = /^\p{L}/u;
const SPACES = /^\s+$/;
const BLANKS = /^[ \t\u00a0\u202f]+$/u;
// The gap between an honorific and the name ("Herr Fischer", "Dr. Neumann").
const HONORIFIC_GAP = /^\.?[ \u00a0\u202f]+$/u;
const HYPHEN = /^[-‐]$/u;
const APOSTROPHE = /^['’]\s?$/u;
const AMPERSAND = /^\s*&\s*$/u;
const DOT_SPACE = /^\.\s$/u;
const ASCII_LOWER = /^[a-z0-9]*$/;
const isWord = (t: Token): boolean => LETTER_START.test(t.norm);

// Folding and stemming cost microseconds per call; news repeats its words, so both are memoised per word.
const memos = new Map<string, Map<string, { folded: string; stem: string }>>();
function foldedForms(norm: string, lang: string): { folded: string; stem: string } {
  let memo = memos.get(lang);
  if (!memo) memos.set(lang, (memo = new Map()));
  let m = memo.get(norm);
  if (!m) {
    const folded = ASCII_LOWER.test(norm) ? norm : foldToLatin(norm);
    const st = stem(norm, lang);
    m = { folded, stem: st === norm ? folded : foldToLatin(st) };
    if (memo.size > 200_000) memo.clear();
    memo.set(norm, m);
  }
  return m;
}

export function tokenContext(text: string, tokens: readonly Token[], langTag: string): TokenContext {
  const lang = (langTag.split('-')[0] ?? 'und').toLowerCase();
  const first = firstNames();
  const n = tokens.length;
  // Arrays sized once and filled in order: growing them by push copies each about twice over.
  const c: TokenContext = {
    text, tokens, lang, stop: stopwordsFor(lang), gaps: new Array(n), initial: new Array(n), midCap: new Set(), lowerCount: new Map(),
    midCapCount: new Map(), folded: new Array(n), stems: new Array(n), name: new Array(n), acronym: new Array(n),
    firstName: new Array(n), word: new Array(n), gazetteer: [],
  };
  for (let i = 0; i < n; i++) {
    const t = tokens[i]!;
    const prev = tokens[i - 1];
    const gap = prev && prev.para === t.para ? text.slice(prev.end, t.start) : '\n';
    c.gaps[i] = gap;
    // A quote or dash after a full stop still leaves the next word sentence-initial.
    const initial = gap === '\n' || (gap !== ' ' && (gap.includes('\n') || SENTENCE_END.test(gap)));
    c.initial[i] = initial;
    const f = foldedForms(t.norm, lang);
    c.folded[i] = f.folded;
    c.stems[i] = f.stem;
    // Two to eight code points are two to sixteen code units: no need to cut the surface out otherwise.
    const len = t.end - t.start;
    c.acronym[i] = t.cap && len >= 2 && len <= 16 && ACRONYM.test(text.slice(t.start, t.end));
    // A German function word opening a sentence is no given name, whichever list holds it ("Ein", "Man", "Will").
    c.firstName[i] = t.cap && first.has(t.norm) && !isCalendarWord(t.norm, lang) && !isAbbreviation(t.norm) && !(lang === 'de' && initial && c.stop.has(t.norm));
    const word = LETTER_START.test(t.norm);
    c.word[i] = word;
    if (word && t.cap && !initial) {
      c.midCap.add(t.norm);
      c.midCapCount.set(t.norm, (c.midCapCount.get(t.norm) ?? 0) + 1);
    }
    if (!t.cap) c.lowerCount.set(t.norm, (c.lowerCount.get(t.norm) ?? 0) + 1);
  }
  // A given name that is also a German noun ("Ross", "Johannes") counts only before a surname-like word.
  if (lang === 'de') {
    tokens.forEach((t, i) => {
      // Only a name that is a noun as it stands needs that check: not "Wolf|gang", nor "Karst|en" read as a case form.
      if (!c.firstName[i] || !germanNouns()?.has(t.norm)) return;
      const next = tokens[i + 1];
      c.firstName[i] = next !== undefined && next.cap && SPACES.test(c.gaps[i + 1] ?? '') && !c.stop.has(next.norm)
        && !isCommonWord(next.norm, lang, text.slice(next.start, next.end));
    });
  }
  for (let i = 0; i < n; i++) c.name[i] = nameToken(c, i);
  if (lang === 'de') for (let i = 0; i + 1 < n; i++) if (monthAsGivenName(c, i, first)) { c.firstName[i] = true; c.name[i] = true; }
  return c;
}

// Words before a month in a date: "im August", "Ende Jan.", "seit Juli", "am 3. August".
const DATE_BEFORE = /^(?:im|am|vom|zum|seit|bis|ab|ende|anfang|mitte|monat|monats|\p{Nd}+)$/u;

/**
 * German "Jan Keppler", "August Kopff": a month that is also a given name is the name when a name word follows
 * with nothing but a space between (the short month always takes its dot, "Jan."), and no date's preposition or
 * day stands before it ("im August Gewinne" has a noun after it; "am 3. August Merkel" has a day before).
 */
function monthAsGivenName(c: TokenContext, i: number, first: ReadonlySet<string>): boolean {
  const t = c.tokens[i]!;
  if (!t.cap || !first.has(t.norm) || !isCalendarWord(t.norm, c.lang) || !SPACES.test(c.gaps[i + 1]!)) return false;
  if (!c.name[i + 1] || isCalendarWord(c.tokens[i + 1]!.norm, c.lang) || c.acronym[i + 1]) return false;
  return i === 0 || c.gaps[i] === '\n' || !DATE_BEFORE.test(c.tokens[i - 1]!.norm.replace(/\.$/u, ''));
}

function nameToken(c: TokenContext, i: number): boolean {
  const t = c.tokens[i]!;
  if (!t.cap || !isWord(t)) return false;
  if (c.acronym[i]) return true;
  // stopwords-iso lists hold content words too ("consiglio", "gruppo"): mid-sentence only short ones block a name.
  if (c.stop.has(t.norm) && (c.initial[i] || t.norm.length <= 5)) return false;
  if (roleLabel(t.norm) !== null || PER_CUES.has(t.norm)) return false;
  if (c.firstName[i]) return true;
  // A surname that is also a German noun ("Fischer", "Wagner", "Neumann") is a name after an honorific.
  if (afterHonorific(c, i)) return true;
  return !isCommonWord(t.norm, c.lang, c.text.slice(t.start, t.end));
}

/** German: does token i follow an honorific ("Herr Fischer", "Frau Wagner", "Dr. Neumann")? Then it is a name, whatever else it could be. */
export function afterHonorific(c: TokenContext, i: number): boolean {
  return c.lang === 'de' && i > 0 && DE_HONORIFICS.has(c.tokens[i - 1]!.norm) && HONORIFIC_GAP.test(c.gaps[i] ?? '');
}

/** Are tokens i-1 and i parts of one name as written ("Baden-Württemberg", "U.S.", "J. R. Tolkien", "d'Italia")? */
export function joinable(c: TokenContext, i: number): boolean {
  const g = c.gaps[i]!;
  if (g === '\n') return false;
  if (BLANKS.test(g) || HYPHEN.test(g) || APOSTROPHE.test(g) || AMPERSAND.test(g)) return true;
  // Abbreviation dots: "U.S.A." (no space) or an initial ("W. Bush").
  const prev = c.tokens[i - 1]!;
  return (g === '.' && prev.norm.length <= 2) || (DOT_SPACE.test(g) && prev.norm.length === 1 && prev.cap);
}


/**
 * A sentence opener that is likely a name: a word no dictionary or list knows, never written in lower case
 * in the article, followed by a lower-case word (the verb: "Biden sagte", "Kolb war", "Draghi ha detto").
 */
export function nameOpener(c: TokenContext, i: number): boolean {
  const t = c.tokens[i]!;
  const next = c.tokens[i + 1];
  if (!next || next.cap || !SPACES.test(c.gaps[i + 1] ?? '') || !LETTER_START.test(next.norm)) return false;
  if (c.lowerCount.has(t.norm) || c.stop.has(t.norm) || t.norm.length < 3) return false;
  // German: any regular finite verb after it ("Pofalla gehört", "Blakemore benutzte"): an unknown word before the verb is its subject.
  if (!SUBJECT_VERBS.has(next.norm) && !(c.lang === 'de' && germanFiniteVerb(next.norm))) return false;
  if (c.lang === 'de') return germanWords() !== null && !isCommonWord(t.norm, 'de', t.norm) && !isGermanWord(t.norm);
  return true;
}

/** Does the article write this word in lower case at least as often as capitalised mid-sentence? */
export function mostlyLowerCase(c: TokenContext, norm: string): boolean {
  const lower = c.lowerCount.get(norm) ?? 0;
  return lower > 0 && lower >= (c.midCapCount.get(norm) ?? 0);
}
