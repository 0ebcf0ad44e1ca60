import { ARTICLES, DE_ORG_HEAD, DE_PLACE_NOUN, EVENT_WORDS, isOrgWord, LOC_NOUNS, LOC_PREPOSITIONS, NOT_ORG_ACRONYMS, ORG_SUFFIX, ORG_WORDS, PER_CUES, SUBJECT_VERBS } from './cues.ts';
import type { EntityType } from './entity.ts';
import { isKnownTown } from './cities.ts';
import { contextCue, organisationClass } from './context-cues.ts';
import { roleLabel, rolePhrase } from './roles.ts';
import { lookupName } from './gazetteer.ts';
import { gazetteerAt, type Span } from './spans.ts';
import { isGermanNoun, isGermanWord } from './common-words.ts';
import { germanPlaceNames } from './german-nouns.ts';
import { cutClassNoun } from './german-names.ts';
import { afterHonorific, mostlyLowerCase, nameOpener, type TokenContext } from './token-context.ts';

/**
 * Roles, plausibility and type of each candidate span. Evidence, strongest first: the gazetteer, an
 * organisation word or acronym, a role or honorific, a given name, a place noun or preposition before it.
 */

const prefixOf = (c: TokenContext, k: number): string | null =>
  k > 0 && /^[-‐]$/.test(c.gaps[k]!) ? c.tokens[k - 1]!.norm : null;

/** Moves role words at the start of a span into `role` and reads the role written just before it. */
export function attachRole(c: TokenContext, s: Span): void {
  cutClassNoun(c, s);
  while (s.to - s.from > 1) {
    const a = c.tokens[s.from]!.norm;
    const phrase = s.to - s.from > 2 ? rolePhrase(a, c.tokens[s.from + 1]!.norm) : null;
    const label = phrase ?? roleLabel(a, prefixOf(c, s.from));
    if (label === null || gazetteerAt(c, s.from)) break;
    s.role = label;
    s.from += phrase ? 2 : 1;
    s.person = true;
  }
  if (s.role !== null || s.type === 'ORG' || gazetteerAt(c, s.from)) return;
  for (let k = s.from - 1; k >= Math.max(0, s.from - 2); k--) {
    const t = c.tokens[k]!;
    if (c.gaps[k + 1] === '\n') return;
    const label = (k > 1 ? rolePhrase(`${c.tokens[k - 2]!.norm} ${c.tokens[k - 1]!.norm}`, t.norm) : null)
      ?? (k > 0 ? rolePhrase(c.tokens[k - 1]!.norm, t.norm) : null) ?? roleLabel(t.norm, prefixOf(c, k));
    if (label !== null) { s.role = label; s.person = true; return; }
    if (PER_CUES.has(t.norm)) { s.person = true; return; }
    // One adjective may stand between role and name: "il presidente americano Joe Biden", "der japanische Premier".
    if (t.cap && c.lang !== 'de') return;
    if (c.stop.has(t.norm) || !/^\s+$/.test(c.gaps[k + 1]!)) return;
  }
}

/** Drops capitalised sentence openers that are ordinary words, single letters, and hyphen modifiers ("US-Präsident"). */
export function trimAndCheck(c: TokenContext, s: Span): boolean {
  if (s.sure) return true;
  // A sentence-initial word the article never capitalises elsewhere is most likely an ordinary word.
  while (s.to - s.from > 1 && c.initial[s.from] && !c.midCap.has(c.tokens[s.from]!.norm) && !c.firstName[s.from]
    && !c.acronym[s.from] && !gazetteerAt(c, s.from) && !ORG_WORDS.has(c.tokens[s.from]!.norm)) {
    s.from++;
    while (s.to - s.from > 1 && !c.tokens[s.from]!.cap) s.from++;
  }
  const first = c.tokens[s.from]!;
  if (s.to - s.from === 1) {
    if (first.norm.length < 2) return false;
    if (c.initial[s.from] && !c.midCap.has(first.norm) && !gazetteerAt(c, s.from) && !s.person && !c.acronym[s.from]) {
      if (!nameOpener(c, s.from) && !(c.lang === 'de' && !isGermanWord(first.norm) && !c.stop.has(first.norm))) return false;
      s.person = true;
    }
  }
  // German adjectives of names ("Berliner Journalisten", "Maxwellschen Gleichungen") are not names themselves.
  // A surname after a given name is a surname, whatever it looks like ("Charles Messier", "Christiane Holländer").
  // So is one after an honorific ("Herr Fischer": -scher is no adjective here).
  while (c.lang === 'de' && s.to > s.from && !(s.to - 1 > s.from && c.firstName[s.to - 2]) && !afterHonorific(c, s.to - 1) && derivedAdjective(c, s.to - 1)) s.to--;
  if (s.to === s.from) return false;
  // "der 27-Jährige", "die 3-Zimmer-Wohnung": a word a number opens with a hyphen heads a compound noun.
  if (c.lang === 'de' && s.from > 0 && /^[-‐]$/u.test(c.gaps[s.from]!) && /\p{Nd}$/u.test(c.tokens[s.from - 1]!.norm)) return false;
  // "US-Präsident", "EU-Kommission": a name as the first part of a compound is no mention of its own
  // (GermEval's *part), except acronyms of bodies the gazetteer knows ("G7-Gipfel" still tells of the G7).
  const after = s.to < c.tokens.length ? c.tokens[s.to]! : null;
  if (after && /^[-‐]$/.test(c.gaps[s.to]!) && (!c.name[s.to] || c.acronym[s.from]) && gazetteerAt(c, s.from)?.type !== 'ORG') return false;
  return true;
}

/** German "W. Fesenko", "A. Wiegemann": a capital letter and its dot before one more capitalised word is a given name's initial. */
const initialAndSurname = (c: TokenContext, s: Span): boolean => c.lang === 'de' && s.to - s.from === 2
  && /^\p{Lu}$/u.test(c.text.slice(c.tokens[s.from]!.start, c.tokens[s.from]!.end)) && /^\.[ \u00a0]$/u.test(c.gaps[s.from + 1]!);

const DE_ADJECTIVE = /(?:isch|ische|ischen|ischer|isches|ischem|sche|schen|scher|sches)$/u;
// Inhabitants: "Amerikaner", "Italiener", "Kanadier", "Chinesen"; not "Steinmeier".
const DE_DEMONYM = /(?:aner|anern|anerin|ener|enern|iner|ier|iern|ierin|ese|esen|esin)$/u;

function derivedAdjective(c: TokenContext, i: number): boolean {
  const w = c.tokens[i]!.norm;
  // Names that merely look derived: "Porsche", "Siemens" (exact gazetteer forms, not stems like "Japaner").
  if (lookupName(w) !== null) return false;
  // "Berliner Kurier", "Passauer Neue Presse": a body's head noun is no inhabitant.
  if (isOrgWord(w, c.lang) || DE_ORG_HEAD.test(w)) return false;
  if (DE_ADJECTIVE.test(w) && !c.acronym[i]) return true;
  if (DE_DEMONYM.test(w) && !/eier$/.test(w) && !c.firstName[i] && !c.acronym[i]) return true;
  // "Berliner", "Hamburger", "Schweizer": a place plus -er.
  const m = /^(.{3,}?)(?:er|ern)$/u.exec(c.folded[i]!);
  return m !== null && lookupName(m[1]!) !== null;
}

// Capitalised, these Italian words name the state's institutions: "lo Stato", "la Repubblica", "il Consiglio".
const IT_STATE = new Set(['stato', 'repubblica', 'consiglio', 'governo', 'parlamento', 'senato', 'camera', 'comune', 'regione', 'provincia', 'procura', 'questura', 'prefettura']);

const DE_DETERMINERS = new Set('der die das den dem des ein eine einen einem einer eines kein keine keinen keinem keiner keines dieser diese dieses diesen diesem jener jene jenes jenen jenem sein seine seinen seinem seiner seines ihr ihre ihren ihrem ihrer ihres unser unsere unseren unserem unserer mein meine meinen meinem meiner jeder jede jedes jeden jedem welche welcher welches im am vom zum zur beim ins ans'.split(' '));

function determinerBefore(c: TokenContext, i: number): boolean {
  for (let k = i - 1; k >= Math.max(0, i - 3); k--) {
    if (c.gaps[k + 1] === '\n' || !/^\s+$/.test(c.gaps[k + 1]!)) return false;
    const t = c.tokens[k]!;
    // "im englischen Hatfield": a preposition with an article, then an adjective, is how German places a town.
    if ((t.norm === 'im' || t.norm === 'ins') && k < i - 1) return false;
    if (DE_DETERMINERS.has(t.norm)) return true;
    // Adjectives between article and noun: "der neuen Sicherheitsstrategie".
    if (t.cap || !/(?:e|en|er|es|em)$/.test(t.norm)) return false;
  }
  return false;
}

// English function words that no German, Italian, French or Spanish sentence uses on its own.
const ENGLISH_GLUE = new Set(['the', 'of', 'at', 'and', 'for', 'with', 'my', 'your', 'you', 'we', 'is', 'are', 'it', 's', 'do', 'us', 'from', 'by', 'on', 'to']);

function quoted(c: TokenContext, s: Span): boolean {
  const before = c.gaps[s.from] ?? '';
  const after = s.to < c.tokens.length ? c.gaps[s.to]! : '';
  return /["„“«»‚‘]\s*$/u.test(before) && /^\s*["“”«»‘’]/u.test(after);
}

function englishTitle(c: TokenContext, s: Span): boolean {
  const near = [s.from - 1, s.to].filter((k) => k >= 0 && k < c.tokens.length && c.gaps[k === s.from - 1 ? s.from : s.to] !== '\n');
  if (near.some((k) => ENGLISH_GLUE.has(c.tokens[k]!.norm))) return true;
  return c.tokens.slice(s.from, s.to).some((t) => ENGLISH_GLUE.has(t.norm));
}

const DE_PLACE_WORD = new RegExp(`^${DE_PLACE_NOUN.source}`, 'u');

/** What the neighbours of a mention suggest: a place preposition, an article, a verb of saying. */
function weakCue(c: TokenContext, s: Span, before: string): EntityType | null {
  // German possessive genitive: "Wulffs Hochzeitsfeier", "nach Buurmanns Ausscheiden" (places the gazetteer knows).
  const next = c.tokens[s.to];
  if (c.lang === 'de' && s.to - s.from === 1 && next && c.folded[s.from]!.endsWith('s') && /^\s+$/.test(c.gaps[s.to]!) && next.cap && !c.name[s.to]) return 'PER';
  if (LOC_PREPOSITIONS[c.lang]?.has(before)) return 'LOC';
  // "im englischen Hatfield", "nel vicino Molise": one adjective between preposition and place.
  const k = s.from - 2;
  if (k >= 0 && c.gaps[s.from] !== '\n' && c.gaps[s.from - 1] !== '\n' && !c.tokens[s.from - 1]!.cap && LOC_PREPOSITIONS[c.lang]?.has(c.tokens[k]!.norm)
    && /(?:e|en|er|es|em|o|a|i)$/.test(before) && !c.stop.has(before)) return 'LOC';
  // German puts articles before common nouns that slip through as names; there the cue only adds noise.
  if (c.lang !== 'de' && ARTICLES[c.lang]?.has(before)) return 'ORG';
  const after = c.tokens[s.to];
  if ((after && c.gaps[s.to] !== '\n' && SUBJECT_VERBS.has(after.norm)) || SUBJECT_VERBS.has(before)) return 'PER';
  return null;
}

export function classify(c: TokenContext, s: Span): void {
  if (s.type) { s.rule ??= 'span'; return; }
  const words = c.tokens.slice(s.from, s.to);
  const hit = gazetteerAt(c, s.from);
  if (hit && hit.length === s.to - s.from) { s.rule = 'gazetteer'; s.type = hit.type; s.id = hit.id; s.sure = true; return; }
  // A known place at the head of a longer name; a shorter alternative inside a known name ("Corea" of
  // "Corea del Nord") takes nothing from it.
  if (hit && hit.type === 'LOC' && hit.length < s.to - s.from && (/^[-‐]$/.test(c.gaps[s.from + hit.length] ?? '') || !c.tokens[s.from + hit.length]!.cap)
    && !words.some((t) => isOrgWord(t.norm, c.lang))) { s.rule = 'gazetteer-head'; s.type = 'LOC'; s.sure = true; return; }
  // Inside a foreign title ("There's Plenty of Room at the Bottom", "Till Death Do Us Part") capitals are no names.
  if (c.lang !== 'en' && !words.some((t) => isOrgWord(t.norm, c.lang)) && englishTitle(c, s)) { s.rule = 'english-title'; s.type = null; return; }
  // A name alone between quotation marks is a title of a work: "„Das Parfum“", "« Il Gattopardo »".
  if (quoted(c, s) && !words.some((t) => isOrgWord(t.norm, c.lang))) { s.rule = 'quoted'; s.type = null; return; }
  // Events, prizes and competitions are names, but of none of our three kinds ("Gran Premio", "Champions League").
  if (words.some((t) => EVENT_WORDS.has(t.norm))) { s.rule = 'event'; s.type = null; return; }
  const last = words[words.length - 1]!;
  s.sure = true;
  if (words.some((t) => isOrgWord(t.norm, c.lang)) || (c.lang === 'de' && (ORG_SUFFIX.test(last.norm) || (words.length > 1 && DE_ORG_HEAD.test(last.norm))))) {
    // German "die Polizei", "der Verlag", "die AG": an organisation word alone names no one in particular.
    // A compound no dictionary knows is a body's own name: "Commerzbank", "Linkspartei".
    s.rule = 'org-word'; s.type = c.lang === 'de' && words.every((t, k) => isOrgWord(t.norm, 'de') || (ORG_SUFFIX.test(t.norm) && (!c.name[s.from + k] || /(?:amt|dienst|kammer|kasse)$/u.test(t.norm)))) && !c.acronym[s.from] ? null : 'ORG';
    return;
  }
  // "Laura Osswald", "Nico Hülkenberg": after a given name, a place noun inside the last word is a surname's.
  if (c.lang === 'de' && DE_PLACE_NOUN.test(last.norm) && !(words.length > 1 && c.firstName[s.from] && !DE_PLACE_WORD.test(last.norm))) {
    s.rule = 'place-noun'; s.type = 'LOC';
    return;
  }
  if (words.length === 1 && c.acronym[s.from]) {
    // Roman numerals up to 39 ("XXI secolo", "Ludwig XIV") are no bodies either.
    if (NOT_ORG_ACRONYMS.has(words[0]!.norm) || /^x{0,3}(?:ix|iv|v?i{0,3})$/.test(words[0]!.norm)) return void (s.rule = 'numeral', s.type = null);
    s.rule = 'acronym'; s.type = 'ORG';
    return;
  }
  if (s.person || (words.length > 1 && c.firstName[s.from]) || initialAndSurname(c, s)) { s.rule = 'person'; s.type = 'PER'; return; }
  const k = s.from - 1;
  const before = k >= 0 && c.gaps[s.from] !== '\n' ? c.tokens[k]!.norm : '';
  const before2 = k >= 1 && c.gaps[k] !== '\n' ? c.tokens[k - 1]!.norm : '';
  if (LOC_NOUNS.has(before) || LOC_NOUNS.has(before2)) { s.rule = 'loc-noun'; s.type = 'LOC'; return; }
  if (before && (c.lang !== 'de' || c.tokens[k]!.cap) && organisationClass(c.lang, before)) { s.rule = 'org-class'; s.type = 'ORG'; return; }
  // Saints name places and churches far more often than they are mentioned as people: "San Pietro", "São Paulo".
  if (words.length > 1 && /^(san|santa|santo|sant|são|saint|sainte)$/.test(words[0]!.norm)) { s.rule = 'saint'; s.type = 'LOC'; return; }
  s.sure = false;
  // A word the article also writes in lower case is an ordinary word capitalised for emphasis or by position.
  if (words.length === 1 && mostlyLowerCase(c, words[0]!.norm) && !(c.lang === 'it' && IT_STATE.has(words[0]!.norm))) { s.rule = 'lower-case'; s.type = null; return; }
  // German: an article (and maybe an adjective) before an unknown capitalised word makes it a noun: persons
  // take no article, and the places and bodies that do are in the gazetteer or carry an organisation word.
  // Several such words together are more often a body's name than a noun phrase: "der TU Berlin", "der Champions League".
  if (c.lang === 'de' && determinerBefore(c, s.from)) {
    // Except that German writes rivers, regions, mountains and seas with an article: "die Spree", "das Elsass", "im
    // Wallis". A word FreeDict knows as such a place, and not as a noun ("Harz" is also resin), is one; towns take none.
    const geo = words.length === 1 && !isGermanNoun(words[0]!.norm) ? germanPlaceNames()?.get(words[0]!.norm) : undefined;
    s.rule = 'determiner'; s.type = words.length > 1 ? 'ORG' : geo && geo !== 'town' && geo !== 'people' ? 'LOC' : null; return;
  }
  // German names the speaker after a quotation or reported speech with "so": "…“, so Barth." A town's name there is a surname.
  if (c.lang === 'de' && before === 'so' && /[,"“”»«]\s*$/u.test(c.gaps[k] ?? '') && /^\s*[.,;:!?]/u.test(c.text.slice(c.tokens[s.to - 1]!.end, c.tokens[s.to - 1]!.end + 3))) {
    s.rule = 'attribution'; s.type = 'PER'; s.cue = 'PER'; return;
  }
  if (isKnownTown(c.folded.slice(s.from, s.to).join(' ').replace(/[^a-z0-9]+/g, ' ').trim(), c.lang)) { s.rule = 'town'; s.type = 'LOC'; s.cue = 'LOC'; return; }
  const after = s.to < c.tokens.length && c.gaps[s.to] !== '\n' ? c.tokens[s.to]!.norm : '';
  const context = contextCue(c.lang, before, after);
  if (context === 'O') { s.rule = 'context'; s.type = null; return; }
  s.cue = context ?? weakCue(c, s, before);
  // "Appignano del Tronto": an Italian name joined by "del"/"di" is a place; so is a German pair joined by a
  // hyphen ("Eutingen-Weitingen"); other runs of names are people.
  const placeLike = (c.lang === 'it' && words.some((t) => /^(del|della|dello|di|d)$/.test(t.norm)))
    || (c.lang === 'de' && words.length === 2 && /^[-‐]$/.test(c.gaps[s.from + 1]!));
  // Without any cue, a name that is no known place is most often a person's: news names people most.
  s.rule = 'default'; s.type = s.cue ?? (placeLike ? 'LOC' : 'PER');
  s.guess = s.cue === null;
}
