import { isKnownTown } from './cities.ts';
import { isCommonWord, isGermanNoun, isGermanWord } from './common-words.ts';
import { lookupName } from './gazetteer.ts';
import { germanProperNouns } from './german-nouns.ts';
import { germanSpellings } from './german-spellings.ts';
import type { Span } from './spans.ts';
import type { TokenContext } from './token-context.ts';

/**
 * German evidence for the type model, beside the features every language shares (`type-features.ts`).
 * German capitalises every noun, so what matters most is whether a capitalised word is a noun: FreeDict's
 * nouns (as they stand, inflected or compounded), the spelling list's entries, the word's ending and shape.
 * As for every language, the words of the name are never features by identity: endings and shapes carry
 * to names never seen, identities do not. A capitalised neighbour that is a dictionary noun ("Herr", "Firma",
 * "Stadt") is context, not name, and appears by identity.
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

const FOREIGN_LETTERS = /[àáâãåæçèéêëìíîïñòóôõøœšžčřłśźżőűýÿðþ]/u;
// Letter patterns German words rarely have: English and Romance spellings of names and terms.
const UNGERMAN = /(?:^c[^h]|[^s]c[^hk]|th|y|w$|ou|ee|oo|ea|qu|x|j[^aeiouä]|gh|ph)/u;

function lexical(c: TokenContext, i: number): string {
  const t = c.tokens[i]!;
  const surface = c.text.slice(t.start, t.end);
  if (c.acronym[i]) return 'acro';
  if (isGermanNoun(t.norm)) return 'noun';
  if (isCommonWord(t.norm, 'de', surface)) return 'compound';
  if (isGermanWord(t.norm)) return 'word';
  // Swiss spelling writes ß as ss: "Grösse", "Fussball".
  if (t.norm.includes('ss') && isCommonWord(t.norm.replace(/ss/gu, 'ß'), 'de', surface)) return 'swiss';
  return 'unknown';
}

function listed(c: TokenContext, i: number): string {
  const list = germanSpellings();
  if (!list) return 'nolist';
  const t = c.tokens[i]!;
  const surface = c.text.slice(t.start, t.end);
  const cap = list.has(surface) || list.has(surface[0] + surface.slice(1).toLowerCase());
  const lower = list.has(t.norm);
  return cap && lower ? 'both' : cap ? 'cap' : lower ? 'lower' : 'none';
}

function capitalNeighbour(c: TokenContext, k: number, gap: string | undefined): string | null {
  const t = c.tokens[k];
  if (!t || !t.cap || !c.word[k] || gap === undefined || !/^[ \u00a0]$/u.test(gap) || c.acronym[k]) return null;
  return isGermanNoun(t.norm) ? t.norm : null;
}

export function germanFeatures(c: TokenContext, s: Span, f: string[]): void {
  const n = s.to - s.from;
  const first = lexical(c, s.from);
  const last = n > 1 ? lexical(c, s.to - 1) : first;
  const rule = s.type ?? 'O';
  f.push(`de:first=${first}`, `de:last=${last}`, `de:first=${first}|t=${rule}`, `de:first=${first}|len=${Math.min(n, 3)}`);
  if (c.initial[s.from]) f.push(`de:initial|first=${first}`);
  const ng = listed(c, s.from);
  f.push(`de:ng=${ng}`, `de:ng=${ng}|first=${first}`);
  if (n > 1) f.push(`de:ng2=${listed(c, s.to - 1)}`);
  const proper = germanProperNouns();
  if (proper?.has(c.tokens[s.from]!.norm)) f.push('de:proper');
  // Longer endings than the shared two and three letters only learnt the training names (cross-validated 0.671 without, 0.668 with).
  const lw = c.tokens[s.to - 1]!.norm;
  for (const [name, re] of CLASSES) if (re.test(lw)) f.push(`de:class=${name}`, `de:class=${name}|last=${last}`);
  const surface = c.text.slice(c.tokens[s.from]!.start, c.tokens[s.to - 1]!.end);
  if (FOREIGN_LETTERS.test(surface.toLowerCase())) f.push('de:foreign');
  if (UNGERMAN.test(c.folded[s.from]!)) f.push('de:ungerman');
  if (/\p{Ll}\p{Lu}/u.test(surface)) f.push('de:innercap');
  if (/\p{Nd}/u.test(surface)) f.push('de:digit');
  if (n > 1 && /[-‐]/u.test(surface)) f.push('de:hyphen');
  const folded = c.folded.slice(s.from, s.to).join(' ');
  if (isKnownTown(folded, 'de')) f.push('de:town');
  const er = /^(.{3,}?)(?:er|ern)$/u.exec(c.folded[s.to - 1]!);
  if (er && (lookupName(er[1]!) !== null || isKnownTown(er[1]!, 'de'))) f.push('de:placeder');
  const before = capitalNeighbour(c, s.from - 1, c.gaps[s.from]);
  if (before) f.push(`de:pN=${before}`, `de:pN=${before}|t=${rule}`);
  const after = capitalNeighbour(c, s.to, c.gaps[s.to]);
  if (after) f.push(`de:nN=${after}`);
}
