import { isOrgWord, LOC_PREPOSITIONS } from './cues.ts';
import { gazetteerAt, type Span } from './spans.ts';
import { mostlyLowerCase, type TokenContext } from './token-context.ts';
import { lowerCaseWords } from './word-list.ts';
import { germanFeatures } from './german-type-features.ts';

/**
 * What the learned type model (`retype-spans.ts`) sees of one candidate name: what the rules decided and
 * how sure they were, the gazetteer's type, the name's shape, and its neighbours. Neighbouring words appear
 * by identity only when they are function words of the language (its stop-word list), so the model learns
 * grammar ("il Belgio" acts, "in Belgio" is a place), never the names or topics of its training sentences.
 */

const GLUE = /^[\s\u00a0]*$/u;

// A sentence ends at a paragraph break or at a full stop followed by space: the training sentences come one
// a line, articles several a paragraph, and the model must see the two alike.
const SENTENCE_GAP = /^\n$|[.!?…]["'»”’)]*[\s\u00a0]/u;

function gapSign(gap: string): string {
  if (SENTENCE_GAP.test(gap)) return 'end';
  const t = gap.replace(/[\s\u00a0]+/gu, '');
  return t === '' ? 'sp' : t.length > 2 ? t.slice(0, 2) : t;
}

function neighbour(c: TokenContext, k: number, side: string, out: string[], gap: string): void {
  const t = c.tokens[k];
  if (!t || SENTENCE_GAP.test(gap)) { out.push(`${side}=^`); return; }
  if (!t.cap && /^\p{L}/u.test(t.norm)) out.push(`${side}=${t.norm}`);
  else if (!/^\p{L}/u.test(t.norm)) out.push(`${side}=#`);
  else out.push(`${side}=${t.cap ? (c.acronym[k] ? 'A' : 'C') : 'w'}`);
}

const suffix = (w: string, n: number): string => (w.length > n + 1 ? w.slice(-n) : w);

// How many candidates share each written form, counted once per candidate list.
const repeatCounts = new WeakMap<readonly Span[], Map<string, number>>();
function repeats(c: TokenContext, spans: readonly Span[]): Map<string, number> {
  let m = repeatCounts.get(spans);
  if (!m) {
    m = new Map();
    for (const o of spans) { const k = c.folded.slice(o.from, o.to).join(' '); m.set(k, (m.get(k) ?? 0) + 1); }
    repeatCounts.set(spans, m);
  }
  return m;
}

// Share of capitalised words in each paragraph: in a headline written in title case capitals tell little.
const titleCase = new WeakMap<TokenContext, Map<number, boolean>>();
function inTitleCase(c: TokenContext, i: number): boolean {
  let m = titleCase.get(c);
  if (!m) {
    const counts = new Map<number, [number, number]>();
    c.tokens.forEach((t, k) => {
      if (!c.word[k] || c.initial[k]) return;
      const n = counts.get(t.para) ?? [0, 0];
      n[0] += t.cap ? 1 : 0;
      n[1]++;
      counts.set(t.para, n);
    });
    m = new Map([...counts].map(([p, [cap, all]]) => [p, all >= 4 && cap / all > 0.5]));
    titleCase.set(c, m);
  }
  return m.get(c.tokens[i]!.para) ?? false;
}

/** Feature names of span `s` (index `k` in `spans`, the article's kept spans in text order). */
export function typeFeatures(c: TokenContext, spans: readonly Span[], k: number): string[] {
  const s = spans[k]!;
  const f: string[] = ['bias'];
  const rule = s.type ?? 'O';
  const how = s.sure ? 'sure' : s.guess ? 'guess' : s.cue ? 'cue' : 'weak';
  f.push(`t=${rule}`, `t=${rule}|${how}`, `rule=${s.rule ?? '-'}`, `rule=${s.rule ?? '-'}|t=${rule}`);
  if (s.alternative && s.type) f.push(`alt|t=${rule}`);
  if (s.cue) f.push(`cue=${s.cue}`, `cue=${s.cue}|t=${rule}`);
  if (s.alternative) f.push(`alt=${s.alternative}`);
  if (s.person) f.push('person');
  if (s.role) f.push('role');
  const n = s.to - s.from;
  f.push(`len=${Math.min(n, 4)}`);
  const hit = gazetteerAt(c, s.from);
  const gz = hit ? (hit.length === n ? `gz=${hit.type}` : `gzpart=${hit.type}`) : 'gz=-';
  f.push(gz);
  const words = c.tokens.slice(s.from, s.to);
  if (words.some((t) => isOrgWord(t.norm, c.lang))) f.push('orgword');
  if (c.firstName[s.from]) f.push(n > 1 ? 'given+' : 'given');
  if (n === 1 && c.acronym[s.from]) f.push('acronym');
  if (c.initial[s.from]) f.push('initial');
  if (inTitleCase(c, s.from)) f.push('titlecase');
  if (c.midCap.has(c.tokens[s.from]!.norm)) f.push('midcap');
  if (words.some((t) => !t.cap)) f.push('lowerinside');
  // Ordinary words: in the language's word list in lower case, or written in lower case in this article.
  const dict = lowerCaseWords(c.lang);
  if (dict) {
    const known = words.filter((t) => dict.has(t.norm)).length;
    f.push(`dict=${known === 0 ? 'none' : known === n ? 'all' : 'some'}`);
  }
  if (mostlyLowerCase(c, words[0]!.norm)) f.push('lowercased');
  else if (c.lowerCount.has(words[0]!.norm)) f.push('alsolower');
  const last = c.folded[s.to - 1]!;
  f.push(`s2=${suffix(last, 2)}`, `s3=${suffix(last, 3)}`);
  // Neighbours: the word before and after, the punctuation between, a second word before.
  neighbour(c, s.from - 1, 'p1', f, c.gaps[s.from] ?? '\n');
  neighbour(c, s.to, 'n1', f, c.gaps[s.to] ?? '\n');
  if (s.from >= 2 && !SENTENCE_GAP.test(c.gaps[s.from]!)) neighbour(c, s.from - 2, 'p2', f, c.gaps[s.from - 1]!);
  f.push(`pg=${gapSign(c.gaps[s.from] ?? '\n')}`, `ng=${gapSign(c.gaps[s.to] ?? '\n')}`);
  const prev = s.from > 0 && !SENTENCE_GAP.test(c.gaps[s.from]!) ? c.tokens[s.from - 1]!.norm : '';
  if (prev && LOC_PREPOSITIONS[c.lang]?.has(prev)) f.push('locprep');
  // The rules' type with the word before: a country after an article acts ("il Belgio ha…").
  f.push(`${gz}|p1=${f.find((x) => x.startsWith('p1='))!.slice(3)}`);
  // How often the article names it, and whether it stands in a list of names.
  f.push(`rep=${Math.min(repeats(c, spans).get(c.folded.slice(s.from, s.to).join(' ')) ?? 1, 3)}`);
  const before = spans[k - 1];
  const after = spans[k + 1];
  const listed = (a: Span | undefined, b: Span | undefined): boolean =>
    !!a && !!b && a.to < b.from + 1 && /^\s*(?:,|-|–|\s(?:e|ed|o|und|oder|and|or|et|y)\s)\s*$/u.test(c.text.slice(c.tokens[a.to - 1]!.end, c.tokens[b.from]!.start));
  // A neighbour's type counts when the rules were sure of it: a default guess would only echo itself.
  const kind = (o: Span): string => (o.sure && o.type ? o.type : '?');
  if (listed(before, s)) f.push(`listafter=${kind(before!)}`);
  if (listed(s, after)) f.push(`listbefore=${kind(after!)}`);
  if (n > 1 && words.slice(1).every((t, i) => GLUE.test(c.gaps[s.from + 1 + i]!))) f.push('spaced');
  if (c.lang === 'de') germanFeatures(c, s, f);
  return f;
}
