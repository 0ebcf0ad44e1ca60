/**
 * Splits close Latin-script pairs that character n-grams confuse, by distinctive letters and words: Norwegian
 * (Bokmål/Nynorsk) and Danish, Malay/Indonesian, Irish/Scottish Gaelic, Icelandic/Faroese, Dutch/Afrikaans,
 * Portuguese/Galician/Spanish, the Nguni and Sotho-Tswana languages, Yoruba, Hmong, and (in its own file) BCS.
 * The lists are grammar-book knowledge (spelling reforms, function words, alphabets), not counts from data.
 */
import { southSlavicVariant } from './south-slavic-variant.ts';

/** Matches of a global pattern that cannot match the empty string, counted without collecting them. */
function count(text: string, re: RegExp): number {
  re.lastIndex = 0;
  let n = 0;
  while (re.test(text)) n++;
  return n;
}
const words = (list: string): RegExp => new RegExp(`(?<!\\p{L})(?:${list.trim().split(/\s+/).join('|')})(?!\\p{L})`, 'giu');
const perMille = (n: number, text: string): number => (n * 1000) / Math.max(1, text.length);

type Ranking = ReadonlyArray<readonly [string, number]>;
/** Which of some franc codes franc ranks first (null when none is ranked). */
function francPrefers(fr: Ranking, codes: string[]): string | null {
  return fr.find(([c]) => codes.includes(c))?.[0] ?? null;
}

const NYNORSK = words(`ikkje eg ein eit dei frå meir vere vera kva korleis kven berre mykje noko nokon nokre heile
  medan sjølv ho vart òg hjå dykk fleire saman vore sidan desse kvar utan difor framleis`);
const BOKMAL = words(`ikke jeg en et de fra mer være hva hvordan hvem bare mye noe noen hele mens selv hun ble
  også dere hos flere sammen hjem vært siden disse hver uten derfor fremdeles nå`);
// Danish spellings that Norwegian changed in its reforms.
const DANISH = words('af efter nu mig dig sig blev nogle hvad havde mellem gøre ud øje hjælp');
const NORWEGIAN = words('av etter nå meg deg seg ble blei noen nokon hva kva hadde mellom gjøre ut øye hjelp');

function nordic(text: string, code: string, fr: Ranking): string {
  const da = count(text, DANISH);
  const no = count(text, NORWEGIAN);
  if (da > no && da >= 2) return 'da';
  if (code === 'da' && no <= da) return 'da';
  const nn = count(text, NYNORSK);
  const nb = count(text, BOKMAL);
  if (nn + nb >= 1) return nn * 1.5 > nb ? 'nn' : 'nb';
  // Without telling words, Bokmål: it is what nine in ten Norwegians write.
  return 'nb';
}

const MALAY = words(`kerana bahawa iaitu wang kerajaan sahaja polis parlimen syarikat mahkamah kenyataan semasa
  selepas berkata antarabangsa eropah perancis tentera menerusi manakala justeru sekiranya bagaimanapun berbanding
  terdapat cuba hospital amat jabatan kereta`);
const INDONESIAN = words(`karena bahwa yaitu uang pemerintah saja polisi parlemen perusahaan pengadilan pernyataan
  selama setelah sesudah mengatakan internasional eropa prancis tentara meskipun namun sekitar sekarang bisa kantor
  mobil kebijakan ujar tersebut provinsi`);

function malay(text: string, fr: Ranking): string {
  const ms = count(text, MALAY);
  const id = count(text, INDONESIAN);
  if (ms + id >= 2 && ms !== id) return ms > id ? 'ms' : 'id';
  return francPrefers(fr, ['zlm', 'ind']) === 'ind' ? 'id' : 'ms';
}

// Northern Ndebele writes "tsh" where Zulu writes "sh", joins "and" as la/le/lo (Zulu and Xhosa na/ne/no) and has
// its own conjunctions (njalo "and", nxa "when"); Xhosa writes ty (ukutya), kunye "and", and -nzi where Zulu has
// -ningi; Southern Ndebele writes "tjh"; Swati has tf/dv.
const XHOSA = words('kwaye kunye ngoko kwakhona xa ngoku malunga ngecawa abaninzi ezininzi eninzi uninzi');
// Xhosa plural prefixes double the vowel (iindlela, ezee-, koo-), where Zulu writes izi-/ezi-.
const XHOSA_PREFIX = /(?<!\p{L})\p{Ll}{0,3}(?:ii|ee|oo)\p{L}/gu;
const ZULU = words('futhi kanye uma mayelana ngesonto abaningi eziningi');
const NDEBELE = words('njalo loba lelo nxa ukwenelisa');
const SWATI = words('kutsi futsi kepha nekutsi kwekutsi');

function nguni(text: string, code: string): string {
  if (count(text, /tjh/giu) >= 2) return 'nr';
  if (perMille(count(text, /tf|dv/giu), text) > 2 || count(text, SWATI) >= 2) return 'ss';
  const tsh = count(text, /tsh/giu);
  const sh = count(text, /(?<!t)sh/giu);
  const xh = count(text, XHOSA) + count(text, /(?<!\p{L})\p{Ll}*[aeiou]ty/gu) + count(text, XHOSA_PREFIX);
  const nCap = count(text, /(?<!\p{L})n[aeo](?=\p{Lu})/gu);
  const lCap = count(text, /(?<!\p{L})l[aeo](?=\p{Lu})/gu);
  const zu = count(text, ZULU) + nCap / 2;
  // la/le/lo + name is also a possessive everywhere; only its excess over na/ne/no + name points to Ndebele.
  const nd = count(text, NDEBELE) + Math.max(0, lCap - 2 * nCap) + (tsh > sh && xh === 0 ? 2 : 0);
  const best = Math.max(xh, zu, nd);
  if (best < 2) return code === 'nr' || code === 'nd' ? 'zu' : code;
  return best === nd ? 'nd' : best === xh ? 'xh' : 'zu';
}

const SOTHO_HO = words('ho hore');
const TSWANA_GO = words('go gore');

/** Sepedi spells with š; Sesotho writes "ho" where Tswana and Sepedi write "go". */
function sothoTswana(text: string, code: string): string {
  const sh = perMille(count(text, /š/giu), text);
  const ho = count(text, SOTHO_HO);
  const go = count(text, TSWANA_GO);
  if (ho > go && ho >= 2) return 'st';
  if (sh >= 3) return 'nso';
  if (go > ho && go >= 2) return 'tn';
  return code;
}

const ICELANDIC = words('sem ekki það einnig hafa voru');
const FAROESE = words('hetta tað ikki sum eisini hava vóru');
const DUTCH = words('de een niet zijn voor');
const AFRIKAANS = words('die nie vir ek sy word');
const LUXEMBOURGISH = words('ass vun fir mat sinn ech gëtt huet hien dës awer');
const GERMAN = words('ist von für mit sind ich wird hat er diese aber');

export function latinVariant(code: string, text: string, fr: Ranking): string {
  switch (code) {
    case 'hr': case 'sr': case 'bs': return southSlavicVariant(text, code);
    case 'no': case 'nb': case 'nn': case 'da': return nordic(text, code, fr);
    case 'ms': case 'id': return malay(text, fr);
    case 'zu': case 'xh': case 'ss': case 'nr': case 'nd': return nguni(text, code);
    case 'st': case 'tn': case 'nso': return sothoTswana(text, code);
    // Irish marks long vowels with the acute, Scottish Gaelic with the grave.
    case 'ga': case 'gd': {
      const acute = count(text, /[áéíóú]/giu);
      const grave = count(text, /[àèìòù]/giu);
      return acute + grave === 0 ? code : acute > grave ? 'ga' : 'gd';
    }
    // Icelandic keeps þ and writes ö; Faroese has no þ and writes ø.
    case 'is': case 'fo': {
      const is = count(text, /[þö]/giu) + count(text, ICELANDIC);
      const fo = count(text, /ø/giu) + count(text, FAROESE);
      return is + fo === 0 ? code : is >= fo ? 'is' : 'fo';
    }
    // Dutch writes ij where Afrikaans writes y; Afrikaans has 'n, die and the double negative nie.
    case 'nl': case 'af': {
      // Dutch writes ij and z (tijd, zal) where Afrikaans writes y and s (tyd, sal).
      const nl = count(text, /ij|z/giu) + count(text, DUTCH);
      const af = count(text, AFRIKAANS) + count(text, /(?<!\p{L})['‘’]n(?!\p{L})/giu)
        + count(text, /\p{Ll}y/gu);
      return nl + af === 0 ? code : af > nl ? 'af' : 'nl';
    }
    case 'pt': case 'gl': case 'es': return iberian(text, code);
    // (Turkish misdecoded as Latin-1 shows ý ð þ; ð and þ are never Turkmen.)
    case 'tr': case 'az': return isTurkmen(text) ? 'tk' : code;
    case 'tk': return isTurkmen(text) ? 'tk' : francPrefers(fr, ['tur', 'azj']) === 'azj' ? 'az' : 'tr';
    // Luxembourgish writes ë, which German never does, and has its own function words.
    case 'de': case 'lb': {
      const lb = count(text, /ë/giu) + count(text, LUXEMBOURGISH);
      const de = count(text, GERMAN);
      return lb + de === 0 ? code : lb > de ? 'lb' : 'de';
    }
    default: return code;
  }
}

// Spanish articles against the Galician-Portuguese ones, then Portuguese against Galician spellings.
const SPANISH = words('el la los las y del al una');
// (Not "no", "o", "e": Spanish has them as "not", "or", "and".)
const GALICIAN_PORTUGUESE = words('os do da dos das na nos nas ao á ás aos');
const PORTUGUESE = words('não uma pelo pela até também muito ainda quando isso');
const GALICIAN = words('unha non máis tamén xa moi cando súa iso polo pola coa nun dun despois aínda');

function iberian(text: string, code: string): string {
  const es = count(text, SPANISH);
  const gp = count(text, GALICIAN_PORTUGUESE);
  if (es + gp === 0) return code;
  if (es >= gp) return code === 'es' || es > gp ? 'es' : code;
  const pt = count(text, /[ãõ]|lh/giu) + count(text, PORTUGUESE);
  const gl = count(text, GALICIAN);
  if (pt === gl) return code === 'es' ? 'pt' : code;
  return pt > gl ? 'pt' : 'gl';
}

function isTurkmen(text: string): boolean {
  return count(text, /[äňž]/giu) >= 2 && count(text, /[ðþəğı]/giu) === 0;
}

// The suffix alternatives start at a word's first letter (a match can start nowhere else, and the
// lookbehind saves trying every letter of every word).
const ESPERANTO = new RegExp(`${words('kaj estis kiu kiuj tiu tiuj ankaŭ ĉi oni ankau').source}|(?<!\\p{L})\\p{L}+(?:ojn|ajn|oj)(?!\\p{L})`, 'giu');
const LATIN = new RegExp(`${words('sunt quod atque autem enim esse quae quam ut ab cum sed etiam erat eius neque').source}|(?<!\\p{L})\\p{L}{2,}(?:orum|arum|ibus|ae)(?!\\p{L})`, 'giu');
const HMONG = words('ntawm cov thiab uas nyob hauv lawv yuav muaj kev tsis ua rau');
const WORD = /\p{L}+/gu;

/** Alphabet signatures that settle a language before any n-gram model is asked. */
export function latinSignature(text: string): string | null {
  // Yoruba writes ẹ, ọ and ṣ (dot below) in nearly every sentence.
  // Vietnamese also has ẹ and ọ, but never without ă â đ ê ô ơ ư.
  const yo = count(text, /[ẹọṣ]|[eos]\u0323/giu);
  if (perMille(yo, text) > 15 && count(text, /[ịụṅ]/giu) * 3 < yo && count(text, /[ăâđêôơư]/giu) === 0) return 'yo';
  // Esperanto's circumflexed letters belong to no other language.
  // (ŭ alone is not enough: Tahitian and others write breves.) Without the letters, its unique function words.
  if (count(text, /[ĉĝĥĵŝ]/giu) >= 1 && perMille(count(text, /[ĉĝĥĵŝŭ]/giu), text) > 3) return 'eo';
  let wordCount = -1;
  const tokens = () => (wordCount < 0 ? (wordCount = Math.max(1, count(text, WORD))) : wordCount);
  const eo = count(text, ESPERANTO);
  if (eo >= 2 && eo * 8 >= tokens()) return 'eo';
  // Latin: function words no Romance language kept, and case endings.
  const la = count(text, LATIN);
  if (la >= 3 && la * 8 >= tokens()) return 'la';
  // Hmong RPA: frequent function words that no other language writes.
  if (perMille(count(text, HMONG), text) > 15) return 'hmn';
  return null;
}
