/**
 * Capitalised words that are not names: month and weekday names (from CLDR through Intl, in every
 * language we read) and, in German, where every noun is capitalised, common nouns recognised by their
 * derivational endings (and by a dictionary when one is installed, see german-nouns.ts).
 */

import { germanNouns } from './german-nouns.ts';

const CALENDAR_LANGS = ['en', 'de', 'it', 'fr', 'es', 'pt', 'nl', 'pl', 'ru', 'el', 'uk', 'cs', 'sv', 'da', 'ro', 'hu'];
let calendar: Set<string> | null = null;

function calendarWords(): Set<string> {
  if (calendar) return calendar;
  calendar = new Set();
  for (const lang of CALENDAR_LANGS) {
    for (const month of ['long', 'short'] as const) {
      const f = new Intl.DateTimeFormat(lang, { month, timeZone: 'UTC' });
      for (let m = 0; m < 12; m++) calendar.add(f.format(Date.UTC(2024, m, 15)).toLowerCase().replace(/\.$/, ''));
    }
    const w = new Intl.DateTimeFormat(lang, { weekday: 'long', timeZone: 'UTC' });
    for (let d = 0; d < 7; d++) calendar.add(w.format(Date.UTC(2024, 0, 1 + d)).toLowerCase());
  }
  // Standalone month forms (Polish, Russian, Greek nominative) differ from the formatted ones.
  for (const lang of CALENDAR_LANGS) {
    const f = new Intl.DateTimeFormat(lang, { month: 'long', year: 'numeric', timeZone: 'UTC' });
    for (let m = 0; m < 12; m++) {
      for (const p of f.formatToParts(Date.UTC(2024, m, 15))) if (p.type === 'month') calendar.add(p.value.toLowerCase());
    }
  }
  return calendar;
}

// German derivational endings that only common nouns take.
const DE_NOUN_ENDING = /(?:ung|heit|keit|schaft|tion|ität|ismus|nis|tum|ment|ling|chen|ungen|heiten|keiten|schaften|tionen|itäten|nisse)$/u;

/** Is this capitalised word (lower-case `norm`, `surface` as written) an ordinary word rather than a name? */
export function isCommonWord(norm: string, lang: string, surface: string): boolean {
  if (calendarWords().has(norm)) return true;
  if (lang !== 'de' || /^\p{Lu}{2,}/u.test(surface)) return false;
  if (norm.length >= 7 && DE_NOUN_ENDING.test(norm)) return true;
  return germanNouns()?.has(norm) ?? false;
}
