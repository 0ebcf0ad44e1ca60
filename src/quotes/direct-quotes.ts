/**
 * Direct quotes: a quoted span that stands as an utterance of its own, with the cue and subject next to it:
 * after it („…“, sagte Kishida / “…,” Kirby said / «…», ha detto il portavoce) or before it (Kirby said: “…”).
 * A quoted phrase inside a clause ("called it a „bemerkenswerten Moment“") is not a direct quote: it belongs to
 * the reported speech around it.
 */

import { cueAt, firstCue, lastCue, type Cue } from './cue.ts';
import { isAbbreviationDot, type Item, type Sentence } from './sentence-items.ts';
import { clauseSubject, invertedSubject, subjectAfter, subjectBefore, type Subject, type SubjectContext } from './subject.ts';

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
const TERMINAL = /^[.!?…;]$/;

function wordCount(s: string): number {
  return s.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
}

/** Cue and subject after the quote: „…“, sagte Kishida / “…,” Kirby said / “…,” said Biden's spokesman John Kirby. */
function after(c: SubjectContext, items: readonly Item[], qi: number): { cue: Cue; subject: Subject } | null {
  let k = qi + 1;
  while (k < items.length && k - qi <= 2 && items[k]!.kind === 'punct' && LEAD_IN.test(items[k]!.text)) k++;
  let end = k;
  // Room for a subject with an apposition: "“…,” Brent Bozell III, founder of the Media Research Center, tells".
  while (end < items.length && end - k < 18 && items[end]!.kind !== 'quote' && !(TERMINAL.test(items[end]!.text) && !isAbbreviationDot(items, end))) {
    const w = items[end]!;
    if (end > k && (c.lex.complementizers.has(w.lower) || (c.lex.relatives.has(w.lower) && !c.lex.determiners.has(w.lower)))) break;
    end++;
  }
  const cue = firstCue(c.text, items, k, end, c.lex);
  if (!cue || (cue.first - k > 6 && items[k + 1]?.text !== ',' && !items.slice(k, cue.first).some((w) => w.text === ','))) return null;
  const subject = cue.first === k ? subjectAfter(c, items, cue) : subjectBefore(c, items, k, cue);
  return { cue, subject };
}

/** Cue and subject before the quote: Kirby said: “…” / sagte Kirby: „…“ / Kishida ... und sagte: „…“. */
function before(c: SubjectContext, items: readonly Item[], qi: number, from: number): { cue: Cue | null; subject: Subject } | null {
  let j = qi - 1;
  const introduced = j >= from && items[j]!.kind === 'punct' && LEAD_IN.test(items[j]!.text);
  if (introduced) j--;
  if (j < from) return null;
  let cue = cueAt(c.text, items, j, c.lex);
  if (!cue && j > from && items[j]!.kind === 'word' && c.lex.particles.has(items[j]!.lower)) cue = cueAt(c.text, items, j - 1, c.lex);
  if (!cue && introduced && items[qi - 1]!.text === ':') {
    // "Kirby told reporters on Friday: “…”": the cue may stand a few words before the colon.
    cue = lastCue(c.text, items, Math.max(from, j - 6), j + 1, c.lex);
    if (cue && items.slice(cue.last + 1, j + 1).some((w) => w.kind !== 'word' || c.lex.complementizers.has(w.lower))) cue = null;
  }
  if (!cue) {
    if (items[qi - 1]!.text !== ':') return null;
    // A colon with no verb we know: "Kishida: „…“", "Cruz called them on it: “…”". The quote is the subject's.
    const named = clauseSubject(c, items, from, j + 1, null);
    return named && (named.kind === 'mention' || named.kind === 'pronoun') ? { cue: null, subject: named } : null;
  }
  return { cue, subject: invertedSubject(c, items, cue) ?? subjectBefore(c, items, from, cue) };
}

/** The direct-quote candidates of one sentence; `used` collects the cues they took. */
export function directCandidates(c: SubjectContext, s: Sentence, index: number, used: Set<number>, previous: Sentence | undefined): Candidate[] {
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
    const a = after(c, items, qi);
    const b = a ? null : before(c, items, qi, from);
    from = qi + 1;
    // After a comma a quote stands alone only when a cue introduces it ("Kirby said, “…”"); else it is part of a clause.
    const standalone = !prev || prev.kind === 'quote' || (prev.kind === 'punct' && LEAD_IN.test(prev.text) && (prev.text !== ',' || b !== null)) || cueAt(c.text, items, qi - 1, c.lex) !== null;
    if (!standalone) return;
    const found = a ?? b;
    if (found) {
      if (found.cue) used.add(found.cue.start);
      out.push({ ...base, cue: found.cue, subject: found.subject, inherit: false });
    } else if (wordCount(c.text.slice(q.start, q.end)) >= MIN_UNATTRIBUTED_WORDS) {
      out.push({ ...base, cue: null, subject: null, inherit: true });
    }
  });
  return out;
}
