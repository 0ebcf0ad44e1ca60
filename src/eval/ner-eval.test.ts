import assert from 'node:assert/strict';
import { test } from 'node:test';
import { evaluateNer, goldText, parseNerFile, scoreSpans, sha256, trainedOnFile } from './ner-eval.ts';

// Hand-written samples in the two gold formats (not taken from any data set).
const KIND = [
  'Il\tO', 'presidente\tO', 'Sergio\tB-PER', 'Mattarella\tI-PER', 'ha\tO', 'visitato\tO', 'Torino\tB-LOC', '.\tO',
  '',
  'La\tO', 'Fiat\tB-ORG', 'apre\tO', 'a\tO', 'Napoli\tB-LOC', '.\tO',
  '',
].join('\n');

const GERMEVAL = [
  '#\thttp://example.org/a\t[2024-01-01]',
  '1\tAngela\tB-PER\tO', '2\tMerkel\tI-PER\tO', '3\tbesuchte\tO\tO', '4\tdie\tO\tO', '5\tdeutschen\tB-LOCderiv\tO',
  '6\tTruppen\tO\tO', '7\tin\tO\tO', '8\tParis\tB-LOC\tO', '9\t.\tO\tO',
  '',
  '#\thttp://example.org/b\t[2024-01-02]',
  '1\tDer\tO\tO', '2\tFilm\tO\tO', '3\tTitanic\tB-OTH\tO', '4\tlief\tO\tO', '5\tim\tO\tO', '6\tZDF-Programm\tB-ORGpart\tO', '7\t.\tO\tO',
  '',
].join('\n');

test('KIND: sentences, BIO spans and the plain text they are scored on', () => {
  const sentences = parseNerFile(KIND, 'kind');
  assert.equal(sentences.length, 2);
  const { text, gold } = goldText(sentences);
  assert.equal(text, 'Il presidente Sergio Mattarella ha visitato Torino .\nLa Fiat apre a Napoli .\n');
  assert.deepEqual(gold.map((g) => `${g.type} ${text.slice(g.start, g.end)}`), ['PER Sergio Mattarella', 'LOC Torino', 'ORG Fiat', 'LOC Napoli']);
});

test('GermEval: outer tags; OTH, *deriv and *part are no entities', () => {
  const { text, gold } = goldText(parseNerFile(GERMEVAL, 'germeval'));
  assert.deepEqual(gold.map((g) => `${g.type} ${text.slice(g.start, g.end)}`), ['PER Angela Merkel', 'LOC Paris']);
});

test('scores: exact span and type; a wrong type is a false positive and a false negative', () => {
  const gold = [{ start: 0, end: 5, type: 'PER' as const }, { start: 10, end: 15, type: 'LOC' as const }, { start: 20, end: 25, type: 'ORG' as const }];
  const predicted = [{ start: 0, end: 5, type: 'PER' as const }, { start: 10, end: 15, type: 'ORG' as const }, { start: 21, end: 25, type: 'ORG' as const }];
  const s = scoreSpans(gold, predicted);
  assert.deepEqual([s.overall.tp, s.overall.fp, s.overall.fn], [1, 2, 2]);
  assert.equal(s.overall.precision, 1 / 3);
  assert.equal(s.byType.PER.f1, 1);
  assert.equal(s.byType.LOC.recall, 0);
  assert.deepEqual([s.byType.ORG.tp, s.byType.ORG.fp, s.byType.ORG.fn], [0, 2, 1]);
});

test('scores with nothing to find and nothing found are perfect; with nothing found, recall is 0', () => {
  assert.equal(scoreSpans([], []).overall.f1, 1);
  assert.equal(scoreSpans([{ start: 0, end: 3, type: 'LOC' }], []).overall.recall, 0);
});

test('end to end: the extractor finds the names of the Italian sample', () => {
  const { evaluation } = evaluateNer(KIND, 'kind', 'it');
  assert.equal(evaluation.goldMentions, 4);
  assert.equal(evaluation.overall.tp, 4, JSON.stringify(evaluation.byType));
  assert.equal(evaluation.overall.fp, 0);
});

test('a malformed line names the line and the expected format', () => {
  assert.throws(() => parseNerFile('1\tWort\n', 'germeval'), /line 1 .*GermEval/);
  assert.throws(() => parseNerFile('parola senza tab\n', 'kind'), /line 1 .*KIND/);
});

test('GermEval: each sentence keeps the source its # line names', () => {
  assert.deepEqual(parseNerFile(GERMEVAL, 'germeval').map((s) => s.source), ['http://example.org/a', 'http://example.org/b']);
  assert.equal(parseNerFile(KIND, 'kind')[0]!.source, undefined);
});

test('a model trained on a file is recognised there: by the content hash it records, else by the file name', () => {
  const model = { lang: 'de', trainedOn: 'x.tsv: 2 sentences', oMargin: 0, weights: {} };
  assert.ok(trainedOnFile({ ...model, trainedOnSha256: sha256(GERMEVAL) }, '/elsewhere/renamed.tsv', GERMEVAL));
  assert.ok(!trainedOnFile({ ...model, trainedOnSha256: sha256(GERMEVAL) }, '/data/x.tsv', KIND));
  assert.ok(trainedOnFile(model, '/data/x.tsv', KIND));
  assert.ok(!trainedOnFile(model, '/data/y.tsv', KIND));
  assert.ok(!trainedOnFile(null, '/data/x.tsv', KIND));
});
