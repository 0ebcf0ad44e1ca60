import { boundedMemo } from './bounded-memo.ts';

// Names must meet across scripts: "Байден" and "Μπάιντεν" should land near "Biden". A plain
// romanisation (close to ISO 9 / ELOT 743 simplified) is enough for anchor keys; it is not meant for display.
const CYRILLIC: Record<string, string> = {
  а: 'a', б: 'b', в: 'v', г: 'g', ґ: 'g', д: 'd', е: 'e', ё: 'e', є: 'ye', ж: 'zh', з: 'z', и: 'i', і: 'i',
  ї: 'yi', й: 'y', к: 'k', л: 'l', м: 'm', н: 'n', о: 'o', п: 'p', р: 'r', с: 's', т: 't', у: 'u', ў: 'u',
  ф: 'f', х: 'kh', ц: 'ts', ч: 'ch', ш: 'sh', щ: 'shch', ъ: '', ы: 'y', ь: '', э: 'e', ю: 'yu', я: 'ya',
  ђ: 'dj', ј: 'j', љ: 'lj', њ: 'nj', ћ: 'c', џ: 'dz', ѓ: 'gj', ќ: 'kj', ѕ: 'dz', қ: 'q', ғ: 'gh', ң: 'ng',
  ү: 'u', ұ: 'u', һ: 'h', ә: 'a', ө: 'o', ҳ: 'h', ҷ: 'j', ӣ: 'i', ӯ: 'u',
};
const GREEK: Record<string, string> = {
  α: 'a', β: 'v', γ: 'g', δ: 'd', ε: 'e', ζ: 'z', η: 'i', θ: 'th', ι: 'i', κ: 'k', λ: 'l', μ: 'm', ν: 'n',
  ξ: 'x', ο: 'o', π: 'p', ρ: 'r', σ: 's', ς: 's', τ: 't', υ: 'y', φ: 'f', χ: 'ch', ψ: 'ps', ω: 'o',
};
// Greek writes foreign b/d/g as digraphs.
const GREEK_DIGRAPHS: Array<[RegExp, string]> = [
  [/^μπ/, 'b'], [/^ντ/, 'd'], [/^γκ/, 'g'], [/ου/g, 'ou'], [/αι/g, 'ai'], [/ει/g, 'i'], [/οι/g, 'i'],
];

/** Lower-case Latin letters without diacritics, from Latin, Cyrillic or Greek input; others unchanged. */
export const foldToLatin: (word: string) => string = boundedMemo(fold, 100_000);

/** foldToLatin, not remembered: for one-off reads of whole lists, which would fill the memo with words no article has. */
export function fold(word: string): string {
  let s = word.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
  if (/[\u0370-\u03ff]/.test(s)) for (const [re, to] of GREEK_DIGRAPHS) s = s.replace(re, to);
  if (!/[\u0370-\u03ff\u0400-\u04ff]/.test(s)) return s.replace(/ß/g, 'ss').replace(/[æ]/g, 'ae').replace(/[ø]/g, 'o').replace(/[đ]/g, 'd').replace(/[ł]/g, 'l');
  let out = '';
  for (const ch of s) out += CYRILLIC[ch] ?? GREEK[ch] ?? ch;
  return out;
}
