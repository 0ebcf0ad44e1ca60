/**
 * The subject of a reporting cue, read from the words next to it: a named mention ("sagte Kishida", "Biden's
 * spokesman John Kirby said"), a pronoun ("he said", "dit-il"), a role noun ("ha detto il portavoce"), or nothing
 * written at all ("ha detto", where the language drops the pronoun). Resolution to a person happens later.
 */

import type { EntityMention } from '../entities/entity.ts';
import { lastCue, type Cue } from './cue.ts';
import { fold } from './speaker-profile.ts';
import { isAbbreviationDot, type Item } from './sentence-items.ts';
import type { Gender, SpeechLexicon } from './speech-lexicon.ts';

export type Subject =
  | { kind: 'mention'; mention: EntityMention; start: number; end: number; text: string }
  | { kind: 'pronoun' | 'implicit'; gender: Gender | null; plural: boolean; first: boolean; neuter: boolean; start: number; end: number; text: string }
  | { kind: 'role'; head: string; gender: Gender | null; start: number; end: number; text: string };

export interface SubjectContext {
  text: string;
  lex: SpeechLexicon;
  /** Mentions sorted by start. */
  mentions: readonly EntityMention[];
}

const SEGMENT_BREAK = /^[,;:()\[\]\u2014\u2013-]$/;
const POSSESSIVE = /^['’]s?(?![\p{L}])/u;

/** Longest mention the overlap search allows for; a longer one is found only where it starts inside the range. */
const LONGEST_MENTION = 200;

/** Mentions (sorted by start) overlapping [start, end), found by binary search. */
export function mentionsOverlapping(mentions: readonly EntityMention[], start: number, end: number): EntityMention[] {
  let lo = 0;
  let hi = mentions.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (mentions[mid]!.start < start - LONGEST_MENTION) lo = mid + 1;
    else hi = mid;
  }
  const out: EntityMention[] = [];
  for (let i = lo; i < mentions.length && mentions[i]!.start < end; i++) if (mentions[i]!.end > start) out.push(mentions[i]!);
  return out;
}

const mentionsIn = (c: SubjectContext, start: number, end: number) => mentionsOverlapping(c.mentions, start, end);

/** The head of the mentions in a noun phrase: the last person not standing as a possessor ("Biden's spokesman John Kirby"). */
function headMention(c: SubjectContext, ms: readonly EntityMention[], types: 'PER' | 'other'): EntityMention | null {
  const free = ms.filter((m) => !POSSESSIVE.test(c.text.slice(m.end, m.end + 3)) && (m.type === 'PER') === (types === 'PER'));
  return free[free.length - 1] ?? null;
}

function pronounSubject(w: Item, lex: SpeechLexicon, cue: Cue | null): Subject | null {
  const { m, f, plural, first, neuter } = lex.pronouns;
  const p = w.lower;
  if (!m.has(p) && !f.has(p) && !plural.has(p) && !first.has(p) && !neuter.has(p)) return null;
  const isPlural = plural.has(p) && (!m.has(p) && !f.has(p) || (cue?.plural ?? false));
  const gender: Gender | null = isPlural ? null : m.has(p) ? 'm' : f.has(p) ? 'f' : null;
  return { kind: 'pronoun', gender, plural: isPlural, first: first.has(p), neuter: neuter.has(p), start: w.start, end: w.end, text: w.text };
}

/**
 * A noun phrase over items [from, to): a person named anywhere in it, else a pronoun, else the tail after the
 * last preposition ("In an interview on CNN the spokesman"): an organisation or a role noun.
 */
export function phraseSubject(c: SubjectContext, items: readonly Item[], from: number, to: number, cue: Cue | null): Subject | null {
  const words = items.slice(from, to).filter((w) => w.kind === 'word');
  if (words.length === 0) return null;
  const person = headMention(c, mentionsIn(c, words[0]!.start, words[words.length - 1]!.end), 'PER');
  if (person) return { kind: 'mention', mention: person, start: person.start, end: person.end, text: person.text };
  for (let k = words.length - 1; k >= 0; k--) {
    const p = pronounSubject(words[k]!, c.lex, cue);
    if (p) return p;
  }
  // Trailing adverbs ("The campaign's statement then declares") are not the phrase; the tail after the last
  // preposition before them is.
  const isStop = (w: Item) => c.lex.stops.has(w.lower) && /^\p{Ll}/u.test(w.text);
  let last = words.length;
  while (last > 0 && isStop(words[last - 1]!)) last--;
  let tail = last;
  while (tail > 0 && !isStop(words[tail - 1]!)) tail--;
  const np = words.slice(tail, last);
  if (np.length === 0) return null;
  const start = np[0]!.start;
  const end = np[np.length - 1]!.end;
  const other = headMention(c, mentionsIn(c, start, end), 'other');
  if (other) return { kind: 'mention', mention: other, start: other.start, end: other.end, text: other.text };
  const content = np.filter((w) => !c.lex.determiners.has(w.lower) && !c.lex.titles.has(w.lower) && !c.lex.stops.has(w.lower));
  if (content.length === 0) return null;
  const headWord = c.lex.headFirst ? content[0]! : content[content.length - 1]!;
  const det = np[np.indexOf(content[0]!) - 1];
  const feminine = (det && c.lex.feminineDeterminers.has(det.lower)) || c.lex.feminineSuffixes.some((s) => headWord.lower.length > 5 && headWord.lower.endsWith(s));
  return { kind: 'role', head: fold(headWord.text.replace(/['’]s$/, '')), gender: feminine ? 'f' : null, start, end, text: c.text.slice(start, end) };
}

function implicit(cue: Cue): Subject {
  return { kind: 'implicit', gender: cue.gender, plural: cue.plural, first: false, neuter: false, start: cue.start, end: cue.end, text: cue.text };
}

/** The inverted subject after a cue ("sagte Kishida", "said Biden's spokesman John Kirby", "ha detto il portavoce"). */
export function subjectAfter(c: SubjectContext, items: readonly Item[], cue: Cue): Subject {
  if (cue.pronoun) {
    const w: Item = { kind: 'word', ...cue.pronoun, lower: cue.pronoun.text.toLowerCase() };
    return pronounSubject(w, c.lex, cue) ?? implicit(cue);
  }
  let k = cue.last + 1;
  const from = k;
  while (k < items.length && k - from < 10) {
    const it = items[k]!;
    if (it.kind === 'quote') break;
    if (it.kind === 'punct') {
      // Abbreviation dots stay inside a name ("Sen. Warren", "Mr. Trump").
      if (isAbbreviationDot(items, k)) { k++; continue; }
      // Glued symbols stay inside a phrase too ("9/11 widow Terry Strada").
      if (/^[/&]$/.test(it.text) && items[k - 1]?.end === it.start && items[k + 1]?.start === it.end) { k++; continue; }
      break;
    }
    const lower = it.lower;
    const capital = /^\p{Lu}/u.test(it.text);
    if (k > from && !capital && (c.lex.stops.has(lower) || c.lex.complementizers.has(lower) || c.lex.relatives.has(lower) || c.lex.verbs.has(lower))) break;
    if (k === from && c.lex.stops.has(lower) && !c.lex.determiners.has(lower)) break;
    k++;
  }
  const np = phraseSubject(c, items, from, k, cue);
  // A role with the name in apposition: "said Rubio's deputy campaign manager, Rich Beeson, who ...".
  if (np?.kind === 'role' && items[k]?.text === ',') {
    const named = phraseSubject(c, items, k + 1, Math.min(items.length, k + 5), cue);
    if (named?.kind === 'mention' && named.mention.type === 'PER' && named.start === items[k + 1]!.start) return named;
  }
  return np ?? implicit(cue);
}

/** The subject right after a cue when one is written there (verb-second order: "Dazu sagte Kirby: „…“"), else null. */
export function invertedSubject(c: SubjectContext, items: readonly Item[], cue: Cue): Subject | null {
  if (cue.pronoun) return subjectAfter(c, items, cue);
  if (!c.lex.inversion || items[cue.last + 1]?.kind !== 'word') return null;
  const s = subjectAfter(c, items, cue);
  if (s.kind === 'mention' || s.kind === 'pronoun') return s;
  // After a fronted adverbial the subject follows the verb, whatever it is: "Bei dem Treffen bekräftigte der Präsident".
  let k = cue.first - 1;
  while (k > 0 && items[k - 1]!.kind === 'word') k--;
  const fronted = items[k];
  return s.kind === 'role' && k < cue.first && fronted && c.lex.stops.has(fronted.lower) && !c.lex.conjunctions.has(fronted.lower) ? s : null;
}

/** Segments of items [from, to) split at commas, brackets and dashes, nearest to `to` first. */
function segmentsBefore(items: readonly Item[], from: number, to: number): Array<{ from: number; to: number; bracketed: boolean }> {
  const out: Array<{ from: number; to: number; bracketed: boolean }> = [];
  let end = to;
  for (let k = to - 1; k >= from - 1; k--) {
    const it = items[k];
    if (k < from || (it && it.kind !== 'word' && (it.kind === 'quote' || SEGMENT_BREAK.test(it.text)))) {
      if (end > k + 1) out.push({ from: k + 1, to: end, bracketed: it?.text === '(' });
      if (k < from || it?.kind === 'quote') break;
      end = k;
    }
  }
  return out;
}

/**
 * The subject of the sentence's first clause, past a dateline: for a verb coordinated with an earlier one
 * ("Kishida dankte Biden ... und sagte:"), a participle ("..., saying"), or a colon with no verb we know.
 */
export function clauseSubject(c: SubjectContext, items: readonly Item[], from: number, to: number, cue: Cue | null): Subject | null {
  let k = from;
  while (k < to && items[k]!.kind === 'word' && items[k]!.text === items[k]!.text.toUpperCase() && /^[:\u2014\u2013-]$/.test(items[k + 1]?.text ?? '')) k += 2;
  // Past an opening adverbial ("During a speech earlier in the day, Trump attacked ..."): it holds no subject.
  const lead = items[k];
  if (lead?.kind === 'word' && c.lex.stops.has(lead.lower)) {
    const comma = items.findIndex((w, i) => i > k && i < to && w.text === ',');
    if (comma > 0 && comma - k <= 12) k = comma + 1;
  }
  const opening = items.slice(k, Math.min(to, k + 8)).filter((w) => w.kind === 'word');
  if (opening.length === 0) return null;
  const ms = mentionsIn(c, opening[0]!.start, opening[opening.length - 1]!.end);
  const person = ms.find((m) => m.type === 'PER' && !POSSESSIVE.test(c.text.slice(m.end, m.end + 3)));
  if (person) return { kind: 'mention', mention: person, start: person.start, end: person.end, text: person.text };
  const p = pronounSubject(opening[0]!, c.lex, cue);
  if (p) return p;
  // A role noun phrase up to the first verb we know or the first preposition: "The president noted ...".
  let end = k;
  while (end < to && end - k < 6 && items[end]!.kind === 'word' && !c.lex.verbs.has(items[end]!.lower) && !(end > k && c.lex.stops.has(items[end]!.lower))) end++;
  return end > k ? phraseSubject(c, items, k, end, cue) : null;
}

/** A segment that opens a relative clause ("Trump, who met Clinton, said"); German "der/die/das" also open appositions. */
function relativeClause(c: SubjectContext, items: readonly Item[], from: number, to: number): boolean {
  if (!c.lex.relatives.has(items[from]!.lower)) return false;
  if (!c.lex.determiners.has(items[from]!.lower)) return true;
  // An article-like relative: a relative clause ends on its (lower-case) verb, an apposition on a noun.
  return items[from - 1]?.text === ',' && /^\p{Ll}/u.test(items[to - 1]!.text);
}

/**
 * The speaker of a quote introduced by a colon and no verb we know: a person opening the sentence ("Cruz called
 * them on it:", "Senate Majority Leader Mitch McConnell, R-Ky., delivered a blunt message to Trump:"), else the last
 * person named before the colon ("TITLE - Michael McDonald:", "... doesn't surprise pollster Daron Shaw:"), else a
 * pronoun there, else the subject of the sentence.
 */
export function lastSegmentSubject(c: SubjectContext, items: readonly Item[], from: number, to: number): Subject | null {
  const opening = clauseSubject(c, items, from, Math.min(to, from + 5), null);
  if (opening?.kind === 'mention' && opening.mention.type === 'PER') return opening;
  const segment = segmentsBefore(items, from, to).find((s) => !s.bracketed);
  if (!segment) return null;
  const words = items.slice(segment.from, segment.to).filter((w) => w.kind === 'word');
  if (words.length === 0) return null;
  const person = headMention(c, mentionsIn(c, words[0]!.start, words[words.length - 1]!.end), 'PER');
  if (person) return { kind: 'mention', mention: person, start: person.start, end: person.end, text: person.text };
  return pronounSubject(words[0]!, c.lex, null) ?? clauseSubject(c, items, from, to, null);
}

/** The subject before a cue, within items [from, cue.first): the usual order in English and most main clauses. */
export function subjectBefore(c: SubjectContext, items: readonly Item[], from: number, cue: Cue): Subject {
  if (cue.pronoun) return subjectAfter(c, items, cue);
  const prev = items[cue.first - 1];
  if (c.lex.gerunds.has(items[cue.first]!.lower)) {
    // "Nefzi said, adding, “…”", "Donald Trump tweeting that ... and asking, “…”": the governing verb's subject.
    const governing = lastCue(c.text, items, from, cue.first, c.lex);
    if (governing) return subjectBefore(c, items, from, governing);
  }
  if ((prev?.kind === 'word' && c.lex.conjunctions.has(prev.lower)) || c.lex.gerunds.has(items[cue.first]!.lower)) {
    return clauseSubject(c, items, from, cue.first - 1, cue) ?? implicit(cue);
  }
  const segments = segmentsBefore(items, from, cue.first).filter((s) => !s.bracketed);
  for (let i = 0; i < segments.length; i++) {
    const s = segments[i]!;
    // Relative clauses and participle phrases say something about the subject; they are not it
    // ("Trump, who met Clinton, said"; "Fiorina, speaking to Iowans, said"; "Mr. Trump, asked about Mr. Putin, said").
    const opener = items[s.from]!;
    if (relativeClause(c, items, s.from, s.to) || (i === 0 && s.from > from && (c.lex.gerunds.has(opener.lower) || c.lex.verbs.has(opener.lower)))) continue;
    const subject = phraseSubject(c, items, s.from, s.to, cue);
    if (!subject) continue;
    if (subject.kind === 'role' && i === 0) {
      // An apposition: "John Kirby, the spokesman, said".
      const before = segments[i + 1];
      const named = before && phraseSubject(c, items, before.from, before.to, cue);
      if (named && named.kind === 'mention' && named.mention.type === 'PER' && named.end === items[before.to - 1]!.end) return named;
    }
    return subject;
  }
  return implicit(cue);
}
