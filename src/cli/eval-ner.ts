import { readFileSync } from 'node:fs';
import { germanNounsMessage } from '../entities/german-nouns.ts';
import { wordListMessage } from '../entities/word-list.ts';
import { typeModelFor } from '../entities/type-models.ts';
import { crossValidateTypeModel, type CrossValidation } from '../eval/cross-validate-ner.ts';
import { evaluateNer, NER_TYPES, parseNerFile, trainedOnFile, type NerCounts, type NerEvaluation, type NerFormat } from '../eval/ner-eval.ts';
import { UsageError } from './usage-error.ts';

export interface EvalNerFlags {
  format: NerFormat;
  json: boolean;
  /** Language of the text; by default Italian for KIND and German for GermEval. */
  lang?: string;
  /** Cross-validate a type model trained on the file itself, in this many folds, instead of scoring the shipped one. */
  folds?: number;
}

const f3 = (x: number) => x.toFixed(3);

export function renderNerEvaluation(file: string, lang: string, e: NerEvaluation): string {
  const rows: Array<[string, string]> = [
    ['file', `${file} (${lang}, ${e.sentences} sentences, ${e.tokens} tokens)`],
    ['mentions', `${e.predictedMentions} predicted, ${e.goldMentions} gold`],
  ];
  rows.push(...scoreRows(e));
  rows.push(['time', `${e.milliseconds.toFixed(0)} ms`]);
  return table(rows);
}

function scoreRows(e: { byType: Record<string, NerCounts>; overall: NerCounts }): Array<[string, string]> {
  const row = (c: NerCounts) => `${f3(c.precision)} / ${f3(c.recall)} / ${f3(c.f1)} (tp ${c.tp}, fp ${c.fp}, fn ${c.fn})`;
  return [...NER_TYPES.map((t): [string, string] => [`${t} P / R / F1`, row(e.byType[t]!)]), ['overall P / R / F1', row(e.overall)]];
}

function table(rows: Array<[string, string]>): string {
  const width = Math.max(...rows.map(([k]) => k.length));
  return rows.map(([k, v]) => `${k.padEnd(width)}  ${v}`).join('\n');
}

export function renderCrossValidation(file: string, lang: string, sentences: number, cv: CrossValidation): string {
  return table([
    ['file', `${file} (${lang}, ${sentences} sentences, ${cv.folds.length} folds by source, each scored by a model trained on the others)`],
    ...cv.folds.map((f): [string, string] => [`fold ${f.fold}`, `${f.sentences} sentences, drop margin ${f.oMargin}, F1 ${f3(f.f1)}`]),
    ...scoreRows(cv).map(([k, v]): [string, string] => [`pooled ${k}`, v]),
  ]);
}

/** `parallax eval-ner FILE --format kind|germeval [--json]`: exact span + type scores of the entity extractor. */
export function evalNerCommand(file: string, flags: EvalNerFlags, out: NodeJS.WritableStream, err: NodeJS.WritableStream): number {
  let content: string;
  try {
    content = readFileSync(file, 'utf8');
  } catch (e) {
    throw new UsageError(`eval-ner: cannot read ${file}: ${(e as Error).message}`);
  }
  const lang = flags.lang ?? (flags.format === 'germeval' ? 'de' : 'it');
  const note = lang === 'de' ? germanNounsMessage() : wordListMessage(lang);
  if (note) err.write(`parallax: ${note.message}\n`);
  if (flags.folds !== undefined) {
    if (!Number.isInteger(flags.folds) || flags.folds < 2) throw new UsageError(`eval-ner: --folds ${flags.folds}; give a whole number of 2 or more`);
    let sentences;
    try {
      sentences = parseNerFile(content, flags.format);
    } catch (e) {
      throw new UsageError(`${(e as Error).message} (${file})`);
    }
    const cv = crossValidateTypeModel(sentences, lang, flags.folds);
    out.write(flags.json ? `${JSON.stringify({ file, lang, format: flags.format, sentences: sentences.length, ...cv }, null, 2)}\n` : `${renderCrossValidation(file, lang, sentences.length, cv)}\n`);
    return 0;
  }
  const inSample = trainedOnFile(typeModelFor(lang), file, content);
  if (inSample) err.write(`parallax: warning: the ${lang} type model was trained on ${file}: this score is in-sample, not a measure; \`--folds 5\` gives the cross-validated figure\n`);
  let run;
  try {
    run = evaluateNer(content, flags.format, lang);
  } catch (e) {
    throw new UsageError(`${(e as Error).message} (${file})`);
  }
  out.write(flags.json ? `${JSON.stringify({ file, lang, format: flags.format, ...(inSample ? { inSample } : {}), ...run.evaluation }, null, 2)}\n` : `${renderNerEvaluation(file, lang, run.evaluation)}\n`);
  return 0;
}
