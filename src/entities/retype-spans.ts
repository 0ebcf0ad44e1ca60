import type { EntityType } from './entity.ts';
import type { Span } from './spans.ts';
import { nameOpener, type TokenContext } from './token-context.ts';
import { typeFeatures } from './type-features.ts';
import { englishWords } from './german-nouns.ts';
import { isCalendarWord } from './common-words.ts';

/**
 * A linear model over `typeFeatures` that takes the rules' decision as evidence and makes the final one:
 * person, place, organisation, or no name at all ('O'). Trained per language where labelled sentences
 * exist (`npm run train:entities`), by logistic regression; languages without a model keep the rules'
 * types unchanged.
 */

export type TypeLabel = EntityType | 'O';
export const TYPE_LABELS: readonly TypeLabel[] = ['PER', 'LOC', 'ORG', 'O'];
const O = TYPE_LABELS.indexOf('O');

export interface TypeModel {
  lang: string;
  /** What it was trained on and how, for the record. */
  trainedOn: string;
  /** SHA-256 of the labelled file it was trained on: scoring that file again gives an in-sample figure. */
  trainedOnSha256?: string;
  /**
   * How much more 'O' must score than the best type before a candidate is dropped: a wrong name costs
   * precision, a dropped right one recall, and the model's scores are not probabilities. Chosen on
   * held-out training sentences.
   */
  oMargin: number;
  /** Feature name -> one weight per label of TYPE_LABELS. */
  weights: Readonly<Record<string, readonly number[]>>;
}

/** Scores of each label for one feature list. */
export function typeScores(model: TypeModel, features: readonly string[]): number[] {
  const scores = TYPE_LABELS.map(() => 0);
  for (const f of features) {
    const w = model.weights[f];
    if (!w) continue;
    for (let j = 0; j < scores.length; j++) scores[j]! += w[j]!;
  }
  return scores;
}

export function bestLabel(scores: readonly number[]): TypeLabel {
  let best = 0;
  for (let j = 1; j < scores.length; j++) if (scores[j]! > scores[best]!) best = j;
  return TYPE_LABELS[best]!;
}

/**
 * A whole name the gazetteer knows keeps the gazetteer's type: Japan is a place in every language and every
 * sentence, even where an annotation scheme calls the government acting in its name an organisation
 * ("il Giappone ha firmato"), so that one identity keeps one type.
 */
export const fixedType = (s: Span): boolean => (s.rule === 'gazetteer' || GERMAN_PATTERNS.has(s.rule!)) && !s.alternative && s.type !== null;
// German names read from their shape ("Bundesnachrichtendienst", "auf der A 7", "Bad Tölz"): a handful in any
// training set, too few for the model to weigh against the pattern, which is seldom wrong about the type.
const GERMAN_PATTERNS = new Set(['de-body', 'de-road', 'de-prefixed-place', 'de-town']);

/**
 * German names the rules found by strong evidence (an organisation word, a place noun, a club or an
 * institution) stay names; the model may only retype them. Trained on 1,800 sentences, it would otherwise
 * drop "Deutsche Bank" for looking like an adjective and a noun; cross-validated on GermEval the two ways
 * are level (0.665 kept, 0.668 free). They also come before the parts and runs that overlap them, which the
 * model, seeing "FC Nürnberg" as an organisation, would otherwise prefer to "1. FC Nürnberg".
 */
const keptName = (c: TokenContext, s: Span): boolean => c.lang === 'de' && s.sure && !placeNounWord(s) && !s.alternative && !unknownOpener(c, s) && !englishPhrase(c, s);

/**
 * One word ending in a place's noun ("Glas|berg", "Auto|markt", "Fichten|wald") is a common noun as often as a place's
 * name: the model, which reads whether its parts are dictionary words, may drop it. GermEval CV mean over seeds 1-12
 * 0.7285 -> 0.7289, higher or level on 10 of 12.
 */
const placeNounWord = (s: Span): boolean => s.rule === 'place-noun' && s.to - s.from === 1;

/**
 * A given name opening words that are all English ("Art Gallery", "Cloud Nine", "Young Men") is as likely an
 * English phrase as a person: the rules' verdict is no evidence to hold against the model.
 */
const englishPhrase = (c: TokenContext, s: Span): boolean => {
  const english = englishWords();
  return !!english && s.rule === 'person' && !s.person && s.to - s.from > 1 && c.tokens.slice(s.from, s.to).every((t) => english.has(t.norm));
};

/**
 * German words the rules know to be no name of ours, whatever their shape: abbreviations of units, codes and
 * numerals ("ISBN", "EUR", "DNA", "III") and an organisation word alone ("die Polizei", "des Amtes"), which
 * names no one body. Few of each in any training set, and the model, seeing an acronym or an organisation
 * word, would call them bodies.
 */
const ruledOut = (c: TokenContext, s: Span): boolean =>
  (c.lang === 'de' && !s.alternative && s.type === null && (s.rule === 'numeral' || s.rule === 'org-word')) || calendarRun(c, s);

/**
 * A run the rules did not call a person's that opens on a weekday or a month ("am Montag Gewinne", "im März
 * Berlin") is a date beside a noun or a name, never one name: the model, seeing a capitalised run after "am",
 * may call it a place.
 */
const calendarRun = (c: TokenContext, s: Span): boolean => s.rule !== 'person' && isCalendarWord(c.tokens[s.from]!.norm, c.lang);

/**
 * A German name the rules read as a person's from the words around it (a role, a title, a trade, a verb of
 * saying: "Schulrat Castens", "Oberst Ollendorf", "so Barth") stays a person's if kept: surnames are towns
 * somewhere, and the model, seeing a town, would make a place of it. Cross-validated on GermEval with four
 * seeds, each a little higher (mean 0.6885 -> 0.690).
 */
const personCue = (c: TokenContext, s: Span): boolean => c.lang === 'de' && (s.person || s.cue === 'PER') && s.type === 'PER' && !s.alternative
  && !unknownOpener(c, s);

/**
 * A lone word the dictionary does not know, opening a sentence with no role, cue or verb of saying after it: the
 * rules keep it as a person for want of anything better ("Andererseits", "Trifft", "Anzumerken"), which is no
 * evidence to hold against the model. GermEval CV mean over seeds 1-6 0.7065 -> 0.7092.
 */
const unknownOpener = (c: TokenContext, s: Span): boolean =>
  s.to - s.from === 1 && !!c.initial[s.from] && s.rule === 'person' && s.role === null && s.cue === null && !nameOpener(c, s.from);

/**
 * The spans the model keeps, retyped. Candidates may overlap (a name and its parts); the most confident
 * is taken first, and no kept span overlaps another. A span it types differently loses its rule-made id.
 */
export function retypeSpans(c: TokenContext, spans: readonly Span[], model: TypeModel): Span[] {
  const taken = new Uint8Array(c.tokens.length);
  const kept: Span[] = [];
  for (const s of spans) if (fixedType(s)) { taken.fill(1, s.from, s.to); kept.push(s); }
  const scored = spans.flatMap((s, k) => {
    if (fixedType(s) || ruledOut(c, s)) return [];
    const scores = typeScores(model, typeFeatures(c, spans, k));
    scores[O] = keptName(c, s) ? -Infinity : scores[O]! - model.oMargin;
    const label = personCue(c, s) ? 'PER' : bestLabel(scores);
    if (label === 'O') return [];
    const j = TYPE_LABELS.indexOf(label);
    return [{ s, label, confidence: (keptName(c, s) ? 1e6 : 0) + scores[j]! - Math.max(...scores.filter((_, i) => i !== j)) }];
  }).sort((a, b) => b.confidence - a.confidence);
  for (const { s, label } of scored) {
    let free = true;
    for (let i = s.from; i < s.to; i++) if (taken[i]) free = false;
    if (!free) continue;
    taken.fill(1, s.from, s.to);
    if (label !== s.type) {
      if (!s.sure) s.id = null;
      s.type = label as EntityType;
    }
    s.guess = false;
    kept.push(s);
  }
  return kept.sort((a, b) => a.from - b.from);
}
