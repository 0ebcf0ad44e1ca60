import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * Every spelling in the system's German word list (Debian's `wngerman`, /usr/share/dict/ngerman), as written:
 * nouns and many well-known names capitalised, other words in lower case. The German type model reads which
 * of the two a capitalised word is listed as ("bleibt" at a sentence start is a verb) and whether it is
 * listed at all (English terms, species and rare surnames are not). Optional: without the list the
 * model sees 'no list' for every word, and keeps the rest of its evidence.
 */

let words: ReadonlySet<string> | null | undefined;

export function germanSpellings(): ReadonlySet<string> | null {
  if (words !== undefined) return words;
  const path = join(process.env.PARALLAX_WORDLIST_DIR ?? '/usr/share/dict', 'ngerman');
  words = existsSync(path) ? new Set(readFileSync(path, 'utf8').split('\n').filter((w) => w !== '')) : null;
  return words;
}
