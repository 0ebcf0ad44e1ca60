import type { Token } from '../article.ts';
import { foldToLatin } from '../features/transliterate.ts';
import { scanTokens, normalizeToken } from '../language/tokenize.ts';
import { stem } from '../language/stem.ts';
import { entityId, type EntityId, type EntityType } from './entity.ts';
import { NAMED_AS_WRITTEN } from './named-as-written.ts';
import { LOWER_CASE_AGENCIES, ORGANISATIONS } from './organisations.ts';
import { CITIES, COUNTRY_ALIASES, PLACES_AS_WRITTEN } from './places.ts';

/**
 * The multilingual gazetteer: every country and region CLDR names (through Intl.DisplayNames, so
 * "Stati Uniti", "Vereinigte Staaten" and "USA" share the id `loc:us`), plus the hand lists of places.ts.
 * Two tables: exact (folded surface forms, any language) and, per article language, Snowball stems, so
 * that inflected forms ("Vereinigten Staaten", "Japans") meet their dictionary form. Built lazily, once.
 */

export interface GazetteerHit {
  id: EntityId;
  type: EntityType;
  /** Number of tokens matched. */
  length: number;
}

/**
 * `acronym`: written in capitals in the list, and matched only when written so ("UNO", not "Uno").
 * `asWritten`: a one-word name matched by its folded form only, never by a stem (named-as-written.ts): its own
 * stem is not stored (it would also shadow another name's), and a token's stem that meets it is refused.
 */
interface Entry { id: EntityId; type: EntityType; acronym?: boolean; asWritten?: boolean }

const NAME_LANGS = ['en', 'de', 'it', 'fr', 'es', 'pt', 'nl', 'pl', 'ru', 'el', 'uk', 'bg', 'sr', 'cs', 'sv', 'da', 'ro', 'hu'];
// Codes that are not places (or duplicate another code): kept out of the country table.
const NOT_COUNTRIES = new Set(['EU', 'UN', 'EZ', 'QO', 'XA', 'XB', 'ZZ', 'UK']);
// UN M.49 areas worth naming (continents and sub-regions); "world" (001) is a common noun in most languages.
const AREAS = ['002', '005', '009', '011', '013', '014', '015', '017', '018', '019', '021', '029', '030', '034', '035', '039', '053', '054', '057', '061', '142', '143', '145', '150', '151', '154', '155', '202', '419'];
const MAX_TOKENS = 6;
// Languages whose names take case endings ("Vereinigten Staaten", "Japans"): matched on stems too. Elsewhere
// stems only add collisions (Italian "Italo" and "Italia" share the stem "ital").
const INFLECTING = new Set(['de', 'ru', 'uk', 'el', 'cs', 'hu', 'fi', 'nl', 'sv', 'da']);

/** `lang` is the language of the name, `*` for the curated hand lists, which hold in every language. */
interface Names { name: string; lang: string; entry: Entry }

let allNames: Names[] | null = null;
const tables = new Map<string, Map<string, Entry>>();
// First words of every key of a table: most capitalised words start no name, and are let go at once.
const firstWords = new Map<string, Set<string>>();

const slug = (s: string) => foldToLatin(s).replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');

function regionNames(): Names[] {
  const out: Names[] = [];
  const en = new Intl.DisplayNames(['en'], { type: 'region', fallback: 'none' });
  const codes: string[] = [];
  for (let a = 65; a < 91; a++) for (let b = 65; b < 91; b++) {
    const c = String.fromCharCode(a, b);
    if (!NOT_COUNTRIES.has(c) && en.of(c)) codes.push(c);
  }
  for (const lang of NAME_LANGS) {
    for (const style of ['long', 'short'] as const) {
      const dn = new Intl.DisplayNames([lang], { type: 'region', style, fallback: 'none' });
      for (const c of codes) {
        const name = dn.of(c);
        if (!name) continue;
        const entry = { id: entityId(`loc:${c.toLowerCase()}`), type: 'LOC' as const };
        // "Kongo-Kinshasa", "Macau (SAR China)": the bare part is what running text says.
        for (const n of new Set([name, name.replace(/\s*\(.*\)\s*/g, ''), name.split(/\s+[-–]\s+/)[0]!])) out.push({ name: n, lang, entry });
      }
      for (const c of AREAS) {
        const name = dn.of(c);
        const english = en.of(c);
        if (name && english) out.push({ name, lang, entry: { id: entityId(`loc:${slug(english)}`), type: 'LOC' } });
      }
    }
  }
  return out;
}

function handNames(list: string, type: EntityType, prefix: string, asWritten = false): Names[] {
  const out: Names[] = [];
  for (const line of list.split('\n')) {
    const [id, ...names] = line.split('|');
    if (!id || names.length === 0) continue;
    const entry: Entry = { id: entityId(`${prefix}:${slug(id)}`), type, ...(asWritten && { asWritten }) };
    for (const n of names) out.push({ name: n, lang: '*', entry: /^[\p{Lu}\d.\s-]+$/u.test(n) ? { ...entry, acronym: true } : entry });
  }
  return out;
}

function names(): Names[] {
  // Hand lists first: where a form is ambiguous ("Georgia"), the first registration wins.
  allNames ??= [
    ...handNames(ORGANISATIONS, 'ORG', 'org'),
    ...handNames(NAMED_AS_WRITTEN, 'ORG', 'org', true),
    ...handNames(COUNTRY_ALIASES, 'LOC', 'loc'),
    ...regionNames(),
    ...handNames(CITIES, 'LOC', 'loc'),
    ...handNames(PLACES_AS_WRITTEN, 'LOC', 'loc', true),
  ];
  return allNames;
}

function nameTokens(name: string): string[] {
  return scanTokens(name).map((t) => normalizeToken(t.text));
}

/**
 * Names an article in `lang` can use: its own language's, English ones and the hand lists, by folded form,
 * and its own language's by stem. Other languages' names stay out: Danish "Island" is no place in English.
 */
function table(lang: string): Map<string, Entry> {
  let t = tables.get(lang);
  if (!t) {
    t = new Map();
    const any = lang === 'und';
    for (const { name, lang: l, entry } of names()) {
      const words = nameTokens(name);
      if (any || l === lang || l === 'en' || l === '*') {
        const key = words.map(foldToLatin).join(' ');
        const old = t.get(key);
        if (key && (!old || (old.acronym && !entry.acronym && old.id === entry.id))) t.set(key, entry);
      }
      if (INFLECTING.has(lang) && (l === lang || l === '*') && !(entry.asWritten && words.length === 1)) {
        const key = words.map((w) => foldToLatin(stem(w, lang))).join(' ');
        if (key && !t.has(key)) t.set(key, entry);
      }
    }
    tables.set(lang, t);
    firstWords.set(lang, new Set([...t.keys()].map((k) => k.split(' ')[0]!)));
  }
  return t;
}

// Tokens of one name may be separated by spaces, hyphens, apostrophes and abbreviation dots only.
const JOIN = /^[\s\-‐–'’.]*$/u;

/** What the lookup needs of an article's tokens: folded forms and stems computed once per token. */
export interface GazetteerTokens {
  tokens: readonly Token[];
  lang: string;
  gaps: readonly string[];
  folded: readonly string[];
  stems: readonly string[];
  /** Token written in capitals (or capitals and digits). */
  acronym: readonly boolean[];
  /** Token opens a sentence. */
  initial: readonly boolean[];
}

/**
 * The longest gazetteer name starting at token `i` (same paragraph, first token capitalised),
 * matched on folded forms or on the article language's stems.
 */
export function lookupGazetteer(c: GazetteerTokens, i: number): GazetteerHit | null {
  const first = c.tokens[i]!;
  if (!first.cap) {
    // News agencies that write themselves in lower case: "(dpa)", "(ots)".
    const agency = LOWER_CASE_AGENCIES.has(first.norm) ? table(c.lang).get(first.norm) : undefined;
    return agency ? { id: agency.id, type: agency.type, length: 1 } : null;
  }
  const names = table(c.lang);
  const starts = firstWords.get(c.lang)!;
  const genitive = c.lang === 'de' && c.folded[i]!.endsWith('s') ? c.folded[i]!.slice(0, -1) : '';
  if (!starts.has(c.folded[i]!) && !starts.has(c.stems[i]!) && !(genitive && starts.has(genitive))) return null;
  let folded = '';
  let stems = '';
  let best: GazetteerHit | null = null;
  for (let j = i; j < c.tokens.length && j < i + MAX_TOKENS; j++) {
    const t = c.tokens[j]!;
    if (j > i) {
      if (c.gaps[j] === '\n' || !JOIN.test(c.gaps[j]!)) break;
      folded += ' ';
      stems += ' ';
    }
    folded += c.folded[j];
    stems += c.stems[j];
    // German genitive -s the stemmer keeps after vowels: "Chinas", "Tokios", "Kanadas".
    const inflecting = INFLECTING.has(c.lang);
    // A one-word brand is no stem's: "Zeiten" is not the "Zeit" of "Zeit Online".
    const stemmed = inflecting ? names.get(stems) : undefined;
    const hit = names.get(folded) ?? (stemmed && !(stemmed.asWritten && j === i) ? stemmed : undefined)
      ?? (c.lang === 'de' && folded.endsWith('s') ? names.get(folded.slice(0, -1)) : undefined);
    // Acronyms match as written; Italian and Spanish also write the longer ones in title case ("Nato", "Onu"
    // is too short), but a sentence-initial "Nato" is Italian for "born".
    if (hit?.acronym && !c.acronym[i] && c.tokens[i]!.norm.length !== 1 && (j > i || c.tokens[i]!.norm.length < 4 || c.initial[i])) continue;
    // A multi-token name must end on a capitalised word or a number ("Stati Uniti", "G 7"; not "Stati uniti e").
    if (hit && (j === i || t.cap || /^\p{Nd}/u.test(t.norm))) best = { id: hit.id, type: hit.type, length: j - i + 1 };
  }
  return best;
}

/** The gazetteer entry for a bare name in any language (folded), or null. */
export function lookupName(name: string): { id: EntityId; type: EntityType } | null {
  return table('und').get(nameTokens(name).map(foldToLatin).join(' ')) ?? null;
}
