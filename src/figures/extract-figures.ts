import type { Paragraph } from '../article.ts';
import type { DateMention } from '../dates/date-mention.ts';
import { atSentenceStart } from '../dates/date-context.ts';
import { extractDates } from '../dates/extract-dates.ts';
import type { Figure, Measure } from './figure.ts';
import { figureAbout } from './figure-about.ts';
import { rangeConnector } from './figure-range.ts';
import { numberRegex, readQuantity, type Quantity } from './read-quantity.ts';

export interface FigureInput {
  text: string;
  paragraphs: readonly Paragraph[];
  /** BCP 47 primary subtag: decides the decimal mark and the words for units, currencies and multipliers. */
  lang: string;
}

// Twelve significant digits keep 1.2 × 10^9 from printing as 1200000000.0000002.
const round = (x: number): number => Number(x.toPrecision(12));

interface Span {
  start: number;
  end: number;
}

/** Whether [start, end) overlaps one of the sorted, disjoint spans. */
function overlaps(spans: readonly Span[], start: number, end: number): boolean {
  let lo = 0;
  let hi = spans.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (spans[mid]!.end <= start) lo = mid + 1;
    else hi = mid;
  }
  return lo < spans.length && spans[lo]!.start < end;
}

const NAME_BEFORE = /(?:^|[^\p{L}\p{N}])(\p{Lu}[\p{L}-]*)[ \u00a0]$/u;

/** A bare integer right after a capitalised word that does not open a sentence is part of a name. */
function namesIt(para: string, q: Quantity): boolean {
  if (q.multiplier !== null || !/^\d+$/.test(para.slice(q.numStart, q.numEnd))) return false;
  const name = NAME_BEFORE.exec(para.slice(Math.max(0, q.start - 30), q.start))?.[1];
  return name !== undefined && !atSentenceStart(para, q.start - name.length - 1);
}

/** Two quantities joined by a range word, if they measure the same thing and go upwards. */
function joinRange(a: Quantity, b: Quantity): { min: number; max: number; currency: string | null; unit: Quantity['unit'] } | null {
  if (a.unit && b.unit && a.unit.unit !== b.unit.unit) return null;
  if (a.currency && b.currency && a.currency !== b.currency) return null;
  if ((a.unit && b.currency) || (a.currency && b.unit)) return null;
  // "2 bis 3 Milliarden Euro": the multiplier of the upper end scales the lower one too.
  const shared = a.multiplier === null && b.multiplier !== null && a.raw <= b.raw ? b.multiplier : null;
  const min = a.raw * (a.multiplier ?? shared ?? 1);
  const max = b.raw * (b.multiplier ?? 1);
  if (!(min <= max)) return null;
  return { min: round(min), max: round(max), currency: b.currency ?? a.currency, unit: b.unit ?? a.unit };
}

/**
 * Figures in an article, in text order, from one regular-expression pass over each paragraph: percentages, money,
 * lengths, masses and areas (converted to SI), counts of things and other numbers, single or as ranges.
 * Numbers inside date expressions (years, "13. Januar", "vor zwei Tagen") are left to the dates; `dates` may pass
 * the dates already extracted for this text, else they are found here. Paragraphs that repeat an earlier one are
 * skipped; with no paragraphs the whole text is one.
 */
export function extractFigures(input: FigureInput, dates?: readonly DateMention[]): Figure[] {
  const lang = input.lang.split('-')[0]!.toLowerCase();
  const masks: Span[] = [...(dates ?? extractDates(input, null))].sort((a, b) => a.start - b.start);
  const paragraphs = input.paragraphs.length ? input.paragraphs : [{ start: 0, end: input.text.length, repeatOf: null }];
  const re = numberRegex(lang);
  const sticky = numberRegex(lang, true);
  const out: Figure[] = [];
  for (const p of paragraphs) {
    if (p.repeatOf !== null) continue;
    const para = input.text.slice(p.start, p.end);
    const dated = (q: Quantity) => overlaps(masks, p.start + q.numStart, p.start + q.numEnd);
    re.lastIndex = 0;
    let m: RegExpExecArray | null;
    let last = 0;
    while ((m = re.exec(para)) !== null) {
      const q = readQuantity(para, m, lang, false, last);
      if ('skip' in q) {
        re.lastIndex = Math.max(q.skip, m.index + 1);
        continue;
      }
      re.lastIndex = q.end;
      if (dated(q) || (q.one && q.multiplier === null)) continue;
      let end = q.end;
      let range: ReturnType<typeof joinRange> = null;
      const conn = rangeConnector(para, q.end, q.start, lang, q.end === q.numEnd);
      if (conn) {
        sticky.lastIndex = /[$€£¥]/u.test(para[conn.end] ?? '') ? conn.end + 1 : conn.end;
        const m2 = sticky.exec(para);
        const q2 = m2 ? readQuantity(para, m2, lang, true) : null;
        if (q2 && !('skip' in q2) && !dated(q2)) {
          range = joinRange(q, q2);
          if (range) end = q2.end;
          // "3-2" going down between bare numbers is a score or a code: neither end is a figure.
          else if (conn.dash && !q.unit && !q.currency && !q2.unit && !q2.currency) {
            re.lastIndex = q2.end;
            continue;
          }
        }
      }
      const currency = range ? range.currency : q.currency;
      const unit = range ? range.unit : q.unit;
      const value = range ? range.min : round(q.raw * (q.multiplier ?? 1));
      // After a distance or an area "of"/"van"/"de" mostly names a place ("200 miles of Phoenix"), after a mass or
      // a sum what it weighs or pays for ("3,000 tonnes of cargo").
      const of = unit?.measure === 'percent' ? 'required' : unit?.measure === 'length' || unit?.measure === 'area' ? 'no' : 'allowed';
      const about = figureAbout(para, end, lang, of);
      let measure: Measure;
      if (currency !== null) measure = 'money';
      else if (unit !== null) measure = unit.measure;
      else if (about !== null) measure = 'count';
      else measure = 'number';
      re.lastIndex = end;
      // A number word alone, a dash between two bare numbers (a score, "3-2"), or an integer after a name
      // ("Nord Stream 2", "Bellator 206") is no figure. German capitalises every noun, so there only a bare one.
      if (measure === 'number' && ((q.word && q.multiplier === null) || (range && conn?.dash))) continue;
      if ((measure === 'number' || (measure === 'count' && lang !== 'de')) && !range && namesIt(para, q)) continue;
      last = end;
      const factor = unit?.si?.factor;
      out.push({
        kind: 'figure',
        start: p.start + q.start,
        end: p.start + end,
        text: para.slice(q.start, end),
        value,
        min: range ? range.min : null,
        max: range ? range.max : null,
        unit: currency ?? unit?.unit ?? null,
        si: factor === undefined ? null : { value: round(value * factor), unit: unit!.si!.unit },
        about,
        measure,
      });
    }
  }
  return out;
}
