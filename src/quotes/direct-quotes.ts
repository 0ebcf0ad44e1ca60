/**
 * Direct quotes: a quoted span that stands as an utterance of its own, with the cue and subject next to it:
 * after it („…“, sagte Kishida / “…,” Kirby said / «…», ha detto il portavoce) or before it (Kirby said: “…”).
 * A quoted phrase inside a clause ("called it a „bemerkenswerten Moment“") is not a direct quote: it belongs to
 * the reported speech around it.
 */

import { cueAt, firstCue, lastCue, type Cue } from './cue.ts';
import { isAbbreviationDot, type Item, type Sentence } from './sentence-items.ts';
import { invertedSubject, lastSegmentSubject, phraseSubject, subjectAfter, subjectBefore, type Subject, type SubjectContext } from './subject.ts';

export interface Candidate {
  start: number;
  end: number;
  direct: boolean;
  cue: Cue | null;
  /** Null with `inherit` when the quote continues the previous speaker's words. */
  subject: Subject | null;
  inherit: boolean;
  /** Index of the sentence (in the article's list) the candidate belongs to. */
  sentence: number;
}

/** Fewest words an unattributed quote needs to count as an utterance rather than a title or a scare quote. */
export const MIN_UNATTRIBUTED_WORDS = 4;

const LEAD_IN = /^[:,\u2014\u2013\-]$/;
/** What may stand between a quote and its attribution: a comma, a dash, or a stray mark ("…,''' said Mr. Meyer"). */
const BRIDGE = /^[:,\u2014\u2013\-'"’”»]$/;
const TERMINAL = /^[.!?…;]$/;

const UNSPACED = /[\p{sc=Han}\p{sc=Hiragana}\p{sc=Katakana}\p{sc=Thai}]/gu;

/** Words of a quote; scripts written without spaces count a word per two characters. */
function wordCount(s: string): number {
  const spaced = s.replace(UNSPACED, ' ').split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
  return spaced + Math.floor((s.match(UNSPACED)?.length ?? 0) / 2);
}

/** Cue and subject after the quote: „…“, sagte Kishida / “…,” Kirby said / “…,” said Biden's spokesman John Kirby. */
function after(c: SubjectContext, items: readonly Item[], qi: number): { cue: Cue; subject: Subject } | null {
  let k = qi + 1;
  while (k < items.length && k - qi <= 2 && items[k]!.kind === 'punct' && BRIDGE.test(items[k]!.text)) k++;
  let end = k;
  while (end < items.length && end - k < 30 && items[end]!.kind !== 'quote' && !(TERMINAL.test(items[end]!.text) && !isAbbreviationDot(items, end))) {
    if (end > k && c.lex.complementizers.has(items[end]!.lower)) break;
    end++;
  }
  const cue = firstCue(c.text, items, k, end, c.lex);
  if (!cue) return null;
  // The subject between quote and cue is short ("Public Advocate Trish James said"), or closed by a comma after an
  // apposition or relative clause ("Mr. Daniloff, now 81 and retired in Cambridge, Mass., said").
  const between = items.slice(k, cue.first);
  const words = between.filter((w) => w.kind === 'word').length;
  const apposition = items[cue.first - 1]?.text === ',' && between.findIndex((w) => w.text === ',') <= 8;
  if (words > 8 && !apposition) return null;
  if (cue.first === k) return { cue, subject: subjectAfter(c, items, cue) };
  // Right after the quote comes the subject; what follows its comma is an apposition about it.
  const comma = between.findIndex((w) => w.text === ',' || w.text === '(');
  const head = comma > 0 ? phraseSubject(c, items, k, k + comma, cue) : null;
  const opensSegment = head !== null && head.kind !== 'role' && head.start <= (items[k + 2]?.start ?? head.start);
  return { cue, subject: opensSegment ? head : subjectBefore(c, items, k, cue) };
}

/** Cue and subject before the quote: Kirby said: “…” / sagte Kirby: „…“ / Kishida ... und sagte: „…“. */
function before(c: SubjectContext, items: readonly Item[], qi: number, from: number): { cue: Cue | null; subject: Subject } | null {
  let j = qi - 1;
  const introduced = j >= from && items[j]!.kind === 'punct' && LEAD_IN.test(items[j]!.text);
  if (introduced) j--;
  if (j < from) return null;
  let cue = cueAt(c.text, items, j, c.lex);
  if (!cue && j > from && items[j]!.kind === 'word' && c.lex.particles.has(items[j]!.lower)) cue = cueAt(c.text, items, j - 1, c.lex);
  if (!cue && introduced) {
    // "Kirby told reporters on Friday: “…”", "telling Reuters, “…”": the cue may stand a few words before the mark.
    cue = lastCue(c.text, items, Math.max(from, j - 10), j + 1, c.lex);
    for (let k = cue ? cue.last + 1 : j + 1; k <= j && cue; k++) {
      const w = items[k]!;
      // Words, abbreviation dots and the dashes around an inserted cue ("«…» —dijo Sánchez—, «…»") may stand between.
      if ((w.kind !== 'word' && !isAbbreviationDot(items, k) && !/^[\u2013\u2014]$/.test(w.text)) || c.lex.complementizers.has(w.lower)) cue = null;
    }
  }
  if (!cue && introduced && c.lex.verbs.has(items[from]!.lower) && j - from < 20) {
    // A sentence opening with its cue: "Said Dorothy Poynter, who grew up with Ali, “We were all so proud of him.”"
    const opening = cueAt(c.text, items, from, c.lex);
    if (opening && !items.slice(from, j).some((w) => w.kind === 'quote' || c.lex.complementizers.has(w.lower))) return { cue: opening, subject: subjectAfter(c, items, opening) };
  }
  if (!cue) {
    if (items[qi - 1]!.text !== ':') return null;
    // A colon with no verb we know: "Kishida: „…“", "Cruz called them on it: “…”", "TITLE - Michael McDonald: “…”".
    const named = lastSegmentSubject(c, items, from, j + 1);
    return named && (named.kind === 'mention' || named.kind === 'pronoun') ? { cue: null, subject: named } : null;
  }
  // A cue opening the sentence has its subject after it: "Said Ellis: “…”".
  if (cue.first === from) return { cue, subject: subjectAfter(c, items, cue) };
  return { cue, subject: invertedSubject(c, items, cue) ?? subjectBefore(c, items, from, cue) };
}

/**
 * An attribution that follows a quote ending in its own full stop, question or exclamation mark, written as a
 * sentence of its own: "“Can we win Illinois?” Mr. Manafort asked." Only a short sentence of cue and subject counts.
 */
function trailing(c: SubjectContext, quote: Item, next: Sentence | undefined): { cue: Cue; subject: Subject } | null {
  if (!next) return null;
  const items = [quote, ...next.items];
  const found = after(c, items, 0);
  if (!found || found.cue.first > 6) return null;
  const rest = items.slice(found.cue.last + 1);
  if (rest.length > 10 || rest.some((w) => w.kind === 'quote' || c.lex.complementizers.has(w.lower))) return null;
  return found;
}

/** A signature line after a quote: "“…” ¶ - Bernie Sanders." / "— President Obama, tweeting after the speech." */
function signature(c: SubjectContext, next: Sentence | undefined): { cue: Cue | null; subject: Subject } | null {
  const items = next?.items ?? [];
  if (!/^[-\u2013\u2014\u2015]$/.test(items[0]?.text ?? '') || items[1]?.kind !== 'word') return null;
  const comma = items.findIndex((w) => w.text === ',');
  const name = phraseSubject(c, items, 1, Math.min(comma > 0 ? comma : items.length, 6), null);
  return name && name.kind === 'mention' ? { cue: null, subject: name } : null;
}

/**
 * The direct-quote candidates of one sentence (index `index` in the article); `used` collects the cues they take, so
 * that reported speech does not take them again. The sentences around it may hold the attribution.
 */
export function directCandidates(c: SubjectContext, s: Sentence, index: number, used: Set<number>, previous: Sentence | undefined, next: Sentence | undefined): Candidate[] {
  const out: Candidate[] = [];
  // A quote opening its sentence after one that ends in a colon is introduced by it ("Cruz continued: ¶ “…”").
  const lead = previous && previous.items[previous.items.length - 1]?.text === ':' && s.items[0]?.kind === 'quote' ? previous.items : [];
  const items = [...lead, ...s.items];
  let from = 0;
  items.forEach((it, qi) => {
    if (it.kind !== 'quote' || qi < lead.length) return;
    const q = it.quote!;
    const prev = items[qi - 1];
    const end = c.text[q.end - 1] === ',' ? q.end - 1 : q.end;
    const base = { start: q.start, end, direct: true, sentence: index };
    const last = items.slice(qi + 1).every((w) => w.kind === 'punct');
    const a = after(c, items, qi) ?? (last && next?.para === s.para ? trailing(c, it, next) : null);
    const b = a ? null : before(c, items, qi, from);
    from = qi + 1;
    // After a comma a quote stands alone only when a cue introduces or follows it ("Kirby said, “…”"); else it is
    // part of a clause ("Er sagte, Tokio habe ... formuliert, „um Frieden ... zu gewährleisten“").
    const standalone = !prev || prev.kind === 'quote' || (prev.kind === 'punct' && LEAD_IN.test(prev.text) && (prev.text !== ',' || (a ?? b) !== null)) || cueAt(c.text, items, qi - 1, c.lex) !== null;
    if (!standalone) return;
    const found = a ?? b ?? (last ? signature(c, next) : null);
    if (found) {
      if (found.cue) used.add(found.cue.start);
      out.push({ ...base, cue: found.cue, subject: found.subject, inherit: false });
    } else if ((items[qi + 1]?.kind !== 'word' || /[.,!?…]$/.test(it.text) || !/\s/.test(c.text[q.close] ?? '')) && wordCount(it.text) >= MIN_UNATTRIBUTED_WORDS) {
      // Without a cue, a quote running on into its clause unpunctuated is a title ("“Orange is the New Black” star");
      // a quote glued to what follows is not (Japanese 「…」と述べた).
      out.push({ ...base, cue: null, subject: null, inherit: true });
    }
  });
  return out;
}
