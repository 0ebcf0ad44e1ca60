import type { Paragraph, Token } from '../article.ts';
import { attachRole, classify, trimAndCheck } from './classify.ts';
import type { EntityId, EntityMention, EntityType } from './entity.ts';
import { nameId, personId, personParts } from './name-id.ts';
import { candidateSpans, gazetteerAt, type Span } from './spans.ts';
import { tokenContext, type TokenContext } from './token-context.ts';
import { alternativeSpans } from './alternative-spans.ts';
import { germanNameEnd } from './german-names.ts';
import { retypeSpans, type TypeModel } from './retype-spans.ts';
import { typeModelFor } from './type-models.ts';
import { keepRepeatedNames } from './german-repeated-names.ts';
import { cutCommonHeads } from './german-compound-heads.ts';
import { dropInflectedWords } from './german-word-forms.ts';
import { placesAfterIn } from './german-in-places.ts';
import { placeAdjectives } from './german-place-adjectives.ts';
import { foreignPlaces } from './german-foreign-places.ts';
import { speakersAfterSaying } from './german-speakers.ts';
import { keepUnknownOpeners } from './german-openers.ts';
import { joinSurnames } from './german-surnames.ts';
import { dropSpecies } from './german-species.ts';
import { dropPluralNouns } from './german-plural-nouns.ts';

/**
 * Named entities of one article, from capitalisation, word lists, the multilingual gazetteer and the
 * context of each name; no model. Each mention gets a type, a canonical id and the role written with it.
 * Within the article, a name seen once with strong evidence lends its type to its other mentions, and
 * short forms take the id of the full name they repeat ("Biden" after "Joe Biden", "Kishidas").
 */

export interface EntityInput {
  text: string;
  paragraphs: readonly Paragraph[];
  /** BCP 47 primary subtag ('de', 'it', 'en', …) or 'und'. */
  lang: string;
  tokens: readonly Token[];
}

const surface = (c: TokenContext, s: Span): string[] =>
  c.tokens.slice(s.from, s.to).map((t) => c.text.slice(t.start, t.end));
const key = (c: TokenContext, s: Span): string => c.folded.slice(s.from, s.to).join(' ');

// Genitive and case endings a short form may carry: "Kishidas", "Bidena", "Bidenem".
const SHORT_FORM_ENDINGS = ['', 's', 'es', "'s", 'a', 'u', 'em', 'om', 'ovi', 'owi', 'e', 'y', 'i'];

/**
 * A name seen with strong evidence lends its type to weaker mentions of the same words; without one,
 * the weak cues of all its mentions vote ("sagte Kishida" twice outweighs one "in Kishida").
 */
function propagateTypes(c: TokenContext, spans: Span[]): void {
  const sure = new Map<string, Span>();
  const votes = new Map<string, Map<EntityType, number>>();
  for (const s of spans) {
    const k = key(c, s);
    if (s.sure && !sure.has(k)) sure.set(k, s);
    if (!s.sure && s.cue) {
      let v = votes.get(k);
      if (!v) votes.set(k, (v = new Map()));
      v.set(s.cue, (v.get(s.cue) ?? 0) + 1);
    }
  }
  for (const s of spans) {
    if (s.sure) continue;
    const strong = sure.get(key(c, s));
    if (strong) { s.rule = 'same-name'; s.type = strong.type; if (strong.id) s.id = strong.id; s.sure = true; s.guess = false; continue; }
    const v = votes.get(key(c, s));
    if (v) { s.rule = 'votes'; s.type = [...v].sort((a, b) => b[1] - a[1])[0]![0]; s.guess = false; }
  }
  coordinate(c, spans);
}

// "Cattenom, Civaux, Flamanville e Golfech": names in one list are of one kind; a sure member types the rest.
const LIST_GLUE = /^\s*(?:,|\s(?:e|ed|und|and|et|y|o|oder|or|sowie)\s)\s*$/u;

function coordinate(c: TokenContext, spans: Span[]): void {
  const typed = new Set(spans.filter((s) => s.sure));
  for (let pass = 0; pass < 3; pass++) {
    for (let k = 0; k < spans.length; k++) {
      const s = spans[k]!;
      if (typed.has(s) || s.cue) continue;
      for (const n of [spans[k - 1], spans[k + 1]]) {
        if (!n || !typed.has(n) || n.type === null) continue;
        const [a, b] = n.to <= s.from ? [n, s] : [s, n];
        if (c.tokens[a.to - 1]!.para !== c.tokens[b.from]!.para) continue;
        if (!LIST_GLUE.test(c.text.slice(c.tokens[a.to - 1]!.end, c.tokens[b.from]!.start))) continue;
        s.rule = 'list';
        s.type = n.type;
        s.guess = false;
        typed.add(s);
        break;
      }
    }
  }
}

function assignIds(c: TokenContext, spans: Span[]): void {
  const fullNames = new Map<string, EntityId>();
  for (const s of spans) {
    if (s.id || s.type !== 'PER') continue;
    const parts = personParts(c.tokens.slice(s.from, s.to).map((t) => t.norm));
    if (parts.length > 1) {
      s.id = personId(parts);
      for (const p of parts) if (!fullNames.has(p)) fullNames.set(p, s.id);
    }
  }
  for (const s of spans) {
    if (s.id) continue;
    if (s.to - s.from === 1 && (s.type === 'PER' || !s.sure)) {
      const w = c.folded[s.from]!;
      const ending = SHORT_FORM_ENDINGS.find((e) => w.endsWith(e) && fullNames.has(w.slice(0, w.length - e.length)));
      if (ending !== undefined) { s.id = fullNames.get(w.slice(0, w.length - ending.length))!; s.type = 'PER'; continue; }
    }
    if (s.type === 'PER') s.id = personId(personParts(c.tokens.slice(s.from, s.to).map((t) => t.norm)));
    else s.id = nameId(s.type === 'ORG' ? 'ORG' : 'LOC', surface(c, s));
  }
}

/**
 * A single capitalised word seen once, with no evidence of any kind, is more often a capitalised ordinary
 * or foreign word than a name where capitals mark names only; in German, where every noun is capitalised
 * and the dictionary has already had its say, such words are kept as persons.
 */
function dropLoneGuesses(c: TokenContext, spans: Span[]): Span[] {
  // German: several capitalised words with no given name and no cue are mostly titles, products and foreign phrases.
  if (c.lang === 'de') return spans.filter((s) => !(s.guess && s.type === 'PER' && s.to - s.from > 1 && c.tokens[s.from]!.norm.length > 1));
  const seen = new Map<string, number>();
  for (const s of spans) seen.set(s.id!, (seen.get(s.id!) ?? 0) + 1);
  return spans.filter((s) => !(s.guess && s.to - s.from === 1 && s.type === 'PER' && !s.id!.includes('+') && seen.get(s.id!) === 1));
}

/** A number glued to an acronym makes it a unit: "35,3GB", "236GB". */
function dropUnits(c: TokenContext, spans: Span[]): Span[] {
  return spans.filter((s) => !(s.to - s.from === 1 && c.acronym[s.from] && s.from > 0 && c.gaps[s.from] === ''
    && /\p{Nd}$/u.test(c.tokens[s.from - 1]!.norm) && !gazetteerAt(c, s.from)));
}

// A hyphen and a letter right after the name: the name modifies a compound noun.
const COMPOUND_HEAD = /^[-‐]\p{L}/u;
// A letter and a hyphen right before it: the name is the head of a compound ("Fußball-Bundesligisten").
const COMPOUND_MODIFIER = /\p{L}[-‐]$/u;

/** A name that only modifies a compound ("G7-Gipfel", "US-Präsident"), or heads one ("Fußball-Bundesligisten"). */
export function compoundPart(c: TokenContext, s: Span): boolean {
  const start = c.tokens[s.from]!.start;
  const end = c.tokens[s.to - 1]!.end;
  return COMPOUND_HEAD.test(c.text.slice(end, end + 3)) || COMPOUND_MODIFIER.test(c.text.slice(Math.max(0, start - 2), start));
}

/**
 * The candidate names the rules typed, before the learned model and the ids: what the model is trained on.
 * With `alternatives`, also the names the rules set aside (untyped) and the parts of names joined by
 * lower-case words, which may overlap the rules' own spans: the model chooses among them.
 */
export function ruleTypedSpans(input: EntityInput, alternatives = false): { context: TokenContext; spans: Span[] } {
  const c = tokenContext(input.text, input.tokens, input.lang);
  const spans = candidateSpans(c);
  for (const s of spans) attachRole(c, s);
  const kept: Span[] = [];
  const aside: Span[] = [];
  for (const s of spans) {
    if (s.to <= s.from) continue;
    // The span as proposed, before trimming: a candidate for the model when the rules reject it.
    const before = alternatives ? { ...s } : null;
    if (trimAndCheck(c, s)) kept.push(s);
    else if (before) aside.push({ ...before, type: null, sure: false, alternative: 'rejected' });
  }
  for (const s of kept) classify(c, s);
  const typed = kept.filter((s) => s.type !== null);
  propagateTypes(c, typed);
  if (!alternatives) return { context: c, spans: typed };
  const more = alternativeSpans(c, [...kept, ...aside]);
  for (const p of more) classify(c, p);
  return { context: c, spans: [...kept, ...aside, ...more].sort((a, b) => a.from - b.from || b.to - a.to) };
}

export function extractEntities(input: EntityInput): EntityMention[] {
  return entityMentions(input, typeModelFor(input.lang.split('-')[0]!.toLowerCase()));
}

// Steps after the model, in order, each reading the shape of what it kept (German only; see each).
const AFTER_MODEL: ReadonlyArray<(c: TokenContext, kept: Span[]) => Span[]> = [
  dropInflectedWords, placesAfterIn, cutCommonHeads, placeAdjectives, foreignPlaces, speakersAfterSaying, keepUnknownOpeners, joinSurnames, dropSpecies, dropPluralNouns,
];

/** The mentions with a given type model, or with the rules alone (`null`): for training and evaluation. */
export function entityMentions(input: EntityInput, model: TypeModel | null): EntityMention[] {
  const { context: c, spans } = ruleTypedSpans(input, model !== null);
  // The model has weighed the lone guesses itself; without one, the rule drops them.
  const typed = model ? AFTER_MODEL.reduce((kept, step) => step(c, kept), keepRepeatedNames(c, spans, retypeSpans(c, spans, model))) : spans;
  assignIds(c, typed);
  const final = model ? dropUnits(c, typed) : dropLoneGuesses(c, dropUnits(c, typed));
  return final.map((s) => {
    const start = c.tokens[s.from]!.start;
    const end = germanNameEnd(c, s);
    const mention: EntityMention = { kind: 'entity', start, end, text: c.text.slice(start, end), type: s.type!, entity: s.id!, role: s.role };
    if (compoundPart(c, s)) mention.part = true;
    return mention;
  });
}
