import { existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { dirname, join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import type { Message } from '../article.ts';
import { stem } from '../language/stem.ts';

/**
 * English pivot words for the content words of other languages, from Debian's FreeDict bilingual
 * dictionaries when installed (`apt-get install dict-freedict-deu-eng dict-freedict-fra-eng ...`):
 * "Überschwemmung" and "alluvione" both give "flood", so reports in two languages share words, not only
 * names and numbers. Read from `X-eng` (headword → its translations) and `eng-X` (each translation →
 * the English headword). Keys and pivots are Snowball stems, as the article's terms are.
 *
 * Parsing a dictionary takes seconds (deu-eng has 517k headwords), so the table read from it is cached
 * under ~/.cache/parallax (or $XDG_CACHE_HOME), keyed by the dictionaries' sizes and dates.
 */

// Our language codes (ISO 639-1) to FreeDict's (ISO 639-3), for the languages Debian has dictionaries of.
const FREEDICT: Readonly<Record<string, string>> = {
  af: 'afr', ar: 'ara', cs: 'ces', cy: 'cym', da: 'dan', de: 'deu', el: 'ell', eo: 'epo', es: 'spa', fr: 'fra', ga: 'gle',
  hr: 'hrv', hu: 'hun', is: 'isl', it: 'ita', ja: 'jpn', ku: 'kur', la: 'lat', lt: 'lit', nl: 'nld', pl: 'pol', pt: 'por',
  ru: 'rus', sk: 'slk', sl: 'slv', sr: 'srp', sv: 'swe', sw: 'swh', tr: 'tur',
};
const PIVOTS_PER_WORD = 2;

export type PivotTable = ReadonlyMap<string, readonly string[]>;
const tables = new Map<string, PivotTable | null>();

function dictDir(): string {
  return process.env.PARALLAX_DICT_DIR ?? '/usr/share/dictd';
}

function files(lang: string): Array<{ path: string; direction: 'to-english' | 'from-english' }> {
  const code = FREEDICT[lang];
  if (!code) return [];
  return [
    { path: join(dictDir(), `freedict-${code}-eng`), direction: 'to-english' as const },
    { path: join(dictDir(), `freedict-eng-${code}`), direction: 'from-english' as const },
  ].filter((f) => existsSync(`${f.path}.index`) && existsSync(`${f.path}.dict.dz`));
}

const B64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
const b64 = (s: string) => [...s].reduce((n, ch) => n * 64 + B64.indexOf(ch), 0);

/** The single-word translations an entry gives: its lines after the headword, without examples, notes and markup. */
function translations(entry: string): string[] {
  const out: string[] = [];
  for (const raw of entry.split('\n').slice(1)) {
    const line = raw.trim();
    if (!line || line.startsWith('"') || /^(?:Synonyms?|see|Note|Antonyms?):/i.test(line)) continue;
    const text = line.replace(/^(?:[0-9]+|[IVX]+)\.\s*/, '').replace(/<[^>]*>|\{[^}]*\}|\([^)]*\)|\[[^\]]*\]/g, ' ');
    for (const item of text.split(/[,;/]/)) {
      const w = item.trim().toLowerCase().replace(/^(?:to|the|a|an)\s+/, '');
      if (/^\p{L}[\p{L}'-]*$/u.test(w)) out.push(w);
    }
  }
  return out;
}

function parse(lang: string): Map<string, string[]> {
  const table = new Map<string, string[]>();
  const add = (word: string, english: string) => {
    const key = stem(word.toLowerCase(), lang);
    const pivot = stem(english.toLowerCase(), 'en');
    const list = table.get(key) ?? [];
    if (list.length < PIVOTS_PER_WORD && !list.includes(pivot)) list.push(pivot);
    table.set(key, list);
  };
  for (const f of files(lang)) {
    const dict = gunzipSync(readFileSync(`${f.path}.dict.dz`));
    for (const line of readFileSync(`${f.path}.index`, 'utf8').split('\n')) {
      const [head, offset, length] = line.split('\t');
      if (!head || !offset || !length || head.startsWith('00database')) continue;
      const entry = dict.subarray(b64(offset), b64(offset) + b64(length)).toString('utf8');
      const words = translations(entry);
      if (f.direction === 'to-english') {
        if (!/\s/.test(head)) for (const w of words) add(head, w);
      } else if (!/\s/.test(head)) for (const w of words) add(w, head);
    }
  }
  return table;
}

function cachePath(lang: string): string {
  const stamp = files(lang).map((f) => { const st = statSync(`${f.path}.dict.dz`); return `${st.size}-${Math.round(st.mtimeMs)}`; }).join('_');
  return join(process.env.XDG_CACHE_HOME ?? join(homedir(), '.cache'), 'parallax', `pivots1-${lang}-${stamp}.tsv`);
}

/** The pivot table of a language (stem → English stems), or null when no dictionary of it is installed. Loaded once per process. */
export function pivotTable(lang: string): PivotTable | null {
  if (tables.has(lang)) return tables.get(lang)!;
  if (files(lang).length === 0) {
    tables.set(lang, null);
    return null;
  }
  const cache = cachePath(lang);
  let table: Map<string, string[]> | null = null;
  try {
    if (existsSync(cache)) table = new Map(readFileSync(cache, 'utf8').split('\n').filter(Boolean).map((l) => { const [k, v] = l.split('\t'); return [k!, v!.split(',')]; }));
  } catch {
    table = null;
  }
  if (!table) {
    table = parse(lang);
    try {
      mkdirSync(dirname(cache), { recursive: true });
      writeFileSync(cache, [...table].map(([k, v]) => `${k}\t${v.join(',')}`).join('\n'));
    } catch {
      // A read-only home only costs the parse next time.
    }
  }
  tables.set(lang, table);
  return table;
}

/** What to tell about an article whose language has a FreeDict dictionary in Debian that is not installed; null otherwise. */
export function missingLexiconMessage(lang: string): Message | null {
  if (lang === 'en' || !FREEDICT[lang] || pivotTable(lang)) return null;
  return {
    stage: 'features',
    code: 'no-lexicon',
    message: `no bilingual dictionary for "${lang}" in ${dictDir()}: its words meet other languages only through names, numbers and places (install dict-freedict-${FREEDICT[lang]}-eng, or set PARALLAX_DICT_DIR)`,
    level: 'info',
  };
}
