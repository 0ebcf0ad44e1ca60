import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Message } from '../article.ts';

/**
 * Lower-case words of a language from the system's spelling word list (Debian's `witalian`, under
 * /usr/share/dict), when installed, for the languages whose type model uses one. A capitalised word the
 * list knows in lower case ("Bruco", "Lupa") is an ordinary word used as a name or placed at a sentence
 * start; the model weighs that.
 * Optional: without the list the model runs without that evidence, and `wordListMessage` says so.
 */

const FILES: Readonly<Record<string, { file: string; pkg: string }>> = {
  it: { file: 'italian', pkg: 'witalian' },
};

/** A spelling list's entries, apart by case: lower-case words, and the rest (names, nouns) as written. */
export interface WordListForms {
  lower: ReadonlySet<string>;
  upper: ReadonlySet<string>;
}

const loaded = new Map<string, WordListForms | null>();

function dictionaryDir(): string {
  return process.env.PARALLAX_WORDLIST_DIR ?? '/usr/share/dict';
}

/** The entries of a list under the word-list directory (`italian`, `ngerman`), read once; null when it is not installed. */
export function wordListForms(file: string): WordListForms | null {
  const cached = loaded.get(file);
  if (cached !== undefined) return cached;
  const path = join(dictionaryDir(), file);
  let forms: WordListForms | null = null;
  if (existsSync(path)) {
    const lower = new Set<string>();
    const upper = new Set<string>();
    for (const w of readFileSync(path, 'utf8').split('\n')) if (w) (w === w.toLowerCase() ? lower : upper).add(w);
    forms = { lower, upper };
  }
  loaded.set(file, forms);
  return forms;
}

/** Lower-case entries of the language's word list, or null when it has none or it is not installed. */
export function lowerCaseWords(lang: string): ReadonlySet<string> | null {
  const entry = FILES[lang];
  return entry ? wordListForms(entry.file)?.lower ?? null : null;
}

/** What to tell the user when a language's word list is missing; null when it is there or none is used. */
export function wordListMessage(lang: string): Message | null {
  const entry = FILES[lang];
  if (!entry || lowerCaseWords(lang)) return null;
  return {
    stage: 'entities',
    code: 'no-word-list',
    message: `${lang} word list not found at ${join(dictionaryDir(), entry.file)}: ${lang} entity types are decided with less evidence and will include more ordinary words (install it with \`apt-get install ${entry.pkg}\` or set PARALLAX_WORDLIST_DIR)`,
    level: 'warning',
  };
}
