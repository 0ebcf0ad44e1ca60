import { existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { dirname, join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import type { Message } from '../article.ts';

/**
 * German common nouns from Debian's FreeDict German-English dictionary (`apt-get install
 * dict-freedict-deu-eng`), when installed. In German every noun is capitalised, so without a noun list a
 * capitalised word is a weak name cue; with it, "Sicherheitslage" stops looking like a name. Optional: without
 * the dictionary the extractor falls back on noun endings and says so through `germanNounsMessage`.
 *
 * The dictionary is 95 MB once unpacked; the noun list read from it (about 230,000 words) is cached as a
 * text file under ~/.cache/parallax (or $XDG_CACHE_HOME), keyed by the dictionary's size and date.
 */

const DEFAULT_PATH = '/usr/share/dictd/freedict-deu-eng.dict.dz';
// Headword line: "Müller /mˈylɜ/ <masc, n, sg>", then the first translation line.
const ENTRY = /^(\p{Lu}[\p{Ll}\p{Lu}ß-]*) \/[^\n]*?<([^>\n]*)>\n([^\n]*)/gmu;

let nouns: Set<string> | null | undefined;

function dictionaryPath(): string {
  return process.env.PARALLAX_FREEDICT_DEU ?? DEFAULT_PATH;
}

function cachePath(path: string): string {
  const st = statSync(path);
  const base = process.env.XDG_CACHE_HOME ?? join(homedir(), '.cache');
  return join(base, 'parallax', `de-nouns-${st.size}-${Math.round(st.mtimeMs)}.txt`);
}

function parse(path: string): Set<string> {
  const s = gunzipSync(readFileSync(path)).toString('utf8');
  const out = new Set<string>();
  for (const m of s.matchAll(ENTRY)) {
    const [, word, tags, translation] = m;
    if (!/\b(?:n|pl)\b/.test(tags!)) continue;
    // A proper noun translates to a capitalised English name: "Deutschland" -> "[geogr.] Germany".
    if (/^\s*(?:\[[^\]]*\]\s*)*\p{Lu}/u.test(translation!)) continue;
    out.add(word!.toLowerCase());
  }
  return out;
}

/** The noun set, or null when the dictionary is not installed. Loaded once per process. */
export function germanNouns(): ReadonlySet<string> | null {
  if (nouns !== undefined) return nouns;
  const path = dictionaryPath();
  if (!existsSync(path)) return (nouns = null);
  let cache: string | null = null;
  try {
    cache = cachePath(path);
    if (existsSync(cache)) return (nouns = new Set(readFileSync(cache, 'utf8').split('\n')));
  } catch {
    cache = null;
  }
  nouns = parse(path);
  if (cache) {
    try {
      mkdirSync(dirname(cache), { recursive: true });
      writeFileSync(cache, [...nouns].join('\n'));
    } catch {
      // A read-only home only costs the parse next time.
    }
  }
  return nouns;
}

/** What to tell the user when German entity extraction runs without the noun dictionary; null when it is there. */
export function germanNounsMessage(): Message | null {
  if (germanNouns()) return null;
  return {
    stage: 'entities',
    code: 'no-german-nouns',
    message: `German common-noun dictionary not found at ${dictionaryPath()}: German entities fall back on capitalisation and noun endings and will include more false names (install it with \`apt-get install dict-freedict-deu-eng\` or set PARALLAX_FREEDICT_DEU)`,
    level: 'warning',
  };
}
