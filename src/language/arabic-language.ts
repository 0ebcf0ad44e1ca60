/**
 * Language of an Arabic-script sample. Each language that adapted the script added letters for its own sounds
 * (Sindhi implosives, Pashto retroflexes, Sorani ڵ ڕ ێ, Uyghur vowels, Urdu ے ں ٹ), and Persian writes ی ک where
 * Arabic writes ي ك; letters therefore decide. Tachelhit (Berber) written in Arabic script is told from Arabic by its
 * particles, which Arabic never writes as separate words.
 */
import type { Candidate } from './detect-language.ts';

const count = (text: string, re: RegExp): number => text.match(re)?.length ?? 0;

const SINDHI = /[\u0684\u0683\u067B\u0680\u067A\u067D\u067F\u06A6\u068C\u068A\u068F\u068D\u06B3\u06B1\u06BB]/g;
const PASHTO = /[\u067C\u0689\u0693\u0696\u069A\u06AB\u06BC\u06CD]/g;
const SORANI = /[\u06B5\u0695\u06CE]/g;
const UYGHUR = /[\u06C7\u06C8\u06CB]/g;
const URDU = /[\u0679\u0688\u0691\u06BA\u06D2]/g;
const PERSIAN_YEH_KAF = /[\u06CC\u06A9]/g;
const ARABIC_YEH_KAF = /[\u064A\u0643\u0629\u0649]/g;
const PERSIAN_ONLY = /[\u067E\u0686\u0698\u06AF]/g;

// Tachelhit particles (ɣ "in", n "of", d "and", s "to", ad future, ar progressive, ur negation, yan/yat "one",
// ila "has") standing alone, and n/s/ɣ fused to an Arabic loan's article (نال, سال, غال).
const TACHELHIT = /(?<![\u0621-\u064A])(?:غ|ن|د|ار|اد|ور|ءور|يان|يات|ايلا|إيلا|ءيلا|نغ|زوند|اولا|نّ)(?![\u0621-\u064A])|(?<![\u0621-\u064A])[نسغ]ال[\u0621-\u064A]/g;
const ARABIC_FUNCTION = /(?<![\u0621-\u064A])(?:في|من|على|إلى|الى|أن|ان|التي|الذي|هذا|هذه|كان|قد|لا|ما|عن|مع)(?![\u0621-\u064A])/g;

export function arabicLanguage(text: string, letters: number): Candidate {
  const per = (re: RegExp): number => (count(text, re) * 1000) / Math.max(1, letters);
  const sure = (code: string, confidence = 0.95): Candidate => ({ code, confidence });
  if (per(SINDHI) >= 4) return sure('sd');
  if (per(SORANI) >= 3) return sure('ckb');
  if (per(PASHTO) >= 4) return sure('ps');
  if (per(UYGHUR) >= 4) return sure('ug');
  if (per(URDU) >= 4) return sure('ur');
  const fa = count(text, PERSIAN_YEH_KAF) + count(text, PERSIAN_ONLY) / 2;
  const ar = count(text, ARABIC_YEH_KAF);
  if (fa + ar === 0) return { code: 'und', confidence: 0.2 };
  if (fa > ar) return sure('fa', Math.min(0.95, 0.5 + (fa - ar) / (fa + ar) / 2));
  const shi = count(text, TACHELHIT);
  const arf = count(text, ARABIC_FUNCTION);
  if (shi >= 3 && shi > arf) return sure('shi', 0.8);
  return sure('ar', Math.min(0.95, 0.5 + (ar - fa) / (fa + ar) / 2));
}
