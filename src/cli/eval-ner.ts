import { readFileSync } from 'node:fs';
import { germanNounsMessage } from '../entities/german-nouns.ts';
import { wordListMessage } from '../entities/word-list.ts';
import { evaluateNer, NER_TYPES, type NerEvaluation, type NerFormat } from '../eval/ner-eval.ts';
import { UsageError } from './usage-error.ts';

export interface EvalNerFlags {
  format: NerFormat;
  json: boolean;
  /** Language of the text; by default Italian for KIND and German for GermEval. */
  lang?: string;
}

const f3 = (x: number) => x.toFixed(3);

export function renderNerEvaluation(file: string, lang: string, e: NerEvaluation): string {
  const rows: Array<[string, string]> = [
    ['file', `${file} (${lang}, ${e.sentences} sentences, ${e.tokens} tokens)`],
    ['mentions', `${e.predictedMentions} predicted, ${e.goldMentions} gold`],
  ];
  for (const t of NER_TYPES) {
    const c = e.byType[t];
    rows.push([`${t} P / R / F1`, `${f3(c.precision)} / ${f3(c.recall)} / ${f3(c.f1)} (tp ${c.tp}, fp ${c.fp}, fn ${c.fn})`]);
  }
  const o = e.overall;
  rows.push(['overall P / R / F1', `${f3(o.precision)} / ${f3(o.recall)} / ${f3(o.f1)} (tp ${o.tp}, fp ${o.fp}, fn ${o.fn})`]);
  rows.push(['time', `${e.milliseconds.toFixed(0)} ms`]);
  const width = Math.max(...rows.map(([k]) => k.length));
  return rows.map(([k, v]) => `${k.padEnd(width)}  ${v}`).join('\n');
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
  let run;
  try {
    run = evaluateNer(content, flags.format, lang);
  } catch (e) {
    throw new UsageError(`${(e as Error).message} (${file})`);
  }
  out.write(flags.json ? `${JSON.stringify({ file, lang, format: flags.format, ...run.evaluation }, null, 2)}\n` : `${renderNerEvaluation(file, lang, run.evaluation)}\n`);
  return 0;
}
