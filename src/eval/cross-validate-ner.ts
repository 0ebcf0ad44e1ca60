import type { EntityType } from '../entities/entity.ts';
import { counts, NER_TYPES, predictMentions, scoreSpans, type NerCounts, type NerSentence } from './ner-eval.ts';
import { trainWithHeldOutMargin, type TrainOptions } from './train-type-model.ts';

/**
 * K-fold cross-validation of the learned type model on one labelled file: where a language has no training
 * set apart from the sentences it is measured on (German: GermEval dev only), the honest figure is the one
 * each sentence gets from a model that never saw it. Every choice the training makes (the drop margin) is
 * made inside the training folds, so the held-out fold is seen once, for scoring.
 */

/**
 * Fold of each sentence (0..k-1): the sources in order of first appearance, cut into k contiguous blocks of
 * about equal sentence counts; every sentence of a source goes to its source's fold, so that no document
 * lends its names or wording to the model that scores it. Sentences without a source are each their own.
 */
export function sourceFolds(sentences: readonly NerSentence[], k: number): number[] {
  if (!Number.isInteger(k) || k < 2) throw new Error(`cross-validate-ner: ${k} folds; give 2 or more`);
  const sourceOf = (s: NerSentence, i: number): string => s.source ?? `\u0000${i}`;
  const size = new Map<string, number>();
  sentences.forEach((s, i) => size.set(sourceOf(s, i), (size.get(sourceOf(s, i)) ?? 0) + 1));
  const fold = new Map<string, number>();
  let before = 0;
  for (const [source, n] of size) {
    // The block a source falls in is decided by where its first sentence lies in the running count.
    fold.set(source, Math.min(k - 1, Math.floor((before * k) / sentences.length)));
    before += n;
  }
  return sentences.map((s, i) => fold.get(sourceOf(s, i))!);
}

export interface FoldResult { fold: number; sentences: number; oMargin: number; f1: number }

export interface CrossValidation {
  folds: FoldResult[];
  /** Counts summed over the held-out folds, then turned into P/R/F1. */
  overall: NerCounts;
  byType: Record<EntityType, NerCounts>;
}

/** Train on k-1 folds (margin chosen on their own held-out fifth), score the k-th; pool the counts. */
export function crossValidateTypeModel(sentences: readonly NerSentence[], lang: string, k: number, options: TrainOptions = {}): CrossValidation {
  const foldOf = sourceFolds(sentences, k);
  const sums = new Map<EntityType, [number, number, number]>(NER_TYPES.map((t) => [t, [0, 0, 0]]));
  const folds: FoldResult[] = [];
  for (let f = 0; f < k; f++) {
    const train = sentences.filter((_, i) => foldOf[i] !== f);
    const test = sentences.filter((_, i) => foldOf[i] === f);
    const { model } = trainWithHeldOutMargin(train, lang, `fold ${f + 1} of ${k}`, options);
    const { gold, predicted } = predictMentions(test, lang, model);
    const score = scoreSpans(gold, predicted);
    for (const t of NER_TYPES) {
      const c = score.byType[t];
      const s = sums.get(t)!;
      s[0] += c.tp; s[1] += c.fp; s[2] += c.fn;
    }
    folds.push({ fold: f + 1, sentences: test.length, oMargin: model.oMargin, f1: score.overall.f1 });
  }
  const byType = {} as Record<EntityType, NerCounts>;
  let tp = 0, fp = 0, fn = 0;
  for (const t of NER_TYPES) {
    const [a, b, c] = sums.get(t)!;
    byType[t] = counts(a, b, c);
    tp += a; fp += b; fn += c;
  }
  return { folds, overall: counts(tp, fp, fn), byType };
}
