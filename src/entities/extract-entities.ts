import type { Paragraph, Token } from '../article.ts';
import { stopwordsFor } from '../language/stopwords.ts';
import { LOC_PREPOSITIONS, NAME_PARTICLES, ORG_CONNECTORS, ORG_SUFFIX, ORG_WORDS, PER_CUES } from './cues.ts';
import type { EntityId, EntityMention, EntityType } from './entity.ts';
import { lookupGazetteer } from './gazetteer.ts';
import { nameId, personId, personParts } from './name-id.ts';
import { isCommonWord } from './common-words.ts';
import { roleLabel, rolePhrase } from './roles.ts';

/**
 * Named entities of one article, from capitalisation, word lists, the multilingual gazetteer and the
 * context of each name; no model. Spans run over tokens; each gets a type, a canonical id and the role
 * written before it. Short forms take the id of the full name they repeat ("Biden" after "Joe Biden").
 */

export interface EntityInput {
  text: string;
  paragraphs: readonly Paragraph[];
  lang: string;
  tokens: readonly Token[];
}

interface Span {
  from: number;
  /** exclusive */
  to: number;
  type: EntityType | null;
  id: EntityId | null;
  role: string | null;
  /** Evidence that the span is a person, found in its context. */
  person: boolean;
}

const SENTENCE_END = /[.!?…:;]["'„“”«»‘’)\]]*\s*["'„“”«»‘’(\[]*\s*$/u;
const SPACE = /^[ \t\u00a0\u202f]+$/u;
const INSIDE = /^(?:[ \t\u00a0\u202f]+|[-‐]|['’]|\s*&\s*|\.\s?)$/u;
const ACRONYM = /^[\p{Lu}\p{Nd}]{2,8}$/u;

interface Context {
  text: string;
  tokens: readonly Token[];
  lang: string;
  stop: ReadonlySet<string>;
  initial: boolean[];
  midCap: Set<string>;
  lowerSeen: Set<string>;
}

const gap = (c: Context, i: number): string => {
  const prev = c.tokens[i - 1];
  const t = c.tokens[i]!;
  return prev && prev.para === t.para ? c.text.slice(prev.end, t.start) : '\n';
};
const surface = (c: Context, i: number): string => c.text.slice(c.tokens[i]!.start, c.tokens[i]!.end);
const isWord = (t: Token): boolean => /^\p{L}/u.test(t.norm);

function context(input: EntityInput): Context {
  const lang = (input.lang.split('-')[0] ?? 'und').toLowerCase();
  const c: Context = {
    text: input.text, tokens: input.tokens, lang, stop: stopwordsFor(lang),
    initial: [], midCap: new Set(), lowerSeen: new Set(),
  };
  input.tokens.forEach((t, i) => {
    const g = gap(c, i);
    const initial = g === '\n' || SENTENCE_END.test(g) || /\n/.test(g);
    c.initial.push(initial);
    if (!isWord(t)) return;
    if (!t.cap) c.lowerSeen.add(t.norm);
    else if (!initial) c.midCap.add(t.norm);
  });
  return c;
}

/** Can token i be part of a name? */
function nameToken(c: Context, i: number): boolean {
  const t = c.tokens[i]!;
  if (!t.cap || !isWord(t)) return false;
  const s = surface(c, i);
  if (ACRONYM.test(s)) return true;
  if (c.stop.has(t.norm) && (c.initial[i] || c.lang !== 'de')) return false;
  if (roleLabel(t.norm) !== null || PER_CUES.has(t.norm)) return false;
  return !isCommonWord(t.norm, c.lang, s);
}

function joinable(c: Context, i: number): boolean {
  return c.tokens[i]!.para === c.tokens[i - 1]!.para && INSIDE.test(gap(c, i));
}

function candidateSpans(c: Context): Span[] {
  const spans: Span[] = [];
  const n = c.tokens.length;
  let i = 0;
  while (i < n) {
    const hit = lookupGazetteer(c.text, c.tokens, i, c.lang);
    if (!nameToken(c, i) && !hit) { i++; continue; }
    let j = i + 1;
    let org = ORG_WORDS.has(c.tokens[i]!.norm);
    for (;;) {
      if (j < n && joinable(c, j) && nameToken(c, j)) { org ||= ORG_WORDS.has(c.tokens[j]!.norm); j++; continue; }
      // "Bank of Japan", "Ursula von der Leyen": lower-case connectors, only when a name word follows.
      let k = j;
      while (k < n && k - j < 2 && joinable(c, k) && !c.tokens[k]!.cap && (org ? ORG_CONNECTORS : NAME_PARTICLES).has(c.tokens[k]!.norm)) k++;
      if (k > j && k < n && joinable(c, k) && nameToken(c, k) && (org || !lookupGazetteer(c.text, c.tokens, k, c.lang))) { j = k; continue; }
      break;
    }
    if (hit && hit.length >= j - i) j = i + hit.length;
    spans.push({ from: i, to: j, type: null, id: null, role: null, person: false });
    i = j;
  }
  return spans;
}

/** Strips leading role words into `role`, reads the role or cue written just before the span. */
function attachRole(c: Context, s: Span): void {
  while (s.to - s.from > 1) {
    const a = c.tokens[s.from]!.norm;
    const phrase = s.to - s.from > 2 ? rolePhrase(a, c.tokens[s.from + 1]!.norm) : null;
    if (phrase) { s.role = phrase; s.from += 2; s.person = true; continue; }
    const label = roleLabel(a);
    if (label === null) break;
    s.role = label;
    s.from++;
    s.person = true;
  }
  if (s.role !== null) return;
  for (let k = s.from - 1; k >= Math.max(0, s.from - 2); k--) {
    const t = c.tokens[k]!;
    if (t.para !== c.tokens[s.from]!.para) break;
    const prefix = k > 0 && /^[-‐]$/.test(gap(c, k)) ? c.tokens[k - 1]!.norm : null;
    const label = roleLabel(t.norm, prefix) ?? (k > 0 ? rolePhrase(c.tokens[k - 1]!.norm, t.norm) : null);
    if (label !== null) { s.role = label; s.person = true; return; }
    if (PER_CUES.has(t.norm)) { s.person = true; return; }
    // One adjective may stand between role and name: "il presidente americano Joe Biden".
    if (t.cap || c.stop.has(t.norm) || !SPACE.test(gap(c, k + 1))) return;
  }
}

function classify(c: Context, s: Span): void {
  const words = c.tokens.slice(s.from, s.to);
  const hit = lookupGazetteer(c.text, c.tokens, s.from, c.lang);
  if (hit && hit.length === s.to - s.from) { s.type = hit.type; s.id = hit.id; return; }
  const last = words[words.length - 1]!;
  if (words.some((t) => ORG_WORDS.has(t.norm)) || (c.lang === 'de' && ORG_SUFFIX.test(last.norm) && words.length > 1)) { s.type = 'ORG'; return; }
  if (words.length === 1 && ACRONYM.test(surface(c, s.from)) && /\p{L}/u.test(last.norm)) { s.type = 'ORG'; return; }
  if (s.person) { s.type = 'PER'; return; }
  const before = s.from > 0 && c.tokens[s.from - 1]!.para === last.para ? c.tokens[s.from - 1]!.norm : '';
  if (LOC_PREPOSITIONS[c.lang]?.has(before)) { s.type = 'LOC'; return; }
  s.type = words.length > 1 ? 'PER' : 'LOC';
}

/** Drops capitalised sentence openers that are ordinary words, and hyphen modifiers ("US-Präsident"). */
function plausible(c: Context, s: Span): boolean {
  const first = c.tokens[s.from]!;
  if (s.to - s.from === 1 && c.initial[s.from] && !c.midCap.has(first.norm) && !s.id && !s.person) return false;
  const after = c.tokens[s.to];
  if (after && /^[-‐]$/.test(c.text.slice(c.tokens[s.to - 1]!.end, after.start)) && !after.cap) return false;
  return true;
}

/** Ids for spans the gazetteer did not name; short person names take the id of the full name in the article. */
function assignIds(c: Context, spans: Span[]): void {
  const fullNames = new Map<string, EntityId>();
  const words = (s: Span) => c.tokens.slice(s.from, s.to).map((t) => t.norm);
  for (const s of spans) {
    if (s.id || s.type !== 'PER') continue;
    const parts = personParts(words(s));
    if (parts.length > 1) {
      s.id = personId(parts);
      for (const p of parts) if (!fullNames.has(p)) fullNames.set(p, s.id);
    }
  }
  for (const s of spans) {
    if (s.id) continue;
    const parts = personParts(words(s));
    const key = parts.length === 1 ? parts[0]! : '';
    const full = fullNames.get(key) ?? fullNames.get(key.replace(/s$/, ''));
    if (full) { s.id = full; s.type = 'PER'; continue; }
    s.id = s.type === 'PER' ? personId(parts) : nameId(s.type === 'ORG' ? 'ORG' : 'LOC', c.tokens.slice(s.from, s.to).map((_, k) => surface(c, s.from + k)));
  }
}

export function extractEntities(input: EntityInput): EntityMention[] {
  const c = context(input);
  const spans = candidateSpans(c);
  for (const s of spans) attachRole(c, s);
  const kept = spans.filter((s) => s.to > s.from && plausible(c, s));
  for (const s of kept) if (!s.type) classify(c, s);
  assignIds(c, kept);
  return kept.map((s) => {
    const start = c.tokens[s.from]!.start;
    const end = c.tokens[s.to - 1]!.end;
    return { kind: 'entity', start, end, text: c.text.slice(start, end), type: s.type!, entity: s.id!, role: s.role };
  });
}
