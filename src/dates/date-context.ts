import { CURRENCY_BEFORE, currencyLexicon } from '../figures/currencies.ts';
import { multiplierLexicon } from '../figures/multipliers.ts';
import { unitLexicon } from '../figures/units.ts';
import type { DateRole } from './date-mention.ts';
import type { DateGrammar } from './date-grammar.ts';
import type { ReadDate } from './read-date-match.ts';

/**
 * What the words around a match say: whether a four-digit number is a year or a quantity, whether a name
 * is a name or a month, and whether the date is the time of the report or of an event.
 */

const SENTENCE_BREAK = /[.!?:;"'„“”«»‹›()[\]–—\-•|]/u;
const CAPITAL = /^\p{Lu}/u;

/** True at the start of a paragraph or right after sentence punctuation. */
export function atSentenceStart(para: string, start: number): boolean {
  let i = start - 1;
  while (i >= 0 && /\s/u.test(para[i]!)) i--;
  return i < 0 || SENTENCE_BREAK.test(para[i]!);
}

/** A unit, currency or multiplier right after the number ("2000 Meilen", "2022 %", "1999 Euro"). */
function quantityFollows(para: string, end: number, lang: string): boolean {
  let i = end;
  while (i < para.length && /[\s\u00a0\u202f]/u.test(para[i]!)) i++;
  if (i - end > 1) return false;
  return unitLexicon(lang).match(para, i) !== null || currencyLexicon(lang).match(para, i) !== null
    || multiplierLexicon(lang).match(para, i) !== null;
}

/**
 * Whether a four-digit number is a year. Years win ties, but not when a unit, currency or multiplier
 * follows or a currency sign precedes (any year); nor, for a year standing alone, after a quantifier
 * ("rund 2000") or outside 1900-2100, nor in German before a capitalised noun ("2000 Soldaten").
 */
export function yearStands(para: string, start: number, end: number, r: ReadDate, g: DateGrammar): boolean {
  const digitsStart = end - (/\d{4}\D*$/u.exec(para.slice(start, end))?.[0].length ?? 4);
  if (quantityFollows(para, end, g.code)) return false;
  if (CURRENCY_BEFORE.test(para.slice(Math.max(0, digitsStart - 6), digitsStart))) return false;
  if (!r.bareYear) return true;
  const y = Number(r.value);
  if (y < 1900 || y > 2100) return false;
  if (g.quantifier?.test(para.slice(Math.max(0, start - 25), start))) return false;
  if (g.code === 'de') {
    const next = /^[ \u00a0]([\p{L}][\p{L}-]*)/u.exec(para.slice(end, end + 40))?.[1];
    if (next && CAPITAL.test(next) && !g.month.has(next.toLowerCase()) && !g.weekday.has(next.toLowerCase())) return false;
  }
  return true;
}

/**
 * A month or weekday name is one where the language writes it: English months capitalised ("may" is a verb),
 * Romance, Dutch and Polish names lower-case unless they open a sentence ("Domingo" is a name).
 */
export function nameFits(para: string, start: number, match: string, r: ReadDate, g: DateGrammar): boolean {
  if (r.name === null) return true;
  const capital = CAPITAL.test(r.name);
  const monthName = r.form === 'dmy' || r.form === 'mdy' || r.form === 'my' || r.form === 'mo';
  if (g.lang.capitalMonths && monthName && !capital) return false;
  if (g.lang.lowerCase && capital) return match.startsWith(r.name) && atSentenceStart(para, start);
  // English "Sunday Times", "Monday Night Football": a bare weekday before a capitalised word is part of a name.
  if (g.lang.capitalMonths && r.form === 'wd' && match === r.name) {
    const next = /^ (\p{Lu}\p{L}*)/u.exec(para.slice(start + match.length, start + match.length + 30))?.[1];
    if (next !== undefined && !g.month.has(next.toLowerCase())) return false;
  }
  return true;
}

/**
 * 'report' for "heute"/"today", for a date after a report cue ("Stand:", "as of"), for a dateline at the top of
 * the article and for a paragraph that is nothing but a date; 'event' for a date introduced by a preposition,
 * a weekday or a relative phrase; 'unknown' for a bare date.
 */
export function dateRole(para: string, start: number, end: number, r: ReadDate, g: DateGrammar, firstParagraph: boolean): DateRole {
  if (r.report) return 'report';
  if (g.reportCue?.test(para.slice(Math.max(0, start - 30), start))) return 'report';
  const rest = para.slice(end).trim();
  if (rest === '' && para.slice(0, start).trim() === '') return 'report';
  if (firstParagraph && start < 80 && /^\s*(?:\(|[-–—|]\s)/u.test(para.slice(end, end + 4))) return 'report';
  return r.adverbial ? 'event' : 'unknown';
}
