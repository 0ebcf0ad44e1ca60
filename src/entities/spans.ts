import type { EntityId, EntityType } from './entity.ts';
import { COMPASS, DE_ORG_HEAD, DE_PLACE_NOUN, ORG_SUFFIX, IT_INSTITUTION_ADJECTIVE, IT_INSTITUTIONS, IT_PLACE_HEADS, isOrgWord, NAME_PARTICLES, ORG_CONNECTORS, ORG_WORDS } from './cues.ts';
import { isKnownTown } from './cities.ts';
import { lookupGazetteer, type GazetteerHit } from './gazetteer.ts';
import { clubByTownAt, extendLegalForms, germanInstitutionAt, germanNameAt, numberedClubAt } from './german-names.ts';
import { joinable, type TokenContext } from './token-context.ts';

/** A candidate name: tokens [from, to), what is known of it so far. */
export interface Span {
  from: number;
  to: number;
  type: EntityType | null;
  id: EntityId | null;
  role: string | null;
  /** Evidence from the context that the span is a person (role, title, honorific). */
  person: boolean;
  /** The type was read from strong evidence (gazetteer, organisation word, role, given name). */
  sure: boolean;
  /** A weak cue from the mention's neighbours, pooled over all mentions of the same name. */
  cue: EntityType | null;
  /** The type is the default guess: no evidence at all. */
  guess?: boolean;
  /** Which rule gave the type, as evidence for the learned model ('gazetteer', 'org-word', 'default', …). */
  rule?: string;
  /** A candidate the rules did not choose, offered to the model, and where it came from ('rejected', 'part', 'run', 'joined-run'). */
  alternative?: string;
}

const span = (from: number, to: number, type: EntityType | null = null, sure = false): Span =>
  ({ from, to, type, id: null, role: null, person: false, sure, cue: null });

/** The gazetteer hit at token i, looked up once per token. */
export function gazetteerAt(c: TokenContext, i: number): GazetteerHit | null {
  let hit = c.gazetteer[i];
  if (hit === undefined) c.gazetteer[i] = hit = lookupGazetteer(c, i);
  return hit;
}

const givenNames = (c: TokenContext, i: number, j: number): boolean => {
  for (let k = i; k < j; k++) if (!c.firstName[k]) return false;
  return true;
};

/** Are the words i..j-1 written apart ("Hedi Weiler"), not one compound ("Gustav-Heinemann")? */
const spacedWords = (c: TokenContext, i: number, j: number): boolean => {
  for (let k = i + 1; k < j; k++) if (!/^\s+$/u.test(c.gaps[k]!)) return false;
  return true;
};

/** Lower-case connectors inside names ("Bank of Japan", "Ursula von der Leyen"), only when a name word follows. */
function connectorRun(c: TokenContext, i: number, j: number, org: boolean): number {
  const n = c.tokens.length;
  let k = j;
  const words = org ? ORG_CONNECTORS : NAME_PARTICLES;
  while (k < n && k - j < 2 && joinable(c, k) && !c.tokens[k]!.cap && (words.has(c.tokens[k]!.norm) || foreignParticle(c, k, org))
    // German articles are particles only after another ("von der Leyen"): "Kurt Miller den PSA-Test" is no name.
    && !(c.lang === 'de' && !org && k === j && /^(der|den|die|das|des|dem)$/.test(c.tokens[k]!.norm))
    // German "zu" is a noble particle after given names ("Karl-Theodor zu Guttenberg") or a "von" ("Fürst von X zu Y");
    // after a surname it is the preposition: "als Cantona zu United stieß".
    && !(c.lang === 'de' && !org && c.tokens[k]!.norm === 'zu' && !givenNames(c, i, j) && !c.tokens.slice(i, j).some((t) => t.norm === 'von'))) k++;
  // A capitalised particle between two names belongs to the surname: "Ernesto Di Lorenzo", "Alfredo D'Avanzo".
  if (k === j && !org && j + 1 < n && c.tokens[j]!.cap && !c.initial[j] && joinable(c, j) && joinable(c, j + 1) && c.name[j + 1]
    && (NAME_PARTICLES.has(c.tokens[j]!.norm) || (c.tokens[j]!.norm === 'd' && /^['’]/u.test(c.gaps[j + 1]!)))) return j + 1;
  // After given names only, a particle's capitalised word is a surname even when it is also a noun: "Joseph Victor von Scheffel".
  if (k === j || k >= n || !joinable(c, k) || !(c.name[k] || (!org && c.tokens[k]!.cap && c.word[k] && givenNames(c, i, j)))) return j;
  // "Università Cattolica di Milano", "Corte d'Assise di Roma": a town after a name of two words or more is
  // where the body sits, not part of its name ("Banca d'Italia" stays whole).
  if (org && j - i >= 2 && /^(di|de|of|von|in)$/.test(c.tokens[j]!.norm) && gazetteerAt(c, k)?.type === 'LOC') return j;
  // A place after "di"/"von" is where the person is from, not part of the name: "Simon Lee di Londra";
  // an organisation after it is where the person works: "Mario Draghi della Commissione".
  // After given names alone the particle opens the surname even when a place follows: "Patrick von Brunn", "Hildegard von Bingen".
  if (!org && (isOrgWord(c.tokens[k]!.norm, c.lang) || (gazetteerAt(c, k) && !(c.lang === 'de' && givenNames(c, i, j))))) return j;
  return c.name[k] ? k : k + 1;
}

// Italian, Spanish and Portuguese particles, which German never uses as words of its own: "Giacomo della Porta".
const DE_FOREIGN_PARTICLES = new Set(['della', 'delle', 'dello', 'degli', 'del', 'dei', 'do']);
const foreignParticle = (c: TokenContext, k: number, org: boolean): boolean => c.lang === 'de' && !org && DE_FOREIGN_PARTICLES.has(c.tokens[k]!.norm);

const SPORTS_CLUB = new Set(['fc', 'sv', 'tsv', 'vfb', 'vfl', 'bsc', 'sc', 'ac', 'as', 'ss', 'us', 'borussia', 'fsv', 'spvgg', 'sg', 'thw', 'sk', 'esv', 'tus', 'tsg', 'ssv', 'sgv', 'hsg']);

/**
 * A club's abbreviation opens its name, and what follows is its town or sponsor even when that is also a noun:
 * "THW Kiel", "SV Wehen-Wiesbaden", "SG 01 Höchst", "SS Lazio". ("US" is left out: "US Army", "US Open".)
 */
function clubAt(c: TokenContext, i: number): number {
  const t = c.tokens[i]!;
  if (!c.acronym[i] || t.norm === 'us' || !SPORTS_CLUB.has(t.norm)) return i;
  const n = c.tokens.length;
  let j = i + 1;
  if (j + 1 < n && joinable(c, j) && /^\p{Nd}{2,4}$/u.test(c.tokens[j]!.norm) && joinable(c, j + 1) && c.tokens[j + 1]!.cap) j++;
  const from = j;
  while (j < n && joinable(c, j) && c.tokens[j]!.cap && c.word[j] && !c.initial[j] && !SPORTS_CLUB.has(c.tokens[j]!.norm)) j++;
  // And its founding year after the town: "FC Schalke 04", "SV Darmstadt 98".
  if (j > from && j < n && /^\s$/u.test(c.gaps[j]!) && /^(?:0\p{Nd}|[6-9]\p{Nd})$/u.test(c.tokens[j]!.norm)) j++;
  return j > from ? j : i;
}


// Words German capitalises mid-sentence when they are no name: the pronouns of polite and familiar address.
const DE_ADDRESS = /^(?:sie|ihr|ihre|ihrem|ihren|ihrer|ihres|ihnen|du|dich|dir|dein|deine|deinem|deinen|deiner|deines|euch|euer|eure|eurem|euren|eurer|eures)$/u;

/**
 * A stop word after a given name ends the name, except in German mid-sentence, where a capitalised one can only be
 * a surname ("Elisabeth Will", "Thomas Mann", "Ursula Lange": German's stop lists hold such nouns and verbs).
 */
const functionWord = (c: TokenContext, j: number): boolean => c.stop.has(c.tokens[j]!.norm)
  && !(c.lang === 'de' && !c.initial[j] && c.tokens[j]!.norm.length >= 4 && !DE_ADDRESS.test(c.tokens[j]!.norm));

function capitalisedRun(c: TokenContext, i: number): number {
  const n = c.tokens.length;
  let j = i + 1;
  let org = isOrgWord(c.tokens[i]!.norm, c.lang);
  for (;;) {
    // An organisation word closes a name even when it is a common noun: "Deutsche Bank", "Auswärtigen Amtes".
    // German "VW-Konzern", "EU-Kommission" are compound nouns whose modifier is the name ("Saar-Elektrizitäts-AG" is one name).
    if (j < n && joinable(c, j) && c.tokens[j]!.cap && !c.name[j] && !(c.lang === 'de' && c.gaps[j] !== ' ' && !c.acronym[j])
      && (isOrgWord(c.tokens[j]!.norm, c.lang)
      // After a capitalised adjective, a compound's head does too: "Hamburger Mieterverein", "Veitscher Magnesitwerke".
      || (c.lang === 'de' && j === i + 1 && c.gaps[j] === ' ' && DE_ORG_HEAD.test(c.tokens[j]!.norm)))) { org = true; j++; continue; }
    // A German place noun after a name: "Lehrter Bahnhof", "Neuendorfer Straße", "Weitinger Mühle".
    if (c.lang === 'de' && j < n && joinable(c, j) && c.tokens[j]!.cap && !c.name[j] && DE_PLACE_NOUN.test(c.tokens[j]!.norm) && /er$/.test(c.tokens[j - 1]!.norm)) { j++; continue; }
    // Italian adjectives after an organisation word: "Commissione europea", "Banca centrale europea".
    if (org && c.lang === 'it' && j < n && joinable(c, j) && !c.tokens[j]!.cap && IT_INSTITUTION_ADJECTIVE.test(c.tokens[j]!.norm)) { j++; continue; }
    // A middle initial after a given name: "George W. Bush".
    if (j + 1 < n && c.firstName[j - 1] && joinable(c, j) && c.tokens[j]!.cap && c.tokens[j]!.norm.length === 1 && /^\.\s$/u.test(c.gaps[j + 1]!) && c.name[j + 1]) { j++; continue; }
    // A double-barrelled surname after a given name: "Hedi Weiler-Kiderlen", "Wolfgang Prock-Schauer", its second part a noun or not.
    if (c.lang === 'de' && !org && j - i >= 2 && j < n && c.firstName[i] && spacedWords(c, i, j) && /^[-‐]$/u.test(c.gaps[j]!) && c.tokens[j]!.cap && c.word[j]
      && !c.acronym[j] && !isOrgWord(c.tokens[j]!.norm, c.lang) && (j + 1 >= n || !/^[-‐]$/u.test(c.gaps[j + 1]!))) { j++; continue; }
    // After a given name, the next capitalised word is a surname even when it is also a noun ("Thomas Müller").
    if (j < n && joinable(c, j) && (c.name[j] || (givenNames(c, i, j) && c.tokens[j]!.cap && !functionWord(c, j) && /^\s+$/.test(c.gaps[j]!)))) {
      org ||= ORG_WORDS.has(c.tokens[j]!.norm);
      j++;
      continue;
    }
    const k = connectorRun(c, i, j, org);
    if (k > j) { j = k; continue; }
    // Sports clubs end in their founding year: "FC Schalke 04", "Hannover 96".
    if (org && j < n && /^\p{Nd}{2,4}$/u.test(c.tokens[j]!.norm) && joinable(c, j) && /^\s+$/.test(c.gaps[j]!)
      && c.tokens.slice(i, j).some((t) => SPORTS_CLUB.has(t.norm))) { j++; continue; }
    // A number inside an organisation's name: "Movimento 5 Stelle", "Rtl 102.5" stays out (no name after it).
    if (org && j + 1 < n && /^\p{Nd}+$/u.test(c.tokens[j]!.norm) && joinable(c, j) && joinable(c, j + 1) && c.name[j + 1]) { j += 2; continue; }
    // Italian place names: "Appignano del Tronto", "Isola del Giglio", "Reggio di Calabria".
    if (c.lang === 'it' && j === i + 1 && (!c.firstName[i] || IT_PLACE_HEADS.has(c.tokens[i]!.norm)) && j + 1 < n && joinable(c, j) && /^(del|della|dello|di|d)$/.test(c.tokens[j]!.norm)
      && joinable(c, j + 1) && c.name[j + 1] && !isOrgWord(c.tokens[j + 1]!.norm, c.lang) && (j + 2 >= n || !c.tokens[j + 2]!.cap || !joinable(c, j + 2))
      && !gazetteerAt(c, j + 1)) { j += 2; continue; }
    return j;
  }
}

/**
 * German text has no word "van" of its own: lower-case, with its article, before a capitalised word, it opens a Dutch or
 * Flemish surname written without the given name ("erklärt van der Vaart", "bei van den Berg").
 */
function dutchSurnameAt(c: TokenContext, i: number): number {
  if (c.lang !== 'de' || c.tokens[i]!.norm !== 'van' || c.tokens[i]!.cap) return i;
  let k = i + 1;
  if (k < c.tokens.length && joinable(c, k) && /^(?:der|den|de|het|ter|ten)$/u.test(c.tokens[k]!.norm)) k++;
  if (k >= c.tokens.length || !joinable(c, k) || !c.tokens[k]!.cap || !c.word[k] || c.stop.has(c.tokens[k]!.norm)) return i;
  return capitalisedRun(c, k);
}

// A capitalised article at a sentence's start is no adjective of the name after it ("Der Bundesverband …").
const DE_ARTICLE = /^(?:der|die|das|den|dem|des|eine|einen|einem|einer|eines)$/u;

const IT_INSTITUTION_HEADS = new Set(IT_INSTITUTIONS.map((p) => p[0]!));

const DE_TOWN_CUES = new Set(['in', 'nach', 'aus', 'stadt', 'gemeinde', 'raum']);
const TOWN_MIN = 20_000;

function townAfterPlaceWord(c: TokenContext, i: number): boolean {
  if (i === 0 || !/^\s+$/.test(c.gaps[i]!) || !DE_TOWN_CUES.has(c.tokens[i - 1]!.norm)) return false;
  const next = c.tokens[i + 1];
  // "in Hof 3", "nach Kiel-Holtenau" are still the town; "in Essen und Trinken" is not: a noun after "und" is left alone.
  if (next && /^\s+$/.test(c.gaps[i + 1]!) && next.norm === 'und' && c.tokens[i + 2]?.cap && !c.name[i + 2]) return false;
  return isKnownTown(c.folded[i]!, 'de', TOWN_MIN);
}

/** Italian lower-case places: "via Padova", "provincia di Trapani": the head, an optional "di", a name. */
function italianPlaceAt(c: TokenContext, i: number): number {
  if (c.lang !== 'it' || c.tokens[i]!.cap || !IT_PLACE_HEADS.has(c.tokens[i]!.norm)) return i;
  let k = i + 1;
  // "provincia di Trapani" is a place with its head; "aeroporto di Napoli" only names Napoli.
  if (k < c.tokens.length && joinable(c, k) && /^(di|del|della|dello|dei|degli|delle|d)$/.test(c.tokens[k]!.norm)) {
    if (!/^(provincia|castello|distretto)$/.test(c.tokens[i]!.norm)) return i;
    k++;
  }
  if (k >= c.tokens.length || !joinable(c, k) || !c.name[k]) return i;
  return capitalisedRun(c, k);
}

/** Italian institutions with an optional adjective: "il governo tedesco", "la Camera dei deputati". */
function institutionAt(c: TokenContext, i: number): number {
  if (c.lang !== 'it' || !IT_INSTITUTION_HEADS.has(c.tokens[i]!.norm)) return i;
  for (const phrase of IT_INSTITUTIONS) {
    let k = 0;
    while (k < phrase.length && i + k < c.tokens.length && c.tokens[i + k]!.norm === phrase[k] && (k === 0 || joinable(c, i + k))) k++;
    if (k < phrase.length) continue;
    let j = i + k;
    // "ministero della Giustizia", "tribunale di Milano" stays "tribunale": only ministries take their field.
    if (phrase[0] === 'ministero' && j + 1 < c.tokens.length && joinable(c, j) && /^(dei|degli|della|dell|del|delle)$/.test(c.tokens[j]!.norm)
      && joinable(c, j + 1) && c.tokens[j + 1]!.cap) j += 2;
    if (j < c.tokens.length && joinable(c, j) && !c.tokens[j]!.cap && IT_INSTITUTION_ADJECTIVE.test(c.tokens[j]!.norm)) j++;
    return j;
  }
  return i;
}

/** Splits a run where a gazetteer place ends and another name begins: "Mosca Cirillo", "Arcore Silvio Berlusconi". */
function split(c: TokenContext, s: Span): Span[] {
  if (s.to - s.from < 2) return [s];
  const words = c.tokens.slice(s.from, s.to);
  // "Repubblica Giorgio Napolitano": a given name after an organisation starts a person.
  for (let k = s.from + 1; k < s.to - 1; k++) {
    if (c.firstName[k] && !c.firstName[k - 1] && isOrgWord(c.tokens[k - 1]!.norm, c.lang) && /^\s+$/.test(c.gaps[k]!)) return [span(s.from, k), span(k, s.to)];
  }
  if (words.some((t) => isOrgWord(t.norm, c.lang)) || (c.lang === 'de' && DE_ORG_HEAD.test(words.at(-1)!.norm))) return [s];
  const hit = gazetteerAt(c, s.from);
  // "Germania Est" stays whole: a compass word after a place is part of it.
  const compass = hit && s.to - s.from === hit.length + 1 && COMPASS.has(c.tokens[s.to - 1]!.norm);
  // "Düsseldorf-Gerresheim", "Köln-Bonn": a hyphen binds a place to what follows; after an acronym
  // ("US-Militärs", "EU-Beamte") the compound is a noun with a modifier, and only the modifier is kept (and checked).
  if (hit && hit.length < s.to - s.from && /^[-‐]$/.test(c.gaps[s.from + hit.length]!)) {
    // The names after that noun are names of their own: "US-Bundespolizei FBI".
    const rest = s.from + hit.length + 1;
    return c.acronym[s.from] ? [span(s.from, s.from + hit.length), ...(rest < s.to ? split(c, span(rest, s.to)) : [])] : [s];
  }
  // "Santiago de Compostela": a particle after the place continues its name.
  if (hit && hit.length < s.to - s.from && !c.tokens[s.from + hit.length]!.cap) return [s];
  if (hit && !compass && hit.length < s.to - s.from) return [span(s.from, s.from + hit.length), ...split(c, span(s.from + hit.length, s.to))];
  for (let k = s.from + 1; k < s.to - 1; k++) {
    // Not after a particle: "Lorella Di Giovanni" is one person.
    if (c.firstName[k] && !c.firstName[k - 1] && /^\s+$/.test(c.gaps[k]!)) return [span(s.from, k), span(k, s.to)];
  }
  return [s];
}

export function candidateSpans(c: TokenContext): Span[] {
  const out: Span[] = [];
  const n = c.tokens.length;
  let i = 0;
  while (i < n) {
    const club = Math.max(clubAt(c, i), numberedClubAt(c, i, clubAt), clubByTownAt(c, i, gazetteerAt));
    if (club > i) { out.push(span(i, club, 'ORG', true)); i = club; continue; }
    const inst = institutionAt(c, i);
    if (inst > i) { out.push(span(i, inst, 'ORG', true)); i = inst; continue; }
    const institution = germanInstitutionAt(c, i);
    if (institution > i) {
      // "Bayerischen Staatsministerium für …": a capitalised adjective before it belongs to the name.
      const from = i > 0 && c.tokens[i - 1]!.cap && joinable(c, i) && /(?:e|en|er|es)$/.test(c.tokens[i - 1]!.norm) && !DE_ARTICLE.test(c.tokens[i - 1]!.norm)
        && out.at(-1)?.to !== i ? i - 1 : i;
      out.push(span(from, institution, 'ORG', true));
      i = institution;
      continue;
    }
    const dutch = dutchSurnameAt(c, i);
    if (dutch > i) { out.push({ ...span(i, dutch), person: true }); i = dutch; continue; }
    const german = germanNameAt(c, i);
    if (german) { out.push({ ...span(i, german.to, german.type, true), rule: german.rule }); i = german.to; continue; }
    // German towns that are also nouns ("nach Kiel", "in Hamm", "die Stadt Halle"): a place word before them decides.
    if (c.lang === 'de' && !c.name[i] && c.tokens[i]!.cap && !c.initial[i] && townAfterPlaceWord(c, i)) { out.push(span(i, i + 1, 'LOC', true)); i++; continue; }
    const place = italianPlaceAt(c, i);
    if (place > i) { out.push(span(i, place, 'LOC', true)); i = place; continue; }
    const hit = gazetteerAt(c, i);
    // A capitalised adjective before an organisation word opens a name: "Deutsche Bank", "Europäische Zentralbank".
    const orgOpener = !c.name[i] && c.tokens[i]!.cap && i + 1 < n && joinable(c, i + 1) && c.tokens[i + 1]!.cap
      && (isOrgWord(c.tokens[i + 1]!.norm, c.lang) || (c.lang === 'de' && DE_ORG_HEAD.test(c.tokens[i + 1]!.norm) && germanInstitutionAt(c, i + 1) === i + 1))
      && !c.initial[i] && !DE_ARTICLE.test(c.tokens[i]!.norm) && /(?:e|en|er|es|em)$/u.test(c.tokens[i]!.norm);
    // An organisation word before a name opens one too: "Sparkasse Köln-Bonn", "Universität Hamburg".
    const orgHead = !c.name[i] && !hit && c.tokens[i]!.cap && isOrgWord(c.tokens[i]!.norm, c.lang) && i + 1 < n && joinable(c, i + 1)
      && (c.name[i + 1] || gazetteerAt(c, i + 1) !== null);
    // An initial before a surname: "A. Wiegemann", "George W. Bush" (the W is joined inside a run).
    const initial = !c.name[i] && !hit && c.tokens[i]!.cap && c.tokens[i]!.norm.length === 1 && i + 1 < n && /^\.\s$/u.test(c.gaps[i + 1]!) && c.name[i + 1];
    if (!c.name[i] && !hit && !orgOpener && !orgHead && !initial) { i++; continue; }
    let j = c.name[i] || orgOpener || orgHead || initial ? capitalisedRun(c, i) : i + 1;
    if (hit && hit.length >= j - i) {
      j = i + hit.length;
      // "Germania Est", "Corea del Nord": a compass word after a place belongs to it.
      let k = j;
      if (k < n && joinable(c, k) && /^(del|des|du|of)$/.test(c.tokens[k]!.norm)) k++;
      if (hit.type === 'LOC' && k < n && joinable(c, k) && c.tokens[k]!.cap && COMPASS.has(c.tokens[k]!.norm)) j = k + 1;
    }
    out.push(...split(c, span(i, j)));
    i = j;
  }
  return extendLegalForms(c, out);
}
