import type { Paragraph } from '../article.ts';
import { referenceDay } from './calendar.ts';
import { dateRole, nameFits, yearStands } from './date-context.ts';
import { dateGrammar } from './date-grammar.ts';
import type { DateMention } from './date-mention.ts';
import { readDateMatch } from './read-date-match.ts';

export interface DateInput {
  text: string;
  paragraphs: readonly Paragraph[];
  /** BCP 47 primary subtag; languages without date words get numeric dates only. */
  lang: string;
}

// A time right after a date: "13. Januar 2023 um 10 Uhr", "January 13, 10:30", "13/01/2023 14h30".
const TIME = new RegExp(
  '(?:,?[\\s\\u00a0]+(?:um|at|alle(?:[\\s\\u00a0]+ore)?|ore|à|a las|às|om|o godz\\.?|o godzinie|kl\\.|gegen)?[\\s\\u00a0]*|,[\\s\\u00a0]*)' +
  // "14.30" is a time only with "Uhr" or "h" after it: alone it may be the next date ("13.01.").
  '(?=\\d{1,2}(?:[:h]\\d{2}(?!\\d)|\\.\\d{2}[\\s\\u00a0]*(?:uhr|h)(?![\\p{L}])|[\\s\\u00a0]*(?:uhr|a\\.m\\.|p\\.m\\.)|(?:am|pm|h)(?![\\p{L}\\p{N}])))' +
  '(?<h>\\d{1,2})(?:[:.h](?<mi>\\d{2}))?(?:[\\s\\u00a0]*(?<sx>uhr|a\\.m\\.|p\\.m\\.)|(?<ap>am|pm|h)(?![\\p{L}\\p{N}]))?',
  'iuy');

function timeAfter(para: string, end: number): { end: number; time: string } | null {
  TIME.lastIndex = end;
  const t = TIME.exec(para);
  if (!t) return null;
  let h = Number(t.groups!['h']);
  const mi = Number(t.groups!['mi'] ?? 0);
  const suffix = (t.groups!['sx'] ?? t.groups!['ap'] ?? '').toLowerCase().replace(/\./g, '');
  if (suffix === 'pm' && h < 12) h += 12;
  if (suffix === 'am' && h === 12) h = 0;
  if (h > 23 || mi > 59) return null;
  return { end: end + t[0].length, time: `T${String(h).padStart(2, '0')}:${String(mi).padStart(2, '0')}` };
}

/**
 * Dates in an article, in text order, from one regular-expression pass per paragraph.
 *
 * `reference` is the article's date (ISO 8601; its calendar date is used); relative dates resolve against it
 * and are null without it, absolute ones keep their value. Rules:
 * - a weekday alone ("am Mittwoch") is the most recent such day on or before the reference: news is told in
 *   the past tense; "vergangenen"/"last" means strictly before, "kommenden"/"next" strictly after;
 * - a day and month without a year ("13. Januar") take the year that puts them nearest to the reference,
 *   a month alone ("im Dezember") likewise; ties go to the past;
 * - "gestern", "vor zwei Tagen", "last week" count from the reference; "einen Tag zuvor", "the day before",
 *   "la veille" count from the day mentioned last, or from the reference when none was;
 * - weeks are ISO weeks ('2023-W02').
 * Paragraphs that repeat an earlier one are skipped; with no paragraphs the whole text is one.
 */
export function extractDates(input: DateInput, reference: string | null): DateMention[] {
  const g = dateGrammar(input.lang);
  const ref = referenceDay(reference);
  const paragraphs = input.paragraphs.length ? input.paragraphs : [{ start: 0, end: input.text.length, repeatOf: null }];
  const first = paragraphs.findIndex((p) => p.repeatOf === null);
  const out: DateMention[] = [];
  let previous: number | null = null;
  paragraphs.forEach((p, pi) => {
    if (p.repeatOf !== null) return;
    const para = input.text.slice(p.start, p.end);
    const re = g.re;
    re.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = re.exec(para)) !== null) {
      const start = m.index;
      let end = start + m[0].length;
      const r = readDateMatch(m[0], m.groups!, g, ref, previous);
      if (!r || !nameFits(para, start, m[0], r, g)) continue;
      if (r.form === 'yr' && !yearStands(para, start, end, r, g)) continue;
      let value = r.value;
      if (r.timeMayFollow) {
        const t = timeAfter(para, end);
        if (t) {
          end = t.end;
          re.lastIndex = end;
          if (value !== null && value.length === 10) value += t.time;
        }
      }
      out.push({
        kind: 'date', start: p.start + start, end: p.start + end, text: input.text.slice(p.start + start, p.start + end),
        value, role: dateRole(para, start, end, r, g, pi === first), relative: r.relative, partial: r.partial,
      });
      if (r.day !== null) previous = r.day;
    }
  });
  return out;
}
