/**
 * Reported speech: "X said that …" / "X sagte, dass …" / "X ha detto che …" / "X sagte, die Abkommen würden …",
 * "…, another source said." / "…, sagte ein Beamter.", "according to X, …" / "laut X …" / "secondo X …" /
 * "…, so Kishida." The content is the reported clause; the subject is read as for direct quotes.
 */

import { cueAt, type Cue } from './cue.ts';
import type { Candidate } from './direct-quotes.ts';
import type { Item, Sentence } from './sentence-items.ts';
import type { SpeechLexicon } from './speech-lexicon.ts';
import { invertedSubject, mentionsOverlapping, phraseSubject, subjectAfter, subjectBefore, type Subject, type SubjectContext } from './subject.ts';

const MIN_CONTENT_WORDS = 3;
const TERMINAL = /^[.!?…;:]$/;

function words(items: readonly Item[], from: number, to: number): number {
  let n = 0;
  for (let k = from; k < to; k++) if (items[k]!.kind !== 'punct') n++;
  return n;
}

/** Content over items [from, to), without trailing punctuation; null when too short to be a statement. */
function content(items: readonly Item[], from: number, to: number): { start: number; end: number } | null {
  while (to > from && items[to - 1]!.kind === 'punct') to--;
  while (from < to && items[from]!.kind === 'punct') from++;
  if (words(items, from, to) < MIN_CONTENT_WORDS) return null;
  return { start: items[from]!.start, end: items[to - 1]!.end };
}

function sentenceEnd(items: readonly Item[], from: number): number {
  let k = from;
  while (k < items.length && !(items[k]!.kind === 'punct' && TERMINAL.test(items[k]!.text) && k === items.length - 1)) k++;
  return k;
}

function matchPhrase(items: readonly Item[], k: number, phrase: readonly string[]): boolean {
  return phrase.every((p, i) => items[k + i]?.kind === 'word' && items[k + i]!.lower === p);
}

// First words of the "according to" phrases, per lexicon: most items start none, and need no phrase tried.
const accordingHeads = new WeakMap<SpeechLexicon, ReadonlySet<string>>();

function headsOf(lex: SpeechLexicon): ReadonlySet<string> {
  let heads = accordingHeads.get(lex);
  if (!heads) accordingHeads.set(lex, (heads = new Set(lex.accordingBefore.map((p) => p[0]!))));
  return heads;
}

/** "according to X, …" / "…, according to X" / "laut X …" / "X zufolge" / "…, so X." */
function according(c: SubjectContext, items: readonly Item[]): { content: { start: number; end: number }; subject: Subject; cue: string } | null {
  const end = sentenceEnd(items, 0);
  const heads = headsOf(c.lex);
  for (let k = 0; k < end; k++) {
    const phrase = heads.has(items[k]!.lower) ? c.lex.accordingBefore.find((p) => matchPhrase(items, k, p)) : undefined;
    const lead = !phrase && c.lex.accordingLead.has(items[k]!.lower) && items[k - 1]?.text === ',' && items[k + 1]?.kind === 'word';
    if (!phrase && !lead) continue;
    const after = k + (phrase?.length ?? 1);
    let np = after;
    // The source is the name right after the phrase ("laut Kirby arbeitet ..."), else the words up to a comma.
    const first = items[after];
    const named = first ? mentionsOverlapping(c.mentions, first.start, first.end).find((m) => m.start === first.start) : undefined;
    const { m, f, plural } = c.lex.pronouns;
    const pronoun = first !== undefined && (m.has(first.lower) || f.has(first.lower) || plural.has(first.lower));
    while (np < end && items[np]!.kind === 'word' && np - after < 6 && (!named || items[np]!.start < named.end) && !(pronoun && np > after)) np++;
    const subject = phraseSubject(c, items, after, np, null);
    if (!subject || subject.kind === 'pronoun' && subject.first) continue;
    const cue = items.slice(k, after).map((w) => w.text).join(' ');
    const body = k === 0 || (items[k - 1]?.text !== ',' && k < 2) ? content(items, np, end) : content(items, 0, k);
    if (body) return { content: body, subject, cue };
  }
  for (let k = 1; k < end; k++) {
    if (!c.lex.accordingAfter.has(items[k]!.lower)) continue;
    let from = k;
    while (from > 0 && items[from - 1]!.kind === 'word' && k - from < 5) from--;
    const subject = phraseSubject(c, items, from, k, null);
    const body = from === 0 ? content(items, k + 1, end) : content(items, 0, from);
    if (subject && body) return { content: body, subject, cue: items[k]!.text };
  }
  return null;
}

/** The reported clause after a cue: after "that"/"dass"/"che", after a comma (German "sagte, die …"), or (English) straight after the verb. */
function clauseAfter(c: SubjectContext, items: readonly Item[], cue: Cue, end: number, english: boolean): { start: number; end: number } | null {
  for (let k = cue.last + 1; k < end && k - cue.last <= 8; k++) {
    const it = items[k]!;
    if (it.kind === 'quote' || (it.kind === 'punct' && TERMINAL.test(it.text))) return null;
    if (it.kind === 'word' && c.lex.complementizers.has(it.lower) && (english ? k - cue.last <= 5 : true)) return content(items, k + 1, end);
    if (!english && it.text === ',' && items[k + 1]?.kind === 'word' && !c.lex.stops.has(items[k + 1]!.lower)) {
      // "sagte, die Abkommen würden …", "sagte Kirby, Japan arbeite …": the comma opens the reported clause.
      return content(items, c.lex.complementizers.has(items[k + 1]!.lower) ? k + 2 : k + 1, end);
    }
  }
  // English drops "that": "Clinton says she will win", "He said Republicans had failed". Not "said on Monday".
  const next = items[cue.last + 1];
  if (english && next?.kind === 'word' && !c.lex.stops.has(next.lower) && !/^(to|so|yes|no|nothing|something|much|more|little)$/.test(next.lower)) {
    return content(items, cue.last + 1, end);
  }
  return null;
}

/** Reported speech in one sentence, at most one statement per sentence; cues in `used` belong to direct quotes. */
export function indirectCandidate(c: SubjectContext, s: Sentence, index: number, used: ReadonlySet<number>, english: boolean): Candidate | null {
  const { items } = s;
  const end = sentenceEnd(items, 0);
  const base = { direct: false, sentence: index, inherit: false };
  for (let k = 0; k < end; k++) {
    const cue = cueAt(c.text, items, k, c.lex);
    if (!cue || used.has(cue.start)) continue;
    const body = clauseAfter(c, items, cue, end, english);
    if (body) {
      const subject = invertedSubject(c, items, cue) ?? subjectBefore(c, items, 0, cue);
      return { ...base, ...body, cue, subject };
    }
    // "…, another source said." / "…, sagte ein Beamter." / "…, ha detto il portavoce."
    // A quote ending in a comma ("a “change agent,” Cole said") closes the content like a comma does.
    const closesClause = (w: Item) => w.text === ',' || (w.kind === 'quote' && w.text.endsWith(','));
    let comma = cue.first - 1;
    while (comma >= 0 && !closesClause(items[comma]!) && items[comma]!.kind === 'word' && cue.first - comma <= 7) comma--;
    if (comma > 0 && closesClause(items[comma]!) && end - cue.last <= 7) {
      const body2 = content(items, 0, items[comma]!.kind === 'quote' ? comma + 1 : comma);
      if (!body2) continue;
      const subject = comma === cue.first - 1 ? subjectAfter(c, items, cue) : phraseSubject(c, items, comma + 1, cue.first, cue) ?? subjectAfter(c, items, cue);
      return { ...base, ...body2, cue, subject };
    }
  }
  const acc = according(c, items);
  if (acc) {
    const cue: Cue = { first: -1, last: -1, start: -1, end: -1, text: acc.cue, plural: false, gender: null, pronoun: null };
    return { ...base, ...acc.content, cue, subject: acc.subject };
  }
  return null;
}

/** German reported speech without a verb of saying: a sentence in Konjunktiv I after an attributed one. */
export function isReportive(c: SubjectContext, s: Sentence): boolean {
  return c.lex.reportive.size > 0 && s.items.some((w) => w.kind === 'word' && c.lex.reportive.has(w.text));
}
