import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { resolveConfig, type ResolvedConfig } from '../config.ts';
import { ingest, openCorpus, type IngestReport } from '../ingest.ts';
import type { Script } from '../language/detect-script.ts';
import { readInputs } from '../read/read-inputs.ts';
import { SqliteStore } from '../store/sqlite/sqlite-store.ts';
import { evaluate, type Evaluation, type GoldKey } from './evaluate.ts';
import { readGold } from './gold.ts';

export interface EvaluationRun {
  evaluations: Evaluation[];
  report: IngestReport;
  /** Seconds spent ingesting (reading, analysing, relating, clustering, storing). */
  seconds: number;
}

export interface RunOptions {
  keys: readonly GoldKey[];
  langs?: readonly string[];
  script?: Script;
  /** Keep the evaluation database at this path instead of a temporary one. */
  keep?: string;
}

/**
 * Ingests a gold file (stripped of its `gold` and `lang` fields) or the given paths into a fresh store,
 * once, and scores the result against each of the gold keys.
 */
export async function runEvaluation(goldPath: string, paths: readonly string[], base: ResolvedConfig, opts: RunOptions): Promise<EvaluationRun> {
  const dir = mkdtempSync(join(tmpdir(), 'parallax-eval-'));
  const input = join(dir, 'input.jsonl');
  try {
    const filters = { langs: opts.langs, script: opts.script };
    if (opts.script && paths.length > 0) throw new Error('eval: --script reads the text of the gold lines, so it needs the gold file as the input (no PATHs)');
    const gold = await readGold(goldPath, paths.length === 0 ? { input, ...filters } : filters);
    if (gold.entries.size === 0 && (opts.langs || opts.script)) {
      throw new Error(`eval: no line of ${goldPath} is left after the language/script filter; scripts are named as Latin, Cyrillic, Arabic, Devanagari, Han, ...`);
    }
    const cfg = resolveConfig({ ...base, db: opts.keep ?? join(dir, 'eval.db') });
    const store = new SqliteStore(cfg.db);
    try {
      const started = performance.now();
      const report = await ingest(readInputs(paths.length === 0 ? [input] : [...paths], { maxBytes: cfg.maxBytes }), store, await openCorpus(store, cfg), cfg);
      const seconds = (performance.now() - started) / 1000;
      const evaluations: Evaluation[] = [];
      for (const key of opts.keys) evaluations.push(await evaluate(store, gold.entries, key));
      return { evaluations, report, seconds };
    } finally {
      await store.close();
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
