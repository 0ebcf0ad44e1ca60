import { alternation } from './number-words.ts';

/**
 * What a figure counts or measures: the noun right after it ("54.000 amerikanische Soldaten" → "soldaten"),
 * or for a percentage the noun after "of" ("2 % des BIP" → "BIP", "il 2% del PIL" → "PIL").
 * Cheap rules per language family: German takes the first capitalised word; the Romance languages the
 * first word (the noun precedes its adjectives); English, Dutch and Polish skip words that look like
 * adjectives. A function word or punctuation ends the search.
 */

const OF: Record<string, string[]> = {
  de: ['des', 'der', 'von', 'vom', 'eines', 'einer'],
  en: ['of the', 'of'],
  it: ['del', 'della', 'dello', 'dei', 'degli', 'delle', "dell'", 'di'],
  fr: ['du', 'de la', "de l'", 'des', 'de', "d'"],
  es: ['del', 'de la', 'de los', 'de las', 'de'],
  pt: ['do', 'da', 'dos', 'das', 'de'],
  nl: ['van het', 'van de', 'van'],
  pl: [],
};

// Words that end a noun phrase: articles, pronouns, prepositions, conjunctions, auxiliaries, common adverbs.
const FUNCTION_WORDS: Record<string, string> = {
  de: 'der die das den dem des ein eine einer einem einen und oder aber in im an am auf aus bei mit nach von vom zu zum zur für über unter um vor als wie sind ist war waren wurden wird werden hat haben hatte hatten sein seine ihre ihr es sie er wir ihnen uns mehr noch nur auch bereits etwa rund pro je nicht sich seit bis nach ab',
  en: 'the a an and or but in on at by for from with to of as than that which who were was are is be been have has had will would more less per each this these those their its his her our they them us we it than about up down long wide high deep tall away old heavy across not since until after before during into out off over under ago only just also still even',
  it: 'il lo la i gli le un uno una e o ma in a ad da di del della dei degli delle con per su tra fra che sono è era erano hanno ha sarà più meno circa ogni al allo alla ai agli alle nel nella nei negli nelle loro noi voi essi non si ci ne fa dopo prima oltre solo anche',
  fr: 'le la les un une et ou mais en à au aux de du des dans par pour sur avec que qui sont est était étaient ont a sera plus moins environ chaque eux elles nous vous ne n pas y se il elle ils on depuis après avant seulement aussi',
  es: 'el la los las un una y o pero en a al de del con por para sobre entre que son es era eran han ha será más menos cada ellos ellas nosotros no se lo le desde hasta después antes solo también',
  pt: 'o a os as um uma e ou mas em no na nos nas a ao de do da dos das com por para sobre entre que são é era eram têm tem foi serão mais menos cada eles elas nós não se lhe desde até depois antes só também numa num nesta neste nas nos',
  nl: 'de het een en of maar in op aan bij met naar van voor om tot uit dat die zijn is was waren hebben heeft had zal meer minder per elk hen ze wij niet zich sinds na geleden ook alleen nog ten zou zullen worden wordt werd',
  pl: 'i oraz lub ale w we na do z ze od po przez dla o że są jest był była były było będzie więcej mniej każdy nich nas nie się od po przed temu tylko też',
};

// Adjectives that precede the noun even in Romance languages ("nuovi soldati").
const ROMANCE_PRENOMINAL = new Set(['nuovi', 'nuove', 'altri', 'altre', 'ulteriori', 'nouveaux', 'nouvelles', 'autres', 'nuevos',
  'nuevas', 'otros', 'otras', 'novos', 'novas', 'outros', 'outras', 'soli', 'seuls', 'solo']);

const ADJECTIVE: Record<string, RegExp> = {
  en: /(?:al|ic|ive|ous|ful|less|able|ible|ary|ian|ean|ese|ish|ed|ing|ern|ly)$/,
  nl: /(?:e|ische|ig)$/,
  pl: /(?:ych|ich|ego|emu|ymi|imi|ski|ska|skie|scy|cki|cka|owy|owa|owe|owych|nych|ny|na|ne)$/,
};

const WORD = /[\p{L}][\p{L}\p{M}'’-]*/uy;
const ACRONYM = /^\p{Lu}[\p{Lu}\d]+$/u;
const CAPITAL = /^\p{Lu}/u;

const ofCache = new Map<string, RegExp>();
function ofRe(lang: string): RegExp | null {
  const words = OF[lang] ?? OF['en']!;
  if (words.length === 0) return null;
  let re = ofCache.get(lang);
  if (!re) {
    re = new RegExp(`(?:${alternation(words).replace(/ /g, '\\s+').replace(/'/g, "['’]")})(?:\\s+|(?<=['’]))`, 'iuy');
    ofCache.set(lang, re);
  }
  return re;
}

const fwCache = new Map<string, Set<string>>();
function functionWords(lang: string): Set<string> {
  let s = fwCache.get(lang);
  if (!s) {
    s = new Set((FUNCTION_WORDS[lang] ?? FUNCTION_WORDS['en']!).split(' '));
    fwCache.set(lang, s);
  }
  return s;
}

/** Up to three words from `pos`, separated by single spaces, stopping at punctuation or a function word. */
function wordsAt(text: string, pos: number, lang: string): string[] {
  const fw = functionWords(lang);
  const out: string[] = [];
  let i = pos;
  while (out.length < 3) {
    WORD.lastIndex = i;
    const m = WORD.exec(text);
    if (!m || fw.has(m[0].toLowerCase())) break;
    out.push(m[0].replace(/[-'’]+$/, ''));
    i += m[0].length;
    if (!/^[ \u00a0]$/.test(text[i] ?? '')) break;
    i++;
  }
  return out;
}

function head(words: string[], lang: string): string | null {
  if (words.length === 0) return null;
  if (lang === 'de') return words.find((w) => CAPITAL.test(w)) ?? null;
  if (lang === 'it' || lang === 'fr' || lang === 'es' || lang === 'pt') {
    return words.find((w) => !ROMANCE_PRENOMINAL.has(w.toLowerCase())) ?? null;
  }
  const adjective = ADJECTIVE[lang] ?? ADJECTIVE['en']!;
  for (let i = 0; i < words.length; i++) {
    const w = words[i]!;
    const last = i === words.length - 1;
    if (last) return w;
    const acronym = ACRONYM.test(w);
    if (!acronym && CAPITAL.test(w)) continue;
    if (acronym || adjective.test(w.toLowerCase())) continue;
    return w;
  }
  return null;
}

/** The noun as reported: acronyms as written, other words lower-cased, German genitive -(e)s dropped after "des". */
function lemma(word: string, lang: string, genitive: boolean): string {
  if (ACRONYM.test(word)) return word;
  let w = word.toLowerCase();
  if (lang === 'de' && genitive && w.length > 4) w = w.replace(/(?:es|s)$/, '');
  return w;
}

/**
 * The noun a figure ending at `pos` is about. `of`: 'required' for a percentage ("2 % des BIP"), 'allowed' for
 * a count ("54,000 of the soldiers"), 'no' after a unit or currency, where "van"/"de" mostly means "from".
 */
export function figureAbout(text: string, pos: number, lang: string, of: 'required' | 'allowed' | 'no'): string | null {
  let i = pos;
  while (i < text.length && i - pos < 2 && /[ \u00a0]/.test(text[i]!)) i++;
  let genitive = false;
  const ofPhrase = of === 'no' ? null : ofRe(lang);
  if (ofPhrase) {
    ofPhrase.lastIndex = i;
    const m = ofPhrase.exec(text);
    if (m) {
      genitive = /^(?:des|eines)\b/i.test(m[0]);
      i += m[0].length;
    } else if (of === 'required') {
      return null;
    }
  }
  const w = head(wordsAt(text, i, lang), lang);
  return w === null ? null : lemma(w, lang, genitive);
}
