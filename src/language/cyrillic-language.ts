/**
 * Language of a Cyrillic-script sample. Most Cyrillic alphabets carry letters of their own (Serbian ђ ћ,
 * Macedonian ѓ ќ ѕ, Ukrainian ї є ґ, Belarusian ў, Kazakh ұ, Tatar җ, Bashkir ҙ ҫ ҡ, Tajik ӣ ӯ ҷ), so letters
 * decide first; eld settles Russian/Bulgarian/Ukrainian/Belarusian/Serbian text that has none of them.
 */
import { eld } from 'eld/medium';
import { francAll } from 'franc-all';
import type { Candidate } from './detect-language.ts';

function tally(text: string): Map<string, number> {
  const m = new Map<string, number>();
  for (const ch of text.toLowerCase()) m.set(ch, (m.get(ch) ?? 0) + 1);
  return m;
}

const sum = (m: Map<string, number>, chars: string): number => {
  let n = 0;
  for (const ch of chars) n += m.get(ch) ?? 0;
  return n;
};

const KYRGYZ_WORDS = /(?<!\p{L})(?:жана|менен|деп|үчүн|бул|боюнча|жылы|бир|болгон|анын|дагы|ал)(?!\p{L})/giu;
const MONGOLIAN_WORDS = /(?<!\p{L})(?:нь|юм|байна|болон|энэ|гэж|байгаа|бол|ба|байв|гэсэн|хийж|бөгөөд|юу|тэр|нэг|гэх|хийжээ|ажээ)(?!\p{L})/giu;
// Macedonian definite suffixes (-от, -ата, -ите) on nouns; Serbian has no article.
const MACEDONIAN_SUFFIX = /\p{L}{3,}(?:от|ата|ите)(?!\p{L})/gu;
const SERBIAN_WORDS = /(?<!\p{L})(?:у|је|који|која|које|су|није|биће|између|године|треба|али|са|када)(?!\p{L})/giu;
const MACEDONIAN_WORDS = /(?<!\p{L})(?:во|е|кои|беше|ќе|ова|тоа|исто|според|година|меѓу|со|но|ги|го|има|кога)(?!\p{L})/giu;

function count(text: string, re: RegExp): number {
  return text.match(re)?.length ?? 0;
}

// Fallback when letters and eld both abstain: franc's Cyrillic profiles, for the languages with no letter of their own.
const LETTERS_ONLY: Record<string, string> = {
  rus: 'ru', ukr: 'uk', bel: 'be', bul: 'bg', mkd: 'mk', srp: 'sr', khk: 'mn', kir: 'ky', kaz: 'kk', tgk: 'tg',
};

export function cyrillicLanguage(text: string, letters: number): Candidate {
  const t = tally(text);
  // Letters per thousand letters: quoted names rarely bring more than a stray letter or two.
  const per = (chars: string): number => (sum(t, chars) * 1000) / Math.max(1, letters);
  const sure = (code: string): Candidate => ({ code, confidence: 0.95 });
  if (per('ҙҫҡ') >= 2) return sure('ba');
  if (per('ӣӯҷ') >= 2) return sure('tg');
  if (per('ұ') >= 1 || (per('қғ') >= 3 && per('ә') >= 2)) return sure('kk');
  // Kazakh also writes і, which Kyrgyz, Tatar and Mongolian lack.
  if (per('әғқңөүһ') >= 3 && per('і') >= 2) return sure('kk');
  if (per('җ') >= 1 && per('әөү') >= 3) return sure('tt');
  if (per('ә') >= 3) return sure(per('қғ') >= 2 ? 'kk' : 'tt');
  if (per('өү') >= 3) {
    // Mongolian has no ң; Kyrgyz uses it in most sentences.
    const ky = count(text, KYRGYZ_WORDS) + sum(t, 'ң') * 2;
    const mn = count(text, MONGOLIAN_WORDS);
    if (ky + mn > 0) return sure(ky > mn ? 'ky' : 'mn');
    const fr = francAll(text.slice(0, 1200), { only: ['khk', 'kir'], minLength: 1 });
    return { code: fr[0]?.[0] === 'kir' ? 'ky' : 'mn', confidence: 0.6 };
  }
  if (per('ў') >= 2 && per('қҳғ') >= 2) return sure('uz');
  if (per('ѓќѕ') >= 1) return sure('mk');
  if (per('ђћ') >= 1) return sure('sr');
  // ј is never Russian or Bulgarian: Serbian or Macedonian, told apart by function words.
  if (per('јљњџ') >= 1) {
    const mk = count(text, MACEDONIAN_WORDS) + count(text, MACEDONIAN_SUFFIX);
    return sure(mk > count(text, SERBIAN_WORDS) ? 'mk' : 'sr');
  }
  if (per('ў') >= 2) return sure('be');
  // Mongolian without ө/ү in a short sentence still shows its particles and long vowels.
  const mnWords = count(text, MONGOLIAN_WORDS);
  const tokens = Math.max(1, count(text, /\p{L}+/gu));
  if ((mnWords >= 2 && mnWords * 20 >= tokens) || (mnWords >= 1 && tokens < 20 && count(text, /ээ|уу|оо|аа/gu) >= 1 && per('ыъ') < 1)) {
    return sure('mn');
  }
  if (per('їєґ') >= 2 || (per('і') >= 5 && per('ыэъ') < 1)) return sure('uk');
  const e = eld.detect(text);
  const scores = e.getScores();
  const top = e.language;
  if (top && e.isReliable() && ['ru', 'uk', 'be', 'bg', 'sr'].includes(top)) {
    // Bulgarian has no ы and no э; eld's trigrams may still say Russian for short text without them.
    if (top === 'ru' && per('ыэ') < 1 && per('ъ') >= 3) return { code: 'bg', confidence: 0.7 };
    // eld has no Macedonian: its definite suffixes (-от, -та, -то) and function words tell it from Serbian.
    if (top === 'sr' && per('ђћ') === 0) {
      const mk = count(text, MACEDONIAN_WORDS) + count(text, MACEDONIAN_SUFFIX);
      if (mk > count(text, SERBIAN_WORDS)) return { code: 'mk', confidence: 0.7 };
    }
    // Macedonian lacks ъ щ й я ю, which Bulgarian text is full of.
    if (top === 'bg' && per('ъщйяю') < 1 && count(text, /(?<!\p{L})(?:во|со|ќе)(?!\p{L})|\p{L}{3,}от(?!\p{L})/gu) >= 1) {
      return { code: 'mk', confidence: 0.7 };
    }
    return { code: top, confidence: Math.min(1, 0.5 + (scores[top] ?? 0)) };
  }
  const fr = francAll(text.slice(0, 1200), { only: Object.keys(LETTERS_ONLY), minLength: 1 });
  const code = LETTERS_ONLY[fr[0]?.[0] ?? ''] ?? 'und';
  return { code, confidence: code === 'und' ? 0 : 0.6 };
}
