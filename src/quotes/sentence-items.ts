/**
 * A paragraph as a sequence of items (words, punctuation, and whole quotes kept opaque), cut into sentences.
 * Attribution is read from these items: a direct quote is one item, so a full stop inside it does not end the
 * sentence that reports it.
 */

import type { QuotedSpan } from './quote-marks.ts';

export interface Item {
  kind: 'word' | 'punct' | 'quote';
  start: number;
  end: number;
  text: string;
  /** Lower case, for lexicon look-ups. */
  lower: string;
  /** The quote this item stands for (kind 'quote'). */
  quote?: QuotedSpan;
}

export interface Sentence {
  items: Item[];
  start: number;
  end: number;
  /** Index of the paragraph (in the list given to the extractor) the sentence starts in. */
  para: number;
}

const WORD = /[\p{L}\p{M}\p{N}]+(?:[’'\-‑][\p{L}\p{M}\p{N}]+)*/uy;
const SPACE = /\s/u;

/** Items of text[from, to), with the given quotes (sorted, non-overlapping) standing as single items. */
export function itemize(text: string, from: number, to: number, quotes: readonly QuotedSpan[]): Item[] {
  const items: Item[] = [];
  let qi = 0;
  while (qi < quotes.length && quotes[qi]!.close <= from) qi++;
  let i = from;
  while (i < to) {
    const q = quotes[qi];
    if (q && i >= q.open) {
      items.push({ kind: 'quote', start: q.open, end: q.close, text: text.slice(q.start, q.end), lower: '', quote: q });
      i = Math.max(i, q.close);
      qi++;
      continue;
    }
    const ch = text[i]!;
    if (SPACE.test(ch)) { i++; continue; }
    WORD.lastIndex = i;
    const m = WORD.exec(text);
    let end = m ? i + m[0].length : i + 1;
    if (q && end > q.open) end = Math.max(i + 1, q.open);
    const t = text.slice(i, end);
    items.push({ kind: m ? 'word' : 'punct', start: i, end, text: t, lower: t.toLowerCase() });
    i = end;
  }
  return items;
}

const TERMINAL = /[.!?…]$/;
const UPPER = /^[\p{Lu}\p{Lt}\p{N}]/u;

/** Is items[k] a full stop that ends an abbreviation ("Mr.", "Sen.", "J.") rather than a sentence? */
export function isAbbreviationDot(items: readonly Item[], k: number): boolean {
  if (items[k]?.text !== '.') return false;
  const next = items[k + 1];
  // A full stop before a comma, a closing bracket or a lower-case word ends no sentence ("Mitch McConnell, R-Ky., said").
  if (next && ((next.kind === 'punct' && /^[,;)\]]$/.test(next.text)) || (next.kind === 'word' && /^\p{Ll}/u.test(next.text)))) return true;
  return isAbbreviation(items[k - 1], next);
}

/** Words after which a full stop is an abbreviation, not a sentence end (titles, initials, common short forms). */
function isAbbreviation(prev: Item | undefined, next: Item | undefined): boolean {
  if (!prev || prev.kind !== 'word') return false;
  if (prev.text.length === 1 && UPPER.test(prev.text)) return true;
  if (/^\p{N}{1,2}$/u.test(prev.text) && next?.kind === 'word' && UPPER.test(next.text)) return true;
  return ABBREVIATIONS.has(prev.lower);
}

const ABBREVIATIONS = new Set(
  ('mr mrs ms dr prof sen rep gov gen col lt sgt capt cmdr adm maj st jr sr rev hon pres supt det insp ' +
    'no nr vs etc inc co corp ltd bros dept univ ave sig sigg dott avv ing on sra srta mme mlle mgr dhr mevr ' +
    'bzw ca ggf vgl usw evtl u a z b d h ex dep apr aug sept sep oct nov dec jan feb mar jun jul').split(' '),
);

/** Sentences of a run of items; a quote ending in a full stop ends a sentence when a capital follows. */
export function splitSentences(items: readonly Item[], para: number): Sentence[] {
  const out: Sentence[] = [];
  let cur: Item[] = [];
  const flush = () => {
    if (cur.length > 0) out.push({ items: cur, start: cur[0]!.start, end: cur[cur.length - 1]!.end, para });
    cur = [];
  };
  for (let k = 0; k < items.length; k++) {
    const it = items[k]!;
    cur.push(it);
    const next = items[k + 1];
    if (!next) break;
    const startsNew = next.kind === 'quote' || (next.kind === 'word' && UPPER.test(next.text));
    if (it.kind === 'punct' && TERMINAL.test(it.text) && startsNew && !isAbbreviation(items[k - 1], next)) flush();
    else if (it.kind === 'quote' && TERMINAL.test(it.text) && next.kind === 'word' && UPPER.test(next.text)) flush();
    else if (it.kind === 'quote' && TERMINAL.test(it.text) && next.kind === 'quote') flush();
  }
  flush();
  return out;
}
