import { isKnownTown } from './cities.ts';
import { isCommonWord, isGermanNoun, isGermanWord } from './common-words.ts';
import { lookupName } from './gazetteer.ts';
import { englishWords, germanNouns, germanNounKinds, germanPlaceNames, germanProperNouns, germanWords } from './german-nouns.ts';
import { germanPersonNoun } from './german-person-nouns.ts';
import { germanFiniteVerb } from './german-verbs.ts';
import type { Span } from './spans.ts';
import type { TokenContext } from './token-context.ts';

/**
 * German evidence for the type model, beside the features every language shares (`type-features.ts`).
 * German capitalises every noun, so the question is whether a capitalised word is a noun: FreeDict's nouns
 * (as they stand, inflected or compounded) or other words, the ending's kind and the word's shape. As for
 * every language, the words of the name are never features by identity: endings and shapes carry to names
 * never seen, identities do not. Knowledge comes from general sources only: FreeDict's geographic names
 * (freedict-places.ts: "Spree" is a river, "Elsass" a region), the towns of cities.ts, the gazetteer.
 * Tried and left out, each within ±0.003 of cross-validated F1: the system's German and English spelling
 * lists, capitalised nouns beside the name by identity ("Herr", "Trainer"), four- and five-letter endings,
 * what FreeDict's abbreviations stand for ("CDU": a body, "ABM": a term), inflected verb forms at a sentence's
 * start ("Bleibt", "Erfolgte"), English words of bodies ("Laboratory", "Railway"), the dictionary's kind of
 * place conjoined with the rules' type; later (DESIGN.md, Entities) a dateline, letter trigrams of the
 * dictionary's nouns, verbs of saying by their translation, the noun kinds of the name's own words.
 */

// Endings that make a word a noun of a kind: abstract nouns, places, streets, bodies, inhabitants and adjectives.
const CLASSES: ReadonlyArray<[string, RegExp]> = [
  ['abstract', /(?:ung|heit|keit|schaft|tion|ität|ismus|nis|tum|ment|ling|ungen|heiten|keiten|schaften|tionen|itäten|nisse)$/u],
  ['place', /(?:burg|berg|dorf|heim|hausen|stadt|furt|bach|feld|ingen|ungen|leben|rode|hagen|au|ow|itz|stedt|stätt|brück|brücken|kirchen|weiler|wil|ach|see|tal)$/u],
  ['street', /(?:straße|strasse|str|weg|platz|allee|gasse|damm|ring|ufer|brücke|markt|park|kirche|kapelle|dom|schloss|turm|bahnhof|brunnen)$/u],
  ['body', /(?:ag|gmbh|kg|bank|verlag|werke|werk|verein|verband|partei|amt|ministerium|gericht|institut|hochschule|universität|gesellschaft|stiftung|zeitung|club|klub)$/u],
  ['inhabitant', /(?:aner|ener|iner|ier|ese|esen|er|ern)$/u],
  ['adjective', /(?:isch|ische|ischen|ischer|isches|ischem|sche|schen|scher)$/u],
];

// English and Romance words of place names, which German text quotes as they are: "Hudson River", "Lido di Spina".
export const FOREIGN_PLACE_WORD = /^(?:river|lake|mount|mountains|island|islands|bay|street|road|avenue|square|bridge|castle|station|airport|centre|center|hall|house|park|valley|beach|lido|isola|rio|río|monte|lago|porto|puerto|playa|plaza|piazza|via|rue|place|pont|gorge|col|cerro|sierra|mont)$/u;

// Languages whose countries' small towns cities.ts knows: a town of 1,000+ there is a weaker cue than one at home.
const ABROAD = ['it', 'en', 'fr', 'es', 'pt', 'nl', 'pl'];

const FOREIGN_LETTERS = /[àáâãåæçèéêëìíîïñòóôõøœšžčřłśźżőűýÿðþ]/u;
// Letter patterns German words rarely have: English and Romance spellings of names and terms.
const UNGERMAN = /(?:^c[^h]|[^s]c[^hk]|th|y|w$|ou|ee|oo|ea|qu|x|j[^aeiouä]|gh|ph)/u;

// Heads of place names ("-wald", "-tal", "-straße"): the rules take "Rodenbach" and "Fichtenwald" alike for names.
const PLACE_HEADS = /(?:burg|berg|dorf|heim|feld|hausen|stadt|furt|bach|brück|brücke|hof|höfe|au|see|markt|park|platz|straße|strasse|allee|gasse|ufer|tal|wald|wälder|insel|kirchen|hafen|land|reich|weg|damm)$/u;

/**
 * A compound of dictionary words with a place's head ("Fichten|wald", "Bach|tal", "Auto|markt", "Roden|bach"): a
 * common noun as often as a place's name, which the rules cannot tell apart. Towns the gazetteer knows are among
 * them ("Branden|burg"; `de:town` says so); leaving them out was within the noise (mean 0.7251 against 0.7259).
 */
function placeCompound(w: string): boolean {
  const nouns = germanNouns();
  const words = germanWords();
  const m = PLACE_HEADS.exec(w);
  if (!nouns || !words || !m || m.index < 3 || !nouns.has(m[0])) return false;
  const mod = w.slice(0, m.index);
  return ['', 's', 'n', 'en', 'es', 'er', 'e'].some((l) => {
    const base = mod.endsWith(l) ? mod.slice(0, mod.length - l.length) : '';
    return base.length >= 3 && (nouns.has(base) || words.has(base) || nouns.has(`${base}e`) || words.has(`${base}en`));
  });
}

function lexical(c: TokenContext, i: number): string {
  const t = c.tokens[i]!;
  const surface = c.text.slice(t.start, t.end);
  if (c.acronym[i]) return 'acro';
  if (isGermanNoun(t.norm)) return 'noun';
  if (isCommonWord(t.norm, 'de', surface)) return 'compound';
  if (isGermanWord(t.norm)) return 'word';
  // Swiss spelling writes ß as ss: "Grösse", "Fussball".
  if (t.norm.includes('ss') && isCommonWord(t.norm.replace(/ss/gu, 'ß'), 'de', surface)) return 'swiss';
  if (placeCompound(t.norm)) return 'placecompound';
  return 'unknown';
}

/** What a noun's English translation says it names ("Reederei": ORG), as written or as a compound's head ("Containerreederei"). */
function nounKind(w: string): string | null {
  const kinds = germanNounKinds();
  if (!kinds) return null;
  const word = w.slice(Math.max(w.lastIndexOf('-'), w.lastIndexOf('‐')) + 1);
  for (let i = 0; i <= word.length - 4; i++) {
    const k = kinds.get(word.slice(i)) ?? (word.endsWith('s') ? kinds.get(word.slice(i, -1)) : undefined) ?? (word.endsWith('n') ? kinds.get(word.slice(i, -1)) : undefined);
    if (k) return k;
  }
  return null;
}

/** The kind of place FreeDict says the name is, as written or in the genitive ("Münsters"); null if none. */
function placeKind(surface: string): string | null {
  const places = germanPlaceNames();
  if (!places) return null;
  const key = surface.toLowerCase().replace(/\s+/gu, ' ');
  return places.get(key) ?? (key.length > 4 && key.endsWith('s') ? places.get(key.slice(0, -1)) ?? null : null);
}

// Nouns of kinds of place, alone or as a compound's head, written before a place's name: "die Gemeinde Inzigkofen",
// "der Stausee Taiskirchen", "die Dörfer Hokkala", "das Großfürstentum Siebenbürgen", "der Fluss Saine".
const PLACE_CLASS = /(?:dorf|dörfer|stadt|städte|gemeinde|gemeinden|ort|orte|ortsteil|ortsteile|ortschaft|weiler|insel|inseln|fluss|flüsse|berg|berge|see|hafen|region|kanton|kreis|bezirk|tal|kloster|fürstentum|herzogtum|grafschaft|provinz|land|kurort|kurorte|stadtteil|viertel|siedlung|gebirge|gipfel|halbinsel|bucht|stausee|bundesland|bundesstaat|hauptstadt|metropole|wüste)$/u;

/** Appends the German features of span `s` to `f`. */
export function germanFeatures(c: TokenContext, s: Span, f: string[]): void {
  const n = s.to - s.from;
  const first = lexical(c, s.from);
  const last = n > 1 ? lexical(c, s.to - 1) : first;
  const rule = s.type ?? 'O';
  // An ending says one thing of a dictionary noun and another of a word no dictionary knows ("Kerze", "Garze"):
  // the shared ending features are read with the last word's kind.
  for (let k = 0; k < f.length; k++) if (f[k]!.startsWith('s2=') || f[k]!.startsWith('s3=')) f[k] = `${f[k]}|${last}`;
  f.push(`de:first=${first}`, `de:last=${last}`, `de:first=${first}|t=${rule}`, `de:first=${first}|len=${Math.min(n, 3)}`);
  if (c.initial[s.from]) f.push(`de:initial|first=${first}`);
  const proper = germanProperNouns();
  if (proper?.has(c.tokens[s.from]!.norm)) f.push('de:proper');
  const lw = c.tokens[s.to - 1]!.norm;
  for (const [name, re] of CLASSES) if (re.test(lw)) f.push(`de:class=${name}`, `de:class=${name}|last=${last}`);
  const surface = c.text.slice(c.tokens[s.from]!.start, c.tokens[s.to - 1]!.end);
  if (FOREIGN_LETTERS.test(surface.toLowerCase())) f.push('de:foreign');
  if (UNGERMAN.test(c.folded[s.from]!)) f.push('de:ungerman');
  if (/\p{Ll}\p{Lu}/u.test(surface)) f.push('de:innercap');
  if (/\p{Nd}/u.test(surface)) f.push('de:digit');
  if (n > 1 && /[-‐]/u.test(surface)) f.push('de:hyphen');
  // A town, and a town's adjective ("Berliner"), which GermEval calls LOCderiv: no name to score.
  const folded = c.folded.slice(s.from, s.to).join(' ');
  if (isKnownTown(folded, 'de')) f.push('de:town');
  else if (ABROAD.some((l) => isKnownTown(folded, l))) f.push('de:townabroad');
  const place = placeKind(surface);
  if (place) f.push('de:geo', `de:geo=${place}`, `de:geo|first=${first}`);
  const verbAt = (k: number, gap: string | undefined): boolean => {
    const t = c.tokens[k];
    return !!t && gap === ' ' && !t.cap && germanFiniteVerb(t.norm);
  };
  if (verbAt(s.to, c.gaps[s.to])) f.push('de:n1=verb');
  if (s.from > 0 && verbAt(s.from - 1, c.gaps[s.from])) f.push('de:p1=verb');
  // English words German text quotes as they are ("Break", "Highlights", "Art Gallery"): terms and titles more
  // often than names, though English surnames are words too ("Hill", "Cook").
  const english = englishWords();
  if (english) {
    const en = c.tokens.slice(s.from, s.to).filter((t) => english.has(t.norm) && !isGermanNoun(t.norm)).length;
    if (en > 0) f.push(`de:en=${en === n ? 'all' : 'some'}`, `de:en=${en === n ? 'all' : 'some'}|len=${Math.min(n, 3)}`);
  }
  if (n > 1 && (FOREIGN_PLACE_WORD.test(c.tokens[s.from]!.norm) || FOREIGN_PLACE_WORD.test(lw))) f.push('de:foreignplace');
  const before = s.from > 0 && /^ $/u.test(c.gaps[s.from]!) ? c.tokens[s.from - 1]! : null;
  // A noun of a kind of body or place before the name, by its English translation ("die Containerreederei Maersk").
  const kind = before?.cap ? nounKind(before.norm) : null;
  if (kind) f.push(`de:prevkind=${kind}`);
  if (before?.cap && PLACE_CLASS.test(before.norm)) f.push('de:placeclass');
  else if (before?.cap && germanPersonNoun(before.norm)) f.push('de:personnoun');
  // The kind of a capitalised word right beside the name: a given name before it or an unknown word after it says
  // the candidate is part of a longer name ("August | Kopff", "Åke | Walleborn"), a noun before it a class or title.
  const capNeighbour = (k: number, gap: string | undefined): string | null => {
    const t = c.tokens[k];
    if (!t || !t.cap || !c.word[k] || gap !== ' ') return null;
    return c.firstName[k] ? 'given' : lexical(c, k);
  };
  const pl = s.from > 0 ? capNeighbour(s.from - 1, c.gaps[s.from]) : null;
  const nl = capNeighbour(s.to, c.gaps[s.to]);
  if (pl) f.push(`de:p1lex=${pl}`);
  if (nl) f.push(`de:n1lex=${nl}`);
  // An abbreviation in parentheses after the phrase it stands for ("Europäische Fußball-Union ( UEFA )",
  // "Fluorchlorkohlenwasserstoffe ( FCKW )"): the phrase's kind of word and whether an initial matches, for the
  // abbreviation; that it is abbreviated, and whether the initials agree, for the phrase.
  const paren = (a: number, b: number): boolean => /^\s*\(\s*$/u.test(c.gaps[a] ?? '') && /^\s*\)/u.test(c.gaps[b] ?? '');
  if (n === 1 && c.acronym[s.from] && s.from > 0 && paren(s.from, s.to)) {
    const p = s.from - 1;
    const kind = c.tokens[p]!.cap ? lexical(c, p) : 'lower';
    const ok = c.tokens.slice(Math.max(0, p - 6), p + 1).some((t) => t.cap && t.norm[0] === c.tokens[s.from]!.norm[0]);
    f.push(`de:abbrof=${kind}`, `de:abbrof=${ok ? 'match' : 'nomatch'}`);
  }
  if (s.to + 1 < c.tokens.length && c.acronym[s.to] && paren(s.to, s.to + 1)) {
    f.push(`de:defines`, `de:defines|last=${last}`, `de:defines=${c.tokens[s.to]!.norm[0] === c.tokens[s.from]!.norm[0] ? 'match' : 'nomatch'}`);
  }
  const er = /^(.{3,}?)(?:er|ern)$/u.exec(c.folded[s.to - 1]!);
  if (er && (lookupName(er[1]!) !== null || isKnownTown(er[1]!, 'de'))) f.push('de:placeder');
}
