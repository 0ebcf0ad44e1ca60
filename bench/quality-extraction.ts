import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { evaluateQuoteCorpus, quoteEvaluationJson } from '../src/cli/eval-quotes.ts';
import { typeModelFor } from '../src/entities/type-models.ts';
import { crossValidateTypeModel } from '../src/eval/cross-validate-ner.ts';
import { evaluateNer, parseNerFile, trainedOnFile, type NerFormat } from '../src/eval/ner-eval.ts';
import { precisionRecall } from '../src/eval/quote-eval.ts';

/**
 * The extractors' rows of `npm run bench:quality`: named entities (exact span and type, PER/LOC/ORG) on the
 * Italian and German sets, and direct quotes with their speakers on PolNeAR, each as its CLI prints it.
 */

export interface ExtractionRow {
  set: string;
  command: string;
  seconds: number;
  precision: number;
  recall: number;
  f1: number;
  /** Share of matched direct quotes whose speaker was found (quotes only). */
  speakerFound?: number;
}

export interface ExtractionPaths { nerIt: string; nerDe: string; polnear: string }

/**
 * A set the shipped model for its language was trained on is scored by 5-fold cross-validation (each
 * fold by a model that never saw it), as `eval-ner --folds 5` does: its in-sample score is no measure.
 */
function nerRow(set: string, file: string, format: NerFormat, lang: string): ExtractionRow {
  const started = performance.now();
  const content = readFileSync(resolve(file), 'utf8');
  const inSample = trainedOnFile(typeModelFor(lang), file, content);
  const { overall } = inSample ? crossValidateTypeModel(parseNerFile(content, format), lang, 5) : evaluateNer(content, format, lang).evaluation;
  return {
    set: inSample ? `${set} (5-fold cross-validated)` : set,
    command: `parallax eval-ner ${file} --format ${format}${inSample ? ' --folds 5' : ''}`,
    seconds: (performance.now() - started) / 1000,
    precision: overall.precision, recall: overall.recall, f1: overall.f1,
  };
}

function quoteRow(dir: string): ExtractionRow {
  const e = evaluateQuoteCorpus(resolve(dir));
  const json = quoteEvaluationJson(e) as { speaker: { found: number } };
  const direct = precisionRecall(e.score.direct);
  return {
    set: 'PolNeAR dev, direct quotes', command: `parallax eval-quotes ${dir}`, seconds: e.seconds,
    precision: direct.precision, recall: direct.recall, f1: direct.f1, speakerFound: json.speaker.found,
  };
}

/** The rows whose set name contains one of `only` (all without it). */
export function extractionScores(paths: ExtractionPaths, only?: readonly string[]): ExtractionRow[] {
  const runs: Array<[string, () => ExtractionRow]> = [
    ['NER KIND it dev', () => nerRow('NER KIND it dev', paths.nerIt, 'kind', 'it')],
    ['NER GermEval de dev', () => nerRow('NER GermEval de dev', paths.nerDe, 'germeval', 'de')],
    ['PolNeAR dev, direct quotes', () => quoteRow(paths.polnear)],
  ];
  const rows: ExtractionRow[] = [];
  for (const [name, run] of runs) {
    if (only && !only.some((o) => name.toLowerCase().includes(o.toLowerCase()))) continue;
    rows.push(run());
    process.stderr.write(`${name}: done in ${rows.at(-1)!.seconds.toFixed(1)} s\n`);
  }
  return rows;
}

const f3 = (x: number) => x.toFixed(3);

export function renderExtraction(rows: readonly ExtractionRow[]): string {
  const table = [['set', 'P', 'R', 'F1', 'speaker found', 'time']];
  for (const r of rows) {
    table.push([r.set, f3(r.precision), f3(r.recall), f3(r.f1), r.speakerFound === undefined ? '-' : f3(r.speakerFound), `${r.seconds.toFixed(1)} s`]);
  }
  const widths = table[0]!.map((_, i) => Math.max(...table.map((r) => r[i]!.length)));
  return table.map((r) => r.map((c, i) => c.padEnd(widths[i]!)).join('  ')).join('\n');
}
