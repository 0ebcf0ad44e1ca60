import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
// stopwords-iso: curated lists for 58 languages, keyed by ISO 639-1.
const lists = require('stopwords-iso') as Record<string, string[]>;
const cache = new Map<string, ReadonlySet<string>>();
const EMPTY: ReadonlySet<string> = new Set();

/** The stop words of a language (lower-case, NFC); an empty set where we have no list. */
export function stopwordsFor(lang: string): ReadonlySet<string> {
  let set = cache.get(lang);
  if (!set) {
    const list = lists[lang];
    set = list ? new Set(list.map((w) => w.normalize('NFC').toLowerCase())) : EMPTY;
    cache.set(lang, set);
  }
  return set;
}
