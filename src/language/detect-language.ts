/**
 * Language identification of an article: script first, then a per-script classifier
 * (latin-language, cyrillic-language, arabic-language, script-language). Pure and synchronous.
 * Only a bounded sample is classified so that cost does not grow with the article.
 */
import { eld } from 'eld/medium';
import type { LanguageGuess } from '../article.ts';
import { detectScript, type Script } from './detect-script.ts';
import { latinLanguage } from './latin-language.ts';
import { cyrillicLanguage } from './cyrillic-language.ts';
import { arabicLanguage } from './arabic-language.ts';
import { scriptLanguage } from './script-language.ts';

/** What one classifier says about one sample. */
export interface Candidate {
  code: string;
  confidence: number;
}

/** Characters classified for the main language; a few thousand characters settle any language. */
const SAMPLE_CHARS = 3000;
/** Characters scanned paragraph by paragraph for a second language. */
const MIX_CHARS = 5000;
/** Chunks looked at for a second language; more are thinned out evenly, which keeps the share unbiased. */
const MAX_CHUNKS = 5;
/** detectLanguage reads no character of its text at or past this index: a caller may pass a prefix this long. */
export const LANGUAGE_TEXT_READ = Math.max(SAMPLE_CHARS, MIX_CHARS) + 1;
/** Below this, a guess is not worth making. */
const MIN_CONFIDENCE = 0.3;
/** Scripts whose letters are whole syllables or words: fewer of them make a sample. */
const DENSE = new Set(['Han', 'Kana', 'Hangul', 'Thai', 'Lao', 'Khmer', 'Myanmar', 'Tibetan', 'Ethiopic']);

const UND: LanguageGuess = { code: 'und', confidence: 0, second: null };

/** Language of one sample, or 'und'. */
function classify(raw: string): Candidate & { letters: number; script: Script | null } {
  // Decomposed diacritics (e + U+0323) must look like the precomposed letters the models were built on.
  const text = raw.normalize('NFC');
  const profile = detectScript(text);
  const { main, letters } = profile;
  if (main === null) return { code: 'und', confidence: 0, letters, script: main };
  const minLetters = DENSE.has(main) ? 2 : main === 'Latin' || main === 'Cyrillic' || main === 'Arabic' ? 8 : 4;
  if (letters < minLetters) return { code: 'und', confidence: 0, letters, script: main };
  let c: Candidate;
  if (main === 'Latin') c = latinLanguage(text);
  else if (main === 'Cyrillic') c = cyrillicLanguage(text, letters);
  else if (main === 'Arabic') c = arabicLanguage(text, letters);
  else c = scriptLanguage(main, text, letters);
  // Short samples and mixed scripts make any guess less sure.
  const lengthFactor = Math.min(1, 0.55 + letters / (DENSE.has(main) ? 40 : 120));
  return { code: c.code, confidence: c.confidence * lengthFactor * Math.min(1, 0.3 + profile.share), letters, script: main };
}

/** A bounded sample: the whole text when short, else its first paragraphs up to SAMPLE_CHARS. */
function sample(text: string, max: number): string {
  if (text.length <= max) return text;
  const cut = text.lastIndexOf('\n', max);
  return text.slice(0, cut > max / 2 ? cut : max);
}

/** Shortest chunk worth classifying; shorter lines (headings, captions) are merged with their neighbours. */
const MIN_CHUNK = 80;

/** Paragraph chunks for the mix check: each paragraph on its own, short lines merged. */
function chunks(text: string): string[] {
  const out: string[] = [];
  let cur = '';
  for (const line of text.split(/\n+/)) {
    const l = line.trim();
    if (!l) continue;
    cur = cur ? `${cur}\n${l}` : l;
    if (cur.length >= MIN_CHUNK) {
      out.push(cur);
      cur = '';
    }
  }
  if (cur) {
    if (cur.length < MIN_CHUNK / 2 && out.length > 0) out[out.length - 1] += `\n${cur}`;
    else out.push(cur);
  }
  return out;
}

// Variants that eld reports under one code, and languages eld lacks mapped to the eld language it mistakes them
// for: a chunk eld puts there is no second language by eld's word alone.
const ELD_FAMILY: Record<string, string> = {
  bs: 'hr', sr: 'hr', nb: 'no', nn: 'no', da: 'no', id: 'ms', fil: 'tl', lb: 'de', af: 'nl', gl: 'es', pt: 'es',
  fo: 'is', tk: 'tr',
};
/** eld score below which a chunk's eld answer is not trusted against the article's language. */
const ELD_SURE = 0.7;

/**
 * Cheap first look at a chunk: only chunks in another script, or that eld confidently puts in another language,
 * go through the full classifier. Keeps the mix check to a fraction of the main classification's cost.
 */
function mayDiffer(chunk: string, main: string, script: Script | null): { differs: boolean; letters: number } {
  const p = detectScript(chunk);
  if (p.main !== script) return { differs: p.letters > 0, letters: p.letters };
  if (script !== 'Latin') return { differs: false, letters: p.letters };
  const e = eld.detect(chunk);
  if (!e.language || !e.isReliable() || (e.getScores()[e.language] ?? 0) < ELD_SURE) return { differs: false, letters: p.letters };
  return { differs: (ELD_FAMILY[e.language] ?? e.language) !== (ELD_FAMILY[main] ?? main), letters: p.letters };
}

/** Share of a second language, counted in letters over the paragraph chunks, when it is clearly present. */
function secondLanguage(text: string, main: string, script: Script | null): LanguageGuess['second'] {
  const all = chunks(sample(text, MIX_CHARS));
  if (all.length < 2) return null;
  const step = Math.max(1, all.length / MAX_CHUNKS);
  const parts: string[] = [];
  for (let i = 0; i < all.length && parts.length < MAX_CHUNKS; i += step) parts.push(all[Math.floor(i)]!);
  const byLang = new Map<string, number>();
  let total = 0;
  for (const p of parts) {
    const look = mayDiffer(p, main, script);
    if (!look.differs) {
      total += look.letters;
      continue;
    }
    const c = classify(p);
    total += c.letters;
    if (c.code === 'und' || c.code === main || c.confidence < 0.6) continue;
    byLang.set(c.code, (byLang.get(c.code) ?? 0) + c.letters);
  }
  let best: string | null = null;
  let bestLetters = 0;
  for (const [code, n] of byLang) {
    if (n > bestLetters) {
      best = code;
      bestLetters = n;
    }
  }
  const share = total ? bestLetters / total : 0;
  // One stray paragraph of names or a caption is not a second language.
  if (best === null || share < 0.1 || bestLetters < 80) return null;
  return { code: best, share: Math.round(share * 100) / 100 };
}

export function detectLanguage(text: string): LanguageGuess {
  if (typeof text !== 'string') throw new TypeError('detectLanguage: text must be a string (pass article.text)');
  const s = sample(text, SAMPLE_CHARS);
  const main = classify(s);
  if (main.code === 'und' || main.confidence < MIN_CONFIDENCE) return UND;
  const confidence = Math.round(main.confidence * 1000) / 1000;
  return { code: main.code, confidence, second: secondLanguage(text, main.code, main.script) };
}
