import { existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { dirname, join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import type { Message } from '../article.ts';
import { freedictPlaces, type PlaceKind } from './freedict-places.ts';
import { personTranslation, translationKind } from './freedict-noun-kinds.ts';

/**
 * German common nouns from Debian's FreeDict German-English dictionary (`apt-get install
 * dict-freedict-deu-eng`), when installed. In German every noun is capitalised, so without a noun list a
 * capitalised word is a weak name cue; with it, "Sicherheitslage" stops looking like a name. Optional: without
 * the dictionary the extractor falls back on noun endings and says so through `germanNounsMessage`.
 *
 * The dictionary is 95 MB once unpacked; the noun list read from it (about 230,000 words) is cached as a
 * text file under ~/.cache/parallax (or $XDG_CACHE_HOME), keyed by the dictionary's size and date, with the
 * dictionary's geographic names and their kinds (freedict-places.ts) and the English words its translations
 * write in lower case (87,000: the English vocabulary German text quotes as terms and titles).
 */

const DEFAULT_PATH = '/usr/share/dictd/freedict-deu-eng.dict.dz';
// Headword line: "Müller /mˈylɜ/ <masc, n, sg>", then the first translation line.
const ENTRY = /^(\p{L}[\p{Ll}\p{Lu}ß-]*) \/[^\n]*?<([^>\n]*)>\n([^\n]*)/gmu;

// A headword phrase with a gap, opened by a lower-case word: "insofern … als /…/".
const GAPPED = /^(\p{Ll}[\p{Ll}ß]*) … [^\n/]*\//gmu;

interface Lexicon {
  nouns: Set<string>; words: Set<string>; proper: Set<string>; places: Map<string, PlaceKind>; english: Set<string>; kinds: Map<string, string>;
}
let lexicon: Lexicon | null | undefined;

function dictionaryPath(): string {
  return process.env.PARALLAX_FREEDICT_DEU ?? DEFAULT_PATH;
}

function cachePath(path: string): string {
  const st = statSync(path);
  const base = process.env.XDG_CACHE_HOME ?? join(homedir(), '.cache');
  return join(base, 'parallax', `de-lexicon14-${st.size}-${Math.round(st.mtimeMs)}.txt`);
}

function parse(path: string): Lexicon {
  const s = gunzipSync(readFileSync(path)).toString('utf8');
  const nouns = new Set<string>();
  const words = new Set<string>();
  const proper = new Set<string>();
  const english = new Set<string>();
  const kinds = new Map<string, string>();
  for (const m of s.matchAll(ENTRY)) {
    const [, word, tags, translation] = m;
    // The English of the translation, in lower case as English writes common words: "break", "highlights".
    for (const e of translation!.replace(/\[[^\]]*\]|<[^>]*>/gu, ' ').split(/[^A-Za-z']+/u)) if (/^[a-z]{3,}$/u.test(e)) english.add(e);
    const w = word!.toLowerCase();
    // Lower-case headwords are adjectives, verbs, adverbs: the raw material of nominalised nouns.
    if (!/\p{Lu}/u.test(word![0]!)) { words.add(w); continue; }
    if (!/\b(?:n|pl)\b/.test(tags!)) continue;
    // A proper noun translates to a capitalised English name: "Deutschland" -> "[geogr.] Germany".
    if (/^\s*(?:\[[^\]]*\]\s*)*\p{Lu}/u.test(translation!)) proper.add(w);
    else {
      nouns.add(w);
      const kind = translationKind(translation!) ?? (personTranslation(translation!) ? 'PER' : null);
      const had = kinds.get(w);
      if (kind) kinds.set(w, had && had !== kind ? 'ORG+LOC' : kind);
    }
  }
  for (const w of nouns) proper.delete(w);
  // Words known only from a phrase the dictionary lists with a gap: "insofern … als", "andererseits … wieder".
  for (const m of s.matchAll(GAPPED)) words.add(m[1]!);
  return { nouns, words, proper, places: freedictPlaces(s), english, kinds };
}

function load(): Lexicon | null {
  if (lexicon !== undefined) return lexicon;
  const path = dictionaryPath();
  if (!existsSync(path)) return (lexicon = null);
  let cache: string | null = null;
  try {
    cache = cachePath(path);
    if (existsSync(cache)) {
      const [n = '', w = '', p = '', g = '', e = '', k = ''] = readFileSync(cache, 'utf8').split('\n\u0000\n');
      const kinds = new Map(k.split('\n').filter((line) => line !== '').map((line) => line.split('\t') as [string, string]));
      const places = new Map(g.split('\n').filter((line) => line !== '').map((line) => line.split('\t') as [string, PlaceKind]));
      return (lexicon = { nouns: new Set(n.split('\n')), words: new Set(w.split('\n')), proper: new Set(p.split('\n')), places, english: new Set(e.split('\n')), kinds });
    }
  } catch {
    cache = null;
  }
  lexicon = parse(path);
  if (cache) {
    try {
      mkdirSync(dirname(cache), { recursive: true });
      const places = [...lexicon.places].map(([k, kind]) => `${k}\t${kind}`);
      writeFileSync(cache, [...[lexicon.nouns, lexicon.words, lexicon.proper].map((set) => [...set].join('\n')), places.join('\n'), [...lexicon.english].join('\n'),
        [...lexicon.kinds].map(([w, k]) => `${w}\t${k}`).join('\n')].join('\n\u0000\n'));
    } catch {
      // A read-only home only costs the parse next time.
    }
  }
  return lexicon;
}

/** Common nouns (lower-case), or null when the dictionary is not installed. Loaded once per process. */
export function germanNouns(): ReadonlySet<string> | null {
  return load()?.nouns ?? null;
}

/** Nouns that translate to English names ("Mittwoch", "Deutschland"): modifiers of compounds, never names alone. */
export function germanProperNouns(): ReadonlySet<string> | null {
  return load()?.proper ?? null;
}

/** Geographic names of the dictionary, lower-case, words joined by one space -> kind; null without the dictionary. */
export function germanPlaceNames(): ReadonlyMap<string, PlaceKind> | null {
  return load()?.places ?? null;
}

/** Nouns whose English translation names an organisation, a place or a person (freedict-noun-kinds.ts) -> 'ORG', 'LOC', 'ORG+LOC' or 'PER'. */
export function germanNounKinds(): ReadonlyMap<string, string> | null {
  return load()?.kinds ?? null;
}

/** English words the dictionary's translations write in lower case ("break", "highlights"), or null without it. */
export function englishWords(): ReadonlySet<string> | null {
  return load()?.english ?? null;
}

/** Lower-case headwords (adjectives, verbs, adverbs), or null without the dictionary. */
export function germanWords(): ReadonlySet<string> | null {
  return load()?.words ?? null;
}

/** What to tell the user when German entity extraction runs without the noun dictionary; null when it is there. */
export function germanNounsMessage(): Message | null {
  if (load()) return null;
  return {
    stage: 'entities',
    code: 'no-german-nouns',
    message: `German common-noun dictionary not found at ${dictionaryPath()}: German entities fall back on capitalisation and noun endings and will include more false names (install it with \`apt-get install dict-freedict-deu-eng\` or set PARALLAX_FREEDICT_DEU)`,
    level: 'warning',
  };
}
