/**
 * Cardinal number words, the cheap ones: two to twelve, the tens to fifty, hundred and thousand.
 * Compounds ("fünfundzwanzig", "twenty-five") are left to digits. "One" is kept apart because it
 * doubles as the indefinite article: it counts only before a multiplier ("eine Milliarde").
 */

const CARDINALS: Record<string, Record<string, number>> = {
  de: {
    zwei: 2, drei: 3, vier: 4, 'fünf': 5, sechs: 6, sieben: 7, acht: 8, neun: 9, zehn: 10, elf: 11, 'zwölf': 12,
    zwanzig: 20, 'dreißig': 30, vierzig: 40, 'fünfzig': 50, hundert: 100, tausend: 1000,
  },
  en: {
    two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12,
    twenty: 20, thirty: 30, forty: 40, fifty: 50, hundred: 100, thousand: 1000,
  },
  it: {
    due: 2, tre: 3, quattro: 4, cinque: 5, sei: 6, sette: 7, otto: 8, nove: 9, dieci: 10, undici: 11, dodici: 12,
    venti: 20, trenta: 30, quaranta: 40, cinquanta: 50, cento: 100, mille: 1000,
  },
  fr: {
    deux: 2, trois: 3, quatre: 4, cinq: 5, six: 6, sept: 7, huit: 8, neuf: 9, dix: 10, onze: 11, douze: 12,
    vingt: 20, trente: 30, quarante: 40, cinquante: 50, cent: 100, mille: 1000,
  },
  es: {
    dos: 2, tres: 3, cuatro: 4, cinco: 5, seis: 6, siete: 7, ocho: 8, nueve: 9, diez: 10, once: 11, doce: 12,
    veinte: 20, treinta: 30, cuarenta: 40, cincuenta: 50, cien: 100, mil: 1000,
  },
  pt: {
    dois: 2, duas: 2, 'três': 3, quatro: 4, cinco: 5, seis: 6, sete: 7, oito: 8, nove: 9, dez: 10, onze: 11, doze: 12,
    vinte: 20, trinta: 30, quarenta: 40, cinquenta: 50, cem: 100, mil: 1000,
  },
  nl: {
    twee: 2, drie: 3, vier: 4, vijf: 5, zes: 6, zeven: 7, acht: 8, negen: 9, tien: 10, elf: 11, twaalf: 12,
    twintig: 20, dertig: 30, veertig: 40, vijftig: 50, honderd: 100, duizend: 1000,
  },
  pl: {
    dwa: 2, dwie: 2, 'dwóch': 2, trzy: 3, trzech: 3, cztery: 4, czterech: 4, 'pięć': 5, 'pięciu': 5, 'sześć': 6,
    siedem: 7, osiem: 8, 'dziewięć': 9, 'dziesięć': 10, 'jedenaście': 11, 'dwanaście': 12,
    'dwadzieścia': 20, 'trzydzieści': 30, 'czterdzieści': 40, 'pięćdziesiąt': 50, sto: 100, 'tysiąc': 1000,
  },
};

const ONES: Record<string, readonly string[]> = {
  de: ['ein', 'eine', 'einer', 'einem', 'einen'],
  en: ['one', 'a', 'an'],
  it: ['un', 'uno', 'una'],
  fr: ['un', 'une'],
  es: ['un', 'uno', 'una'],
  pt: ['um', 'uma'],
  nl: ['een', 'één'],
  pl: ['jeden', 'jedna', 'jedno', 'jednego', 'jedną'],
};

const EMPTY: Readonly<Record<string, number>> = Object.freeze({});

/** Cardinal words of a language (lower-case) and their values; empty where we have none. */
export function cardinalWords(lang: string): Readonly<Record<string, number>> {
  return CARDINALS[lang] ?? EMPTY;
}

/** The words for "one", which are also the indefinite article. */
export function oneWords(lang: string): readonly string[] {
  return ONES[lang] ?? [];
}

/** The value of a cardinal or "one" word, or null. */
export function wordValue(word: string, lang: string): number | null {
  const w = word.toLowerCase();
  const v = cardinalWords(lang)[w];
  if (v !== undefined) return v;
  return oneWords(lang).includes(w) ? 1 : null;
}

/** Escapes a literal for use inside a regular expression. */
export const escapeRe = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** A regex alternation of the given literals, longest first so that no prefix wins over its extension. */
export function alternation(words: Iterable<string>): string {
  return [...new Set(words)].sort((a, b) => b.length - a.length).map(escapeRe).join('|');
}
