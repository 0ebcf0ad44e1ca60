/**
 * Consonant classes of letters in the scripts that write names by sound, for `soundKey`. A class is
 * one of P (p b f), T (t d), K (k g q, kh), S (s z sh ch j ts), M, N, R (r l); vowels, h, w, y and
 * glottal letters carry no class. Voicing, aspiration and retroflexion are ignored: scripts disagree
 * on them when they write a foreign name, and agree on the rest of its consonants.
 */

type Classes = Record<string, string>;

const table = (spec: string): Classes => {
  const out: Classes = {};
  for (const group of spec.trim().split(/\s+/)) {
    const [cls, letters] = group.split(':') as [string, string];
    for (const ch of letters) out[ch] = cls === '_' ? '' : cls;
  }
  return out;
};

const ARABIC = table(`
  P:بپفڤ T:تدضطٹڈة K:خغقكکگڭ S:ثجذزسشصظچژڇ M:م N:نںڻ R:رلڑ _:اأإآءؤئعحهھوۇيىیےۃ
`);
const HEBREW = table('P:בפף T:דטת K:גחכךק S:זסצץש M:מם N:נן R:לר _:אהויע');
const GEORGIAN = table('P:ბპფ T:დთტ K:გკქღყხ S:ზჟსშჩცძწჭჯ M:მ N:ნ R:ლრ _:აეიოუვჰ');
const ARMENIAN = table(`
  P:ԲՊՓՖբպփֆ T:ԴԹՏդթտ K:ԳԽԿՂՔգխկղք S:ԶԺԾՁՃՇՉՋՍՑզժծձճշչջսց M:Մմ N:Նն R:ԼՌՐլռր
  _:ԱԵԷԸԻՀՅՈՎՒՕաեէըիհյովւօ
`);
const THAANA = table('P:ބފޕ T:ދތޑޓޠ K:ކގޚޣޤ S:ށސޒޖޗޘޛޜޝޞޟޡ M:މ N:ނޏ R:ރޅލ _:ހއވޔޙޢޥ');
const SINHALA = table('P:පඵබභඹෆ T:ටඨඩඪඬතථදධඳ K:කඛගඝ S:චඡජඣඦශෂස M:ම N:ඞඟණනඤඥ R:රලළ _:යවහ');
const KATAKANA = table(`
  K:カキクケコガギグゲゴ S:サシスセソザジズゼゾチツヂヅ T:タテトダデド N:ナニヌネノン
  P:バビブベボパピプペポフヴ M:マミムメモ R:ラリルレロ _:アイウエオァィゥェォヤユヨャュョワヲハヒヘホッー
`);

// Devanagari, Bengali, Gurmukhi, Gujarati, Oriya, Tamil, Telugu, Kannada and Malayalam share one
// layout: the same offset from each block's start is the same letter.
const BRAHMIC_BLOCKS = [0x0900, 0x0980, 0x0a00, 0x0a80, 0x0b00, 0x0b80, 0x0c00, 0x0c80, 0x0d00];
const BRAHMIC_OFFSETS: Record<number, string> = {};
for (const [cls, offsets] of [
  ['K', [0x15, 0x16, 0x17, 0x18, 0x58, 0x59, 0x5a]],
  ['N', [0x19, 0x1e, 0x23, 0x28, 0x29, 0x02]],
  ['S', [0x1a, 0x1b, 0x1c, 0x1d, 0x36, 0x37, 0x38, 0x5b]],
  ['T', [0x1f, 0x20, 0x21, 0x22, 0x24, 0x25, 0x26, 0x27, 0x5c]],
  ['P', [0x2a, 0x2b, 0x2c, 0x2d, 0x5e]],
  ['M', [0x2e]],
  ['R', [0x30, 0x31, 0x32, 0x33, 0x34, 0x5d]],
] as const) for (const o of offsets) BRAHMIC_OFFSETS[o] = cls;

// Letters outside the shared layout: Bengali ra and wa, Malayalam chillus (final consonants).
const BRAHMIC_EXTRA: Classes = { '\u09f0': 'R', '\u09f1': '', '\u0d7a': 'N', '\u0d7b': 'N', '\u0d7c': 'R', '\u0d7d': 'R', '\u0d7e': 'R', '\u0d7f': 'K' };

// Ethiopic syllables come in rows of eight, one row per consonant from U+1200.
const ETHIOPIC_ROWS = '_R_MSRSSKKKKP_TSKKNN_KKKK__SS_TTSKKKTSPSSPP';

// Hangul syllables: initial consonant (19) and final consonant (28) from the syllable's number.
const HANGUL_INITIAL = 'KKNTTRMPPSS_SSSKTP_';
const HANGUL_FINAL = '_KKKNNNTRRRRRRRRMPPSSNSSKTP_';

/** The class of one character, '' for a letter without one, or null for a character of no supported script. */
export function soundClass(ch: string): string | null {
  const cp = ch.codePointAt(0)!;
  if (cp >= 0x0600 && cp <= 0x06ff) return ARABIC[ch] ?? '';
  if (cp >= 0x0590 && cp <= 0x05ff) return HEBREW[ch] ?? '';
  if (cp >= 0x10a0 && cp <= 0x10ff) return GEORGIAN[ch] ?? '';
  if (cp >= 0x0530 && cp <= 0x058f) return ARMENIAN[ch] ?? '';
  if (cp >= 0x0780 && cp <= 0x07bf) return THAANA[ch] ?? '';
  if (cp >= 0x0d80 && cp <= 0x0dff) return SINHALA[ch] ?? '';
  if (cp >= 0x30a0 && cp <= 0x30ff) return KATAKANA[ch] ?? '';
  // Hiragana: the katakana letter 0x60 further on.
  if (cp >= 0x3041 && cp <= 0x309f) return KATAKANA[String.fromCodePoint(cp + 0x60)] ?? '';
  if (cp >= 0x0900 && cp <= 0x0d7f) return BRAHMIC_EXTRA[ch] ?? BRAHMIC_OFFSETS[cp - BRAHMIC_BLOCKS[Math.floor((cp - 0x0900) / 0x80)]!] ?? '';
  if (cp >= 0x1200 && cp <= 0x135a) {
    const c = ETHIOPIC_ROWS[(cp - 0x1200) >> 3] ?? '_';
    return c === '_' || c === ' ' ? '' : c;
  }
  if (cp >= 0xac00 && cp <= 0xd7a3) {
    const n = cp - 0xac00;
    const initial = HANGUL_INITIAL[Math.floor(n / 588)]!;
    const final = HANGUL_FINAL[n % 28]!;
    return (initial === '_' ? '' : initial) + (final === '_' ? '' : final);
  }
  return null;
}
