/**
 * Capitalised words that are not names: month and weekday names (from CLDR through Intl, in every
 * language we read) and, in German, where every noun is capitalised, common nouns: recognised by their
 * derivational endings and, when the FreeDict dictionary is installed (german-nouns.ts), by lookup,
 * including inflected forms ("Landes") and compounds whose parts are nouns ("Sicherheits|lage").
 */

import { foldToLatin } from '../features/transliterate.ts';
import { isKnownTown } from './cities.ts';
import { germanNouns, germanProperNouns, germanWords } from './german-nouns.ts';

const CALENDAR_LANGS = ['en', 'de', 'it', 'fr', 'es', 'pt', 'nl', 'pl', 'ru', 'el', 'uk', 'cs', 'sv', 'da', 'ro', 'hu'];
const calendars = new Map<string, Set<string>>();

/**
 * Month and weekday names of one language (all languages for 'und'): "August" is a month in a German
 * article and a given name in an Italian one ("August Wilson").
 */
function calendarWords(lang: string): Set<string> {
  const key = CALENDAR_LANGS.includes(lang) ? lang : 'und';
  let words = calendars.get(key);
  if (words) return words;
  words = new Set();
  for (const l of key === 'und' ? CALENDAR_LANGS : [key]) {
    for (const month of ['long', 'short'] as const) {
      const f = new Intl.DateTimeFormat(l, { month, timeZone: 'UTC' });
      for (let m = 0; m < 12; m++) words.add(f.format(Date.UTC(2024, m, 15)).toLowerCase().replace(/\.$/, ''));
    }
    // Formatted months (Polish, Russian, Greek genitive) differ from the standalone ones.
    const inDate = new Intl.DateTimeFormat(l, { month: 'long', day: 'numeric', timeZone: 'UTC' });
    for (let m = 0; m < 12; m++) {
      for (const p of inDate.formatToParts(Date.UTC(2024, m, 15))) if (p.type === 'month') words.add(p.value.toLowerCase());
    }
    const w = new Intl.DateTimeFormat(l, { weekday: 'long', timeZone: 'UTC' });
    for (let d = 0; d < 7; d++) words.add(w.format(Date.UTC(2024, 0, 1 + d)).toLowerCase());
  }
  calendars.set(key, words);
  return words;
}

// German derivational endings that only common nouns take.
const DE_NOUN_ENDING = /(?:ung|heit|keit|schaft|tion|ität|ismus|nis|tum|ment|ling|ungen|heiten|keiten|schaften|tionen|itäten|nisse)$/u;
const INFLECTIONS = ['', 's', 'es', 'n', 'en', 'e', 'er', 'ern', 'ns', 'in', 'innen'];
const LINKS = ['', 's', 'n', 'en', 'es', 'er', 'e'];
const cache = new Map<string, boolean>();
const LONG = 12;

function known(nouns: ReadonlySet<string>, w: string): boolean {
  // Three-letter stems take only the plural -s: "Jets", "Jobs", "Lkws" (not "Ostern" from "Ost").
  for (const e of INFLECTIONS) if (w.length - e.length >= (e === '' || e === 's' ? 3 : 4) && w.endsWith(e) && nouns.has(w.slice(0, w.length - e.length))) return true;
  return false;
}

// Adjectives and verbs used as nouns: "das Doppelte", "beim Anschauen", "die Vorgesetzten".
function nominalised(words: ReadonlySet<string>, w: string): boolean {
  for (const e of ['', 'e', 'en', 'er', 'es', 'em', 'n', 's']) if (w.length - e.length >= 4 && w.endsWith(e) && words.has(w.slice(0, w.length - e.length))) return true;
  return false;
}

// Heads of place names: "Branden|burg", "Rodenbach", "Gendarmenmarkt" are names, however common their parts.
const PLACE_HEAD = /^(?:burg|berg|dorf|heim|feld|hausen|stadt|furt|bach|brück|brücke|hof|au|see|markt|park|platz|straße|strasse|allee|gasse|ufer|tal|wald|insel|kirchen|hafen|werder|land|reich)$/u;

// Both parts must be words: "Sicherheits|lage" splits, "Ham|burg" does not.
function compound(nouns: ReadonlySet<string>, words: ReadonlySet<string>, w: string): boolean {
  const proper = germanProperNouns() ?? nouns;
  for (let k = 3; k <= w.length - 4; k++) {
    const head = w.slice(k);
    if (PLACE_HEAD.test(head) || !known(nouns, head)) continue;
    // Long words that end in a noun are compounds even when the dictionary lacks the first part.
    if (w.length >= LONG && k >= 4) return true;
    const mod = w.slice(0, k);
    for (const l of LINKS) {
      if (!mod.endsWith(l)) continue;
      const base = mod.slice(0, mod.length - l.length);
      if (base.length >= 3 && (nouns.has(base) || proper.has(base) || words.has(base) || nouns.has(`${base}e`) || words.has(`${base}en`))) return true;
    }
  }
  return false;
}

function germanCommonNoun(norm: string): boolean {
  let r = cache.get(norm);
  if (r === undefined) {
    const nouns = germanNouns();
    const words = germanWords();
    r = (norm.length >= 7 && DE_NOUN_ENDING.test(norm))
      || (nouns !== null && words !== null && (known(nouns, norm) || nominalised(words, norm)
        // Towns are compounds of nouns too ("Pfaffen|hofen", "Königs|winter"): a town the gazetteer knows stays a name.
        || (compound(nouns, words, norm) && !isKnownTown(foldToLatin(norm), 'de'))));
    if (cache.size > 100_000) cache.clear();
    cache.set(norm, r);
  }
  return r;
}

export function isCalendarWord(norm: string, lang: string): boolean {
  return calendarWords(lang).has(norm);
}

/** Is this capitalised word (lower-case `norm`, `surface` as written) an ordinary word rather than a name? */
export function isCommonWord(norm: string, lang: string, surface: string): boolean {
  if (calendarWords(lang).has(norm) || ABBREVIATIONS.has(norm)) return true;
  if (lang !== 'de' || /^\p{Lu}{2,}/u.test(surface)) return false;
  return germanCommonNoun(norm);
}

// Capitalised abbreviations of units and words: "Mrd", "MHz", "PS", "Nr".
const ABBREVIATIONS = new Set('mrd mlrd mio mill mhz ghz khz kwh kw ps nr bzw ca inkl usw vgl evtl tsd'.split(' '));

/** Abbreviations of units and numbers ("Mio", "Mrd"): never a given name, whatever the name lists say. */
export const isAbbreviation = (norm: string): boolean => ABBREVIATIONS.has(norm);

/** Is this German word a dictionary noun as it stands (with its inflection), not only by derivation? */
export function isGermanNoun(norm: string): boolean {
  const nouns = germanNouns();
  return nouns !== null && known(nouns, norm);
}


/** Does the dictionary know this word as an adjective, verb or adverb, inflected or not? */
export function isGermanWord(norm: string): boolean {
  const words = germanWords();
  return words !== null && nominalised(words, norm);
}
