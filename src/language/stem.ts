import { Languages, Stemmer } from 'multilingual-stemmer';

// Snowball stemmers (WASM) for the languages the package has; ~2.5 µs a call, so results are cached.
const ALGORITHMS: Record<string, Languages> = {
  ar: Languages.Arabic, da: Languages.Danish, nl: Languages.Dutch, en: Languages.English,
  fi: Languages.Finnish, fr: Languages.French, de: Languages.German, el: Languages.Greek,
  hu: Languages.Hungarian, it: Languages.Italian, pt: Languages.Portuguese, ro: Languages.Romanian,
  ru: Languages.Russian, es: Languages.Spanish, sv: Languages.Swedish, ta: Languages.Tamil,
  tr: Languages.Turkish,
};
const CACHE_LIMIT = 200_000;

interface CachedStemmer {
  stemmer: Stemmer;
  cache: Map<string, string>;
}
const stemmers = new Map<string, CachedStemmer | null>();

function stemmerFor(lang: string): CachedStemmer | null {
  let s = stemmers.get(lang);
  if (s === undefined) {
    const algorithm = ALGORITHMS[lang];
    s = algorithm === undefined ? null : { stemmer: new Stemmer(algorithm), cache: new Map() };
    stemmers.set(lang, s);
  }
  return s;
}

/** The Snowball stem of a lower-case word; the word itself for languages without a stemmer. */
export function stem(word: string, lang: string): string {
  const s = stemmerFor(lang);
  if (!s) return word;
  let out = s.cache.get(word);
  if (out === undefined) {
    out = s.stemmer.stem(word);
    if (s.cache.size >= CACHE_LIMIT) s.cache.clear();
    s.cache.set(word, out);
  }
  return out;
}
