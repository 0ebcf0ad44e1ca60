import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { crossValidateTypeModel, sourceFolds } from './cross-validate-ner.ts';
import { goldText, parseNerFile, type NerSentence } from './ner-eval.ts';

const sentence = (source: string | undefined): NerSentence => ({ tokens: ['x'], tags: ['O'], ...(source === undefined ? {} : { source }) });

test('folds: every sentence in exactly one fold, no source in two, sources in contiguous blocks', () => {
  fc.assert(fc.property(
    fc.array(fc.option(fc.integer({ min: 0, max: 30 }), { nil: undefined }), { minLength: 1, maxLength: 200 }),
    fc.integer({ min: 2, max: 7 }),
    (sources, k) => {
      const sentences = sources.map((s) => sentence(s === undefined ? undefined : `doc${s}`));
      const folds = sourceFolds(sentences, k);
      assert.equal(folds.length, sentences.length);
      for (const f of folds) assert.ok(Number.isInteger(f) && f >= 0 && f < k);
      const foldOf = new Map<string, number>();
      sentences.forEach((s, i) => {
        if (s.source === undefined) return;
        const seen = foldOf.get(s.source);
        assert.ok(seen === undefined || seen === folds[i], `${s.source} in folds ${seen} and ${folds[i]}`);
        foldOf.set(s.source, folds[i]!);
      });
      // In order of first appearance, the sources' folds never go back: each fold is one block of documents.
      const firstFolds = [...new Set(sentences.map((s, i) => s.source ?? `#${i}`))]
        .map((src) => folds[sentences.findIndex((s, i) => (s.source ?? `#${i}`) === src)]!);
      for (let i = 1; i < firstFolds.length; i++) assert.ok(firstFolds[i]! >= firstFolds[i - 1]!);
    },
  ));
});

test('folds: a file of many one-sentence documents is cut into k blocks of about equal size', () => {
  const folds = sourceFolds(Array.from({ length: 100 }, (_, i) => sentence(`doc${i}`)), 5);
  for (let f = 0; f < 5; f++) assert.equal(folds.filter((x) => x === f).length, 20);
  assert.throws(() => sourceFolds([sentence('a')], 1), /2 or more/);
});

// Hand-written German sentences (not from any data set), one source each.
const GERMEVAL = Array.from({ length: 10 }, (_, d) => [
  `#\thttp://example.org/${d}\t[2024-01-0${d % 9 + 1}]`,
  '1\tAngela\tB-PER\tO', '2\tMerkel\tI-PER\tO', '3\tbesuchte\tO\tO', '4\tam\tO\tO', '5\tMontag\tO\tO', '6\tParis\tB-LOC\tO', '7\t.\tO\tO', '',
  `#\thttp://example.org/${d}\t[2024-01-0${d % 9 + 1}]`,
  '1\tDie\tO\tO', '2\tFirma\tO\tO', '3\tSiemens\tB-ORG\tO', '4\tbaut\tO\tO', '5\tin\tO\tO', '6\tMünchen\tB-LOC\tO', '7\t.\tO\tO', '',
].join('\n')).join('\n');

test('cross-validation scores every gold name once, in the fold that held it out', () => {
  const sentences = parseNerFile(GERMEVAL, 'germeval');
  assert.equal(sentences[0]!.source, 'http://example.org/0');
  const cv = crossValidateTypeModel(sentences, 'de', 5);
  assert.equal(cv.folds.length, 5);
  assert.equal(cv.folds.reduce((n, f) => n + f.sentences, 0), sentences.length);
  assert.equal(cv.overall.tp + cv.overall.fn, goldText(sentences).gold.length);
  for (const f of cv.folds) assert.ok(f.f1 >= 0 && f.f1 <= 1);
});
