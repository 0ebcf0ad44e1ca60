import type { ResolvedConfig } from '../config.ts';
import type { Evaluation, GoldKey } from '../eval/evaluate.ts';
import { runEvaluation } from '../eval/run-evaluation.ts';
import type { Script } from '../language/detect-script.ts';
import { reportProblems } from './analyze.ts';

export interface EvalFlags {
  key: GoldKey;
  json: boolean;
  langs?: string[];
  script?: Script;
  keep?: string;
}

const f3 = (x: number) => x.toFixed(3);

export function renderEvaluation(e: Evaluation, seconds: number): string {
  const rows: Array<[string, string]> = [
    ['articles', `${e.articles} (${e.scored} with gold.${e.key})`],
    ['clusters', `${e.clusters.predicted} predicted, ${e.clusters.gold} gold`],
    ['B-cubed P / R / F1', `${f3(e.bcubed.precision)} / ${f3(e.bcubed.recall)} / ${f3(e.bcubed.f1)}`],
    ['pairwise P / R / F1', `${f3(e.pairwise.precision)} / ${f3(e.pairwise.recall)} / ${f3(e.pairwise.f1)}`],
    ['ARI', f3(e.ari)],
  ];
  if (e.translationPairs) {
    const t = e.translationPairs;
    rows.push(['copy/translation pairs P / R / F1', `${f3(t.precision)} / ${f3(t.recall)} / ${f3(t.f1)} (tp ${t.tp}, fp ${t.fp}, fn ${t.fn})`]);
  }
  if (e.language) {
    rows.push(['language accuracy', `${f3(e.language.accuracy)} (${e.language.scored} articles)`]);
    if (e.language.confusions.length > 0) {
      rows.push(['  most confused', e.language.confusions.slice(0, 8).map((c) => `${c.gold}→${c.predicted} ×${c.count}`).join(', ')]);
    }
  }
  rows.push(['time', `${seconds.toFixed(1)} s (${(e.articles / seconds).toFixed(0)} articles/s)`]);
  const width = Math.max(...rows.map(([k]) => k.length));
  return rows.map(([k, v]) => `${k.padEnd(width)}  ${v}`).join('\n');
}

/**
 * `parallax eval GOLD.jsonl [PATH...]`: ingests into a fresh temporary store (the gold file itself,
 * stripped of `gold` and `lang`, or the PATHs when given) and scores the result against the gold labels.
 */
export async function evalCommand(goldPath: string, paths: string[], base: ResolvedConfig, flags: EvalFlags, out: NodeJS.WritableStream, err: NodeJS.WriteStream): Promise<number> {
  const { evaluations: [e], report, seconds } = await runEvaluation(goldPath, paths, base, { keys: [flags.key], langs: flags.langs, script: flags.script && (`${flags.script[0]!.toUpperCase()}${flags.script.slice(1).toLowerCase()}` as Script), keep: flags.keep });
  reportProblems({ ...report, notes: [] }, err);
  out.write(flags.json ? `${JSON.stringify({ ...e, seconds }, null, 2)}\n` : `${renderEvaluation(e!, seconds)}\n`);
  return report.rejected.length > 0 ? 1 : 0;
}
