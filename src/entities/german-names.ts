import type { EntityType } from './entity.ts';
import { isKnownTown } from './cities.ts';
import { lookupName } from './gazetteer.ts';
import { organisationClass } from './context-cues.ts';
import { DE_ORG_HEAD, isOrgWord, ORG_SUFFIX, ORG_WORDS } from './cues.ts';
import type { Span } from './spans.ts';
import { joinable, type TokenContext } from './token-context.ts';

/**
 * German names that capitalisation alone does not find, because their words are common nouns or numbers:
 * federal bodies written as one compound ("Bundesnachrichtendienst"), roads ("auf der A 7", "Bundesstraße
 * 216"), numbered clubs ("1. FC Nürnberg"), towns with a lower-case middle ("Frankfurt am Main") and
 * places opened by "Bad" or "St." ("Bad Tölz", "St. Moritz"). Each is read from the words' shape and
 * German grammar, never from a list of the names themselves.
 */

/** Where the name ends, its type, and which pattern found it (the `rule` the type model reads). */
export interface GermanName { to: number; type: EntityType; rule: string }

// "Bundes|justiz|ministerium", "Umwelt|bundes|amt", "Landes|kriminal|amt": a federal or state body has one name.
const FEDERAL_BODY = /^(?:\p{L}{3,}bundes|bundes|landes)\p{L}*(?:amt|amtes|amts|ministerium|ministeriums|kammer|gericht|gerichts|gerichtes|gerichtshof|gerichtshofs|nachrichtendienst|verband|verbandes|stiftung|bank|agentur|anstalt|behörde|zentrale|archiv|archivs|institut|instituts|rechnungshof)$/u;

// Words before a road's number: "auf der A 7", "zur B 27", "die Autobahn A 2".
const ROAD_BEFORE = new Set(['der', 'die', 'den', 'zur', 'auf', 'über', 'an', 'von', 'bei', 'nahe', 'und', 'autobahn', 'autobahnen', 'bundesstraße', 'bundesstraßen']);
// Written glued ("A7") a road needs a case form of its own: "die A4" is as often a camera or a car.
const GLUED_ROAD_BEFORE = new Set(['der', 'zur', 'autobahn', 'autobahnen', 'bundesstraße', 'bundesstraßen']);
const ROAD_HEAD = /^(?:bundesstraße|landesstraße|staatsstraße|kreisstraße|bundesautobahn|autobahn|route|highway|interstate)$/u;

const spaced = (c: TokenContext, k: number): boolean => /^[ \t\u00a0]+$/u.test(c.gaps[k] ?? '');

function roadAt(c: TokenContext, i: number): number {
  const t = c.tokens[i]!;
  const n = c.tokens.length;
  const before = i > 0 && c.gaps[i] !== '\n' ? c.tokens[i - 1]!.norm : '';
  // "Bundesstraße 216", "Route 66".
  if (ROAD_HEAD.test(t.norm) && i + 1 < n && spaced(c, i + 1) && /^\p{Nd}{1,3}$/u.test(c.tokens[i + 1]!.norm)) return i + 2;
  if (!t.cap || (t.norm !== 'a' && t.norm !== 'b') || i + 1 >= n || !/^\p{Nd}{1,3}$/u.test(c.tokens[i + 1]!.norm)) return i;
  const glued = c.gaps[i + 1] === '';
  if (!(glued ? GLUED_ROAD_BEFORE : ROAD_BEFORE).has(before) || !(glued || spaced(c, i + 1))) return i;
  // "A7-Ausbau" is a compound's modifier, not a mention.
  return i + 2 >= n || !/^[-‐]/u.test(c.gaps[i + 2]!) ? i + 2 : i;
}

/** "Frankfurt am Main", "Weil am Rhein", "New Orleans": the longest run of up to four words that names a known town. */
function townAt(c: TokenContext, i: number): number {
  if (!c.tokens[i]!.cap) return i;
  let best = i;
  let words = c.folded[i]!;
  for (let k = i + 1; k < Math.min(c.tokens.length, i + 4); k++) {
    if (!spaced(c, k) || !c.word[k]) break;
    words += ` ${c.folded[k]!}`;
    // The name must end in a capitalised word: "Frankfurt am" is none.
    if (c.tokens[k]!.cap && isKnownTown(words, 'de')) best = k + 1;
  }
  // A town that opens a longer name is that name's: "San Antonio Spurs", "North York Centre".
  return best < c.tokens.length && spaced(c, best) && c.tokens[best]!.cap && c.word[best] ? i : best;
}

/** "St. Moritz", "St. Johann Baptist", "Bad Tölz": a saint's or a spa's word and the capitalised words after it. */
function prefixedPlaceAt(c: TokenContext, i: number): number {
  const t = c.tokens[i]!;
  const n = c.tokens.length;
  if (!t.cap || i + 1 >= n || !c.tokens[i + 1]!.cap || !c.word[i + 1]) return i;
  // The dot may stand apart where text was tokenised ("St . Moritz").
  const saint = (t.norm === 'st' && /^ ?\. ?$/u.test(c.gaps[i + 1]!) && c.gaps[i + 1] !== ' ') || (t.norm === 'sankt' && spaced(c, i + 1));
  if (!saint && !(t.norm === 'bad' && spaced(c, i + 1) && (c.name[i + 1] || isKnownTown(`bad ${c.folded[i + 1]!}`, 'de')))) return i;
  let j = i + 2;
  while (j < n && spaced(c, j) && (c.name[j] || c.firstName[j]) && !c.initial[j]) j++;
  return j;
}

/**
 * German institutions named by what they are for: "Bundesamt für Gesundheit", "Institut für Corporate
 * Governance", "Bayerisches Staatsministerium für Unterricht und Kultus", "Bundesverband deutscher Banken",
 * "Bundesstiftung zur Aufarbeitung der SED-Diktatur". Their nouns are common nouns.
 */
export function germanInstitutionAt(c: TokenContext, i: number): number {
  const t = c.tokens[i]!;
  const n = c.tokens.length;
  let j = i + 1;
  if (c.lang !== 'de' || !t.cap || j + 1 >= n || !joinable(c, j) || !c.tokens[j + 1]!.cap || !joinable(c, j + 1)) return i;
  // "für", "zur", a genitive article, or a genitive plural adjective ("deutscher Banken").
  const link = c.tokens[j]!.norm;
  if (!/^(?:für|der|des|zur|zum)$/u.test(link) && !(!c.tokens[j]!.cap && /^\p{Ll}{3,}er$/u.test(link) && !c.stop.has(link))) return i;
  if (!(ORG_SUFFIX.test(t.norm) || isOrgWord(t.norm, 'de') || (DE_ORG_HEAD.test(t.norm) && !/werke$/u.test(t.norm)) || FEDERAL_BODY.test(t.norm))) return i;
  // "zur" after a bare organisation word is most often an idiom: "seine Partei (kommt) zur Vernunft".
  if (/^zu[rm]$/u.test(link) && ORG_WORDS.has(t.norm)) return i;
  // "das Amt des Vizepräsidenten": an office someone holds, not a body.
  if (/^(?:amt|amtes|amts)$/u.test(t.norm) && /^de[rs]$/u.test(link)) return i;
  j += 2;
  const run = (): void => { while (j < n && joinable(c, j) && c.tokens[j]!.cap && !c.initial[j]) j++; };
  run();
  if (j + 1 < n && c.tokens[j]!.norm === 'und' && joinable(c, j + 1) && c.tokens[j + 1]!.cap) { j += 2; run(); }
  // One genitive after what it is for: "… für Technik und Wirtschaft des Saarlandes", "… zur Aufarbeitung der SED-Diktatur".
  if (/^(?:für|zur|zum)$/u.test(link) && j + 1 < n && /^(?:der|des)$/u.test(c.tokens[j]!.norm) && joinable(c, j) && joinable(c, j + 1) && c.tokens[j + 1]!.cap) { j++; run(); }
  return j;
}

/** "1. FC Nürnberg", "1. FSV Mainz 05": the ordinal opens the club's name; the club itself is read by `club`. */
export function numberedClubAt(c: TokenContext, i: number, club: (c: TokenContext, i: number) => number): number {
  if (i + 1 >= c.tokens.length || !/^\p{Nd}{1,2}$/u.test(c.tokens[i]!.norm) || !/^\.[ \t\u00a0]+$/u.test(c.gaps[i + 1]!)) return i;
  const j = club(c, i + 1);
  return j > i + 1 ? j : i;
}

// First words of clubs named "word + town": Latin virtues and tribes, works teams, the old sports associations,
// and the foreign clubs German news names so ("Eintracht Frankfurt", "Bayer Leverkusen", "Dynamo Dresden", "Inter Mailand").
const CLUB_FIRST = new Set(`
eintracht fortuna concordia viktoria victoria alemannia arminia borussia germania teutonia hertha werder hansa kickers union
preußen preussen bayer dynamo lokomotive lok chemie stahl motor empor energie turbine vorwärts rotation aufbau
inter juventus sporting real atlético atletico olympique dinamo spartak zenit lazio panathinaikos olympiakos
`.trim().split(/\s+/));
// Last words of English clubs after their town: "Manchester United", "Stoke City", "Chicago Bulls".
const TEAM_LAST = /^(?:united|city|town|rovers|wanderers|athletic|county|albion|rangers|hotspur|\p{L}{3,}s)$/u;

// "Frankfurter", "Bremerhavens": an adjective or genitive of a town, which opens no club's name.
const knownPlace = (w: string): boolean => w.length >= 3 && (isKnownTown(w, 'de') || lookupName(w)?.type === 'LOC');
const derivedFromTown = (w: string): boolean => (w.endsWith('er') && knownPlace(w.slice(0, -2))) || (w.endsWith('s') && knownPlace(w.slice(0, -1)));

/** A town's length at token i: a gazetteer place or a town GeoNames knows. */
function placeAt(c: TokenContext, i: number, gazetteer: (c: TokenContext, i: number) => { type: EntityType; length: number } | null): number {
  const hit = gazetteer(c, i);
  if (hit) return hit.type === 'LOC' ? hit.length : 0;
  return c.tokens[i]!.cap && isKnownTown(c.folded[i]!, 'de') ? 1 : 0;
}

/**
 * Clubs named by a word and their town, or by their town and a team word: "Eintracht Frankfurt", "Inter
 * Mailand", "Mainz 05", "Manchester United", "Chicago Bulls". The town alone would be read as the place.
 */
export function clubByTownAt(c: TokenContext, i: number, gazetteer: (c: TokenContext, i: number) => { type: EntityType; length: number } | null): number {
  if (c.lang !== 'de' || !c.tokens[i]!.cap) return i;
  const n = c.tokens.length;
  if (CLUB_FIRST.has(c.tokens[i]!.norm) && i + 1 < n && spaced(c, i + 1)) {
    const town = placeAt(c, i + 1, gazetteer);
    if (town > 0) return i + 1 + town;
  }
  const town = placeAt(c, i, gazetteer);
  const j = i + town;
  if (town === 0 || j >= n || !spaced(c, j) || derivedFromTown(c.folded[j - 1]!)) return i;
  if (/^0\p{Nd}$/u.test(c.tokens[j]!.norm)) return j + 1;
  const t = c.tokens[j]!;
  if (!t.cap || c.stop.has(t.norm) || c.firstName[j] || c.initial[j] || gazetteer(c, j) || !TEAM_LAST.test(t.norm) || !/^\p{Lu}\p{Ll}+$/u.test(c.text.slice(t.start, t.end))) return i;
  // Two-word names: "Detroit Red Wings", "Philadelphia Flyers".
  return j + 1;
}

/** A German name starting at token i that the capitalised-run rules would miss, or null. */
export function germanNameAt(c: TokenContext, i: number): GermanName | null {
  if (c.lang !== 'de') return null;
  const t = c.tokens[i]!;
  if (t.cap && FEDERAL_BODY.test(t.norm) && (i + 1 >= c.tokens.length || c.gaps[i + 1] !== '-')) return { to: i + 1, type: 'ORG', rule: 'de-body' };
  const road = roadAt(c, i);
  if (road > i) return { to: road, type: 'LOC', rule: 'de-road' };
  const prefixed = prefixedPlaceAt(c, i);
  if (prefixed > i) return { to: prefixed, type: 'LOC', rule: 'de-prefixed-place' };
  const town = townAt(c, i);
  if (town > i + 1 && joinable(c, i + 1)) return { to: town, type: 'LOC', rule: 'de-town' };
  return null;
}

// Nouns of a person's trade or rank written before the name, capitalised like it: "Rapper Alpa Gun", "Kaiser Franz Joseph".
const PERSON_NOUNS = new Set(`
rapper rapperin sänger sängerin schauspieler schauspielerin musiker musikerin komponist komponistin dichter dichterin
schriftsteller schriftstellerin maler malerin bildhauer bildhauerin architekt architektin fotograf fotografin journalist
journalistin moderator moderatorin regisseur regisseurin produzent produzentin autor autorin kaiser kaiserin fürst fürstin
herzog herzogin prinz prinzessin graf gräfin oberst major leutnant hauptmann kapitän admiral stürmer stürmerin torhüter
torhüterin torwart verteidiger mittelfeldspieler nationalspieler spieler spielerin pfarrer pastor pater abt äbtissin
`.trim().split(/\s+/));
// A town called by its standing: "Residenzstadt Mannheim", "Hansestadt Rostock", "Gemeinde Kisdorf".
const TOWN_NOUN = /(?:stadt|gemeinde)$/u;

/**
 * A class noun at the head of a German name says what the name is and is no part of it: "Rapper Alpa Gun",
 * "Firma Grünenthal", "Erstligisten Litex Lovech", "Residenzstadt Mannheim". Organisation words proper stay
 * ("Universität Hamburg", "Verlag Paul Haupt"): bodies are named with them.
 */
export function cutClassNoun(c: TokenContext, s: Span): void {
  if (c.lang !== 'de' || s.to - s.from < 2 || s.sure || !/^ $/u.test(c.gaps[s.from + 1]!)) return;
  const next = s.from + 1;
  if (!(c.name[next] || c.firstName[next]) || c.initial[next]) return;
  const w = c.tokens[s.from]!.norm;
  let type: EntityType;
  if (PERSON_NOUNS.has(w)) type = 'PER';
  else if (TOWN_NOUN.test(w)) type = 'LOC';
  else if (organisationClass('de', w) && !isOrgWord(w, 'de')) type = 'ORG';
  else return;
  s.from = next;
  if (type === 'PER') s.person = true;
  else s.cue = type;
}

// Legal forms that close a company's name: "Bilfinger Berger Projektentwicklung GmbH", "Hays AG".
const LEGAL_FORM = new Set(['ag', 'gmbh', 'kg', 'kgaa', 'inc', 'ltd', 'llc', 'plc', 'corp']);
const ARTICLE = /^(?:der|die|das|den|dem|des|ein|eine|einen|einem|einer|eines)$/u;

/**
 * A company's name runs back from its legal form over every capitalised word before it, common nouns
 * included ("Projektentwicklung", "Verkehrsbetriebe"): German names its companies by what they do. The spans
 * inside are merged into it. At most four words back, and never over an article or a class noun ("das Unternehmen Läpple AG").
 */
export function extendLegalForms(c: TokenContext, spans: Span[]): Span[] {
  if (c.lang !== 'de') return spans;
  const out: Span[] = [];
  const tails = legalTails(c);
  let reach = 0;
  for (const s of [...spans, ...tails].sort((a, b) => a.from - b.from || b.to - a.to)) {
    if (s.from < reach || (!tails.includes(s) && tails.some((t) => t.from < s.to && s.from < t.to))) continue;
    reach = s.to;
    if ((tails.includes(s) || LEGAL_FORM.has(c.tokens[s.to - 1]!.norm)) && s.to - s.from >= 1) {
      const k = runBack(c, s.from);
      if (k < s.from) {
        while (out.length > 0 && out.at(-1)!.from >= k) out.pop();
        s.from = k;
        s.type = 'ORG';
        s.sure = true;
      }
    }
    out.push(s);
  }
  return out;
}

// Legal forms after a name that no capitalised run takes in: "Freunde des Waldes e.V.", "Ökodorf eG", "Müller Bau
// GmbH & Co. KG", "Mærsk Line A/S", "Scholten-Honig N.V.", "Renault S.A.".
const LEGAL_TAIL = /^ (?:e\. ?[VG]\.|e[VG](?!\p{L})|(?:(?:GmbH|AG|SE) )?& Co\.? ?KG(?:aA)?(?!\p{L})|A\/S(?!\p{L})|[NBS]\.[VA]\.|NV(?!\p{L})|mbH(?!\p{L}))/u;

/** Companies and associations closed by a legal form the tokens split: the word before it and the form. */
function legalTails(c: TokenContext): Span[] {
  const out: Span[] = [];
  for (let i = 0; i + 1 < c.tokens.length; i++) {
    const t = c.tokens[i]!;
    if (!t.cap || !c.word[i]) continue;
    const m = LEGAL_TAIL.exec(c.text.slice(t.end, t.end + 24));
    if (!m) continue;
    let k = i + 1;
    while (k < c.tokens.length && c.tokens[k]!.end <= t.end + m[0].length) k++;
    out.push({ from: i, to: k, type: 'ORG', id: null, role: null, person: false, sure: true, cue: null });
  }
  return out;
}

/** How far a company's name runs back from token i: over capitalised words, never an article or a class noun. */
function runBack(c: TokenContext, i: number): number {
  let k = i;
  while (k > 0 && i - k < 4 && joinable(c, k) && c.tokens[k - 1]!.cap && c.word[k - 1] && !ARTICLE.test(c.tokens[k - 1]!.norm)
    && !c.stop.has(c.tokens[k - 1]!.norm) && !organisationClass('de', c.tokens[k - 1]!.norm)) k--;
  return k;
}

// The abbreviations of legal forms keep their closing dot: "e.V.", "N.V.", "Inc.", "Corp.".
const LEGAL_DOT = /^(?:v|g|a|inc|corp|co|ltd)$/u;

// A ruler's numeral, I to XXXIX: "Elisabeth II", "Ludwig XIV", "Benedikt XVI".
const REGNAL = /^(?=[IVX])X{0,3}(?:IX|IV|V?I{0,3})$/u;

/**
 * Where a German name ends in the text: after a ruler's numeral, at its ordinal dot ("Elisabeth II.",
 * "Ludwig XIV."), which German writes as part of the name, at a sentence's end too; and after the initial
 * that stands for the surname of a person the press does not name in full ("Thomas K. sagte", "Nico G.").
 */
export function germanNameEnd(c: TokenContext, s: Span): number {
  const last = c.tokens[s.to - 1]!;
  if (c.lang === 'de' && s.type === 'ORG' && s.to - s.from >= 2 && c.text[last.end] === '.' && LEGAL_DOT.test(last.norm)
    && (last.norm.length > 1 ? c.gaps[s.to - 1] === ' ' : c.text[last.start - 1] === '.' || c.text.slice(last.start - 2, last.start) === '. ')) return last.end + 1;
  // A broadcaster's or body's acronym with its number written on: "ORF2", "DT64" (the tokens split letters from digits).
  const glued = c.tokens[s.to];
  if (c.lang === 'de' && s.type === 'ORG' && s.to - s.from === 1 && c.acronym[s.from] && last.norm.length >= 2 && glued && c.gaps[s.to] === ''
    && /^\p{Nd}{1,3}$/u.test(glued.norm) && !/^[\p{L}\p{Nd}]/u.test(c.text.slice(glued.end, glued.end + 1))) return glued.end;
  if (c.lang !== 'de' || s.type !== 'PER') return last.end;
  const regnal = s.to - s.from >= 2 && c.text[last.end] === '.' && REGNAL.test(c.text.slice(last.start, last.end));
  if (regnal) return last.end + 1;
  // The initial already inside the span ("Nico G" kept whole by the model): its dot too.
  if (s.to - s.from >= 2 && c.firstName[s.to - 2] && /^\p{Lu}$/u.test(c.text.slice(last.start, last.end)) && c.text[last.end] === '.'
    && !c.tokens[s.to]?.cap) return last.end + 1;
  const next = c.tokens[s.to];
  if (next && c.firstName[s.to - 1] && c.gaps[s.to] === ' ' && /^\p{Lu}$/u.test(c.text.slice(next.start, next.end)) && c.text[next.end] === '.'
    && !c.tokens[s.to + 1]?.cap) return next.end + 1;
  return last.end;
}
