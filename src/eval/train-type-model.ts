import { compoundPart, ruleTypedSpans } from '../entities/extract-entities.ts';
import { Random } from '../scale/random.ts';
import { TYPE_LABELS, type TypeLabel, type TypeModel } from '../entities/retype-spans.ts';
import { typeFeatures } from '../entities/type-features.ts';
import { goldText, predictMentions, scoreSpans, tokensOf, type NerSentence } from './ner-eval.ts';

/**
 * Training the entity type model: the rules run over labelled sentences, and each candidate name they
 * keep becomes one example, labelled with the gold type of the same exact span, or 'O' when no gold name
 * has exactly that span (a wrong span is no name to keep). Names that only modify a compound are left out,
 * as the scorer leaves them out. Names whose type is fixed (a gazetteer's, a German pattern's) are never
 * weighed by the model, but they stay examples: they teach it how names stand in a sentence, and leaving
 * them out took the known companies out of the organisations it learns from ("Vodafone", "Pfizer"; GermEval
 * CV mean over seeds 1-4 0.7396 -> 0.7420, KIND dev 0.752 -> 0.754).
 */

export interface TypeExample { features: string[]; label: TypeLabel }

export function typeExamples(sentences: readonly NerSentence[], lang: string): TypeExample[] {
  const { text, paragraphs, gold } = goldText(sentences);
  const goldType = new Map(gold.map((g) => [`${g.start}:${g.end}`, g.type]));
  const { context: c, spans } = ruleTypedSpans({ text, paragraphs, lang, tokens: tokensOf(text, paragraphs, lang) }, true);
  const examples: TypeExample[] = [];
  spans.forEach((s, k) => {
    if (compoundPart(c, s)) return;
    const key = `${c.tokens[s.from]!.start}:${c.tokens[s.to - 1]!.end}`;
    examples.push({ features: typeFeatures(c, spans, k), label: goldType.get(key) ?? 'O' });
  });
  return examples;
}

export interface TrainOptions {
  epochs?: number;
  /** Features seen fewer times than this in training are left out of the model. */
  minCount?: number;
  seed?: number;
  /** L2 penalty per step and AdaGrad's base rate. */
  l2?: number;
  rate?: number;
}

function shuffle<T>(xs: T[], random: Random): T[] {
  for (let i = xs.length - 1; i > 0; i--) {
    const j = random.int(i + 1);
    [xs[i], xs[j]] = [xs[j]!, xs[i]!];
  }
  return xs;
}

/**
 * Multinomial logistic regression with an L2 penalty, by AdaGrad steps: the penalty keeps one odd cue
 * (a surname ending like a town's) from outvoting strong evidence (a given name), which an unregularised
 * perceptron let happen. Weights rounded to three decimals; the same examples give the same model.
 */
export function trainTypeModel(examples: readonly TypeExample[], lang: string, trainedOn: string, options: TrainOptions = {}, oMargin = 0): TypeModel {
  const epochs = options.epochs ?? 5;
  const minCount = options.minCount ?? 2;
  const l2 = options.l2 ?? 3e-3;
  const rate = options.rate ?? 0.2;
  const count = new Map<string, number>();
  for (const e of examples) for (const f of new Set(e.features)) count.set(f, (count.get(f) ?? 0) + 1);
  const L = TYPE_LABELS.length;
  const w = new Map<string, Float64Array>();
  const g2 = new Map<string, Float64Array>();
  const random = new Random(options.seed ?? 1);
  const order = examples.map((_, i) => i);
  const scores = new Float64Array(L);
  for (let epoch = 0; epoch < epochs; epoch++) {
    for (const i of shuffle(order, random)) {
      const e = examples[i]!;
      const features = e.features.filter((f) => (count.get(f) ?? 0) >= minCount);
      scores.fill(0);
      for (const f of features) { const v = w.get(f); if (v) for (let j = 0; j < L; j++) scores[j]! += v[j]!; }
      const max = Math.max(...scores);
      let z = 0;
      for (let j = 0; j < L; j++) z += (scores[j] = Math.exp(scores[j]! - max));
      const truth = TYPE_LABELS.indexOf(e.label);
      for (const f of features) {
        let v = w.get(f), g = g2.get(f);
        if (!v || !g) { w.set(f, (v = new Float64Array(L))); g2.set(f, (g = new Float64Array(L))); }
        for (let j = 0; j < L; j++) {
          const grad = scores[j]! / z - (j === truth ? 1 : 0) + l2 * v[j]!;
          g[j]! += grad * grad;
          v[j]! -= (rate * grad) / Math.sqrt(g[j]! + 1e-8);
        }
      }
    }
  }
  const weights: Record<string, number[]> = {};
  for (const [f, v] of [...w].sort((a, b) => (a[0] < b[0] ? -1 : 1))) {
    // `+ 0` turns -0 into 0, as JSON would.
    const r = [...v].map((x) => Math.round(x * 1000) / 1000 + 0);
    if (r.some((x) => x !== 0)) weights[f] = r;
  }
  return { lang, trainedOn, oMargin, weights };
}

/** Exact-span F1 of the extractor with `model` on labelled sentences (the `parallax eval-ner` score). */
export function mentionF1(sentences: readonly NerSentence[], lang: string, model: TypeModel): number {
  const { gold, predicted } = predictMentions(sentences, lang, model);
  return scoreSpans(gold, predicted).overall.f1;
}

/**
 * The whole procedure: every fifth sentence is held out to choose the drop margin (0 to 2) by the F1
 * the extractor reaches on it, then the model is trained again on all sentences with that margin.
 */
export function trainWithHeldOutMargin(sentences: readonly NerSentence[], lang: string, trainedOn: string, options: TrainOptions = {}): { model: TypeModel; margins: Array<[number, number]> } {
  const fit = sentences.filter((_, i) => i % 5 !== 4);
  const held = sentences.filter((_, i) => i % 5 === 4);
  const partial = trainTypeModel(typeExamples(fit, lang), lang, trainedOn, options);
  const margins: Array<[number, number]> = [];
  for (let m = 0; m <= 2; m += 0.25) margins.push([m, mentionF1(held, lang, { ...partial, oMargin: m })]);
  const best = margins.reduce((a, b) => (b[1] > a[1] ? b : a))[0];
  return { model: trainTypeModel(typeExamples(sentences, lang), lang, trainedOn, options, best), margins };
}
